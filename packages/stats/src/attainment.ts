import {
  canConvert,
  checkArgs,
  convert,
  type Dataset,
  type Document,
  duibiError,
  type FinalFigure,
  finalFigures,
  findIndicator,
  MeasureSchema,
  type Observation,
  orderTargetStatements,
  outcomeKey,
  variantsOf,
} from "@duibi/core";
import { linearRegression } from "simple-statistics";
import type { AttainmentNote, NotedStatement } from "./attainmentNotes.js";
import { append } from "./internal/append.js";
import { MULTIPLE_UNIT } from "./internal/multipleUnit.js";
import { parseDatasetInput } from "./internal/parseDatasetInput.js";
import { pointValue } from "./internal/pointValue.js";
import { selectedCodes } from "./internal/selectedCodes.js";
import { clean } from "./internal/table.js";
import type {
  AttainmentResult,
  AttainmentRow,
  AttainmentSummary,
  AttainmentVerdict,
  ReportConflict,
  SkippedReport,
  TargetReading,
} from "./types.js";

/**
 * The band a 左右 (about) target is met within, in 个百分点: 0.5. Local governments set growth
 * targets in half-point steps (6%, 6.5%, 7%) and state outcomes to a tenth of a point; an
 * outcome within one step of a "6% 左右" target is what the report itself would call about 6%,
 * and a wider band would let a target meet the next step's outcome. For levels (亿元, 万人) the
 * same number is read as a per cent of the target.
 */
export const DEFAULT_TOLERANCE_PP = 0.5;

/** Options for `attainment`. */
export interface AttainmentOptions {
  /** Regions by name, short name or code; default every region in the dataset. */
  regions?: readonly string[];
  /** Indicator ids (gdp, retail_sales …); default every indicator with a target. */
  indicators?: readonly string[];
  /** Target years; default every year with a target. */
  periods?: readonly number[];
  /** Band of a 左右 target, 个百分点 (default {@link DEFAULT_TOLERANCE_PP}). */
  tolerancePp?: number;
}

const RATE_MEASURES = new Set(["growth", "rate", "share", "change_pp"]);
const MEASURES: readonly string[] = MeasureSchema.options;
const EPSILON = 1e-9;

/** A price target (居民消费价格涨幅控制在3%左右) and a lower-is-better indicator cap the outcome. */
function capsOutcome(indicator: string): boolean {
  const entry = findIndicator(indicator);
  return indicator === "cpi" || entry?.family === "cpi" || entry?.direction === "lower";
}

/** How a target is judged, from its qualifier and its indicator's direction. */
export function readingOf(target: Pick<Observation, "indicator" | "qualifier">): TargetReading {
  switch (target.qualifier) {
    case "at_most":
      return "ceiling";
    case "range":
      return "range";
    case "about":
    case "nearly":
      return capsOutcome(target.indicator) ? "ceiling" : "band";
    default:
      return capsOutcome(target.indicator) ? "ceiling" : "floor";
  }
}

/**
 * Judges one target against one outcome in the target's unit.
 *
 * - floor (以上, 不低于, an exact growth target): met when actual ≥ target (突破/超过: actual > target);
 * - ceiling (以内, 控制在, price and lower-is-better targets): met when actual ≤ target, plus the band when 左右;
 * - band (左右, 近): met within ± tolerance, and above it (an outcome beyond the target);
 * - range (6%—6.5%): met from the low bound up (a ceiling indicator: up to the high bound).
 */
export function judge(
  target: Pick<Observation, "indicator" | "measure" | "qualifier" | "value" | "bounds">,
  actual: number,
  tolerancePp: number,
): { verdict: "met" | "missed"; note?: AttainmentNote } {
  const reading = readingOf(target);
  const band = RATE_MEASURES.has(target.measure) ? tolerancePp : (Math.abs(target.value) * tolerancePp) / 100;
  const v = target.value;
  let met: boolean;
  let note: AttainmentNote | undefined;
  if (reading === "range" && target.bounds !== undefined) {
    met = capsOutcome(target.indicator)
      ? actual <= target.bounds.high + EPSILON
      : actual >= target.bounds.low - EPSILON;
  } else if (reading === "ceiling") {
    const loose = target.qualifier === "about" || target.qualifier === "nearly" ? band : 0;
    met = actual <= v + loose + EPSILON;
  } else if (reading === "band") {
    met = actual >= v - band - EPSILON;
    if (met && actual > v + band + EPSILON) note = { code: "above_band" };
  } else if (target.qualifier === "more_than") {
    met = actual > v + EPSILON;
  } else {
    met = actual >= v - EPSILON;
  }
  return { verdict: met ? "met" : "missed", ...(note ? { note } : {}) };
}

