import { duibiError } from "../errors/catalog.js";
import { ARGS, checkArgs } from "../errors/checkArgs.js";
import type { Dataset } from "../schema/dataset.js";
import type { Bounds, Kind, Measure, Observation, Qualifier } from "../schema/observation.js";
import type { Source } from "../schema/source.js";
import { finalFigures, outcomeKey, reportYears } from "./finalFigures.js";
import { compareObservations, factKey } from "./order.js";
import { orderTargetStatements } from "./orderTargetStatements.js";
import { selectRegions } from "./selectRegions.js";

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

/** A region's target for a year and its figure for the year before, on one indicator and measure. */
export interface TargetActualRow {
  regionCode: string;
  regionName: string;
  indicator: string;
  measure: Measure;
  /**
   * The previous year's latest final figure (see `finalFigures`): the actual of the latest
   * report, else its estimate (预计); null when no report states either.
   */
  actual: PairValue | null;
  /** The target as the report of its year states it (see `orderTargetStatements`). */
  target: PairValue;
  /** Every statement of the target for the year, `target` first: reports may restate it differently. */
  targetStatements: PairValue[];
}

/** Which pairs to make. */
export interface TargetPairOptions {
  /** Indicator id, e.g. "gdp"; default every indicator with a target in the year. */
  indicator?: string;
  /** Target year, e.g. 2024 (actuals are read for the year before). Default: the latest target year. */
  year?: number;
  /** Regions by code, name or short name (see `selectRegions`); default every region with a target. */
  regions?: readonly string[];
  /**
   * Measure; with an indicator, default growth when some region states a growth target, else
   * the first measure found; without one, default every measure.
   */
  measure?: Measure;
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
 * Pairs each region's target for `year` with its figure for `year − 1`: the one pairing of
 * targets with last year's figures that charts (`targetVsActual`, `slopeChart`) and target
 * ambition (`ambition` in @duibi/stats) share. The previous year's figure is the latest final
 * one across reports (`finalFigures`: the latest report's actual, else its estimate), the same
 * rule `attainment` judges outcomes by.
 *
 * @param dataset - A dataset (e.g. `loadSeeds()`), never modified.
 * @param options - indicator, year, regions, measure.
 * @returns Rows sorted by region code, indicator and measure; regions without a target are left out.
 * @throws DuibiError `unknown_region` / `ambiguous_region` for a region the registry cannot
 *   resolve (see `selectRegions`); `missing_period` when an indicator is asked for and no
 *   region states a target for it in that year.
 * @example
 * targetPairs(loadSeeds(), { indicator: "gdp", year: 2024 }).map((r) => [r.actual?.value, r.target.value]);
 * // => [[6.9, 7], [5.5, 6.5]]
 */
export function targetPairs(dataset: Dataset, options: TargetPairOptions = {}): TargetActualRow[] {
  checkArgs({
    dataset: [dataset, { ...ARGS.dataset, documents: "object[]" }],
    options: [options, { "indicator?": "string", "year?": "number", "regions?": "string[]", "measure?": "string" }],
  });
  const codes =
    options.regions === undefined ? null : new Set(selectRegions(dataset, options.regions).map((r) => r.code));
  const targets = dataset.observations.filter(
    (o) =>
      o.kind === "target" &&
      (options.indicator === undefined || o.indicator === options.indicator) &&
      (codes === null || codes.has(o.regionCode)),
  );
  // reduce, not Math.max(...): a large dataset has more targets than a call may take arguments
  const year = options.year ?? targets.reduce((a, o) => Math.max(a, o.period), Number.NEGATIVE_INFINITY);
  const inYear = targets.filter((o) => o.period === year);
  const measure = options.measure ?? (options.indicator === undefined ? undefined : defaultMeasure(inYear));
  const chosen = inYear.filter((o) => measure === undefined || o.measure === measure).sort(compareObservations);
  if (chosen.length === 0 && options.indicator !== undefined) {
    const available = [...new Set(targets.map((o) => o.period))].sort().join(", ");
    throw duibiError("missing_period", { kind: `${options.indicator} target`, period: String(year), available });
  }
  // sorted: the statements of one fact sit together, facts in output order
  const facts = new Map<string, Observation[]>();
  for (const o of chosen) {
    const key = factKey(o);
    const list = facts.get(key);
    if (list === undefined) facts.set(key, [o]);
    else list.push(o);
  }
  const years = reportYears(dataset);
  const finals = finalFigures(dataset);
  return [...facts.values()].map((list) => {
    const statements = orderTargetStatements(list, years);
    const target = statements[0] as Observation;
    const actual = finals.get(outcomeKey({ ...target, period: year - 1 }))?.final;
    return {
      regionCode: target.regionCode,
      regionName: target.regionName,
      indicator: target.indicator,
      measure: target.measure,
      actual: actual === undefined ? null : pairValue(actual),
      target: pairValue(target),
      targetStatements: statements.map(pairValue),
    };
  });
}

/** Growth when some region states a growth target, else the first measure found. */
function defaultMeasure(inYear: readonly Observation[]): Measure {
  if (inYear.some((o) => o.measure === "growth")) return "growth";
  return inYear[0]?.measure ?? "growth";
}
