import { sameValue } from "../dataset/reconcile.js";
import { canConvert, convert } from "../registry/units.js";
import { unregisteredName } from "../registry/unregistered.js";
import type { Cell, ComparisonRow, Verdict } from "../schema/comparison.js";
import type { Indicator } from "../schema/indicator.js";
import type { Bounds, Measure, Observation } from "../schema/observation.js";
import type { Restatement, RowNote } from "../schema/rowNote.js";
import type { Unit } from "../schema/unit.js";
import { compareObservations } from "./order.js";
import type { SelectedRegion } from "./selectRegions.js";

/** One region's figure for a row: the observation, restated when it was stated as another indicator. */
export interface Entry {
  observation: Observation;
  value: number;
  unit: string;
  bounds?: Bounds;
  /** How it was restated (优良天数→优良率 with 336/365), when it was. */
  how?: Restatement;
  /** Restated under another name of the same aggregate (服务业 → 第三产业): nothing converted. */
  same?: boolean;
  /** Report year of the observation's document (null or absent when unknown): the latest report's figure is taken. */
  reportYear?: number | null;
  /** An estimate (预计) standing in for an actual no report states (align's `estimatesStandIn`). */
  standsIn?: boolean;
}

/** Entries in the order one is chosen: actuals before stand-in estimates, the latest report first, then dataset order. */
function byPreference(a: Entry, b: Entry): number {
  return (
    Number(a.standsIn === true) - Number(b.standsIn === true) ||
    (b.reportYear ?? Number.NEGATIVE_INFINITY) - (a.reportYear ?? Number.NEGATIVE_INFINITY) ||
    compareObservations(a.observation, b.observation)
  );
}

/** A region's figures as stated, the one taken first. */
type RegionFigures = { region: string; values: { value: number; unit: string }[] };

/** What a row is made of: its indicator and measure, and each region's entries. */
export interface RowInput {
  indicator: string;
  measure: Measure;
  entries: ReadonlyMap<string, readonly Entry[]>;
  /** Why the row must not be compared, when it sets variants side by side. */
  incomparable?: RowNote;
  /** Other variants of the family each region states (on rows of their own). */
  elsewhere?: ReadonlyMap<string, readonly string[]>;
}

/** Lookups a row needs, fixed for one `align` call. */
export interface RowContext {
  regions: readonly SelectedRegion[];
  indicator(id: string): Indicator | undefined;
  variants(id: string): readonly Indicator[];
  /** The registered unit (`findUnit`), memoized for the call. */
  unit(id: string): Unit | undefined;
}

/**
 * Scopes a report often leaves out while a variant with another scope exists
 * (工业增加值 may be 全口径 or, loosely, 规上; 空气质量 may be 城区 or 全区), and
 * the words that state them. A figure filed under one of these whose name holds
 * none of the words gets a note. Other registry scopes (全部 游客, 新建 公路)
 * are the plain reading of the name and need none.
 */
const SCOPE_WORDS: Record<string, readonly string[]> = {
  规上: ["规上", "规模以上", "规模工业"],
  全口径: ["全口径", "全部工业"],
  城区: ["城区", "主城"],
  全区: ["全区", "全域", "全市", "全县"],
};

/** Scope value the registry gives an indicator whose report did not say which scope. */
export const UNSTATED_SCOPE = "未注明";

/**
 * Builds one comparison row: a cell per region (the first figure by source
 * when a region has several), units made one where they differ (to the
 * indicator's unit), and the verdict with notes saying what was done and
 * what to watch: conversions, missing regions, differing qualifiers,
 * conflicting figures, scopes the reports leave unstated. Notes are facts
 * (`RowNote`, region codes and indicator ids), in the order they are read.
 *
 * Verdict, judged among the regions that state the row (a missing region's cell
 * is null and a `missing` note names it): incomparable (variants, or units that do not
 * convert) > partial (regions are missing and fewer than two state the row) >
 * converted (a unit or indicator restated) > comparable.
 *
 * @param input - the row's indicator, measure and entries by region code
 * @param context - the regions in order and registry lookups
 * @returns the row
 * @example
 * alignRow({ indicator: "trade.total", measure: "level", entries }, context).notes;
 * // => [{ code: "unit_converted", from: "万元", to: "亿元" }]
 */
