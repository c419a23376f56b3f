import {
  ARGS,
  type Bounds,
  checkArgs,
  type Dataset,
  duibiError,
  type Kind,
  type Measure,
  type Observation,
  type Qualifier,
  type Source,
} from "@duibi/core";

/** One stated figure of a target/actual pair. */
export interface PairValue {
  value: number;
  unit: string;
  qualifier: Qualifier;
  bounds?: Bounds;
  kind: Kind;
  /** The year the figure is for. */
  period: number;
  source: Source;
}

/** A region's previous-year actual (or estimate) and this year's target for one indicator and measure. */
export interface TargetActualRow {
  regionCode: string;
  regionName: string;
  indicator: string;
  measure: Measure;
  /** The previous year's actual, else its estimate (预计); null when the report states neither. */
  actual: PairValue | null;
  target: PairValue;
}

/** Which pairs to draw. */
export interface TargetPairOptions {
  /** Indicator id, e.g. "gdp". */
  indicator: string;
  /** Target year, e.g. 2024 (actuals are read for the year before). Default: the latest target year. */
  year?: number;
  /** Regions by code, name or short name; default every region with a target. */
  regions?: readonly string[];
  /** Measure; default growth when some region states a growth target, else the first measure found. */
  measure?: Measure;
}

function resolveRegions(dataset: Dataset, wanted: readonly string[] | undefined): Set<string> | null {
  if (wanted === undefined) return null;
  return new Set(
    wanted.map((input) => {
      const region = dataset.regions.find((r) => r.code === input || r.name === input || r.shortName === input);
      if (region === undefined) {
        throw duibiError("unknown_region", { input, suggestions: dataset.regions.map((r) => r.name).join("、") });
      }
      return region.code;
    }),
  );
}

const pairValue = (o: Observation): PairValue => ({
  value: o.value,
  unit: o.unit,
  qualifier: o.qualifier,
  ...(o.bounds === undefined ? {} : { bounds: o.bounds }),
  kind: o.kind,
  period: o.period,
  source: o.source,
});

/**
 * Pairs each region's target for `year` with its actual for `year − 1` (the
 * estimate when no actual is stated), for one indicator and measure.
 *
 * @param dataset - A dataset (e.g. `loadSeeds()`).
 * @param options - indicator, year, regions, measure.
 * @returns Rows sorted by region code; regions without a target are left out.
 * @throws DuibiError `unknown_region` for a region the dataset lacks; `missing_period` when no region
 *   states a target for the indicator in that year.
 * @example
 * targetPairs(loadSeeds(), { indicator: "gdp", year: 2024 }).map((r) => [r.actual?.value, r.target.value]);
 * // => [[6.9, 7], [5.5, 6.5]]
 */
export function targetPairs(dataset: Dataset, options: TargetPairOptions): TargetActualRow[] {
  checkArgs({
    dataset: [dataset, ARGS.dataset],
    options: [options, { indicator: "string", "year?": "number", "regions?": "string[]", "measure?": "string" }],
  });
  const regions = resolveRegions(dataset, options.regions);
  const ofIndicator = dataset.observations.filter(
    (o) => o.indicator === options.indicator && (regions === null || regions.has(o.regionCode)),
  );
  const targets = ofIndicator.filter((o) => o.kind === "target");
  // reduce, not Math.max(...): a large dataset has more targets than a call may take arguments
  const year = options.year ?? targets.reduce((a, o) => Math.max(a, o.period), Number.NEGATIVE_INFINITY);
  const inYear = targets.filter((o) => o.period === year);
  const measure =
    options.measure ?? (inYear.some((o) => o.measure === "growth") ? "growth" : (inYear[0]?.measure ?? "growth"));
  const chosen = inYear.filter((o) => o.measure === measure).sort((a, b) => a.regionCode.localeCompare(b.regionCode));
  if (chosen.length === 0) {
    const available = [...new Set(targets.map((o) => o.period))].sort().join(", ");
    throw duibiError("missing_period", { kind: `${options.indicator} target`, period: String(year), available });
  }
  const seen = new Set<string>();
  return chosen.flatMap((target) => {
    if (seen.has(target.regionCode)) return []; // the first statement of a conflicting pair; conflicts are core's to flag
    seen.add(target.regionCode);
    const before = (kind: Kind) =>
      ofIndicator.find(
        (o) => o.regionCode === target.regionCode && o.measure === measure && o.period === year - 1 && o.kind === kind,
      );
    const actual = before("actual") ?? before("estimate");
    return [
      {
        regionCode: target.regionCode,
        regionName: target.regionName,
        indicator: options.indicator,
        measure,
        actual: actual === undefined ? null : pairValue(actual),
        target: pairValue(target),
      },
    ];
  });
}
