import { duibiError } from "../errors/catalog.js";
import { checkArgs } from "../errors/checkArgs.js";
import type { Indicator } from "../schema/indicator.js";
import { conversionData, type IndicatorConversion } from "./indicators/conversions.js";
import { editDistance } from "./indicators/editDistance.js";
import { indicatorIndex } from "./indicators/indicatorIndex.js";
import { foldNameChar, normalizeIndicatorName } from "./indicators/normalizeIndicatorName.js";

export { type IndicatorConversion, IndicatorConversionSchema } from "./indicators/conversions.js";
export { normalizeIndicatorName } from "./indicators/normalizeIndicatorName.js";

/** An alias found in running text: the indicator and the span [start, end) of the original text. */
export interface IndicatorMatch {
  indicator: Indicator;
  start: number;
  end: number;
  /** The normalized alias that matched. */
  alias: string;
}

/** Words that scope a name to the reporting region itself and add nothing (全区生产总值 = 地区生产总值). */
const REGION_PREFIX = /^(?:\d{4}年|全年|全区|全市|全县|全州|全省|全旗|我区|我市|我县|本区|本市|本县)+/u;
/** Verbs and connectives that cling to a name cut out of a sentence. */
const LEADING_VERB = /^(?:实现|完成|达到|力争|确保|其中)+/u;
const TRAILING_WORD = /(?:分别|均|为|达到|达|实现|完成|保持|稳定在|控制在|增长|下降|提高|提升)+$/u;
/**
 * Adverbs of manner that cling to the end of a name before its verb and change nothing of what
 * it measures: 地区生产总值首次跨越…, GDP历史性完成…, 森林覆盖率稳步提高到…, 城镇登记失业率继续保持在…,
 * 存款余额在全省率先突破…. Not 累计 (a cumulative figure is another figure) nor 连续.
 */
export const TRAILING_ADVERB =
  /(?:在全[国省市区州县](?:地级市)?)?(?:历史首次|历史性地?|首次|首度|再次|一举|率先|稳步|持续|继续)$/u;
/** Skip at most this many ignorable characters (spaces, quotes, line breaks) in a row inside a name. */
const MAX_GAP = 2;

/**
 * Every indicator in the registry, sorted by id.
 *
 * @returns the registry (read-only; do not mutate)
 * @example
 * indicators()[0].id; // => "agriculture.brand_value"
 */
export function indicators(): readonly Indicator[] {
  return indicatorIndex().sorted;
}

/**
 * The indicator with this id, or undefined.
 *
 * @param id - a registry id such as `unemployment.surveyed`
 * @returns the indicator, or undefined when the id is unknown
 * @example
 * findIndicator("gdp")?.zh; // => "地区生产总值"
 * findIndicator("gpd"); // => undefined
 */
export function findIndicator(id: string): Indicator | undefined {
  return indicatorIndex().byId.get(id);
}

/**
 * The indicator with this id.
 *
 * @param id - a registry id such as `unemployment.surveyed`
 * @returns the indicator
 * @throws DuibiError `unknown_indicator` with up to three close ids as suggestions
 * @example
 * getIndicator("retail_sales").zh; // => "社会消费品零售总额"
 * getIndicator("gpd"); // throws unknown_indicator, hint: Did you mean gdp?
 */
export function getIndicator(id: string): Indicator {
  if (typeof id !== "string") checkArgs({ id: [id, "string"] }); // hot in extract: the cheap test first
  const found = findIndicator(id);
  if (found !== undefined) return found;
  const suggestions = suggestIndicatorIds(id);
  return throwUnknown(id, suggestions);
}

function throwUnknown(id: string, suggestions: readonly string[]): never {
  throw duibiError("unknown_indicator", {
    input: id,
    suggestions: suggestions.length > 0 ? suggestions.join(", ") : undefined,
  });
}

/**
 * Up to three registry ids close to `input`: the indicator its Chinese name
 * maps to first, then ids by edit distance.
 *
 * @param input - a mistyped id or a name as written
 * @returns at most three ids, best first
 * @example
 * suggestIndicatorIds("gpd"); // => ["gdp", …]
 * suggestIndicatorIds("社零总额"); // => ["retail_sales"]
 */
export function suggestIndicatorIds(input: string): string[] {
  if (typeof input !== "string") checkArgs({ input: [input, "string"] }); // hot in extract: the cheap test first
  const byName = matchIndicator(input);
  const key = input.trim().toLowerCase();
  const limit = Math.max(2, Math.ceil(key.length / 3));
  const close = indicators()
    .map((i) => ({ id: i.id, d: editDistance(key, i.id) }))
    .filter(({ d }) => d <= limit)
    .sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : 1))
    .map(({ id }) => id);
  return [...new Set([...(byName ? [byName.id] : []), ...close])].slice(0, 3);
}

