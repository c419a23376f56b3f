import { checkArgs } from "@duibi/core";
import { type CompositeOptions, compositeMatrix, scoreInto } from "./internal/compositeMatrix.js";
import { rankScratch, rankSlice } from "./internal/rankSlice.js";
import { clean } from "./internal/table.js";
import type { CompositeResult } from "./types.js";

export type { CompositeOptions } from "./internal/compositeMatrix.js";

/**
 * A composite score per region: each selected row is normalised (minmax to 0–1, zscore, or
 * rank to 0–1), flipped where lower is better (registry direction; neutral counts as higher),
 * and combined as the weighted mean over the rows the region has values for. Regions whose
 * covered weight is below `minCoverage` get no score. Scores are ranked 1 = best.
 *
 * @param table - From `align(dataset, { period, kind })`; validated, never modified.
 * @param options - indicators, weights (normalised to sum 1), normalize, minCoverage.
 * @returns Scores sorted by region code; the same for any order of the table's regions.
 * @throws DuibiError invalid_option for unknown rows, bad weights, normalize or minCoverage.
 * @example
 * composite(align(loadSeeds(), { period: 2023, kind: "actual" }), { indicators: ["gdp:growth"] })
 *   .scores.map((s) => [s.regionName, s.score]); // => [["万州区", 1], ["武隆区", 0]]
 */
export function composite(table: unknown, options: CompositeOptions = {}): CompositeResult {
  checkArgs({
    table: [table, "readable"],
    options: [options, { "indicators?": "string[]", "weights?": "number[]", "normalize?": "string" }],
  });
  const matrix = compositeMatrix(table, options);
  const width = matrix.regions.length;
  const scores = new Float64Array(width);
  const coverage = new Float64Array(width);
  scoreInto(matrix, matrix.weights, scores, coverage);
  const ranks = new Float64Array(width);
  rankSlice(scores, 0, width, -1, "competition", "exclude", ranks, rankScratch(width));
  return {
    method: matrix.method,
    minCoverage: matrix.minCoverage,
    indicators: matrix.indicators,
    weights: matrix.indicators.map((i) => i.weight),
    scores: matrix.regions.map((region, r) => ({
      regionCode: region.code,
      regionName: region.name,
      score: clean(scores[r] as number),
      rank: Number.isNaN(ranks[r] as number) ? null : (ranks[r] as number),
      coverage: clean(coverage[r] as number) ?? 0,
    })),
  };
}
