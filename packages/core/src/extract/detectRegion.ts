import { isDuibiError } from "../errors/DuibiError.js";
import { regionIndex } from "../registry/regionIndex.js";
import { findRegion } from "../registry/regions.js";
import type { Region } from "../schema/region.js";

const HEAD = 3000;
const TITLE = "政府工作报告";
const NATIONAL = /全国人民代表大会|国务院总理/;
const MEETING = /在([^\n。，]{2,24}?)第[一二三四五六七八九十]{1,4}届人民代表大会/;
const GOVERNMENT = /([^\n。，、《》“”]{2,16}?)人民政府/;
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
export function detectRegion(text: string): Region | null {
  const head = text.slice(0, HEAD);
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
  return government?.[1] ? longestRegion(government[1]) : null;
}

/** The region named by the longest tail of `words` (关于印发《武隆区 → 武隆区; 重庆市万州区). */
function longestRegion(words: string): Region | null {
  const cleaned = words.replace(NOISE, "").replace(/人民$/, "");
  for (let start = 0; start < cleaned.length - 1; start++) {
    const region = tryFind(cleaned.slice(start));
    if (region) return region;
  }
  return null;
}

function tryFind(name: string): Region | null {
  // Most tails name no region: findRegion would throw unknown_region after scoring every
  // region for suggestions. Ask it only when it can succeed (see mayBeRegion).
  if (!mayBeRegion(name)) return null;
  try {
    return findRegion(name);
  } catch (error) {
    if (isDuibiError(error)) return null;
    throw error;
  }
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