/** Documents attainment can use (year and region known), those it skips with the reason, and report conflicts. */
function usableReports(dataset: Dataset): {
  usable: Map<string, Document>;
  skipped: SkippedReport[];
  conflicts: ReportConflict[];
} {
  const usable = new Map<string, Document>();
  const skipped: SkippedReport[] = [];
  for (const d of dataset.documents) {
    const missing = (["year", "region"] as const).filter((k) => (k === "year" ? d.year : d.regionCode) === null);
    if (missing.length > 0)
      skipped.push({ document: d.id, missing, reason: `the report's ${missing.join(" and ")} cannot be told` });
    else usable.set(d.id, d);
  }
  const named = new Set(dataset.documents.map((d) => d.id));
  const unlisted = new Set<string>();
  for (const o of dataset.observations) if (!named.has(o.source.document)) unlisted.add(o.source.document);
  for (const id of unlisted)
    skipped.push({
      document: id,
      missing: ["year"],
      unlisted: true,
      reason: "not among the dataset's documents: its year cannot be told",
    });
  skipped.sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : 0));
  const byClaim = new Map<string, string[]>();
  for (const d of usable.values()) {
    const key = `${d.regionCode}|${d.year}`;
    append(byClaim, key, d.id);
  }
  const conflicts: ReportConflict[] = [];
  for (const [key, documents] of [...byClaim].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (documents.length < 2) continue;
    const [regionCode, year] = key.split("|") as [string, string];
    conflicts.push({ regionCode, year: Number(year), documents: documents.sort() });
  }
  return { usable, skipped, conflicts };
}

/**
 * Target attainment: pairs the target a region stated for year t (in the report of t) with the
 * outcome it later stated for t (in the report of t+1 or later: the latest final figure, see
 * `finalFigures` in @duibi/core; an estimate, 预计, stands in when no report states a final
 * figure, and the row says so), and judges it by the target's qualifier: a floor (以上), a
 * ceiling (以内, price targets), a 左右 band or a range.
 *
 * Verdicts: `met`, `missed`, `not_comparable` when the outcome is stated only under another
 * definition of the indicator's family (规上 vs 全口径, registered vs surveyed unemployment) or
 * in a unit that does not convert, and `incomplete` when no later report states the outcome
 * (the note names what is missing). Reports whose year or region cannot be told are left out
 * and listed in `skipped`; two reports claiming one region and year are both used and listed
 * in `conflicts`. Revisions (an estimate or an earlier actual that differs from the final
 * figure) and restated targets are named in the row's note, never merged away.
 *
 * @param dataset - a duibi dataset with its documents (validated, never modified)
 * @param options - regions, indicators, periods, tolerancePp (default 0.5, see {@link DEFAULT_TOLERANCE_PP})
 * @returns rows sorted by region, indicator, measure and period; a summary per region
 * @throws DuibiError invalid_argument, invalid_dataset, invalid_option (tolerancePp, periods), unknown_region / ambiguous_region
 * @example
 * // 2023 report: 地区生产总值增长6%以上; 2024 report: 2023年地区生产总值增长6.1%
 * attainment(dataset, { indicators: ["gdp"] }).rows.map((r) => [r.period, r.verdict, r.gapPp]); // => [[2023, "met", 0.1]]
 */
