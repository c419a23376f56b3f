import type { Direction, Kind, Measure, OutcomeVerdict, Qualifier, RowNote, Source, Verdict } from "@duibi/core";
import type { AttainmentNote } from "./attainmentNotes.js";
import type { SkipReason } from "./skipReasons.js";
import type { TargetNote } from "./targetNotes.js";

/* ───────────────────────────── gaps ───────────────────────────── */

/** What each region is measured against: one region, or the median / mean of the row's regions. */
export interface GapReference {
  kind: "region" | "median" | "mean";
  /** GB/T 2260 code of the reference region (kind "region"). */
  code?: string;
  /** Name of the reference region (kind "region"). */
  name?: string;
}

/** One region's distance to the reference on one row. */
export interface GapCell {
  /** value − reference: in the canonical unit for levels, in 个百分点 for growth, rates and shares. */
  gap: number;
  /** Unit of `gap` (亿元, 个百分点 …). */
  unit: string;
  /** value ÷ reference for levels; null when the base is 0 or negative, and for growth/rates/shares. */
  ratio: number | null;
  /** The region's own value, in the row's unit. */
  value: number;
}

/** One row of {@link GapsResult}: each region's gap to the reference on one indicator and measure. */
export interface GapRow {
  indicator: string;
  measure: Measure;
  verdict: Verdict;
  /** The comparison row's notes, as facts (render them with `describeNotes`). */
  notes: RowNote[];
  /**
   * Why the row was not computed (incomparable, too few values for a median or mean, no
   * reference value, overflow), as facts: word it with `describeSkipReason`. Cells are then all null.
   */
  skipped?: SkipReason;
  /** Unit of the gaps on this row. */
  unit: string;
  /** The reference value the gaps are taken from; null when the row is skipped. */
  referenceValue: number | null;
  /** One cell per region code; null when the region has no value on this row. */
  cells: Record<string, GapCell | null>;
}

/** What `gaps` returns: the reference and one row per comparison row. */
export interface GapsResult {
  period: number;
  kind: Kind;
  reference: GapReference;
  rows: GapRow[];
}

/* ───────────────────────────── rank ───────────────────────────── */

/** competition 1,2,2,4 · dense 1,2,2,3 · average 1,2.5,2.5,4 · ordinal 1,2,3,4 (ties by region code). */
export type RankMethod = "competition" | "dense" | "average" | "ordinal";
/** last: regions without a value share the rank after the last ranked one; exclude: they stay null. */
export type MissingPolicy = "last" | "exclude";

/** One row of {@link RankResult}: each region's rank on one indicator and measure. */
export interface RankRow {
  indicator: string;
  measure: Measure;
  verdict: Verdict;
  /** From the indicator registry; neutral rows are ranked by value, largest first. */
  direction: Direction;
  /** Number of regions with a value on this row (the "of N"). */
  n: number;
  ranks: Record<string, number | null>;
}

/** What `rank` returns: ranks per row, and the rows left unranked with their reason. */
export interface RankResult {
  period: number;
  kind: Kind;
  method: RankMethod;
  missing: MissingPolicy;
  rows: RankRow[];
  /** Rows not ranked (incomparable), with their reason as facts (`describeSkipReason`). */
  skipped: { indicator: string; measure: Measure; reason: SkipReason }[];
}

/* ──────────────────────────── ambition ────────────────────────── */

/**
 * How to read `ambitionPp`:
 * - ambition: a point target (exact, 左右) against last year's growth;
 * - floor: the target is a floor (以上, 突破): the ambition is at least this;
 * - range: a range target, read at its midpoint;
 * - ceiling: a cap (以内, or a price target such as CPI 3%左右): not an ambition, `ambitionPp` is null;
 * - no_baseline: no actual or estimate for the previous year: `ambitionPp` is null;
 * - unbounded: the target is a floor (增长7%以上) and so was last year's growth (增长15%以上): the
 *   difference bounds the ambition neither way, `ambitionPp` is null (`differencePp` kept).
 */
export type AmbitionLabel = "ambition" | "floor" | "range" | "ceiling" | "no_baseline" | "unbounded";

/**
 * How the true ambition relates to `ambitionPp` (target − last year's growth, read at the
 * stated figures), from both qualifiers:
 * - exact: both figures exact;
 * - at_least: the target is a floor (以上, 突破) and last year's growth exact;
 * - at_most: last year's growth was a floor (增长10%以上: it was 10% or more), so the ambition is
 *   at most the difference; also a target floor with last year's growth at most (以内);
 * - about: either figure is 左右 or 近 or a range (read at its midpoint): roughly the difference.
 *   近 keeps its direction in `qualifier` / `actualQualifier`: 近 on the target makes the ambition
 *   a little less, 近 on last year's growth a little more.
 */
