/** Where a report's review and plan begin, in normalized-text offsets (-1: not found). */
export interface Parts {
  review: number;
  plan: number;
  /**
   * [start, end) of the parts about five years (一、过去五年工作回顾; 二、今后五年的奋斗目标),
   * as a term report (换届) writes them: their figures are not one year's.
   */
  multiYear: Array<[number, number]>;
  /**
   * [start, end) of the paragraphs inside those parts that open on last year (刚刚过去的2007年，…;
   * 过去一年，…): their figures are that year's.
   */
  lastYear: Array<[number, number]>;
}

const REVIEW = /[一二三四五六七八九十]、[^\n。]{0,12}?回顾|过去一年|过去五年|回顾过去|一年来/;
// Top-level headings open a line or follow a sentence's end (seed 004 runs them into one line).
// A heading may be indented (U+3000 folds to a space) or wrapped in Markdown ** (folded away).
const FIVE_YEARS =
  /(?:^|[\n。！？])[ \t]*[一二三四五六七八九十]、[^\n。]{0,8}?(?:(?:过去|今后|未来)[五六]年|“十[一二三四五]五”[^\n。\d回顾成就]{0,8}(?:目标|任务|规划|思路)[^\n。\d]{0,16}$)/gm;
const NUMBERED = /(?:^|[\n。！？])[ \t]*[一二三四五六七八九十]、/g;
const PLAN =
  /[一二三四五六七八九十]、\d{4}年[^\n。]{0,16}?(?:安排|任务|要求|目标|建议)|(?:主要)?预期目标(?:建议)?(?:是|为|：)|今年(?:是|经济社会|政府工作|发展的?主要|的?主要)/;

/**
 * Finds the review (一、2023年工作回顾, 过去一年) and the plan (二、2024年工作安排,
 * 主要预期目标, 今年是…) of a work report. The plan is searched after the review
 * so that a review quoting last year's targets stays a review.
 *
 * @param text - normalized text
 * @param year - the report year, when known: a numbered heading naming it (三、2024年重点工作) opens the plan
 * @returns the offsets where each part begins, -1 when absent
 * @example
 * findParts("一、2023年工作回顾\n实现增长5.5%。\n二、2024年工作安排\n增长6.5%。"); // => { review: 0, plan: 22, multiYear: [], lastYear: [] }
 */
export function findParts(text: string, year: number | null = null): Parts {
  const fiveYears = year === null ? fiveYearParts(text) : fiveYearParts(text).map((part) => yearOut(text, part, year));
  const review = REVIEW.exec(text)?.index ?? -1;
  let from = Math.max(0, review);
  let plan = -1;
  for (let guard = 0; guard <= fiveYears.length; guard++) {
    const at = planAt(text, from, year);
    // 今后五年…主要预期目标是 is not this year's plan: look again after that part.
    const inside = fiveYears.find(([start, end]) => at >= start && at < end);
    if (at < 0 || inside === undefined) {
      plan = at;
      break;
    }
    from = inside[1];
  }
  const paragraphs = fiveYearParagraphs(text, plan);
  const multiYear = paragraphs.length === 0 ? fiveYears : [...fiveYears, ...paragraphs].sort((a, b) => a[0] - b[0]);
  return { review, plan, multiYear, lastYear: lastYearParagraphs(text, fiveYears, year) };
}

/**
 * A five-year part whose heading also names the year (二、今后五年奋斗目标和2022年重点工作) sets
 * the five years' goals first, then the year's: it ends where a paragraph opens on the year
 * (2022年，我们将…; 2023年是…), and the plan starts there.
 */
function yearOut(text: string, part: [number, number], year: number): [number, number] {
  const [start, end] = part;
  const newline = text.indexOf("\n", start);
  const headingEnd = newline < 0 || newline > end ? end : newline;
  if (!text.slice(start, headingEnd).includes(`${year}年`)) return part;
  const rest = text.slice(headingEnd, end);
  const hit = yearHeading(year).exec(rest);
  return hit === null ? part : [start, headingEnd + hit.index];
}

