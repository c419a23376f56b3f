import { type ComparisonTable, checkArgs, duibiError, findRegion, type Measure } from "@duibi/core";
import { clean, parseTable, rowUnit, skipReason, sortedRegions, tablePanel } from "./internal/table.js";
import { gapsPanel, MIN_CENTRE_VALUES } from "./panel/gapsPanel.js";
import type { SkipReason } from "./skipReasons.js";
import type { GapCell, GapReference, GapRow, GapsResult } from "./types.js";

/** Options for `gaps`: what each region is measured against. */
export interface GapsOptions {
  /**
   * A region (name, short name or code) of the table, "median" or "mean". Default: the second
   * region of a two-region table (gaps read first − second), else the median.
   */
  reference?: string;
}

/** The reference when none is given: the second of two regions (武隆 − 万州), else the median (which needs three). */
function defaultReference(table: ComparisonTable): string {
  const codes = [...new Set(table.regions.map((r) => r.code))];
  return codes.length === 2 ? (codes[1] as string) : "median";
}

/** Measures whose difference is read in percentage points (个百分点), not in the cell's unit. */
const POINT_MEASURES: ReadonlySet<Measure> = new Set<Measure>(["growth", "change_pp", "share", "rate"]);
/** Measures for which "times the reference" means something. */
const RATIO_MEASURES: ReadonlySet<Measure> = new Set<Measure>(["level", "count"]);

/**
 * The unit a difference on a row is stated in: 个百分点 for growth, rates, shares and changes,
 * else the row's own unit.
 * @param measure - The row's measure.
 * @param unit - The unit of the row's cells.
 * @returns The unit of the gap.
 * @example
 * gapUnit("growth", "%"); // => "个百分点"
 * gapUnit("level", "亿元"); // => "亿元"
 */
export function gapUnit(measure: Measure, unit: string): string {
  checkArgs({ measure: [measure, "string"], unit: [unit, "string"] });
  return POINT_MEASURES.has(measure) ? "个百分点" : unit;
}

function resolveReference(input: string, regions: readonly { code: string; name: string }[]): GapReference {
  if (input === "median" || input === "mean") return { kind: input };
  const direct = regions.find((r) => r.code === input || r.name === input);
  const code = direct?.code ?? findRegion(input).code;
  const region = regions.find((r) => r.code === code);
  if (region === undefined) {
    throw duibiError("invalid_option", {
      option: "reference",
      detail: `${input} (${code}) is not one of the table's regions (${regions.map((r) => r.name).join(", ")})`,
      fix: "Compare against a region in the table, or use median or mean.",
    });
  }
  return { kind: "region", code: region.code, name: region.name };
}

/**
 * Why a computed row has no gaps, or null: a median or mean over fewer than
 * MIN_CENTRE_VALUES values, a reference region without a value or without another region to
 * compare with, a reference beyond the largest double.
 */
function gapSkip(reference: GapReference, count: number, value: number): SkipReason | null {
  if (reference.kind !== "region") {
    if (count < MIN_CENTRE_VALUES) return { code: "too_few_values", count, minimum: MIN_CENTRE_VALUES };
  } else if (Number.isNaN(value)) {
    return { code: "no_reference_value", reference: reference.name as string };
  } else if (count < 2) {
    return { code: "too_few_values", count, minimum: 2 };
  }
  return clean(value) === null ? { code: "overflow" } : null;
}

/**
 * Each region's gap to a reference on every row of a comparison table: a region, or the
 * row's median or mean (only over at least {@link MIN_CENTRE_VALUES} regions' values; a gap to
 * a region needs that region and one other). Levels and counts: the difference in the row's canonical unit and the
 * ratio value ÷ reference (null when the reference is 0 or negative). Growth, rates, shares and
 * changes: the difference in 个百分点 (no ratio). Incomparable rows are skipped with their reason,
 * never computed; on partial rows a region without a value gets a null cell. A row whose
 * reference or gaps overflow (values near ±1.7e308) is skipped and says so. Every skipped row
 * carries its reason as facts (`{ code: "too_few_values", count, minimum }` …): word it with
 * `describeSkipReason(row.skipped, lang)`.
 *
 * @param table - From `align(dataset, { period, kind })`; validated, never modified.
 * @param options - reference: a region of the table, "median" or "mean" (default: the second of two regions, else the median).
 * @returns One row per table row with cells keyed by region code; no NaN or Infinity.
 * @throws DuibiError unknown_region / ambiguous_region for a reference the registry cannot
 *   resolve, invalid_option when it is not in the table or the table is malformed.
 * @example
 * const table = align(loadSeeds(), { period: 2023, kind: "actual" });
 * gaps(table, { reference: "万州区" }).rows.find((r) => r.indicator === "gdp" && r.measure === "growth")
 *   ?.cells["500156"]?.gap; // => -1.4
 */
export function gaps(table: unknown, options: GapsOptions = {}): GapsResult {
  checkArgs({ table: [table, "readable"], options: [options, { "reference?": "string" }] });
  const parsed = parseTable(table);
  const regions = sortedRegions(parsed);
  const reference = resolveReference(options.reference ?? defaultReference(parsed), regions);
  const reasons = parsed.rows.map((row) => skipReason(row));
  const computed = parsed.rows.filter((_, i) => reasons[i] === null);
  const panel = tablePanel(regions, computed, parsed.period, parsed.kind);
  const result = gapsPanel(panel, { reference: reference.code ?? reference.kind, ratio: true });
  const width = regions.length;
  let g = -1;
  const rows: GapRow[] = parsed.rows.map((row, i) => {
    const unit = gapUnit(row.measure, rowUnit(row));
    const base = { indicator: row.indicator, measure: row.measure, verdict: row.verdict, notes: row.notes, unit };
    const empty = () => Object.fromEntries(regions.map((r) => [r.code, null]));
    const reason = reasons[i];
    if (reason != null) return { ...base, skipped: reason, referenceValue: null, cells: empty() };
    g++;
    const skipped = gapSkip(reference, result.n[g] as number, result.reference[g] as number);
    if (skipped !== null) return { ...base, skipped, referenceValue: null, cells: empty() };
    const referenceValue = clean(result.reference[g] as number) as number;
    const overflows = regions.some((_, r) => Math.abs(result.gaps[g * width + r] as number) === Infinity);
    if (overflows) return { ...base, skipped: { code: "overflow" }, referenceValue: null, cells: empty() };
    const cells: Record<string, GapCell | null> = {};
    regions.forEach((region, r) => {
      const at = g * width + r;
      const gap = clean(result.gaps[at] as number);
      const value = panel.values[at] as number;
      const ratio = RATIO_MEASURES.has(row.measure) ? clean((result.ratios as Float64Array)[at] as number) : null;
      cells[region.code] = gap === null ? null : { gap, unit, ratio, value };
    });
    return { ...base, referenceValue, cells };
  });
  return { period: parsed.period, kind: parsed.kind, reference, rows };
}