export type AmbitionBound = "exact" | "at_least" | "at_most" | "about";

/** One region's target on one indicator against the previous year's growth. */
export interface AmbitionRow {
  regionCode: string;
  regionName: string;
  indicator: string;
  measure: Measure;
  /** Target growth for the year, % (range targets: the midpoint). */
  target: number;
  /** Previous year's growth, % (actual, else estimate); null when neither is stated. */
  actual: number | null;
  /** Where `actual` came from. */
  actualKind: Kind | null;
  /** The qualifier of `actual` as stated (at_least for 增长10%以上 …); null without a baseline. */
  actualQualifier: Qualifier | null;
  /**
   * target − actual in 个百分点; null for ceilings, without a baseline, and when both figures
   * are floors (unbounded). Read it with `bound`: with a hedged figure it is a bound, not a number.
   */
  ambitionPp: number | null;
  /** How the ambition relates to `ambitionPp` (at_most when last year's growth was 以上 …); null when `ambitionPp` is. */
  bound: AmbitionBound | null;
  /** target − actual in 个百分点 whatever the label (also for ceilings); null without a baseline. */
  differencePp: number | null;
  /** The target's qualifier as stated (at_least for 以上, about for 左右 …). */
  qualifier: Qualifier;
  label: AmbitionLabel;
  /** How the target was read, as facts (render them with `describeTargetNotes`). */
  notes: TargetNote[];
  targetSource: Source;
  actualSource: Source | null;
}

/** What `ambition` returns: one row per region and growth target of the year. */
export interface AmbitionResult {
  year: number;
  rows: AmbitionRow[];
}

/* ────────────────────────── implied level ─────────────────────── */

/** One region's level implied by its last level and its growth target. */
export interface ImpliedLevelRow {
  regionCode: string;
  regionName: string;
  indicator: string;
  /** Year of the last stated level. */
  baseYear: number;
  baseLevel: number;
  /** Kind of the base level (actual, else estimate). */
  baseKind: Kind;
  unit: string;
  /** Target growth, % (range: midpoint). */
  targetGrowth: number;
  qualifier: Qualifier;
  /** baseLevel × (1 + targetGrowth / 100). */
  impliedLevel: number;
  /** "nominal approximation of a real growth rate" for GDP and value added (real growth applied to a nominal level). */
  label: string | null;
  /** How the target was read, as facts (render them with `describeTargetNotes`). */
  notes: TargetNote[];
  baseSource: Source;
  targetSource: Source;
}

/** What `impliedLevel` returns. */
export interface ImpliedLevelResult {
  year: number;
  rows: ImpliedLevelRow[];
}

/* ─────────────────────── composite & sensitivity ──────────────── */

/** How `composite` puts indicators on one scale: min–max to 0..1, z-scores, or ranks. */
export type Normalize = "minmax" | "zscore" | "rank";

/** An indicator in a composite score, with its direction and normalized weight. */
export interface CompositeIndicator {
  indicator: string;
  measure: Measure;
  direction: Direction;
  /** Weight after normalising the weights to sum to 1. */
  weight: number;
}

/** One region's composite score, rank and coverage. */
export interface CompositeScore {
  regionCode: string;
  regionName: string;
  /** Weighted mean of the region's normalised values over the indicators it has; null below minCoverage. */
  score: number | null;
  /** 1 = best (competition ranking); null when the score is null. */
  rank: number | null;
  /** Share of the total weight the region has values for, 0..1. */
  coverage: number;
}

/** What `composite` returns: the indicators, weights and a score per region. */
export interface CompositeResult {
  method: Normalize;
  minCoverage: number;
  indicators: CompositeIndicator[];
  /** The weights, in the order of `indicators`, summing to 1. */
  weights: number[];
  /** Sorted by region code. */
  scores: CompositeScore[];
}

/** What `sensitivity` returns: how likely each rank is for each region under random weights. */
export interface SensitivityResult {
  method: Normalize;
  draws: number;
  seed: number;
  /** Dirichlet concentration: weights are drawn as Dirichlet(concentration × weights). */
  concentration: number;
  indicators: CompositeIndicator[];
  /** Region codes in the order of the probability arrays' owners (sorted by code). */
  regions: { code: string; name: string }[];
  /** probabilities[code][k] = P(rank = k + 1) over the draws; all zeros for a region never scored. */
  probabilities: Record<string, number[]>;
  /** Mean rank over the draws; null when never scored. */
  meanRank: Record<string, number | null>;
}

/* ──────────────────────────── summary ─────────────────────────── */

