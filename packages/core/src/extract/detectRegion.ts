import { isDuibiError } from "../errors/DuibiError.js";
import { regionIndex } from "../registry/regionIndex.js";
import { findRegion } from "../registry/regions.js";
import type { Region } from "../schema/region.js";

const HEAD = 3000;
const TITLE = "政府工作报告";
const NATIONAL = /全国人民代表大会|国务院总理/;
const MEETING = /在([^\n。，]{2,24}?)第[一二三四五六七八九十]{1,4}届人民代表大会/;
const GOVERNMENT = /([^\n。，、《》“”]{2,16}?)人民政府/;
const YEAR = /\d{4}年|^title[:：]\s*/g;
/** 光明区一届人民政府: the government's term is not part of the name. */
const TERM = /第?[一二三四五六七八九十]{1,3}届$/;
const NOISE = /^[\d年月日—\-《》“”（）【】·、，：\s]+|关于印发|政府$|人民$|人民政$/g;

/**
 * Reads the region a report is about from its header: the title
 * (重庆市武隆区人民政府工作报告, 2024年重庆市万州区政府工作报告, 武隆区政府工作报告),
 * the meeting line (在重庆市武隆区第十九届人民代表大会…), or the issuing
 * government (重庆市武隆区人民政府). A State Council report (政府工作报告 —
 * 在第十四届全国人民代表大会…) is 全国.
 *
 * @param text - normalized text
 * @returns the registry region, or null when the header names none the registry knows
 * @example
 * detectRegion("2024年重庆市万州区政府工作报告 2024年2月2日在…")?.code; // => "500101"
 */
export function detectRegion(text: string, ambiguous?: (candidates: readonly Region[]) => void): Region | null {
  const found = fromHeader(text);
  if (Array.isArray(found)) {
    // 南山区 (深圳 and 鹤岗) with neither parent named: say so rather than guess.
    ambiguous?.(found);
    return null;
  }
  return found ?? selfReferenced(text);
}

/** The region the header names; the namesakes when it names one of several and the text names no parent. */
function fromHeader(text: string): Region | Region[] | null {
  const head = text.slice(0, HEAD);
  let unresolved: Region[] | null = null;
  const longestRegion = (words: string): Region | null => {
    const r = longestIn(words, text);
    if (Array.isArray(r)) {
      unresolved ??= r;
      return null;
    }
    return r;
  };
  let from = 0;
  for (let guard = 0; guard < 8; guard++) {
    const at = head.indexOf(TITLE, from);
    if (at < 0) break;
    const lineStart = Math.max(head.lastIndexOf("\n", at) + 1, at - 30);
    const found = longestRegion(head.slice(lineStart, at));
    if (found) return found;
    if (NATIONAL.test(head.slice(at, at + 120))) return findRegion("000000");
    from = at + TITLE.length;
  }
  const meeting = MEETING.exec(head);
  if (meeting?.[1]) {
    if (meeting[1].includes("全国")) return findRegion("000000");
    const found = longestRegion(meeting[1]);
    if (found) return found;
  }
  const government = GOVERNMENT.exec(head.slice(0, 600));
  const named = government?.[1] ? longestRegion(government[1]) : null;
  return named ?? unresolved;
}

/**
 * The region named by the longest tail of `words` (关于印发《武隆区 → 武隆区; 重庆市万州区;
 * title: 重庆市2009年 → 重庆市); its namesakes when it is a shared name the text gives no parent for.
 */
function longestIn(words: string, text: string): Region | Region[] | null {
  const cleaned = words.replace(YEAR, "").replace(NOISE, "").replace(/人民$/, "").replace(TERM, "");
  let unresolved: Region[] | null = null;
  for (let start = 0; start < cleaned.length - 1; start++) {
    const region = tryFind(cleaned.slice(start), text);
    if (Array.isArray(region)) unresolved ??= region;
    else if (region) return region;
  }
  return unresolved;
}