/** Words that name last year without its number: 刚刚过去的一年, 过去一年, 一年来, 去年, 上一年. */
export const LAST_YEAR_WORDS = "(?:刚刚)?过去的?一年|一年来|去年|上一年";

/**
 * The paragraphs of five-year parts that open on last year: a term report (换届) reviews the
 * five years and then, in a paragraph of its own, the year just ended (各位代表！刚刚过去的2007年，…).
 */
function lastYearParagraphs(
  text: string,
  fiveYears: ReadonlyArray<[number, number]>,
  year: number | null,
): Array<[number, number]> {
  if (fiveYears.length === 0) return [];
  const named = year === null ? "" : `|(?:刚刚)?(?:过去的)?${year - 1}年(?!以来|来|[底末]|的)`;
  const opening = new RegExp(`(?:^|\n)[ \t]*(?:各位代表[！!，,][ \t]*)?(?:${LAST_YEAR_WORDS}${named})`, "g");
  return fiveYears.flatMap(([from, to]) => paragraphsOpening(text, opening, from, to));
}

/**
 * The paragraphs of text[from, to) that `opening` (a global regex matching at a line's start,
 * the newline included) finds, each [start, end) up to its line's end or `to`.
 */
function paragraphsOpening(text: string, opening: RegExp, from: number, to: number): Array<[number, number]> {
  const paragraphs: Array<[number, number]> = [];
  opening.lastIndex = from;
  for (let hit = opening.exec(text); hit !== null && hit.index < to; hit = opening.exec(text)) {
    const start = hit.index + (hit[0].startsWith("\n") ? 1 : 0);
    const newline = text.indexOf("\n", start + 1);
    const end = Math.min(newline < 0 ? text.length : newline, to);
    paragraphs.push([start, end]);
    opening.lastIndex = end;
  }
  return paragraphs;
}

/** 五年来，我们…; “十三五”时期，…: a paragraph about the term, inside a part that also reviews last year. */
const FIVE_YEAR_PARAGRAPH =
  /(?:^|\n)[ \t]*(?:——)?(?:[五六]年来|过去[五六]年|过去的[五六]年|“十[一二三四五]五”(?:时期|期间|以来)|本届政府(?:以来|任期内))/g;

/** The paragraphs of the review (before the plan) that open by naming the term they sum up. */
function fiveYearParagraphs(text: string, plan: number): Array<[number, number]> {
  return paragraphsOpening(text, FIVE_YEAR_PARAGRAPH, 0, plan < 0 ? text.length : plan);
}

function planAt(text: string, from: number, year: number | null): number {
  const rest = text.slice(from);
  // With the year known, any numbered heading of that year opens the plan (三、2024年重点工作).
  // So do 二、“十四五”时期主要目标任务和2021年重点工作, an unnumbered 2014年工作安排 line, and a
  // paragraph opening 2025年是“十四五”规划收官之年.
  const heading = year === null ? null : yearHeading(year).exec(rest);
  const plan = PLAN.exec(rest);
  const at = Math.min(heading?.index ?? Number.POSITIVE_INFINITY, plan?.index ?? Number.POSITIVE_INFINITY);
  return Number.isFinite(at) ? from + at : -1;
}

const headings = new Map<number, RegExp>();

function yearHeading(year: number): RegExp {
  let re = headings.get(year);
  if (re === undefined) {
    re = new RegExp(
      `[一二三四五六七八九十]、${year}年|[一二三四五六七八九十]、[^\n。]{0,20}?和${year}年[^\n。]{0,8}?(?:工作|任务|安排)` +
        `|(?:^|\n)[ \t]*${year}年(?:的)?(?:主要|重点)?(?:工作安排|工作|任务)[ \t]*(?:\n|$)|(?:^|\n)[ \t]*${year}年是` +
        // 2022年，我们将坚持稳字当头: a paragraph opening on the year and a comma
        `|(?:^|\n)[ \t]*${year}年[，,]` +
        // 2019年光明区经济发展主要目标为：
        `|(?:^|\n)[ \t]*${year}年[^\n。，]{0,12}?主要目标(?:是|为|：)`,
    );
    headings.set(year, re);
  }
  return re;
}

