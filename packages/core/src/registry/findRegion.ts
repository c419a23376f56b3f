import { duibiError } from "../errors/catalog.js";
import { checkArgs } from "../errors/checkArgs.js";
import type { Region } from "../schema/region.js";
import { LEVEL_RANK, type RegionIndex, regionIndex } from "./regionIndex.js";
import { regionPath } from "./regionPath.js";

// Characters nearly every name ends with; sharing one says nothing about which region was meant.
const GENERIC = new Set([..."省市区县旗盟州自治族地特别行政"]);
// The longest registered path (省 + 州 + 县) is under 30 characters; longer input is not a region.
const MAX_PATH = 40;

/** "北京市朝阳区(110105)": how errors name a region so the reader can tell namesakes apart. */
const label = (region: Region) => `${regionPath(region.code)}(${region.code})`;

/** Spaces (ASCII or ideographic) never belong to a name: "重庆市 武隆区" is 重庆市武隆区. */
const normalize = (input: string) => input.replace(/[\s\u3000]+/gu, "");

function namesakes(index: RegionIndex, name: string): Region[] {
  return [...(index.byName.get(name) ?? []), ...(index.byShortName.get(name) ?? [])];
}

function descendsFrom(index: RegionIndex, region: Region, ancestors: readonly Region[]): boolean {
  for (let code = region.parent; code !== null; code = index.byCode.get(code)?.parent ?? null) {
    if (ancestors.some((a) => a.code === code)) return true;
  }
  return false;
}

/** Regions named by "parent + name": 重庆市武隆区, 重庆武隆, 湖北省恩施土家族苗族自治州恩施市. */
function byPath(index: RegionIndex, text: string, depth: number): Region[] {
  const found = new Map<string, Region>();
  for (let cut = 1; cut < text.length; cut++) {
    const ancestors = namesakes(index, text.slice(0, cut));
    if (ancestors.length === 0) continue;
    const rest = text.slice(cut);
    const children =
      depth > 0 ? [...namesakes(index, rest), ...byPath(index, rest, depth - 1)] : namesakes(index, rest);
    for (const child of children) if (descendsFrom(index, child, ancestors)) found.set(child.code, child);
  }
  return [...found.values()];
}

/** One region, or the highest-level one when it alone is at that level (重庆 is 重庆市, 长沙 is 长沙市). */
function pick(input: string, candidates: readonly Region[]): Region {
  const unique = [...new Map(candidates.map((r) => [r.code, r])).values()];
  const top = Math.min(...unique.map((r) => LEVEL_RANK[r.level]));
  const highest = unique.filter((r) => LEVEL_RANK[r.level] === top);
  if (highest.length === 1) return highest[0]!;
  const matches = unique.sort((a, b) => (a.code < b.code ? -1 : 1)).map(label);
  throw duibiError("ambiguous_region", { input, matches: matches.join(", ") });
}

function suggestions(index: RegionIndex, text: string): string[] {
  if (/^\d{6}$/.test(text)) {
    // An unknown code: offer the prefecture and province its digits point into.
    const near = [`${text.slice(0, 4)}00`, `${text.slice(0, 2)}0000`].flatMap((c) => index.byCode.get(c) ?? []);
    return near.slice(0, 1).map(label);
  }
  const chars = new Set([...text].filter((c) => !GENERIC.has(c)));
  const scored = index.list.flatMap((region) => {
    const contains = region.name.includes(text) || (region.shortName.length > 1 && text.includes(region.shortName));
    const shared = [...new Set(region.name)].filter((c) => chars.has(c)).length;
    const score = (contains ? 100 : 0) + shared;
    return score > 0 && (contains || shared >= Math.min(2, chars.size)) ? [{ region, score }] : [];
  });
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      LEVEL_RANK[a.region.level] - LEVEL_RANK[b.region.level] ||
      (a.region.code < b.region.code ? -1 : 1),
  );
  return scored.slice(0, 3).map((s) => label(s.region));
}

/**
 * Finds the one region the input names. Tried in order: a six-digit code (500156), a full
 * name (武隆区), a short name (武隆), then a name preceded by an ancestor's name (重庆市武隆区,
 * 重庆武隆). Spaces are ignored. When a name fits regions at several levels, the highest wins
 * (重庆 is the 直辖市, 吉林 the province, 长沙 the city, not 长沙县); namesakes at one level
 * (鼓楼区, 朝阳区) are an error naming each with its path. Lookups use maps built once: O(1)
 * for codes and names, O(length²) for a path.
 * @param input - a code, full name, short name or ancestor + name
 * @returns the region, shared from the registry (frozen)
 * @throws DuibiError `ambiguous_region` listing the candidates as 北京市朝阳区(110105), …
 * @throws DuibiError `unknown_region` with up to three suggestions in its hint
 * @example
 * findRegion("武隆").code;          // => "500156"
 * findRegion("重庆市武隆区").code;  // => "500156"
 * findRegion(" 500101 ").name;      // => "万州区"
 * findRegion("重庆").level;         // => "province"
 */
export function findRegion(input: string): Region {
  checkArgs({ input: [input, "string"] });
  const index = regionIndex();
  const text = normalize(input);
  const byCode = index.byCode.get(text);
  if (byCode) return byCode;
  const full = index.byName.get(text);
  if (full) return pick(text, full);
  const short = index.byShortName.get(text);
  if (short) return pick(text, short);
  const path = text.length <= MAX_PATH && !/^\d+$/.test(text) ? byPath(index, text, 1) : [];
  if (path.length > 0) return pick(text, path);
  const suggested = text === "" ? [] : suggestions(index, text);
  throw duibiError("unknown_region", {
    input,
    ...(suggested.length > 0 ? { suggestions: suggested.join(", ") } : {}),
  });
}

/**
 * Resolves several region names or codes at once, as a `--regions` option lists them.
 * @param inputs - codes, full, short or path names, in the order wanted
 * @returns the regions in input order, each once (武隆 and 500156 are one region)
 * @throws DuibiError `unknown_region` / `ambiguous_region` for the first input that fails
 * @example
 * resolveRegions(["武隆", "万州区", "500156"]).map((r) => r.code); // => ["500156", "500101"]
 */
export function resolveRegions(inputs: readonly string[]): Region[] {
  checkArgs({ inputs: [inputs, "string[]"] });
  const found = new Map<string, Region>();
  for (const input of inputs) {
    const region = findRegion(input);
    if (!found.has(region.code)) found.set(region.code, region);
  }
  return [...found.values()];
}

/** The characters a region's full name ends with (铁山港区, 合浦县, 凯里市, 正蓝旗, 恩施州). */
const UNIT_ENDS = new Set([..."区县市旗州盟"]);
/** Full names are 2 to 10 characters long (城区, 新疆生产建设兵团… are no part's name here). */
const MAX_NAME = 10;

/**
 * A region within `region` (a county of a city, a city of a province) named by its full name in
 * `words`: 铁山港区完成固定资产投资 in a report of 北海市 names the district, so the figure is its own.
 * The last such name wins; undefined when `words` names none.
 *
 * @param words - text before a figure's name
 * @param region - the report's region
 * @returns the part named, or undefined
 */
export function partNamedIn(words: string, region: Region): Region | undefined {
  const index = regionIndex();
  for (let end = words.length; end >= 2; end--) {
    if (!UNIT_ENDS.has(words[end - 1]!)) continue;
    for (let start = Math.max(0, end - MAX_NAME); start <= end - 2; start++) {
      const part = index.byName.get(words.slice(start, end))?.find((r) => descendsFrom(index, r, [region]));
      if (part !== undefined) return part;
    }
  }
  return undefined;
}
