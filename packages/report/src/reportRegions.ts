import { ARGS, checkArgs, type Dataset, duibiError, findRegion, getRegion } from "@duibi/core";

/** A region as the report names it. */
export interface ReportRegion {
  code: string;
  name: string;
  shortName: string;
}

/**
 * The regions a report compares, in column order. Named regions keep the order given
 * (the first is the subject of two-region sentences, the second the reference for
 * gaps). Without names: every region the dataset has observations for, in the order its
 * documents first mention them — for the seeds, 武隆 (documents 000, 001) then 万州 (004).
 * @param dataset - the dataset
 * @param names - names, short names or codes (武隆区, 万州, 500101); undefined for all
 * @returns the regions, without duplicates
 * @throws DuibiError `unknown_region` / `ambiguous_region` for a name the registry cannot resolve,
 *   `unknown_region` (with the dataset's regions as suggestions) for a region the dataset has no figures for
 * @example
 * reportRegions(loadSeeds()).map((r) => r.shortName); // => ["武隆", "万州"]
 */
export function reportRegions(dataset: Dataset, names?: readonly string[]): ReportRegion[] {
  checkArgs({ dataset: [dataset, ARGS.dataset], "names?": [names, "string[]"] });
  const known = new Map(dataset.regions.map((r) => [r.code, r]));
  const describe = (code: string): ReportRegion => {
    const region = known.get(code) ?? getRegion(code);
    return { code, name: region?.name ?? code, shortName: region?.shortName ?? code };
  };
  const withData = new Set(dataset.observations.map((o) => o.regionCode));
  if (names !== undefined) {
    const codes = names.map((name) => {
      const { code } = findRegion(name);
      if (!withData.has(code)) {
        const suggestions = [...withData].sort().map((c) => describe(c).name);
        throw duibiError("unknown_region", { input: name, suggestions: suggestions.join("、") });
      }
      return code;
    });
    return [...new Set(codes)].map(describe);
  }
  const byDocument = dataset.documents.flatMap((d) =>
    d.regionCode !== null && withData.has(d.regionCode) ? [d.regionCode] : [],
  );
  const rest = [...withData].sort();
  return [...new Set([...byDocument, ...rest])].map(describe);
}
