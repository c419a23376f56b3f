import type { Bounds, Qualifier } from "../schema/observation.js";
import type { Lexicon } from "./lexicon.js";

/** A number as written with its unit and hedges, in normalized-text offsets. */
export interface Mention {
  /** Start of the number. */
  start: number;
  /** End of the number, its unit and any trailing hedge (以上, 左右). */
  end: number;
  /** The value in `unit` (1.2万户 with no 万户 unit → 12000 户). */
  value: number;
  /** Registry unit id, or the unit as written when the registry lacks it (then `known` is false). */
  unit: string;
  known: boolean;
  /** Hedge written after the number: 以上, 以内, 左右, 余/多; a range. */
  qualifier: Qualifier | null;
  bounds?: Bounds;
  /** Written as a ratio, 2.35:1. */
  ratio: boolean;
  /** 与上年持平, 同比基本持平: no digit, a change of 0% on the year before. */
  flat?: true;
}

const MAX_DIGITS = 15;
const MULTIPLIERS: ReadonlyArray<readonly [string, number]> = [
  ["万亿", 1e12],
  ["千万", 1e7],
  ["亿", 1e8],
  ["万", 1e4],
];
/** Units the registry may lack but reports use; read so the figure can be reported as unmapped. */
const WORDS = [
  ..."个家户件项人名次栋座所套辆头只条处场批部篇宗笔台艘吨亩元天米块间张份期届倍级",
  "标箱",
  "公里",
  "平方米",
  "公顷",
  "千瓦",
  "场次",
  "人次",
  "基点",
];
const HEDGES: ReadonlyArray<readonly [string, Qualifier]> = [
  ["及以上", "at_least"],
  ["以上", "at_least"],
  ["以内", "at_most"],
  ["以下", "at_most"],
  ["左右", "about"],
  ["上下", "about"],
];
/** Words after a figure that add nothing: 突破600亿元大关, 迈上3万亿元新台阶. */
const TRAILERS = ["大关", "新台阶", "台阶"];
/** A number followed by these is a date, an ordinal or a session, not a figure. */
const NOT_FIGURE =
  /^(?:(?:万亿|千亿|百亿|十亿|亿|万)级|年(?!均)|月|日|号|届|周年|季度|个季度|个月|小时|分钟|时|点\d|世纪|代)/;
/** The characters NOT_FIGURE can start with: most figures skip the slice and the regex. */
const NOT_FIGURE_FIRST = codes("万千百十亿年月日号届周季个小分时点世代");
/** Ordinals (第8, 前10), codes in quotes or brackets (“2332”, 〔2024〕). */
const NOT_BEFORE = codes("第前.“〔[【:");
const NOT_AFTER = codes("”〕]】");
/** 连续8次, 连续399天: a number right after 连续 counts repetitions of something, it is no figure. */
const LIAN = "连".charCodeAt(0);
const XU = "续".charCodeAt(0);
const RANGE_SEPARATORS = codes("-~—至到－～");
/** WORDS by first code unit, in WORDS order (the first that fits wins, as in the full list). */
const WORDS_BY_FIRST = byFirst(WORDS);
const NONE: readonly string[] = [];
const COLON = 0x3a;
const DUN = "、".charCodeAt(0);
const YI_ABOVE = "以".charCodeAt(0);
const YU = "余".charCodeAt(0);
const YI = "亿".charCodeAt(0);
const WAN = "万".charCodeAt(0);
const DUO = "多".charCodeAt(0);

// The scan reads code units, not one-character strings: `text[i]` allocates a string for
// every CJK character, and this runs for every number of the text.
function codes(chars: string): ReadonlySet<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}

function byFirst(words: readonly string[]): ReadonlyMap<number, readonly string[]> {
  const map = new Map<number, string[]>();
  for (const word of words) map.set(word.charCodeAt(0), [...(map.get(word.charCodeAt(0)) ?? []), word]);
  return map;
}

/**
 * The code unit at `i`, -1 outside the text. `charCodeAt` gives NaN there, and a read past the
 * end makes the optimized scan bail out and compile again; -1 fails every test NaN fails.
 */
function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}

function isDigit(text: string, i: number): boolean {
  const code = codeAt(text, i);
  return code >= 0x30 && code <= 0x39;
}

/** A-Z, a-z, + or · (5G, G353); outside the text is not Latin (NaN fails every test). */
function isLatin(text: string, i: number): boolean {
  const code = codeAt(text, i);
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x2b || code === 0xb7;
}