export function attainment(dataset: unknown, options: AttainmentOptions = {}): AttainmentResult {
  checkArgs({
    dataset: [dataset, "readable"],
    options: [
      options,
      { "regions?": "string[]", "indicators?": "string[]", "periods?": "number[]", "tolerancePp?": "number" },
    ],
  });
  const parsed = parseDatasetInput(dataset);
  const tolerancePp = options.tolerancePp ?? DEFAULT_TOLERANCE_PP;
  if (typeof tolerancePp !== "number" || !Number.isFinite(tolerancePp) || tolerancePp < 0) {
    throw duibiError("invalid_option", {
      option: "tolerancePp",
      detail: String(tolerancePp),
      fix: "Give the 左右 band in percentage points, a number ≥ 0 such as 0.5.",
    });
  }
  for (const p of options.periods ?? []) {
    if (!Number.isInteger(p)) {
      throw duibiError("invalid_option", { option: "periods", detail: String(p), fix: "Give years as integers." });
    }
  }
  const codes = selectedCodes(parsed, options.regions);
  const indicators = options.indicators === undefined ? undefined : new Set(options.indicators);
  const periods = options.periods === undefined ? undefined : new Set(options.periods);
  const { usable, skipped, conflicts } = usableReports(parsed);
  const yearOf = (o: Observation) => usable.get(o.source.document)?.year as number;
  const years = new Map([...usable.values()].map((d) => [d.id, d.year]));
  const observations = parsed.observations.filter((o) => usable.has(o.source.document));
  const documents = [...usable.values()];

  const targets = new Map<string, Observation[]>();
  for (const o of observations) {
    if (o.kind !== "target" || !codes.has(o.regionCode)) continue;
    if (indicators !== undefined && !indicators.has(o.indicator)) continue;
    if (periods !== undefined && !periods.has(o.period)) continue;
    const key = outcomeKey(o);
    append(targets, key, o);
  }
  // outcomes of t as stated by reports of t or later (a December report of t reviews t)
  const later = finalFigures({ documents, observations: observations.filter((o) => yearOf(o) >= o.period) });
  const reportsAfter = new Map<string, number>();
  for (const d of documents) {
    const code = d.regionCode as string;
    reportsAfter.set(code, Math.max(reportsAfter.get(code) ?? -Infinity, d.year as number));
  }
  const conflictOf = new Map(conflicts.map((c) => [`${c.regionCode}|${c.year}`, c]));

  const rows: AttainmentRow[] = [];
  for (const list of targets.values()) {
    const target = orderTargetStatements(list, years)[0] as Observation;
    const notes: AttainmentNote[] = [];
    const restated = list.filter(
      (o) => o !== target && (pointValue(o) !== pointValue(target) || o.unit !== target.unit),
    );
    for (const o of restated) notes.push({ code: "target_restated", statement: statementOf(o, pointValue(o)) });
    const claim = conflictOf.get(`${target.regionCode}|${yearOf(target)}`);
    if (claim !== undefined) {
      notes.push({
        code: "report_conflict",
        reports: claim.documents.length,
        regionName: target.regionName,
        year: claim.year,
      });
    }
    const figure = later.get(outcomeKey(target));
    const outcome = figure && figure.final.source.document !== target.source.document ? figure : undefined;
    const multiple = multipleSide(target, outcome?.final);
    const row = (
      actual: AttainmentRow["actual"],
      verdict: AttainmentVerdict,
      gap: number | null,
      gapPp: number | null,
    ): AttainmentRow => ({
      regionCode: target.regionCode,
      regionName: target.regionName,
      indicator: target.indicator,
      measure: target.measure,
      period: target.period,
      target: targetOf(target),
      reading: readingOf(target),
      actual,
      verdict,
      gapPp,
      gap,
      notes,
    });
    if (multiple !== null) {
      const final = outcome?.final;
      const actual = final && { value: final.value, unit: final.unit, kind: final.kind, source: final.source };
      notes.unshift({ code: "multiple_not_growth", side: multiple });
      rows.push(row(actual ?? null, "not_comparable", null, null));
      continue;
    }
    if (outcome === undefined) {
      const variant = variantsOf(target.indicator)
        .map((v) => later.get(outcomeKey({ ...target, indicator: v.id })))
        .find((f) => f !== undefined);
      let verdict: AttainmentVerdict = "incomplete";
      if (variant !== undefined) {
        verdict = "not_comparable";
        notes.unshift({ code: "definition_differs", target: target.indicator, outcome: variant.final.indicator });
      } else if ((reportsAfter.get(target.regionCode) ?? -Infinity) <= target.period) {
        notes.unshift({ code: "no_later_report", period: target.period, regionName: target.regionName });
      } else {
        notes.unshift({ code: "outcome_not_stated", period: target.period });
      }
      rows.push(row(null, verdict, null, null));
      continue;
    }
    const final = outcome.final;
    const actual = { value: final.value, unit: final.unit, kind: final.kind, source: final.source };
    notes.push(...revisionNotes(outcome));
    let value = final.value;
    if (final.unit !== target.unit) {
      if (!canConvert(final.unit, target.unit)) {
        notes.unshift({ code: "unit_differs", outcomeUnit: final.unit, targetUnit: target.unit });
        rows.push(row(actual, "not_comparable", null, null));
        continue;
      }
      value = convert(final.value, final.unit, target.unit);
    }
    const { verdict, note } = judge(target, value, tolerancePp);
    if (note !== undefined) notes.unshift(note);
    const gap = clean(value - pointValue(target));
    rows.push(row(actual, verdict, gap, RATE_MEASURES.has(target.measure) ? gap : null));
  }
  rows.sort(
    (a, b) =>
      (a.regionCode < b.regionCode ? -1 : a.regionCode > b.regionCode ? 1 : 0) ||
      (a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : 0) ||
      MEASURES.indexOf(a.measure) - MEASURES.indexOf(b.measure) ||
      a.period - b.period,
  );
  return { rows, summary: summarizeRows(rows, later), skipped, conflicts, tolerancePp };
}

