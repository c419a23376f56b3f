import { duibiError } from "../errors/catalog.js";
import { ARGS, checkArgs, isObject } from "../errors/checkArgs.js";
import { findIndicator, variantsOf } from "../registry/indicators.js";
import { canConvert, convert, findUnit } from "../registry/units.js";
import { isUnregistered } from "../registry/unregistered.js";
import type { ComparisonRow, ComparisonTable } from "../schema/comparison.js";
import type { Dataset } from "../schema/dataset.js";
import type { Indicator } from "../schema/indicator.js";
import type { Kind, Measure } from "../schema/observation.js";
import type { RowNote } from "../schema/rowNote.js";
import type { Unit } from "../schema/unit.js";
import { alignRow, type Entry, type RowContext, UNSTATED_SCOPE } from "./alignRow.js";
import { compareMeasures, compareStrings } from "./order.js";
import { restate } from "./restate.js";
import { selectRegions } from "./selectRegions.js";

/** What to compare: which regions, which year, which kind of figure. */
export interface AlignOptions {
  /** Names, short names or codes (武隆区, 万州, 500156); default every region of the dataset, by code. */
  regions?: readonly string[];
  /** The year the figures are for: 2023 for last year's actuals, 2024 for this year's targets. */
  period: number;
  /** actual, estimate (预计) or target; kinds are never mixed (but see `estimatesStandIn`). */
  kind: Kind;
  /**
   * With kind `actual`: a region that states no actual for a row takes its estimate (预计) of the
   * period, and an `estimate_stands_in` note says so ("以预计数代替实际数：…"). Default false.
   */
  estimatesStandIn?: boolean;
}

/** A slot: one indicator stated with one measure, and the entries each region has for it. */
interface Slot {
  indicator: string;
  measure: Measure;
  entries: Map<string, Entry[]>;
}

/**
 * Sets regions side by side for one period and kind: one row per indicator ×
 * measure, one cell per region, and a verdict per row.
 *
 * Figures are set side by side only when definition, scope, measure, period
 * and kind agree. Pipeline, per definition family (growth, 百分点 changes and
 * levels apart):
 * 1. restate: a region stating a variant the family can convert (优良天数 ↔
 *    优良率, with the period's day count) is restated as the variant most
 *    regions state (a tie goes to the percentage);
 * 2. variants: when regions state different variants and none states two, one
 *    row holds them all, `incomparable`, each cell naming its `indicator`
 *    (城镇登记失业率 vs 城镇调查失业率); otherwise each variant keeps its own row
 *    (规上 and 全口径 工业增加值);
 * 3. each row makes units one (万元→亿元 → `converted`), lists missing regions
 *    and is judged among the regions that state it (`partial` only when fewer
 *    than two do), and notes differing qualifiers, conflicting figures and
 *    scopes a report leaves unstated (see `alignRow`).
 *
 * Figures kept unregistered (`unregistered:重点项目`) share a row only when
 * their normalized names agree (the id) and their units are the same; the
 * row's `unregistered` note says so, and a name standing for several figures of one region
 * (投资 of three programmes) is `incomparable`.
 *
 * Across reports, a region's figure for a row is the latest final figure: the one
 * stated by the latest report (by the document's report year); an earlier report's
 * different figure is kept in a `revised` note ("数值经修订，取最新报告：…"),
 * never merged away. With `estimatesStandIn`, an estimate (预计) fills in for an
 * actual no report states, and an `estimate_stands_in` note names the regions.
 * Notes are facts (`RowNote`); `describeNotes` renders them in zh or en.
 *
 * Rows are sorted by indicator id (registry rows first, unregistered after),
 * then measure (level, growth, change_pp, share, rate, count, ratio); cells
 * are keyed by region code. The result does
 * not depend on the order of the dataset's observations. Cost: one pass over
 * the observations plus O(rows × regions).
 *
 * @param dataset - a dataset (see `loadSeeds`, `readDataset`, `buildDataset`)
 * @param options - regions, period and kind
 * @returns the comparison table
 * @throws DuibiError `unknown_region` / `ambiguous_region` for a region the registry does not know
 * @throws DuibiError `missing_period` when the regions have no figures of that kind for the period, listing the periods they have
 * @example
 * const table = align(loadSeeds(), { regions: ["武隆区", "万州区"], period: 2023, kind: "actual" });
 * table.rows.find((r) => r.indicator === "trade.total" && r.measure === "level")?.notes;
 * // => [{ code: "unit_converted", from: "万元", to: "亿元" }]
 */
