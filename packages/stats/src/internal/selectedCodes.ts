import { type Dataset, selectRegions } from "@duibi/core";

/**
 * The codes of the regions asked for, resolved by core's `selectRegions` (the same
 * `unknown_region` / `ambiguous_region` errors everywhere); when none are asked for, every
 * region the observations name, listed in `dataset.regions` or not.
 * @example
 * selectedCodes(loadSeeds(), ["武隆"]); // => Set { "500156" }
 */
export function selectedCodes(dataset: Dataset, regions: readonly string[] | undefined): Set<string> {
  if (regions === undefined) return new Set(dataset.observations.map((o) => o.regionCode));
  return new Set(selectRegions(dataset, regions).map((r) => r.code));
}