/** Descriptive statistics of one comparison row across regions. */
export interface SummaryRow {
  indicator: string;
  measure: Measure;
  verdict: Verdict;
  unit: string;
  /** Regions with a value. */
  n: number;
  mean: number | null;
  median: number | null;
  /** Sample standard deviation; null with fewer than 2 values. */
  sd: number | null;
  min: number | null;
  max: number | null;
  /** p10, p25, p50, p75, p90; null when n = 0. */
  quantiles: { p10: number; p25: number; p50: number; p75: number; p90: number } | null;
  /** (value − mean) / sd per region; null when missing or sd is 0 or undefined. */
  zScores: Record<string, number | null>;
}

/** What `summarize` returns: statistics per row, and correlations with at least 3 regions. */
export interface Summary {
  period: number;
  kind: Kind;
  rows: SummaryRow[];
  /**
   * Pearson correlation between rows across regions (pairwise complete), when at least 3 regions;
   * `labels` are "indicator:measure"; a cell is null with fewer than 3 shared regions or no variance.
   */
  correlation: { labels: string[]; matrix: (number | null)[][] } | null;
  /** Rows left out (incomparable), with their reason as facts (`describeSkipReason`). */
  skipped: { indicator: string; measure: Measure; reason: SkipReason }[];
}

/* ────────────────────────── attainment ────────────────────────── */

/** A target against its outcome: met, missed, not comparable (definitions differ) or incomplete (something missing). */
export type AttainmentVerdict = OutcomeVerdict;

/** How a target is judged: a floor (以上, exact growth), a ceiling (以内, price targets), a band (左右), a range. */
export type TargetReading = "floor" | "ceiling" | "band" | "range";

/** The target side of an attainment row, as the report of year t stated it. */
export interface AttainmentTarget {
  value: number;
  unit: string;
  qualifier: Qualifier;
  bounds?: { low: number; high: number };
  source: Source;
}

/** The outcome side of an attainment row: the latest final figure a later report stated. */
export interface AttainmentActual {
  value: number;
  unit: string;
  /** actual, or estimate (预计) when no later report states a final figure. */
  kind: Kind;
  source: Source;
}

/** One target a region stated for a year, set against the outcome it later stated. */
export interface AttainmentRow {
  regionCode: string;
  regionName: string;
  indicator: string;
  measure: Measure;
  /** The year the target is for (the target's report year). */
  period: number;
  target: AttainmentTarget;
  /** null when no later report states the outcome. */
  actual: AttainmentActual | null;
  verdict: AttainmentVerdict;
  /** How the target was read (floor, ceiling, band, range). */
  reading: TargetReading;
  /** actual − target in 个百分点 for growth, rates and shares (range: against the nearer bound); null for levels and when not paired. */
  gapPp: number | null;
  /** actual − target in the target's unit whatever the measure; null when not paired. */
  gap: number | null;
  /** Why the verdict, what is missing, an estimate standing in, revisions, restated targets: facts keyed by code, worded by `describeAttainmentNotes`. */
  notes: AttainmentNote[];
}

/** One region's record over the selected targets. */
export interface AttainmentSummary {
  regionCode: string;
  regionName: string;
  met: number;
  missed: number;
  notComparable: number;
  incomplete: number;
  /** met ÷ (met + missed); null when nothing could be judged. */
  hitRate: number | null;
  /** Mean of gapPp over judged rows that have one; null when none. */
  meanGapPp: number | null;
  /**
   * Per indicator, target t − actual t−1 (个百分点) over the years, and its least-squares slope (pp a year).
   * The actual of t−1 is the outcome as rows read it: the latest final figure stated by a report of t−1 or later.
   */
  ambition: { indicator: string; points: { period: number; ambitionPp: number }[]; slopePpPerYear: number | null }[];
}

/** A document attainment could not use, and why. */
export interface SkippedReport {
  document: string;
  /** What cannot be told of the report. */
  missing: ("year" | "region")[];
  /** True when observations cite a document the dataset does not list. */
  unlisted?: true;
  /** The reason in English, for logs; word it for people with `missing` and `unlisted`. */
  reason: string;
}

/** Two or more reports claiming one region and year: all kept, flagged. */
export interface ReportConflict {
  regionCode: string;
  year: number;
  documents: string[];
}

/** What `attainment` returns. */
export interface AttainmentResult {
  /** Sorted by region code, indicator, measure, period. */
  rows: AttainmentRow[];
  /** One per region with a row, sorted by code. */
  summary: AttainmentSummary[];
  /** Reports whose year or region cannot be told: their figures are left out. */
  skipped: SkippedReport[];
  /** Reports claiming the same region and year. */
  conflicts: ReportConflict[];
  /** The 左右 band used, in 个百分点. */
  tolerancePp: number;
}
