import { type Observation, reportYears } from "@duibi/core";
import { indexObservations } from "./indexObservations.js";
import { MULTIPLE_UNIT } from "./multipleUnit.js";
import { parseDatasetInput } from "./parseDatasetInput.js";
import { parseYear } from "./parseYear.js";
import { selectedCodes } from "./selectedCodes.js";

/** The growth targets a year's ambition and implied levels start from. */
export interface GrowthTargets {
  year: number;
  /** Every observation, indexed by fact (see {@link indexObservations}). */
  index: Map<string, Observation[]>;
  /** Per fact, the first growth target of the year for the selected regions; `sources` lists them all. */
  targets: { target: Observation; sources: Observation[] }[];
}

/**
 * Validates a dataset and options, then lists the year's growth targets (kind target, measure
 * growth) of the selected regions; a target in 倍 is a multiple, not a growth rate, and is left out.
 */
export function growthTargets(
  dataset: unknown,
  options: { year: number; regions?: readonly string[] | undefined },
): GrowthTargets {
  const year = parseYear(options?.year);
  const parsed = parseDatasetInput(dataset);
  const codes = selectedCodes(parsed, options.regions);
  const index = indexObservations(parsed.observations, reportYears(parsed));
  const targets: GrowthTargets["targets"] = [];
  for (const sources of index.values()) {
    const target = sources[0] as Observation;
    if (target.period !== year || target.kind !== "target" || target.measure !== "growth") continue;
    if (target.unit === MULTIPLE_UNIT) continue;
    if (codes.has(target.regionCode)) targets.push({ target, sources });
  }
  return { year, index, targets };
}