function tryFind(name: string, text: string): Region | Region[] | null {
  // Most tails name no region: findRegion would throw unknown_region after scoring every
  // region for suggestions. Ask it only when it can succeed (see mayBeRegion).
  if (!mayBeRegion(name)) return null;
  try {
    return findRegion(name);
  } catch (error) {
    if (!isDuibiError(error)) throw error;
    if (error.code !== "ambiguous_region") return null;
    return byParent(namesakesOf(name), text);
  }
}

function namesakesOf(name: string): Region[] {
  const index = regionIndex();
  const key = name.replace(/[\s\u3000]+/gu, "");
  const all = [...(index.byName.get(key) ?? []), ...(index.byShortName.get(key) ?? [])];
  return [...new Map(all.map((r) => [r.code, r])).values()].sort((a, b) => (a.code < b.code ? -1 : 1));
}

/** Of namesakes (南山区 in 深圳 and in 鹤岗), the one whose parent the text names; all of them when not one. */
function byParent(candidates: readonly Region[], text: string): Region | Region[] {
  if (candidates.length === 1 && candidates[0]) return candidates[0];
  const named = candidates.filter((r) => parentNamed(r, text));
  return named.length === 1 && named[0] ? named[0] : [...candidates];
}

/** How a report speaks of its own region (全区, 我市, 区人民政府) → the unit word its name ends with. */
const SELF = /(?:全|我|本)(区|市|县|州|旗|盟)/g;
/** 我代表区人民政府向大会报告工作: the speaker's own government, the surest self-reference. */
const SPEAKER = /代表(区|市|县|州|旗|盟)人民政府/;
const MIN_SELF = 3;
const MANY_SELF = 10;
const COMMITTEE = /代表[^，。\n]{0,8}管委会|代表[^，。\n]{0,8}管理委员会/;

/**
 * With no header naming it, the region the text keeps naming as itself: the unit word from its
 * self-references (我代表区人民政府, 全区), then the region of that kind whose short name the text
 * uses most (宝安 17 times in a 宝安区 report), when it is used at least three times and twice as
 * often as any other. Null when no name stands out.
 */
function selfReferenced(text: string): Region | null {
  // 我代表新区管委会: a functional area (大鹏新区), no administrative region; its city is not it.
  if (COMMITTEE.test(text.slice(0, HEAD))) return null;
  const units = new Map<string, number>();
  for (const hit of text.matchAll(SELF)) {
    const unit = hit[1] ?? "";
    units.set(unit, (units.get(unit) ?? 0) + 1);
  }
  const unit =
    SPEAKER.exec(text.slice(0, HEAD))?.[1] ??
    [...units.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  if (unit === undefined) return null;
  const counts = countNames(text, unit);
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n || (a.region.code < b.region.code ? -1 : 1));
  const named = ranked.filter((c) => c.parent);
  const [best, second] = named;
  if (best !== undefined && (second === undefined || second.n * 2 <= best.n) && best === ranked[0]) return best.region;
  // A city report need not name its province: its own name then stands far above any other.
  const [top, next] = ranked;
  if (top === undefined || top.n < MANY_SELF || (next !== undefined && next.n * 3 > top.n)) return null;
  return namesakesOf(top.region.shortName).filter((r) => r.name.endsWith(unit)).length === 1 ? top.region : null;
}

/**
 * How often the text uses the short name of each region whose name ends in `unit` (the loop over
 * the regions, in a function of its own: its optimized code is the loop alone).
 */