/**
 * Finds the figures in `text[from, to)`: digits with an optional decimal part,
 * then 余/多, a 万/亿/万亿 multiplier and a unit, a range (6%-6.5%, 6%至6.5%) or
 * a ratio (2.35:1), then 以上/以内/左右. Years, dates, ordinals (第8), codes
 * (5G, G353, “2332”) are skipped. One pass; each number is read once and
 * capped at 15 digits, so 1 MB of digits costs linear time.
 *
 * @param text - normalized text
 * @param from - start offset
 * @param to - end offset (exclusive)
 * @param lexicon - unit lookup
 * @returns the mentions in text order
 * @example
 * scanMentions("实现地区生产总值273.46亿元、增长5.5%", 0, 23, lexicon).map((m) => [m.value, m.unit]);
 * // => [[273.46, "亿元"], [5.5, "%"]]
 */
export function scanMentions(text: string, from: number, to: number, lexicon: Lexicon): Mention[] {
  const out: Mention[] = [];
  let i = from;
  // Most characters are neither a digit nor 十/百/千: three comparisons pass them.
  while (i < to) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) i = figureAt(text, i, to, lexicon, out);
    else if (code === SHI || code === BAI || code === QIAN) i = roundFigureAt(text, i, code, to, lexicon, out);
    else if (code === CHI && codeAt(text, i + 1) === PING) i = flatAt(text, i, from, lexicon, out);
    else i++;
  }
  return out;
}

/** Reads the number starting at `i` (a digit), adds its figure to `out` if it is one; returns where to go on. */
function figureAt(text: string, i: number, to: number, lexicon: Lexicon, out: Mention[]): number {
  const first = readNumber(text, i, to);
  const mention = first === null ? null : readFigure(text, i, first, to, lexicon);
  if (mention !== null) {
    out.push(mention);
    return mention.end;
  }
  let next = first === null ? i + 1 : first.end;
  while (next < to && isDigit(text, next)) next++;
  return next;
}

const CHI = "持".charCodeAt(0);
const PING = "平".charCodeAt(0);
/**
 * What 持平 must follow to state a change of 0% on the year before: its base (与上年, 同去年同期,
 * 同比), and 基本 (about) before it or its base. 保持平稳 and 支持平台 hold the same two characters.
 */
export const FLAT_BASE = /(基本)?(?:(?:与|和|同|比|较)(?:上年|去年|上一年)(?:同期)?|同比)(基本)?$/;

/** 持平 at `i`: adds the 0% change it states to `out` when its base is written before it; returns where to go on. */
function flatAt(text: string, i: number, from: number, lexicon: Lexicon, out: Mention[]): number {
  const base = FLAT_BASE.exec(text.slice(Math.max(from, i - 8), i));
  if (base === null) return i + 1;
  const qualifier: Qualifier | null = base[1] === undefined && base[2] === undefined ? null : "about";
  out.push({ start: i, end: i + 2, value: 0, unit: lexicon.percent, known: true, qualifier, ratio: false, flat: true });
  return i + 2;
}

const SHI = "十".charCodeAt(0);
const BAI = "百".charCodeAt(0);
const QIAN = "千".charCodeAt(0);

/** 十, 百 or 千 at `i`: adds the milestone it opens to `out`, if it opens one; returns where to go on. */
function roundFigureAt(text: string, i: number, code: number, to: number, lexicon: Lexicon, out: Mention[]): number {
  const milestone = roundFigure(text, i, ROUND_FIGURES.get(code)!, to, lexicon);
  if (milestone === null) return i + 1;
  out.push(milestone);
  return milestone.end;
}

/** 十亿, 百亿, 千亿 (and 百万, 千万) written without a digit: the round figure a milestone names. */
const ROUND_FIGURES: ReadonlyMap<number, number> = new Map([
  ["十".charCodeAt(0), 10],
  ["百".charCodeAt(0), 100],
  ["千".charCodeAt(0), 1000],
]);
/** The last character of the words that pass a milestone: 突破, 首超, 迈上, 跨过, 跨越. */
const MILESTONE_VERB_ENDS = codes("破超上过越");
const NUMERALS = codes("一二两三四五六七八九十百千万几数");

/**
 * 突破百亿元大关, 首超千亿元, 迈上千亿元台阶: a round figure with no digit, read only right
 * after the verb that passes it (千亿元产业集群 names a class of industry, not a figure).
 */
function roundFigure(text: string, at: number, value: number, to: number, lexicon: Lexicon): Mention | null {
  const next = codeAt(text, at + 1);
  if (next !== YI && next !== WAN) return null;
  // 突破三千亿元, 迈上两千亿元台阶: one digit in words before the round figure
  const digit = DIGITS.get(codeAt(text, at - 1));
  const from = digit === undefined ? at : at - 1;
  if (!MILESTONE_VERB_ENDS.has(codeAt(text, from - 1)) || NUMERALS.has(codeAt(text, from - 1))) return null;
  if (codeAt(text, from - 2) === YI_ABOVE) return null; // 10个以上三十亿元: 以上 passes no milestone
  return readFigure(text, from, { value: value * (digit ?? 1), end: at + 1 }, to, lexicon);
}

