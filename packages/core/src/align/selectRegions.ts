import { duibiError } from "../errors/catalog.js";
import { checkArgs } from "../errors/checkArgs.js";
import { findRegion } from "../registry/regions.js";
import type { Dataset } from "../schema/dataset.js";

/** A region as a comparison table lists it. */
export interface SelectedRegion {
  code: string;
  name: string;
}

/**
 * The regions a comparison covers, in the order asked, each once. A name,
 * short name or code the dataset's own regions carry is taken from there;
 * anything else goes through the registry (`findRegion`), so a region the
 * dataset lacks can still be asked for (its cells are then empty).
 *
 * @param dataset - the dataset
 * @param inputs - names, short names or codes; default all the dataset's regions by code
 * @returns code and name of each region
 * @throws DuibiError `unknown_region` / `ambiguous_region` from the registry (`findRegion`);
 *   `invalid_option` for an empty list
 * @example
 * selectRegions(loadSeeds(), ["武隆", "500101"]); // => [{ code: "500156", name: "武隆区" }, { code: "500101", name: "万州区" }]
 */
export function selectRegions(dataset: Dataset, inputs?: readonly string[]): SelectedRegion[] {
  checkArgs({ dataset: [dataset, { regions: "object[]" }], "inputs?": [inputs, "string[]"] });
  if (inputs === undefined) {
    return [...dataset.regions].sort((a, b) => (a.code < b.code ? -1 : 1)).map(({ code, name }) => ({ code, name }));
  }
  if (inputs.length === 0) {
    throw duibiError("invalid_option", {
      option: "regions",
      detail: "no region given",
      fix: "Name at least one region, or leave regions out to take all the dataset's regions.",
    });
  }
  const known = new Map<string, SelectedRegion>();
  for (const { code, name, shortName } of dataset.regions) {
    for (const key of [code, name, shortName]) if (!known.has(key)) known.set(key, { code, name });
  }
  const selected = new Map<string, SelectedRegion>();
  for (const input of inputs) {
    const trimmed = input.trim();
    const region = known.get(trimmed) ?? fromRegistry(trimmed);
    if (!selected.has(region.code)) selected.set(region.code, region);
  }
  return [...selected.values()];
}

function fromRegistry(input: string): SelectedRegion {
  const { code, name } = findRegion(input);
  return { code, name };
}