/**
 * The words of a numbered heading over the five-year plan a report presents (二、科学谋划，砥砺奋进
 * “十四五”; 二、“十四五”时期发展的主要考虑; 二、二〇三五年远景目标和“十四五”主要目标任务), when
 * {@link FIVE_YEARS} has not matched it: the plan named, a word of aims; no review, no year's work and
 * not its first or last year (确保“十四五”圆满收官 heads the plan of 2025).
 */
const TERM_PLAN = /“十[一二三四五]五”/;
const TERM_AIMS = /目标|任务|规划|思路|考虑|谋划|蓝图|展望/;
/** The plan's first or last year: 开局, 起步, 收官. */
const ONE_YEAR_OF_PLAN = /收官|开局|起步/;
const NOT_TERM_PLAN = new RegExp(`回顾|成就|成绩|${ONE_YEAR_OF_PLAN.source}|(?:19|20)\\d{2}年(?!远景)`);
const MAX_HEADING = 40;

function isTermPlanHeading(line: string): boolean {
  return line.length <= MAX_HEADING && TERM_PLAN.test(line) && TERM_AIMS.test(line) && !NOT_TERM_PLAN.test(line);
}

/**
 * 今后五年的目标任务, 未来五年工作思路: a line of its own (a heading without a number, often bold
 * in the source) on the five years ahead alone. (A review under such a heading, 本届政府工作回顾,
 * states last year's levels and the five years' sums in the same paragraphs: not read as one part.)
 */
const UNNUMBERED_FIVE_YEARS =
  /^[ \t]*(?:今后|未来)的?[五六]年[^\n。，,；;：:！？]{0,16}(?:目标|任务|思路|规划|安排|重点)[ \t]*$/gm;
/**
 * 根据…《建议》，编制了《…第十四个五年规划和二〇三五年远景目标纲要（草案）》: a paragraph presenting the
 * five-year plan's outline to the congress, in a report whose headings may not say so (全面开启…新征程):
 * the outline's figures (城镇新增就业7万人以上) are the five years', not the year's. Not the opening's
 * 并提请审议《纲要（草案）》 (no 编制), nor the closing 《纲要（草案）》经大会审议通过后.
 */
const PLAN_OUTLINE = /[ \t\u3000]*[^\n]{0,160}?编制了?《[^》\n]{0,60}?[五5]年规划[^》\n]{0,40}?纲要（草案）》/y;
const OUTLINE_TITLE_END = "纲要（草案）》";

/**
 * The lines opening on a {@link PLAN_OUTLINE} sentence, as [line start, end of the title). The
 * title's end is looked up first: a test from every line's start costs a twentieth of a report's
 * extraction.
 */
function planOutlines(text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  let line = -1;
  for (let at = text.indexOf(OUTLINE_TITLE_END); at >= 0; at = text.indexOf(OUTLINE_TITLE_END, at + 1)) {
    const start = text.lastIndexOf("\n", at) + 1;
    if (start === line) continue;
    line = start;
    PLAN_OUTLINE.lastIndex = start;
    const hit = PLAN_OUTLINE.exec(text);
    if (hit !== null) found.push([start, start + hit[0].length]);
  }
  return found;
}

/**
 * A short line with no sentence mark (the next heading, numbered or not), or a line opening on a
 * year or 今年 (2022年工作任务 run into its first paragraph): where such a part ends.
 */
const PART_END = /^[ \t]*(?:[^\n。，,；;：:！？]{2,30}[ \t]*$|(?:19|20)\d{2}年|今年)/gm;

