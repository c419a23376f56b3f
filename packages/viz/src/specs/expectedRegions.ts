import type { Dataset } from "@duibi/core";
import type { TargetActualRow } from "./targetPairs.js";

/**
 * The regions the chart is about: the report's (`regionOrder`), else those asked for, else every
 * region of the dataset; pairs given directly are about their own regions only. A chart of
 * target/actual pairs names the expected regions it lacks (see `notStatedLine`).
 *
 * @param input - The dataset or pairs the chart was given.
 * @param options - The chart's `regionOrder` and `regions`.
 * @returns Region codes.
 * @example
 * expectedRegions(dataset, { regions: ["武隆"] }); // => ["500156"]
 */
export function expectedRegions(
  input: Dataset | readonly TargetActualRow[],
  options: { regionOrder?: readonly string[]; regions?: readonly string[] },
): string[] {
  if (options.regionOrder !== undefined) return [...options.regionOrder];
  if (Array.isArray(input)) return [];
  const dataset = input as Dataset;
  const wanted = options.regions;
  return dataset.regions
    .filter((r) => wanted === undefined || wanted.some((w) => w === r.code || w === r.name || w === r.shortName))
    .map((r) => r.code);
}