/** The digits in words that may open a round milestone (三千亿元). */
const DIGITS: ReadonlyMap<number, number> = new Map(
  [..."一二两三四五六七八九"].map((c, k) => [c.charCodeAt(0), k < 2 ? k + 1 : k] as const),
);

function round(value: number): number {
  return Number(value.toPrecision(12));
}

function readNumber(text: string, start: number, to: number): { value: number; end: number } | null {
  let end = start;
  while (end < to && isDigit(text, end)) end++;
  if (codeAt(text, end) === 0x2e && isDigit(text, end + 1)) {
    end++;
    while (end < to && isDigit(text, end)) end++;
  }
  if (end - start > MAX_DIGITS) return null;
  return { value: Number(text.slice(start, end)), end };
}

function readFigure(
  text: string,
  start: number,
  num: { value: number; end: number },
  to: number,
  lexicon: Lexicon,
): Mention | null {
  if (isLatin(text, start - 1) || NOT_BEFORE.has(codeAt(text, start - 1))) return null;
  if (codeAt(text, start - 1) === XU && codeAt(text, start - 2) === LIAN) return null;
  const after = codeAt(text, num.end);
  if (isLatin(text, num.end) || NOT_AFTER.has(after)) return null;
  if (after === COLON && isDigit(text, num.end + 1)) return readRatio(text, start, num, to, lexicon);
  if (NOT_FIGURE_FIRST.has(after) && num.end < to && NOT_FIGURE.test(text.slice(num.end, Math.min(to, num.end + 8)))) {
    return null;
  }
  const unit = yuanOfMilestone(text, readUnit(text, num.end, to, lexicon), lexicon);
  if (unit.id === "" && after === DUN) {
    // 分别达到2600、261.86亿元: the unit written once, after the last value of the list
    const shared = listUnit(text, num.end, to, lexicon);
    if (shared !== null)
      return finish(text, start, num.end, to, round(num.value * shared.multiplier), shared, null, undefined);
  }
  // Products and midpoints are rounded to 12 significant digits (0.7万 → 7000, not 7000.000000000001).
  let value = unit.multiplier === 1 ? num.value : round(num.value * unit.multiplier);
  let end = unit.end;
  let qualifier: Qualifier | null = unit.more ? "more_than" : null;
  let bounds: Bounds | undefined;
  if (RANGE_SEPARATORS.has(codeAt(text, end)) && isDigit(text, end + 1)) {
    const high = readNumber(text, end + 1, to);
    if (high) {
      const highUnit = readUnit(text, high.end, to, lexicon);
      const lowUnit = unit.id === "" ? highUnit : unit;
      if (highUnit.id === lowUnit.id) {
        const low = num.value * lowUnit.multiplier;
        const top = high.value * highUnit.multiplier;
        bounds = { low: Math.min(low, top), high: Math.max(low, top) };
        bounds = { low: round(bounds.low), high: round(bounds.high) };
        value = round((bounds.low + bounds.high) / 2);
        qualifier = "range";
        end = highUnit.end;
        return finish(text, start, end, to, value, lowUnit, qualifier, bounds);
      }
    }
  }
  return finish(text, start, end, to, value, unit, qualifier, bounds);
}

/**
 * 突破2000亿大关, 迈上三千亿新台阶: a milestone in 亿 or 万亿 with no unit is money; the unit
 * is read as 亿元 (万亿元). Any other figure with a multiplier and no unit stays no figure.
 */
function yuanOfMilestone(text: string, unit: UnitRead, lexicon: Lexicon): UnitRead {
  if (unit.id !== "" || unit.multiplier === 1) return unit;
  if (!TRAILERS.some((word) => text.startsWith(word, unit.end))) return unit;
  const written = text.slice(Math.max(0, unit.end - 2), unit.end).match(/(?:万亿|亿)$/)?.[0];
  const id = written === undefined ? undefined : lexicon.unit(`${written}元`);
  return id === undefined ? unit : { id, known: true, multiplier: 1, more: unit.more, end: unit.end };
}

/** Values a list may hold before the one that writes their unit. */
const MAX_LIST_VALUES = 8;

/**
 * The unit of a list of bare values that only its last value writes (2600、261.86亿元;
 * 2.2、0.7、1.8个百分点), read from `at` (the 、 after a value); null when the list ends in a
 * value with no unit, or in a date, an ordinal or a year (2019、2020年).
 */
