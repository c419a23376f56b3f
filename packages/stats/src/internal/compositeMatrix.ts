import { type ComparisonRow, duibiError } from "@duibi/core";
import { directionOf } from "../rank.js";
import type { CompositeIndicator, Normalize } from "../types.js";
import { rankScratch, rankSlice } from "./rankSlice.js";
import { parseTable, skipReason, sortedRegions } from "./table.js";

/** Options for `composite`: indicators, weights, normalization and the coverage a region needs to be scored. */
export interface CompositeOptions {
  /** Rows to combine: "gdp" (every measure of gdp) or "gdp:growth"; default every comparable row. */
  indicators?: readonly string[];
  /** One weight per selected row, in the order of the result's `indicators`; default equal weights. */
  weights?: readonly number[];
  /** How each row is put on one scale: minmax (0–1, default), zscore, or rank (0–1 from average ranks). */
  normalize?: Normalize;
  /** Minimum share of the total weight a region needs values for to get a score; default 0.5. */
  minCoverage?: number;
}

/** Normalised rows (better = larger) ready to be weighted. */
export interface CompositeMatrix {
  regions: { code: string; name: string }[];
  indicators: CompositeIndicator[];
  weights: Float64Array;
  /** indicators × regions, NaN where a region has no value. */
  normalized: Float64Array;
  method: Normalize;
  minCoverage: number;
}

const NORMALIZE: readonly Normalize[] = ["minmax", "zscore", "rank"];

function option(name: string, detail: string, fix: string): never {
  throw duibiError("invalid_option", { option: name, detail, fix });
}

function select(rows: readonly ComparisonRow[], wanted: readonly string[] | undefined): ComparisonRow[] {
  const usable = rows.filter((r) => skipReason(r) === null);
  if (wanted === undefined) return usable;
  return wanted.flatMap((w) => {
    const [id, measure] = w.split(":");
    const found = usable.filter((r) => r.indicator === id && (measure === undefined || r.measure === measure));
    if (found.length === 0) {
      option(
        "indicators",
        `"${w}" is not a comparable row of the table`,
        "Use ids such as gdp or gdp:growth from the table.",
      );
    }
    return found;
  });
}

/** Normalises one row in place into out[offset, offset + width): larger is better. */
function normalizeRow(
  values: Float64Array,
  offset: number,
  width: number,
  method: Normalize,
  flip: boolean,
  out: Float64Array,
): void {
  let n = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let sum = 0;
  for (let j = offset; j < offset + width; j++) {
    const v = values[j] as number;
    if (Number.isNaN(v)) continue;
    n++;
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const sign = flip ? -1 : 1;
  if (method === "rank") {
    rankSlice(values, offset, width, flip ? 1 : -1, "average", "exclude", out, rankScratch(width));
    // rank 1 (best) → 1, rank n → 0; a lone value sits in the middle
    for (let j = offset; j < offset + width; j++) {
      const r = out[j] as number;
      out[j] = Number.isNaN(r) ? Number.NaN : n > 1 ? (n - r) / (n - 1) : 0.5;
    }
    return;
  }
  const mean = n > 0 ? sum / n : 0;
  let squares = 0;
  for (let j = offset; j < offset + width; j++) {
    const v = values[j] as number;
    if (!Number.isNaN(v)) squares += (v - mean) ** 2;
  }
  const sd = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
  for (let j = offset; j < offset + width; j++) {
    const v = values[j] as number;
    if (Number.isNaN(v)) out[j] = Number.NaN;
    else if (method === "minmax") {
      // no spread, no information: everyone sits in the middle
      const x = max > min ? (v - min) / (max - min) : 0.5;
      out[j] = flip ? 1 - x : x;
    } else out[j] = sd > 0 ? (sign * (v - mean)) / sd : 0;
  }
}

/** Parses composite options and normalises the selected rows (shared by composite and sensitivity). */
export function compositeMatrix(table: unknown, options: CompositeOptions = {}): CompositeMatrix {
  const method = options.normalize ?? "minmax";
  if (!NORMALIZE.includes(method)) option("normalize", `"${method}"`, `Use ${NORMALIZE.join(", ")}.`);
  const minCoverage = options.minCoverage ?? 0.5;
  if (!(minCoverage >= 0 && minCoverage <= 1))
    option("minCoverage", String(minCoverage), "Give a share between 0 and 1.");
  const parsed = parseTable(table);
  const regions = sortedRegions(parsed);
  const rows = select(parsed.rows, options.indicators);
  if (rows.length === 0) option("indicators", "no comparable rows to combine", "Align regions that share indicators.");
  const raw = options.weights ?? rows.map(() => 1);
  if (raw.length !== rows.length) {
    option("weights", `${raw.length} weights for ${rows.length} rows`, "Give one weight per selected row.");
  }
  if (raw.some((w) => !(Number.isFinite(w) && w >= 0)))
    option("weights", raw.join(", "), "Weights must be finite and ≥ 0.");
  const total = raw.reduce((s, w) => s + w, 0);
  if (total <= 0) option("weights", "all weights are 0", "Give at least one positive weight.");
  const weights = Float64Array.from(raw, (w) => w / total);
  const width = regions.length;
  const values = new Float64Array(rows.length * width).fill(Number.NaN);
  rows.forEach((row, i) => {
    regions.forEach((region, r) => {
      const cell = row.cells[region.code];
      if (cell != null) values[i * width + r] = cell.value;
    });
  });
  const normalized = new Float64Array(values.length);
  const indicators = rows.map((row, i): CompositeIndicator => {
    const direction = directionOf(row.indicator);
    normalizeRow(values, i * width, width, method, direction === "lower", normalized);
    return { indicator: row.indicator, measure: row.measure, direction, weight: weights[i] as number };
  });
  return { regions, indicators, weights, normalized, method, minCoverage };
}

/**
 * Weighted scores per region into `scores` (NaN below minimum coverage) and coverage into
 * `coverage`. O(indicators × regions).
 */
export function scoreInto(
  matrix: CompositeMatrix,
  weights: Float64Array,
  scores: Float64Array,
  coverage: Float64Array,
): void {
  const width = matrix.regions.length;
  scores.fill(0);
  coverage.fill(0);
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i] as number;
    if (w === 0) continue;
    for (let r = 0; r < width; r++) {
      const x = matrix.normalized[i * width + r] as number;
      if (Number.isNaN(x)) continue;
      scores[r] = (scores[r] as number) + w * x;
      coverage[r] = (coverage[r] as number) + w;
    }
  }
  for (let r = 0; r < width; r++) {
    const c = coverage[r] as number;
    // 1e-12 absorbs rounding in the weight sum so that full coverage reads as 1
    scores[r] = c > 0 && c + 1e-12 >= matrix.minCoverage ? (scores[r] as number) / c : Number.NaN;
  }
}