/**
 * Maps a name as a report writes it to a registry indicator. The name is
 * normalized (NFKC, no spaces, quotes or bracketed asides); then tried as is,
 * without a region prefix (全区, 全市, 我区, 2023年), and without verbs and
 * adverbs cut along with it (实现…, …分别, …增长, …首次, …稳步). Scope words that change the meaning
 * (城区, 规上, 新增) are never dropped.
 *
 * @param nameAsWritten - e.g. "全区生产总值", "规上工业增加值", "社零总额"
 * @returns the indicator, or undefined when no alias matches
 * @example
 * matchIndicator("全区生产总值")?.id; // => "gdp"
 * matchIndicator("规模以上工业增加值")?.id; // => "value_added.industry.above_scale"
 * matchIndicator("城镇调查失业率")?.id; // => "unemployment.surveyed"
 * matchIndicator("森林覆盖率稳步")?.id; // => "forestry.coverage"
 */
export function matchIndicator(nameAsWritten: string): Indicator | undefined {
  if (typeof nameAsWritten !== "string") checkArgs({ nameAsWritten: [nameAsWritten, "string"] }); // hot in extract: the cheap test first
  const { byName } = indicatorIndex();
  const name = normalizeIndicatorName(nameAsWritten);
  const direct = byName.get(name);
  if (direct !== undefined) return direct;
  const bare = name.replace(LEADING_VERB, "").replace(REGION_PREFIX, "").replace(LEADING_VERB, "");
  const trimmed = bare.replace(TRAILING_WORD, "").replace(TRAILING_ADVERB, "");
  return byName.get(bare) ?? byName.get(trimmed);
}

/**
 * Finds indicator aliases in running text, longest alias first, scanning left
 * to right without overlaps. Offsets are into the text as given. Spaces, line
 * breaks and quotes inside a name are skipped (at most two in a row), so
 * OCR-split names (地区生 产总值) and quoted ones (“四上”企业) still match.
 * Linear in the text: at most (longest alias × 3) steps per position.
 *
 * @param text - report text (any length)
 * @returns matches sorted by start
 * @example
 * matchIndicatorIn("实现地区生产总值273.46亿元").map((m) => [m.indicator.id, m.start, m.end]);
 * // => [["gdp", 2, 8]]
 */
export function matchIndicatorIn(text: string): IndicatorMatch[] {
  if (typeof text !== "string") checkArgs({ text: [text, "string"] }); // hot in extract: the cheap test first
  const { trie } = indicatorIndex();
  const matches: IndicatorMatch[] = [];
  let i = 0;
  while (i < text.length) {
    const first = foldNameChar(text.charAt(i));
    let node = first === "" ? undefined : trie.next.get(first);
    let best: IndicatorMatch | undefined;
    let j = i + 1;
    let gap = 0;
    while (node !== undefined) {
      if (node.indicator !== undefined && node.alias !== undefined) {
        best = { indicator: node.indicator, start: i, end: j - gap, alias: node.alias };
      }
      if (j >= text.length) break;
      const ch = foldNameChar(text.charAt(j));
      j++;
      if (ch === "") {
        gap++;
        if (gap > MAX_GAP) break;
        continue;
      }
      gap = 0;
      node = node.next.get(ch);
    }
    if (best === undefined) {
      i++;
    } else {
      matches.push(best);
      i = best.end;
    }
  }
  return matches;
}

/**
 * The other indicators of `id`'s definition family: figures that measure the
 * same thing under another definition or scope and must not be set side by
 * side (城镇登记失业率 vs 城镇调查失业率).
 *
 * @param id - a registry id
 * @returns the variants sorted by id; empty for an unknown id or one without variants
 * @example
 * variantsOf("unemployment.registered").map((i) => i.id); // => ["unemployment.surveyed"]
 */
export function variantsOf(id: string): Indicator[] {
  const indicator = findIndicator(id);
  if (indicator === undefined) return [];
  return (indicatorIndex().byFamily.get(indicator.family) ?? []).filter((i) => i.id !== id);
}

/**
 * Pairs of indicators whose values convert into each other (优良天数 ↔ 优良率
 * with the year's day count), for the aligner.
 *
 * @returns the conversion links, sorted by `from`
 * @example
 * conversions().find((c) => c.from === "air_quality.good_days.urban")?.to; // => "air_quality.good_days_ratio.urban"
 */
export function conversions(): readonly IndicatorConversion[] {
  return conversionData;
}

/**
 * The conversion linking two indicators, in either direction.
 *
 * @param a - an indicator id
 * @param b - another indicator id
 * @returns the link (its `from`/`to` say the direction), or undefined
 * @example
 * conversionBetween("air_quality.good_days_ratio.urban", "air_quality.good_days.urban")?.kind; // => "days_to_ratio"
 */
export function conversionBetween(a: string, b: string): IndicatorConversion | undefined {
  return conversionData.find((c) => (c.from === a && c.to === b) || (c.from === b && c.to === a));
}