/** A row's target: the statement's figure and its source. */
function targetOf(target: Observation): AttainmentRow["target"] {
  const { value, unit, qualifier, bounds, source } = target;
  return bounds ? { value, unit, qualifier, bounds, source } : { value, unit, qualifier, source };
}

/**
 * Which side of a growth target states a multiple (倍) rather than a growth rate, or null:
 * 增长1倍 reads as ×2 or as +100%, so it is never judged against a percentage, nor against itself.
 */
function multipleSide(target: Observation, outcome: Observation | undefined): "target" | "outcome" | null {
  if (target.measure !== "growth") return null;
  if (target.unit === MULTIPLE_UNIT) return "target";
  return outcome?.unit === MULTIPLE_UNIT ? "outcome" : null;
}

/** An estimate standing in, and statements that differ from the final figure. */
function revisionNotes(figure: FinalFigure): AttainmentNote[] {
  const notes: AttainmentNote[] = [];
  if (figure.estimateStandsIn) notes.push({ code: "estimate_stands_in" });
  if (figure.revised) {
    const others = figure.statements.filter((o) => o !== figure.final);
    notes.push({
      code: "revised",
      statements: others.map((o) => statementOf(o, o.value)),
      final: { value: clean(figure.final.value) ?? figure.final.value, unit: figure.final.unit },
    });
  }
  return notes;
}

/** A statement a note cites. */
function statementOf(o: Observation, value: number): NotedStatement {
  return { value: clean(value) ?? value, unit: o.unit, kind: o.kind, document: o.source.document };
}

function summarizeRows(rows: readonly AttainmentRow[], figures: Map<string, FinalFigure>): AttainmentSummary[] {
  const byRegion = new Map<string, AttainmentRow[]>();
  for (const row of rows) append(byRegion, row.regionCode, row);
  return [...byRegion].map(([regionCode, list]) => {
    const count = (v: AttainmentVerdict) => list.filter((r) => r.verdict === v).length;
    const [met, missed] = [count("met"), count("missed")];
    const gaps = list.filter((r) => (r.verdict === "met" || r.verdict === "missed") && r.gapPp !== null);
    const meanGapPp = gaps.length === 0 ? null : clean(gaps.reduce((s, r) => s + (r.gapPp as number), 0) / gaps.length);
    const ambition = new Map<string, { period: number; ambitionPp: number }[]>();
    for (const row of list) {
      if (row.measure !== "growth") continue;
      const previous = figures.get(outcomeKey({ ...row, period: row.period - 1 }));
      if (previous === undefined || previous.final.unit !== row.target.unit) continue;
      if (row.target.unit === MULTIPLE_UNIT) continue; // a multiple is not a growth rate
      const point = row.target.bounds ? (row.target.bounds.low + row.target.bounds.high) / 2 : row.target.value;
      const pp = clean(point - previous.final.value);
      if (pp !== null) append(ambition, row.indicator, { period: row.period, ambitionPp: pp });
    }
    return {
      regionCode,
      regionName: list[0]!.regionName,
      met,
      missed,
      notComparable: count("not_comparable"),
      incomplete: count("incomplete"),
      hitRate: met + missed === 0 ? null : met / (met + missed),
      meanGapPp,
      ambition: [...ambition].map(([indicator, points]) => ({
        indicator,
        points,
        slopePpPerYear:
          points.length < 2 ? null : clean(linearRegression(points.map((p) => [p.period, p.ambitionPp])).m),
      })),
    };
  });
}
