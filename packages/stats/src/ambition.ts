import { checkArgs, findIndicator, type Qualifier, type TargetActualRow } from "@duibi/core";
import { byRegionThenIndicator } from "./internal/byRegionThenIndicator.js";
import { growthTargets } from "./internal/growthTargets.js";
import { MULTIPLE_UNIT } from "./internal/multipleUnit.js";
import { pointValue } from "./internal/pointValue.js";
import { clean } from "./internal/table.js";
import type { TargetNote } from "./targetNotes.js";
import type { AmbitionBound, AmbitionLabel, AmbitionResult, AmbitionRow } from "./types.js";

/** Options for `ambition`: the target year and the regions. */
export interface AmbitionOptions {
  /** The target year (the report year): 2024 compares 2024 targets with 2023 growth. */
  year: number;
  /** Regions by name, short name or code; default every region in the dataset. */
  regions?: readonly string[];
}

/** A price target (居民消费价格涨幅控制在3%左右) caps inflation; it is not something to beat. */
function isPriceTarget(indicator: string): boolean {
  const entry = findIndicator(indicator);
  return indicator === "cpi" || entry?.family === "cpi" || entry?.direction === "lower";
}

function labelOf(pair: TargetActualRow): { label: AmbitionLabel; note?: TargetNote } {
  const { target } = pair;
  if (target.qualifier === "at_most" || isPriceTarget(pair.indicator)) {
    return { label: "ceiling", note: { code: "ceiling" } };
  }
  if (target.qualifier === "range" && target.bounds !== undefined) {
    return { label: "range", note: { code: "range", low: target.bounds.low, high: target.bounds.high } };
  }
  if (target.qualifier === "at_least" || target.qualifier === "more_than") {
    return { label: "floor", note: { code: "floor" } };
  }
  if (target.qualifier === "nearly") return { label: "ambition", note: { code: "nearly" } };
  return { label: "ambition" };
}

/** What the target's qualifier makes of target − actual (a ceiling has no ambition). */
function targetSide(q: Qualifier): AmbitionBound {
  if (q === "at_least" || q === "more_than") return "at_least";
  if (q === "exact") return "exact";
  return "about";
}

/** What last year's qualifier makes of target − actual: a larger actual, a smaller ambition. */
function actualSide(q: Qualifier): AmbitionBound {
  if (q === "at_least" || q === "more_than") return "at_most";
  if (q === "at_most") return "at_least";
  if (q === "exact") return "exact";
  return "about";
}

/**
 * The bound of target − actual from both qualifiers; null when they pull apart (a floor target
 * over a floor actual: 增长15%以上 then 增长15%以上 bounds the ambition neither way).
 */
function boundOf(target: Qualifier, actual: Qualifier): AmbitionBound | null {
  const t = targetSide(target);
  const a = actualSide(actual);
  if (t === a || a === "exact") return t;
  if (t === "exact") return a;
  // 左右 beside a one-sided bound: the bound still holds, roughly
  if (t === "about") return a;
  if (a === "about") return t;
  return null;
}

/**
 * Target ambition: per region and indicator, the year's target growth minus the previous
 * year's actual growth (the estimate, 预计, when no actual is stated, and noted), in 个百分点.
 * Qualifiers are honoured: 以上 is a floor (label "floor"), 左右 a point, a range reads at its
 * midpoint (label "range"), and 以内 or a price target such as CPI is a ceiling — labelled
 * "ceiling" with `ambitionPp` null (`differencePp` still holds target − actual).
 *
 * Last year's qualifier is honoured too, and `bound` says how the true ambition relates to
 * `ambitionPp`: after 增长10%以上 (at_least) last year, a target of 12% is at most 2 points more
 * ambitious (bound "at_most"); 左右 or 近 on either side makes it "about"; a floor target over a
 * floor actual bounds nothing (label "unbounded", `ambitionPp` null). A figure in 倍 is a
 * multiple, never a growth rate: a 倍 target gives no row, a 倍 baseline counts as none.
 *
 * @param dataset - A duibi dataset (validated, never modified).
 * @param options - year (the target year) and regions.
 * @returns One row per region × indicator with a growth target in the year, sorted by region code then indicator.
 * @throws DuibiError invalid_dataset, invalid_option (year), unknown_region / ambiguous_region.
 * @example
 * ambition(loadSeeds(), { year: 2024 }).rows
 *   .filter((r) => r.indicator === "gdp")
 *   .map((r) => [r.regionName, r.ambitionPp]); // => [["万州区", 0.1], ["武隆区", 1]]
 */
export function ambition(dataset: unknown, options: AmbitionOptions): AmbitionResult {
  checkArgs({ dataset: [dataset, "readable"], options: [options, { year: "integer", "regions?": "string[]" }] });
  const { year, pairs } = growthTargets(dataset, options);
  const rows: AmbitionRow[] = [];
  for (const pair of pairs) {
    const { target, targetStatements: list } = pair;
    const value = pointValue(target);
    const { label, note } = labelOf(pair);
    const notes: TargetNote[] = note === undefined ? [] : [note];
    if (list.length > 1 && list.some((o) => pointValue(o) !== value)) {
      notes.push({
        code: "targets_differ",
        statements: list.map((o) => ({ value: pointValue(o), document: o.source.document })),
      });
    }
    let differencePp: number | null = null;
    let finalLabel = label;
    let bound: AmbitionBound | null = null;
    const stated = pair.actual ?? undefined;
    const base = stated?.unit === MULTIPLE_UNIT ? undefined : stated;
    if (base === undefined) {
      if (label !== "ceiling") finalLabel = "no_baseline";
      notes.push(
        stated === undefined ? { code: "no_baseline", year: year - 1 } : { code: "baseline_multiple", year: year - 1 },
      );
    } else {
      differencePp = clean(value - base.value);
      if (base.kind === "estimate") notes.push({ code: "estimate_baseline", year: year - 1 });
      bound = boundOf(target.qualifier, base.qualifier);
      if (label !== "ceiling" && bound === null) {
        finalLabel = "unbounded";
        notes.push({ code: "both_floors", year: year - 1 });
      } else if (base.qualifier === "at_least" || base.qualifier === "more_than") {
        notes.push({ code: "baseline_floor", year: year - 1 });
      } else if (base.qualifier !== "exact") {
        notes.push({ code: "baseline_qualified", year: year - 1, qualifier: base.qualifier });
      }
    }
    const computed = finalLabel !== "ceiling" && finalLabel !== "no_baseline" && finalLabel !== "unbounded";
    const ambitionPp = computed ? differencePp : null;
    rows.push({
      regionCode: pair.regionCode,
      regionName: pair.regionName,
      indicator: pair.indicator,
      measure: "growth",
      target: value,
      actual: base?.value ?? null,
      actualKind: base?.kind ?? null,
      actualQualifier: base?.qualifier ?? null,
      ambitionPp,
      bound: ambitionPp === null ? null : bound,
      differencePp,
      qualifier: target.qualifier,
      label: finalLabel,
      notes,
      targetSource: target.source,
      actualSource: base?.source ?? null,
    });
  }
  rows.sort(byRegionThenIndicator);
  return { year, rows };
}