export function align(dataset: Dataset, options: AlignOptions): ComparisonTable {
  checkArgs({
    // a million observations: each is checked by the cheap test, and by checkArgs only when one fails
    dataset: [dataset, observationsAreObjects(dataset) ? OBSERVATIONS_CHECKED : ARGS.dataset],
    options: [options, { "regions?": "string[]", period: "integer", kind: "string" }],
  });
  const { period, kind } = options;
  const regions = selectRegions(dataset, options.regions);
  const selected = new Set(regions.map((r) => r.code));
  const lookups = registryLookups();

  // one pass: group by family and measure class, then by indicator × measure, then by region.
  // Slots are found by indicator, then measure (strings the dataset already holds, no key built
  // per observation); the order of groups never shows: rows are sorted at the end.
  const groups = new Map<string, Slot[]>();
  const slotsOf = new Map<string, Map<Measure, Slot>>();
  const periods = new Set<number>();
  // the latest final figure wins: each entry knows its report's year
  const reportYear = new Map(dataset.documents.map((d) => [d.id, d.year]));
  const standIn = options.estimatesStandIn === true && kind === "actual";
  for (const observation of dataset.observations) {
    const standsIn = standIn && observation.kind === "estimate";
    if ((observation.kind !== kind && !standsIn) || !selected.has(observation.regionCode)) continue;
    periods.add(observation.period);
    if (observation.period !== period) continue;
    const { indicator, measure } = observation;
    const measures = slotsOf.get(indicator) ?? new Map<Measure, Slot>();
    if (measures.size === 0) slotsOf.set(indicator, measures);
    let slot = measures.get(measure);
    if (slot === undefined) {
      slot = { indicator, measure, entries: new Map() };
      measures.set(measure, slot);
      const family = lookups.indicator(indicator)?.family ?? indicator;
      const groupKey = `${family}|${measureClass(measure)}`;
      const group = groups.get(groupKey);
      if (group === undefined) groups.set(groupKey, [slot]);
      else group.push(slot);
    }
    const entry: Entry = {
      observation,
      value: observation.value,
      unit: observation.unit,
      reportYear: reportYear.get(observation.source.document) ?? null,
    };
    if (observation.bounds) entry.bounds = observation.bounds;
    if (standsIn) entry.standsIn = standsIn;
    const list = slot.entries.get(observation.regionCode);
    if (list) list.push(entry);
    else slot.entries.set(observation.regionCode, [entry]);
  }
  if (!periods.has(period)) {
    const available = [...periods].sort((a, b) => a - b).join(", ");
    throw duibiError("missing_period", { period, kind, available });
  }

  const context: RowContext = { regions, ...lookups };
  const rows = [...groups.values()].flatMap((slots) => familyRows(slots, period, context));
  // registry rows first, then figures kept under the name as written
  rows.sort(
    (a, b) =>
      Number(isUnregistered(a.indicator)) - Number(isUnregistered(b.indicator)) ||
      compareStrings(a.indicator, b.indicator) ||
      compareMeasures(a.measure, b.measure),
  );
  return { regions, period, kind, rows };
}

/** `ARGS.dataset` once every observation is known to be an object. */
const OBSERVATIONS_CHECKED = { ...ARGS.dataset, observations: "array" } as const;

/** True when the dataset's observations are an array of objects (`isObject`); false, never an error, otherwise. */
function observationsAreObjects(dataset: unknown): boolean {
  try {
    const observations = isObject(dataset) ? (dataset as { observations?: unknown }).observations : undefined;
    if (!Array.isArray(observations)) return false;
    for (let i = 0; i < observations.length; i++) if (!isObject(observations[i])) return false;
    return true;
  } catch {
    return false;
  }
}

/** Growth and 百分点 changes are compared among themselves; every other measure states a level. */
function measureClass(measure: Measure): string {
  return measure === "growth" || measure === "change_pp" ? measure : "level";
}

/** Registry lookups memoized for one call (no state outlives it). */
function registryLookups(): Pick<RowContext, "indicator" | "variants" | "unit"> {
  const indicators = new Map<string, Indicator | undefined>();
  const variants = new Map<string, readonly Indicator[]>();
  const units = new Map<string, Unit | undefined>();
  return {
    unit(id) {
      if (!units.has(id)) units.set(id, findUnit(id));
      return units.get(id);
    },
    indicator(id) {
      if (!indicators.has(id)) indicators.set(id, findIndicator(id));
      return indicators.get(id);
    },
    variants(id) {
      let found = variants.get(id);
      if (found === undefined) {
        found = findIndicator(id) === undefined ? [] : variantsOf(id);
        variants.set(id, found);
      }
      return found;
    },
  };
}