export function alignRow(input: RowInput, context: RowContext): ComparisonRow {
  const variants = input.incomparable;
  const indicator = context.indicator(input.indicator);
  const chosen: { region: SelectedRegion; entry: Entry }[] = [];
  const missing: SelectedRegion[] = [];
  const conflicts: RegionFigures[] = [];
  const revisions: RegionFigures[] = [];
  const standIns: string[] = [];
  for (const region of context.regions) {
    const stated = input.entries.get(region.code) ?? [];
    // most regions state a row once: nothing to sort, nothing revised or clashing
    const entries = stated.length > 1 ? [...stated].sort(byPreference) : stated;
    const first = entries[0];
    if (first === undefined) {
      missing.push(region);
      continue;
    }
    chosen.push({ region, entry: first });
    if (first.standsIn) standIns.push(region.code);
    if (entries.length === 1 && sameValue(first, first)) continue;
    const others = entries.filter((e) => !sameValue(first, e));
    // a figure of an earlier report, or an estimate, that the chosen figure replaces is a revision
    const revised = others.filter(
      (e) =>
        e.standsIn === true ||
        (e.reportYear ?? Number.NEGATIVE_INFINITY) < (first.reportYear ?? Number.NEGATIVE_INFINITY),
    );
    const clashing = others.filter((e) => !revised.includes(e));
    const figures = (list: readonly Entry[]) => ({
      region: region.code,
      values: [first, ...list].map((e) => ({ value: e.value, unit: e.unit })),
    });
    if (clashing.length > 0) conflicts.push(figures(clashing));
    if (revised.length > 0) revisions.push(figures(revised));
  }

  const unitSet = new Set<string>();
  for (const { entry } of chosen) unitSet.add(entry.unit);
  const units = [...unitSet];
  const loose = unregisteredName(input.indicator);
  // a unit outside the unit table is not known to be the same unit, even when spelt alike
  // (a GBK file read as UTF-8 turns 亿元 and 万元 into the same garbage)
  const unknownUnits = units.filter((u) => context.unit(u) === undefined);
  // unregistered figures sit side by side only when name and unit agree as written: no conversion
  const convertible = loose === undefined ? commonUnit(units, indicator?.unit) : undefined;
  const target = units.length > 1 ? convertible : units[0];
  let unitProblem: RowNote | undefined;
  if (unknownUnits.length > 0) unitProblem = { code: "unit_unknown", units: unknownUnits };
  else if (target === undefined && units.length > 1)
    unitProblem = { code: loose === undefined ? "unit_not_convertible" : "units_differ", units };

  const cells: Record<string, Cell | null> = {};
  const conversions = new Map<string, RowNote>();
  const restated = new Map<string, Restatement>();
  // one walk over the regions in order (chosen follows it): each region's cell, or null
  let next = 0;
  for (const region of context.regions) {
    const pick = chosen[next];
    if (pick === undefined || pick.region !== region) {
      cells[region.code] = null;
      continue;
    }
    next++;
    const { entry } = pick;
    const unit = target ?? entry.unit;
    if (unit !== entry.unit) {
      conversions.set(`${entry.unit}→${unit}`, { code: "unit_converted", from: entry.unit, to: unit });
    }
    if (entry.how) restated.set(JSON.stringify(entry.how), entry.how);
    cells[region.code] = cellOf(entry, unit, input.indicator);
  }

  const looseNote = loose === undefined ? undefined : unregisteredNote(loose, units, conflicts, chosen.length);
  const incomparable = variants ?? unitProblem ?? (loose !== undefined && conflicts.length > 0 ? looseNote : undefined);
  const firstQualifier = chosen[0]?.entry.observation.qualifier;
  const qualifiersDiffer = chosen.some((c) => c.entry.observation.qualifier !== firstQualifier);
  const notes: RowNote[] = [
    ...(looseNote ? [looseNote] : []),
    ...(variants ? [variants] : []),
    ...(unitProblem ? [unitProblem] : []),
    ...(restated.size > 0 ? [{ code: "restated" as const, how: [...restated.values()] }] : []),
    ...conversions.values(),
    ...(missing.length > 0 ? [missingNote(missing, input, context)] : []),
    ...(qualifiersDiffer ? [{ code: "qualifiers_differ" as const, cells: qualifierCells(chosen) }] : []),
    // a row of variants already says how their scopes differ
    ...(variants ? [] : scopeNotes(input.indicator, indicator, chosen, context)),
    ...(conflicts.length > 0 ? [{ code: "values_conflict" as const, cells: conflicts }] : []),
    ...(revisions.length > 0 ? [{ code: "revised" as const, cells: revisions }] : []),
    ...(standIns.length > 0 ? [{ code: "estimate_stands_in" as const, regions: standIns }] : []),
  ];

  let verdict: Verdict = "comparable";
  if (incomparable) verdict = "incomparable";
  // a region missing never hides the comparison among those that state the row: only a row
  // fewer than two regions state has nothing to compare
  else if (missing.length > 0 && chosen.length < 2) verdict = "partial";
  else if (conversions.size > 0 || chosen.some((c) => c.entry.how && !c.entry.same)) verdict = "converted";
  return { indicator: input.indicator, measure: input.measure, verdict, notes, cells };
}

