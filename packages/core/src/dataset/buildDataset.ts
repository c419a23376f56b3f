import { compareStrings } from "../align/order.js";
import { checkArgs } from "../errors/checkArgs.js";
import { getRegion } from "../registry/regions.js";
import type { Dataset } from "../schema/dataset.js";
import type { Document } from "../schema/document.js";
import type { Observation } from "../schema/observation.js";
import type { Region } from "../schema/region.js";
import { reconcile } from "./reconcile.js";

/**
 * Assembles a {@link Dataset}: reconciles the observations (see `reconcile`),
 * takes each region they name from the registry (sorted by code) and the
 * documents by id (first of each id kept, sorted).
 *
 * A region code the registry does not know keeps the name the observations
 * give it; its level is read from the code's shape (xx0000 province, xxxx00
 * prefecture, else county) and its parent is left unknown.
 *
 * @param input.observations - observations from one or more documents (not mutated)
 * @param input.documents - the documents they cite
 * @returns a dataset in canonical order: `buildDataset(buildDataset(x))` equals `buildDataset(x)`
 * @example
 * const { observations, diagnostics } = extract(text, { document: "001_8f9e7cf461ee1142.txt" });
 * buildDataset({ observations, documents: [document] }).regions.map((r) => r.name); // => ["武隆区"]
 */
export function buildDataset(input: { observations: readonly Observation[]; documents: readonly Document[] }): Dataset {
  checkArgs({ input: [input, { observations: "array", documents: "array" }] });
  const { observations, conflicts } = reconcile(input.observations);
  const names = new Map<string, string>();
  for (const o of observations) if (!names.has(o.regionCode)) names.set(o.regionCode, o.regionName);
  const regions = [...names]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([code, name]) => getRegion(code) ?? regionFromCode(code, name));
  const documents = new Map<string, Document>();
  for (const d of input.documents) if (!documents.has(d.id)) documents.set(d.id, d);
  return {
    version: 1,
    regions,
    documents: [...documents.values()].sort((a, b) => compareStrings(a.id, b.id)),
    observations,
    conflicts,
  };
}

function regionFromCode(code: string, name: string): Region {
  let level: Region["level"] = "county";
  if (code === "000000") level = "country";
  else if (code.endsWith("0000")) level = "province";
  else if (code.endsWith("00")) level = "prefecture";
  return { code, name, shortName: name, level, parent: null };
}
