import { checkArgs, duibiError } from "@duibi/core";
import { type CompositeOptions, compositeMatrix, scoreInto } from "./internal/compositeMatrix.js";
import { rankScratch, rankSlice } from "./internal/rankSlice.js";
import { clean } from "./internal/table.js";
import { dirichletSample, mulberry32 } from "./random.js";
import type { SensitivityResult } from "./types.js";

/** Options for `sensitivity`: the composite options plus the number of draws, the seed and the concentration. */
export interface SensitivityOptions extends CompositeOptions {
  /** Number of weight draws; default 1000. */
  draws?: number;
  /** PRNG seed; the same seed gives the same result. Default 1. */
  seed?: number;
  /** Dirichlet concentration c: weights ~ Dirichlet(c × w). Larger stays closer to w; default 20. */
  concentration?: number;
}

function positiveInteger(name: string, value: number, fix: string): number {
  if (!(Number.isInteger(value) && value > 0)) {
    throw duibiError("invalid_option", { option: name, detail: String(value), fix });
  }
  return value;
}

/**
 * How robust the composite ranking is to the weights: draws weights from a Dirichlet around
 * the given ones (a seeded mulberry32 generator, Marsaglia–Tsang gamma draws), scores and ranks
 * the regions for each draw, and reports the probability of each rank per region.
 * Cost: O(draws × indicators × regions + draws × regions log regions).
 *
 * @param table - From `align(dataset, { period, kind })`; validated, never modified.
 * @param options - the {@link composite} options plus draws, seed and concentration.
 * @returns probabilities[code][k] = P(rank = k + 1), and the mean rank per region.
 * @throws DuibiError invalid_option for bad draws, seed or concentration, or composite options.
 * @example
 * const table = align(loadSeeds(), { period: 2023, kind: "actual" });
 * sensitivity(table, { draws: 200, seed: 7 }).probabilities["500101"]?.length; // => 2
 */
export function sensitivity(table: unknown, options: SensitivityOptions = {}): SensitivityResult {
  checkArgs({
    table: [table, "readable"],
    options: [
      options,
      {
        "indicators?": "string[]",
        "weights?": "number[]",
        "normalize?": "string",
        "draws?": "number",
        "seed?": "number",
        "concentration?": "number",
      },
    ],
  });
  const draws = positiveInteger("draws", options.draws ?? 1000, "Give a positive number of draws, such as 1000.");
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed))
    throw duibiError("invalid_option", { option: "seed", detail: String(seed), fix: "Give an integer seed." });
  const concentration = options.concentration ?? 20;
  if (!(Number.isFinite(concentration) && concentration > 0)) {
    throw duibiError("invalid_option", {
      option: "concentration",
      detail: String(concentration),
      fix: "Give a positive number.",
    });
  }
  const matrix = compositeMatrix(table, options);
  const width = matrix.regions.length;
  const alpha = [...matrix.weights].map((w) => w * concentration);
  const random = mulberry32(seed);
  const counts = new Float64Array(width * width);
  const rankSums = new Float64Array(width);
  const ranked = new Float64Array(width);
  const scores = new Float64Array(width);
  const coverage = new Float64Array(width);
  const ranks = new Float64Array(width);
  const scratch = rankScratch(width);
  for (let d = 0; d < draws; d++) {
    scoreInto(matrix, Float64Array.from(dirichletSample(alpha, random)), scores, coverage);
    rankSlice(scores, 0, width, -1, "competition", "exclude", ranks, scratch);
    for (let r = 0; r < width; r++) {
      const k = ranks[r] as number;
      if (Number.isNaN(k)) continue;
      counts[r * width + k - 1] = (counts[r * width + k - 1] as number) + 1;
      rankSums[r] = (rankSums[r] as number) + k;
      ranked[r] = (ranked[r] as number) + 1;
    }
  }
  const probabilities: Record<string, number[]> = {};
  const meanRank: Record<string, number | null> = {};
  matrix.regions.forEach((region, r) => {
    probabilities[region.code] = Array.from(counts.subarray(r * width, (r + 1) * width), (c) => clean(c / draws) ?? 0);
    meanRank[region.code] = (ranked[r] as number) > 0 ? clean((rankSums[r] as number) / (ranked[r] as number)) : null;
  });
  return {
    method: matrix.method,
    draws,
    seed,
    concentration,
    indicators: matrix.indicators,
    regions: matrix.regions,
    probabilities,
    meanRank,
  };
}