/** A region's cell: the entry's figure in the row's unit, with what it was as stated when that differs. */
function cellOf(entry: Entry, unit: string, rowIndicator: string): Cell {
  const o = entry.observation;
  const scale = (v: number) => (unit === entry.unit ? v : convert(v, entry.unit, unit));
  const value = scale(entry.value);
  const bounds = entry.bounds ? { low: scale(entry.bounds.low), high: scale(entry.bounds.high) } : undefined;
  // an entry not restated carries the observation's own value and unit: compare with those
  // (the same test, without reaching back into the observation for them)
  const asStated =
    entry.how === undefined ? value === entry.value && unit === entry.unit : value === o.value && unit === o.unit;
  // the plain cell, most of a large table, without building the optional keys
  if (bounds === undefined && asStated && o.indicator === rowIndicator) {
    return { value, unit, qualifier: o.qualifier, source: o.source };
  }
  return {
    value,
    unit,
    qualifier: o.qualifier,
    ...(bounds ? { bounds } : {}),
    ...(o.indicator === rowIndicator ? {} : { indicator: o.indicator }),
    ...(asStated ? {} : { original: { value: o.value, unit: o.unit } }),
    source: o.source,
  };
}

/** Each region's qualifier, for a row whose qualifiers differ. */
function qualifierCells(chosen: readonly { region: SelectedRegion; entry: Entry }[]) {
  return chosen.map((c) => ({ region: c.region.code, qualifier: c.entry.observation.qualifier }));
}

/**
 * The note of a row of an unregistered name: matched on the name and unit as written
 * (未登记指标“重点项目”，按名称与单位“个”对齐), or that the name stands for several
 * figures of one region and is not compared.
 */
function unregisteredNote(
  name: string,
  units: readonly string[],
  conflicts: readonly RegionFigures[],
  stated: number,
): RowNote {
  if (conflicts.length > 0) return { code: "unregistered", name, ambiguous: true };
  if (units.length === 1 && stated > 1) return { code: "unregistered", name, unit: units[0]! };
  return { code: "unregistered", name };
}

/** The unit every figure converts to: the indicator's own first, else the first figure's. */
function commonUnit(units: readonly string[], preferred: string | undefined): string | undefined {
  const candidates = preferred === undefined ? units : [preferred, ...units];
  return candidates.find((t) => units.every((u) => u === t || canConvert(u, t)));
}

/** Each missing region, with the other variants it states instead and, when the registry knows it, the finer reading behind them. */
function missingNote(missing: readonly SelectedRegion[], input: RowInput, context: RowContext): RowNote {
  const regions = missing.map((r) => r.code);
  const elsewhere = missing.flatMap((region) => {
    const indicators = input.elsewhere?.get(region.code) ?? [];
    return indicators.length > 0 ? [{ region: region.code, indicators: [...indicators] }] : [];
  });
  if (elsewhere.length === 0) return { code: "missing", regions };
  // the finer reading behind the other names (只计所列项目, 只是一部分)
  const ids = [input.indicator, ...elsewhere.flatMap((e) => e.indicators)];
  const finer = [...new Set(ids)].filter((id) => context.indicator(id)?.scopeNote !== undefined);
  return { code: "missing", regions, elsewhere, ...(finer.length > 0 ? { finer } : {}) };
}

/** Where a report leaves the scope unstated, the note says so: the registry's scope is then an assumption. */
function scopeNotes(
  id: string,
  indicator: Indicator | undefined,
  chosen: readonly { region: SelectedRegion; entry: Entry }[],
  context: RowContext,
): RowNote[] {
  const variants = context.variants(id);
  const scoped = variants.filter((v) => v.scope && v.scope !== UNSTATED_SCOPE);
  if (indicator === undefined || scoped.length === 0) return [];
  if (indicator.scope === UNSTATED_SCOPE) {
    return [{ code: "scope_unstated", variants: scoped.map((v) => v.id) }];
  }
  const scope = indicator.scope;
  const words = scope === undefined ? undefined : SCOPE_WORDS[scope];
  if (scope === undefined || words === undefined) return [];
  const unstated = chosen.filter(
    ({ entry }) =>
      entry.observation.indicator === id && !words.some((w) => entry.observation.nameAsWritten.includes(w)),
  );
  if (unstated.length === 0) return [];
  const cells = unstated.map(({ region, entry }) => ({
    region: region.code,
    nameAsWritten: entry.observation.nameAsWritten,
  }));
  return [{ code: "scope_assumed", scope, cells }];
}