function countNames(text: string, unit: string): Map<string, { region: Region; n: number; parent: boolean }> {
  // A district report names its city (深圳): only regions whose parent the text names count, so
  // words that happen to be short names elsewhere (新建, 城区) do not.
  const counts = new Map<string, { region: Region; n: number; parent: boolean }>();
  const pairs = pairsOf(text);
  for (const region of candidatesOf(unit)) {
    const short = region.shortName;
    // A name whose first two characters never stand together in the text occurs 0 times: skip
    // the scan of the whole text (most of the thousand districts a district report is tried for).
    if (!hasPair(pairs, short.charCodeAt(0), short.charCodeAt(1))) continue;
    let n = 0;
    for (let at = text.indexOf(short); at >= 0 && n < 10_000; at = text.indexOf(short, at + short.length)) n++;
    if (n >= MIN_SELF) counts.set(region.code, { region, n, parent: parentNamed(region, text) });
  }
  return counts;
}

// The registry is constant data: the regions a unit word can stand for are chosen once per unit
// word (six of them) and reused, as regionIndex keeps its tables.
const candidates = new Map<string, readonly Region[]>();

/**
 * The regions whose name ends in `unit` and whose short name a text can be counted for (two
 * characters or more, no common noun), in registry order, the first of each short name and
 * parent only.
 */
function candidatesOf(unit: string): readonly Region[] {
  let list = candidates.get(unit);
  if (list !== undefined) return list;
  const tried = new Set<string>();
  const chosen: Region[] = [];
  for (const region of regionIndex().list) {
    const short = region.shortName;
    if (!region.name.endsWith(unit) || short.length < 2 || isCommonNoun(region)) continue;
    const key = `${short}|${region.parent}`;
    if (tried.has(key)) continue;
    tried.add(key);
    chosen.push(region);
  }
  list = chosen;
  candidates.set(unit, list);
  return list;
}

const PAIR_BITS = 20;

/** The hash of two adjacent code units, PAIR_BITS wide. */
function pairHash(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ b) >>> (32 - PAIR_BITS);
}

/**
 * A bit set of the pairs of adjacent code units in `text`, hashed: a pair not in it does not occur
 * (a pair in it may, or may share its hash). One pass; 128 KB.
 */
function pairsOf(text: string): Uint32Array {
  const bits = new Uint32Array(1 << (PAIR_BITS - 5));
  for (let i = 0; i + 1 < text.length; i++) {
    const h = pairHash(text.charCodeAt(i), text.charCodeAt(i + 1));
    bits[h >>> 5]! |= 1 << (h & 31);
  }
  return bits;
}

function hasPair(bits: Uint32Array, a: number, b: number): boolean {
  const h = pairHash(a, b);
  return (bits[h >>> 5]! & (1 << (h & 31))) !== 0;
}

/**
 * 城区, 郊区, 矿区, 东区: a region named by one character and its unit word alone, with no
 * shorter name, is also a common noun (城区功能品质大幅提升 in a 坪山区 report). Every district
 * report uses such words, so how often a text uses them says nothing of which region it is.
 */
function isCommonNoun(region: Region): boolean {
  return region.shortName === region.name && region.name.length === 2;
}

function parentNamed(region: Region, text: string): boolean {
  const parent = region.parent === null ? undefined : regionIndex().byCode.get(region.parent);
  if (parent === undefined) return false;
  return text.includes(parent.name) || (parent.shortName.length >= 2 && text.includes(parent.shortName));
}

/**
 * False only when `findRegion(name)` is sure to throw unknown_region: the name (spaces
 * dropped, as findRegion does) is no code, full or short name, and cannot be split as
 * findRegion's path search needs (重庆市武隆区: a named head, then a named rest or a named
 * head and a named rest again).
 */
function mayBeRegion(name: string): boolean {
  const index = regionIndex();
  const text = name.replace(/[\s\u3000]+/gu, "");
  const named = (key: string) => index.byName.has(key) || index.byShortName.has(key);
  const split = (part: string, depth: number): boolean => {
    for (let cut = 1; cut < part.length; cut++) {
      if (!named(part.slice(0, cut))) continue;
      const rest = part.slice(cut);
      if (named(rest) || (depth > 0 && split(rest, depth - 1))) return true;
    }
    return false;
  };
  return index.byCode.has(text) || named(text) || split(text, 1);
}