/**
 * Each five-year part runs from its heading to the next top-level numbered heading; one under a
 * heading without a number, to the next heading line of either kind or a line opening on a year.
 */
function fiveYearParts(text: string): Array<[number, number]> {
  const starts: Array<[number, number]> = [];
  const unnumbered: Array<[number, number]> = [];
  const withYear: Array<[number, number]> = [];
  for (const hit of text.matchAll(UNNUMBERED_FIVE_YEARS)) {
    if (ONE_YEAR_OF_PLAN.test(hit[0])) continue;
    // 未来五年目标任务及2022年工作安排: the five years' goals, then the year's plan
    (/\d/.test(hit[0]) ? withYear : unnumbered).push([hit.index, hit.index + hit[0].length]);
  }
  unnumbered.push(...planOutlines(text));
  for (const hit of text.matchAll(FIVE_YEARS)) {
    const start = hit.index + (/^[\n。！？]/.test(hit[0]) ? 1 : 0);
    // 二、争先跨越，实现“十四五”规划和“三年新突破”圆满收官 heads the plan of the plan's last year
    if (ONE_YEAR_OF_PLAN.test(hit[0])) continue;
    starts.push([start, start + hit[0].length]);
  }
  // exec from 0, not matchAll: matchAll starts at the lastIndex the search below leaves behind
  NUMBERED.lastIndex = 0;
  for (let hit = NUMBERED.exec(text); hit !== null; hit = NUMBERED.exec(text)) {
    const start = hit.index + (/^[\n。！？]/.test(hit[0]) ? 1 : 0);
    if (starts.some(([at]) => at === start)) continue;
    const newline = text.indexOf("\n", start);
    const line = text.slice(start, newline < 0 ? text.length : newline);
    if (isTermPlanHeading(line)) starts.push([start, start + line.length]);
  }
  starts.sort((a, b) => a[0] - b[0]);
  const parts: Array<[number, number]> = [];
  for (const [start, after] of starts) {
    NUMBERED.lastIndex = after;
    const next = NUMBERED.exec(text);
    parts.push([start, next ? next.index : text.length]);
  }
  for (const [start, after] of [...unnumbered, ...withYear]) {
    if (parts.some(([from, to]) => start >= from && start < to)) continue;
    NUMBERED.lastIndex = after;
    PART_END.lastIndex = after;
    const numbered = NUMBERED.exec(text)?.index ?? text.length;
    const line = PART_END.exec(text)?.index ?? text.length;
    const year = withYear.some(([at]) => at === start) ? yearPlanAfter(text, after) : text.length;
    parts.push([start, Math.min(numbered, line, year)]);
  }
  return parts.sort((a, b) => a[0] - b[0]);
}

/** 今年经济社会发展的主要预期目标是, 今年是: where a year's plan opens in running text. */
const YEAR_PLAN = /(?:主要)?预期目标(?:建议)?(?:是|为|：)|今年(?:是|经济社会|政府工作|发展的?主要|的?主要)/g;
/** 今后五年…主要预期目标是, 到2026年…: a sentence that sets the five years' goals, not the year's. */
const FIVE_YEAR_AIMS = /[五5]年|十[一二三四五]五|到20\d{2}年/;

/**
 * The start of the sentence that opens the year's plan after a heading on the five years and the
 * year (未来五年目标任务及2022年工作安排 … 今年经济社会发展的主要预期目标是：), or the text's end.
 */
function yearPlanAfter(text: string, from: number): number {
  YEAR_PLAN.lastIndex = from;
  for (let hit = YEAR_PLAN.exec(text); hit !== null; hit = YEAR_PLAN.exec(text)) {
    const sentence = Math.max(text.lastIndexOf("。", hit.index), text.lastIndexOf("\n", hit.index)) + 1;
    if (!FIVE_YEAR_AIMS.test(text.slice(sentence, hit.index))) return sentence;
  }
  return text.length;
}
