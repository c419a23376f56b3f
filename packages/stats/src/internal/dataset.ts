import {
  type Dataset,
  DatasetSchema,
  duibiError,
  findRegion,
  type Kind,
  type Observation,
  reportYears,
} from "@duibi/core";

/** Validates a dataset at the package boundary (zod), naming the first bad path. */
export function parseDatasetInput(dataset: unknown): Dataset {
  const parsed = DatasetSchema.safeParse(dataset);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join(".") ?? "";
    throw duibiError(
      "invalid_dataset",
      { detail: `${path === "" ? "" : `${path}: `}${issue?.message ?? "not a dataset"}` },
      { where: path === "" ? "dataset" : `dataset.${path}` },
    );
  }
  return parsed.data;
}

/** Checks a year option: an integer year. */
export function parseYear(year: unknown): number {
  if (typeof year !== "number" || !Number.isInteger(year) || year < 1949 || year > 2100) {
    throw duibiError("invalid_option", {
      option: "year",
      detail: `${String(year)}`,
      fix: "Give the report year as an integer, such as 2024.",
    });
  }
  return year;
}

/** Region codes selected by names or codes (registry lookup); all of the dataset's when none given. */
export function selectRegionCodes(dataset: Dataset, regions: readonly string[] | undefined): Set<string> {
  if (regions === undefined) return new Set(dataset.observations.map((o) => o.regionCode));
  return new Set(regions.map((input) => (/^\d{6}$/.test(input) ? input : findRegion(input).code)));
}

const bySource = (a: Observation, b: Observation) =>
  a.source.document < b.source.document
    ? -1
    : a.source.document > b.source.document
      ? 1
      : a.source.start - b.source.start;

/**
 * Observations indexed by region, indicator, measure, period and kind; when a fact is stated
 * more than once, actuals and estimates of the latest report come first (the latest final
 * figure, when `years` gives each document's report year), then by document and position.
 */
export function indexObservations(
  observations: readonly Observation[],
  years?: ReadonlyMap<string, number | null>,
): Map<string, Observation[]> {
  const index = new Map<string, Observation[]>();
  for (const o of observations) {
    const key = factKey(o.regionCode, o.indicator, o.measure, o.period, o.kind);
    const list = index.get(key);
    if (list === undefined) index.set(key, [o]);
    else list.push(o);
  }
  const yearOf = (o: Observation) => years?.get(o.source.document) ?? Number.NEGATIVE_INFINITY;
  const order = (a: Observation, b: Observation) => (a.kind === "target" ? 0 : yearOf(b) - yearOf(a)) || bySource(a, b);
  for (const list of index.values()) list.sort(order);
  return index;
}

export function factKey(region: string, indicator: string, measure: string, period: number, kind: Kind): string {
  return `${region}|${indicator}|${measure}|${period}|${kind}`;
}

/** The previous year's figure: the actual, else the estimate (预计). */
export function baseline(
  index: Map<string, Observation[]>,
  o: Observation,
  measure: Observation["measure"],
  period: number,
): Observation | undefined {
  return (
    index.get(factKey(o.regionCode, o.indicator, measure, period, "actual"))?.[0] ??
    index.get(factKey(o.regionCode, o.indicator, measure, period, "estimate"))?.[0]
  );
}

/** A target's value as a point: a range reads at its midpoint. */
export function pointValue(o: Observation): number {
  if (o.qualifier === "range" && o.bounds !== undefined) return (o.bounds.low + o.bounds.high) / 2;
  return o.value;
}

/** Sorts rows by region code, then indicator id (the package's output order). */
export function byRegionThenIndicator(a: { regionCode: string; indicator: string }, b: typeof a): number {
  if (a.regionCode !== b.regionCode) return a.regionCode < b.regionCode ? -1 : 1;
  return a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : 0;
}

/** The growth targets a year's ambition and implied levels start from. */
export interface GrowthTargets {
  year: number;
  /** Every observation, indexed by fact (see {@link indexObservations}). */
  index: Map<string, Observation[]>;
  /** Per fact, the first growth target of the year for the selected regions; `sources` lists them all. */
  targets: { target: Observation; sources: Observation[] }[];
}

/**
 * Validates a dataset and options, then lists the year's growth targets (kind target, measure
 * growth) of the selected regions.
 */
export function growthTargets(
  dataset: unknown,
  options: { year: number; regions?: readonly string[] | undefined },
): GrowthTargets {
  const year = parseYear(options?.year);
  const parsed = parseDatasetInput(dataset);
  const codes = selectRegionCodes(parsed, options.regions);
  const index = indexObservations(parsed.observations, reportYears(parsed));
  const targets: GrowthTargets["targets"] = [];
  for (const sources of index.values()) {
    const target = sources[0] as Observation;
    if (target.period !== year || target.kind !== "target" || target.measure !== "growth") continue;
    if (codes.has(target.regionCode)) targets.push({ target, sources });
  }
  return { year, index, targets };
}
