import { type Dataset, type TargetActualRow, targetPairs } from "@duibi/core";
import { MULTIPLE_UNIT } from "./multipleUnit.js";
import { parseDatasetInput } from "./parseDatasetInput.js";
import { parseYear } from "./parseYear.js";

/** The growth targets a year's ambition and implied levels start from. */
export interface GrowthTargets {
  year: number;
  /** The validated dataset. */
  dataset: Dataset;
  /** Per region and indicator, the year's growth target paired with last year's growth (core's `targetPairs`). */
  pairs: TargetActualRow[];
}

/**
 * Validates a dataset and options, then pairs the year's growth targets (kind target, measure
 * growth) of the selected regions with last year's growth by core's `targetPairs`, the one
 * pairing charts use too. A target in 倍 is a multiple, not a growth rate, and is left out.
 * @example
 * growthTargets(loadSeeds(), { year: 2024 }).pairs.find((p) => p.indicator === "gdp")?.target.value; // => 7
 */
export function growthTargets(
  dataset: unknown,
  options: { year: number; regions?: readonly string[] | undefined },
): GrowthTargets {
  const year = parseYear(options?.year);
  const parsed = parseDatasetInput(dataset);
  const regions = options.regions === undefined ? {} : { regions: options.regions };
  const pairs = targetPairs(parsed, { year, measure: "growth", ...regions });
  return { year, dataset: parsed, pairs: pairs.filter((p) => p.target.unit !== MULTIPLE_UNIT) };
}