/** The rows of one family and measure class (see `align`, steps 1 and 2). */
function familyRows(input: readonly Slot[], period: number, context: RowContext): ComparisonRow[] {
  const slots = restateSlots(input, period, context).filter((s) => s.entries.size > 0);
  slots.sort((a, b) => b.entries.size - a.entries.size || compareSlots(a, b));
  if (slots.length === 1) return [alignRow(slots[0]!, context)];
  const stated = new Map<string, string[]>();
  for (const slot of slots) {
    for (const code of slot.entries.keys()) stated.set(code, [...(stated.get(code) ?? []), slot.indicator]);
  }
  const overlap = [...stated.values()].some((ids) => ids.length > 1);
  if (!overlap) {
    // each region states one variant: one row shows them, and says they differ
    const [main] = slots;
    const entries = new Map(slots.flatMap((s) => [...s.entries]));
    const reason = variantsReason(slots, context);
    return [alignRow({ indicator: main!.indicator, measure: main!.measure, entries, incomparable: reason }, context)];
  }
  return slots.map((slot) => {
    const elsewhere = new Map<string, string[]>();
    for (const [code, ids] of stated) {
      const others = [...new Set(ids.filter((id) => id !== slot.indicator))];
      if (others.length > 0 && !slot.entries.has(code)) elsewhere.set(code, others);
    }
    return alignRow({ indicator: slot.indicator, measure: slot.measure, entries: slot.entries, elsewhere }, context);
  });
}

function compareSlots(a: Slot, b: Slot): number {
  return compareStrings(a.indicator, b.indicator) || compareMeasures(a.measure, b.measure);
}

/**
 * Moves figures of convertible variants into the variant most regions state
 * (a tie goes to the percentage, then to the smaller id). A region stating
 * both keeps each figure on its own row. Returns new slots; input untouched.
 */
function restateSlots(input: readonly Slot[], period: number, context: RowContext): Slot[] {
  // one slot has nothing to restate: it is passed on as it is, never written to
  if (input.length < 2) return [...input];
  const slots = input.map((s) => ({ ...s, entries: new Map(s.entries) }));
  const ranked = [...slots].sort(
    (a, b) =>
      b.entries.size - a.entries.size ||
      Number(context.indicator(b.indicator)?.quantity === "percent") -
        Number(context.indicator(a.indicator)?.quantity === "percent") ||
      compareSlots(a, b),
  );
  const absorbed = new Set<Slot>();
  for (const target of ranked) {
    if (absorbed.has(target)) continue;
    const to = context.indicator(target.indicator);
    if (to === undefined) continue;
    for (const source of ranked) {
      const from = context.indicator(source.indicator);
      if (source === target || from === undefined || absorbed.has(source)) continue;
      if (restate(1, from, to, period) === undefined) continue;
      absorbed.add(source);
      for (const [code, entries] of source.entries) {
        if (target.entries.has(code)) continue;
        const moved = entries.flatMap((entry) => restateEntry(entry, from, to, period));
        if (moved.length === 0) continue;
        target.entries.set(code, moved);
        source.entries.delete(code);
      }
    }
  }
  return slots;
}

function restateEntry(entry: Entry, from: Indicator, to: Indicator, period: number): Entry[] {
  // one aggregate under two names: every measure moves as stated (a growth stays a growth)
  const renamed = restate(entry.value, from, to, period);
  if (renamed?.same) return [{ ...entry, how: renamed.restatement, same: true }];
  // restate from the indicator's own unit: 336天, or 94.2%
  if (entry.unit !== from.unit && !canConvert(entry.unit, from.unit)) return [];
  const value = entry.unit === from.unit ? entry.value : convert(entry.value, entry.unit, from.unit);
  const result = restate(value, from, to, period);
  if (result === undefined) return [];
  const bounds = entry.bounds
    ? {
        low: restate(entry.bounds.low, from, to, period)!.value,
        high: restate(entry.bounds.high, from, to, period)!.value,
      }
    : undefined;
  return [
    {
      observation: entry.observation,
      value: result.value,
      unit: result.unit,
      how: result.restatement,
      ...(bounds ? { bounds } : {}),
    },
  ];
}

/** The note of a row of variants ("登记失业率与调查失业率口径不同" when rendered in zh). */
function variantsReason(slots: readonly Slot[], context: RowContext): RowNote {
  const indicators = [...new Set(slots.map((s) => s.indicator))];
  const unstated = indicators.filter((id) => context.indicator(id)?.scope === UNSTATED_SCOPE);
  // the finer reading the registry knows: 护栏只是生命安全防护工程的一部分, 只计重点项目
  const finer = indicators.filter((id) => context.indicator(id)?.scopeNote !== undefined);
  return {
    code: "variants",
    indicators,
    ...(unstated.length > 0 ? { unstated } : {}),
    ...(finer.length > 0 ? { finer } : {}),
  };
}
