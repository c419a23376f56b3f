import { checkArgs, finalFigures, outcomeKey } from "@duibi/core";
import { byRegionThenIndicator } from "./internal/byRegionThenIndicator.js";
import { growthTargets } from "./internal/growthTargets.js";
import { pointValue } from "./internal/pointValue.js";
import { clean } from "./internal/table.js";
import type { TargetNote } from "./targetNotes.js";
import type { ImpliedLevelResult, ImpliedLevelRow } from "./types.js";

/** Options for `impliedLevel`: the target year, regions and indicator. */
export interface ImpliedLevelOptions {
  /** The target year: 2024 applies 2024 target growth to the 2023 level. */
  year: number;
  /** Regions by name, short name or code; default every region in the dataset. */
  regions?: readonly string[];
  /** Only this indicator id (default: every indicator with a growth target and a level). */
  indicator?: string;
}

/** The label on implied levels of GDP and value added (real growth applied to a nominal level). */
export const NOMINAL_APPROXIMATION = "nominal approximation of a real growth rate";

/** GDP and value added grow in real terms (可比价) while their levels are nominal (现价). */
function isRealGrowth(indicator: string): boolean {
  return indicator === "gdp" || indicator.startsWith("value_added");
}

/**
 * The level a growth target implies: last year's level × (1 + target growth / 100). For GDP
 * and value added the target is a real (constant-price) growth rate applied to a nominal level,
 * so the result is labelled "nominal approximation of a real growth rate": prices add to it.
 * A range target is read at its midpoint. Regions without a previous-year level (actual, else
 * estimate) get no row.
 *
 * @param dataset - A duibi dataset (validated, never modified).
 * @param options - year, regions, indicator.
 * @returns One row per region × indicator, sorted by region code then indicator.
 * @throws DuibiError invalid_dataset, invalid_option (year), unknown_region / ambiguous_region.
 * @example
 * impliedLevel(loadSeeds(), { year: 2024, indicator: "gdp", regions: ["武隆区"] }).rows[0]?.impliedLevel;
 * // => 291.2349 (273.46亿元 × 1.065)
 */
export function impliedLevel(dataset: unknown, options: ImpliedLevelOptions): ImpliedLevelResult {
  checkArgs({
    dataset: [dataset, "readable"],
    options: [options, { year: "integer", "regions?": "string[]", "indicator?": "string" }],
  });
  const { year, dataset: parsed, pairs } = growthTargets(dataset, options);
  // last year's level by the rule last year's growth is read by: the latest final figure
  const finals = finalFigures(parsed);
  const rows: ImpliedLevelRow[] = [];
  for (const { target, ...pair } of pairs) {
    if (options.indicator !== undefined && pair.indicator !== options.indicator) continue;
    const base = finals.get(outcomeKey({ ...pair, measure: "level", period: year - 1 }))?.final;
    if (base === undefined) continue;
    const growth = pointValue(target);
    const implied = clean(base.value * (1 + growth / 100));
    if (implied === null) continue;
    const notes: TargetNote[] = [];
    if (target.qualifier === "range") notes.push({ code: "range", ...(target.bounds ?? {}) });
    if (target.qualifier === "at_least" || target.qualifier === "more_than") notes.push({ code: "level_floor" });
    if (target.qualifier === "at_most") notes.push({ code: "level_ceiling" });
    if (base.kind === "estimate") notes.push({ code: "estimate_baseline", year: year - 1 });
    rows.push({
      regionCode: pair.regionCode,
      regionName: pair.regionName,
      indicator: pair.indicator,
      baseYear: year - 1,
      baseLevel: base.value,
      baseKind: base.kind,
      unit: base.unit,
      targetGrowth: growth,
      qualifier: target.qualifier,
      impliedLevel: implied,
      label: isRealGrowth(pair.indicator) ? NOMINAL_APPROXIMATION : null,
      notes,
      baseSource: base.source,
      targetSource: target.source,
    });
  }
  rows.sort(byRegionThenIndicator);
  return { year, rows };
}