function listUnit(text: string, at: number, to: number, lexicon: Lexicon): UnitRead | null {
  let i = at;
  for (let n = 0; n < MAX_LIST_VALUES && codeAt(text, i) === DUN && isDigit(text, i + 1); n++) {
    const next = readNumber(text, i + 1, to);
    if (next === null) return null;
    i = next.end;
  }
  if (i === at || isLatin(text, i) || NOT_AFTER.has(codeAt(text, i))) return null;
  if (NOT_FIGURE_FIRST.has(codeAt(text, i)) && NOT_FIGURE.test(text.slice(i, Math.min(to, i + 8)))) return null;
  const unit = readUnit(text, i, to, lexicon);
  return unit.id === "" ? null : unit;
}

function finish(
  text: string,
  start: number,
  unitEnd: number,
  to: number,
  value: number,
  unit: { id: string; known: boolean },
  qualifier: Qualifier | null,
  bounds: Bounds | undefined,
): Mention | null {
  if (!Number.isFinite(value)) return null;
  if (unit.id === "") return null;
  let end = unitEnd;
  for (const word of TRAILERS) if (text.startsWith(word, end)) end += word.length;
  let hedge = qualifier;
  for (const [word, q] of HEDGES) {
    if (end + word.length <= to && text.startsWith(word, end)) {
      hedge = hedge === "range" ? hedge : q;
      end += word.length;
      break;
    }
  }
  return { start, end, value, unit: unit.id, known: unit.known, qualifier: hedge, bounds, ratio: false };
}

function readRatio(
  text: string,
  start: number,
  num: { value: number; end: number },
  to: number,
  lexicon: Lexicon,
): Mention | null {
  const right = readNumber(text, num.end + 1, to);
  if (!right || right.value === 0) return null;
  // 三次产业结构8.1:35.2:56.7 is a structure, not a ratio: skip all its parts.
  if (codeAt(text, right.end) === COLON && isDigit(text, right.end + 1)) return null;
  const unit = lexicon.ratio ?? ":1";
  const value = right.value === 1 ? num.value : round(num.value / right.value);
  return {
    start,
    end: right.end,
    value,
    unit,
    known: lexicon.ratio !== undefined,
    qualifier: null,
    bounds: undefined,
    ratio: true,
  };
}

interface UnitRead {
  id: string;
  known: boolean;
  multiplier: number;
  more: boolean;
  end: number;
}

/** 余/多, then a multiplier, then 余/多 again, then the longest unit: 5100余万元, 1.8万余个, 2.66万亩. */
function readUnit(text: string, at: number, to: number, lexicon: Lexicon): UnitRead {
  let i = at;
  let more = false;
  if (codeAt(text, i) === YU || codeAt(text, i) === DUO) {
    more = true;
    i++;
  }
  for (const [word, factor] of MULTIPLIERS) {
    if (!text.startsWith(word, i)) continue;
    const afterWord = i + word.length;
    const hedge = codeAt(text, afterWord) === YU || codeAt(text, afterWord) === DUO ? 1 : 0;
    const whole = longestUnit(text, i, to, lexicon);
    if (whole && hedge === 0) return { id: whole.id, known: whole.known, multiplier: 1, more, end: whole.end };
    const inner = longestUnit(text, afterWord + hedge, to, lexicon);
    const id = inner?.id ?? "";
    return {
      id,
      known: inner?.known ?? false,
      multiplier: factor,
      more: more || hedge === 1,
      end: inner?.end ?? afterWord + hedge,
    };
  }
  const unit = longestUnit(text, i, to, lexicon);
  return { id: unit?.id ?? "", known: unit?.known ?? false, multiplier: 1, more, end: unit?.end ?? i };
}

function longestUnit(
  text: string,
  at: number,
  to: number,
  lexicon: Lexicon,
): { id: string; known: boolean; end: number } | null {
  if (text.startsWith("个百分点", at)) return { id: lexicon.points, known: true, end: at + 4 };
  if (text.startsWith("百分点", at)) return { id: lexicon.points, known: true, end: at + 3 };
  let found: { id: string; known: boolean; end: number } | null = null;
  const first = codeAt(text, at);
  // The longest registry unit of at most six characters that fits before `to`.
  for (const written of lexicon.unitsStartingWith(first)) {
    if (written.length > 6 || at + written.length > to || !text.startsWith(written, at)) continue;
    const id = lexicon.unit(written);
    if (id !== undefined) found = { id, known: true, end: at + written.length };
    break;
  }
  // 个基点 is not 个: a registry unit wins only when no longer written unit starts here.
  for (const word of WORDS_BY_FIRST.get(first) ?? NONE) {
    if (word.length > (found ? found.end - at : 0) && text.startsWith(word, at)) {
      return { id: word, known: false, end: at + word.length };
    }
  }
  return found;
}
