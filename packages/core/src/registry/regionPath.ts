import { duibiError } from "../errors/catalog.js";
import { checkArgs } from "../errors/checkArgs.js";
import { regionIndex } from "./regionIndex.js";

/**
 * The full administrative path of a region, from its province down, as reports and
 * registers write it. The country is left out; 直辖市 districts sit directly under the city.
 * @param code - a GB/T 2260 code in the registry
 * @returns the names joined without separators
 * @throws DuibiError `unknown_region` when no region has this code
 * @example
 * regionPath("500156"); // => "重庆市武隆区"
 * regionPath("422801"); // => "湖北省恩施土家族苗族自治州恩施市"
 * regionPath("000000"); // => "全国"
 */
export function regionPath(code: string): string {
  checkArgs({ code: [code, "string"] });
  const { byCode } = regionIndex();
  let region = byCode.get(code);
  if (!region) throw duibiError("unknown_region", { input: code });
  if (region.level === "country") return region.name;
  const names: string[] = [];
  while (region && region.level !== "country") {
    names.unshift(region.name);
    region = region.parent === null ? undefined : byCode.get(region.parent);
  }
  return names.join("");
}
