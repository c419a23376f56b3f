const TITLE = /(\d{4})年[^。\n]{0,24}?政府工作报告/;
/** A date in the header: the dateline (——2024年1月31日在…人民代表大会…) or a title's (报告（2022年12月26日 李挚）). */
const MEETING = /(\d{4})年(\d{1,2})月\d{1,2}日在[^。\n]{0,40}?(?:人民代表大会|会议)/;
const TITLE_DATE = /政府工作报告[^\n。]{0,4}[（(](\d{4})年(\d{1,2})月\d{1,2}日/;
/** 二〇〇三年一月八日在重庆市第二届人民代表大会: a dateline in Chinese numerals. */
const MEETING_ZH = /([〇零○一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月[一二三四五六七八九十]{1,3}日在/;
const PLAN = /[一二三四五六七八九十]、[^\n。\d]{0,8}?(\d{4})年[^\n。]{0,16}?(?:安排|任务|要求|目标|建议|工作)/g;
/** A review heading that also names a year (一、“十四五”时期发展成就和2025年主要工作): not the plan. */
const NOT_PLAN = /回顾|成就|情况|过去|总结/;
/** 刚刚过去的2022年: the review's year, named in the text. */
const PAST = /过去的(\d{4})年/;
/** 2023年是…, 2024年是…: the later of two such years is the plan's. */
const YEAR_IS = /(\d{4})年是/g;
/** 一、2023年工作回顾, 一、2001年的工作回顾, 一、关于2019年工作: the review names the year before. */
const REVIEW = /(\d{4})年(?:的)?(?:政府)?工作(?:回顾|总结)|(?:^|[\n、])关于(\d{4})年(?:的)?工作/;
const HEAD = 3000;
const TITLE_HEAD = 400;
const DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  "○": 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/**
 * Reads the report year (the year of the people's congress session) from its header: the
 * meeting line (——2024年1月31日在…人民代表大会…, also in Chinese numerals), a date in the title
 * (政府工作报告（2023年1月4日 李兵）), the title (2024年重庆市万州区政府工作报告), the plan heading
 * (二、2024年工作安排), or the review heading plus one (一、2023年工作回顾).
 * A report delivered in November or December is for the next year's session: it reviews the
 * year it is delivered in (——2022年12月26日在岳阳市… → 2023).
 *
 * @param text - normalized text
 * @returns the year, or null when the header names none
 * @example
 * detectYear("武隆区政府工作报告\n——2024年1月31日在重庆市武隆区第十九届人民代表大会第四次会议上"); // => 2024
 */
export function detectYear(text: string): number | null {
  const head = text.slice(0, HEAD);
  const meeting = MEETING.exec(head) ?? TITLE_DATE.exec(head.slice(0, TITLE_HEAD));
  if (meeting) return sessionOf(Number(meeting[1]), Number(meeting[2]));
  const zh = MEETING_ZH.exec(head);
  if (zh?.[1] && zh[2]) return sessionOf(yearOf(zh[1]), monthOf(zh[2]));
  // Only the first lines: a review quotes last year's report (2023年政府工作报告明确的…).
  const title = TITLE.exec(text.slice(0, TITLE_HEAD));
  if (title) return plausible(Number(title[1]));
  const plan = planHeading(text);
  if (plan !== null) return plausible(plan);
  const review = REVIEW.exec(text);
  if (review) return plausible(Number(review[1] ?? review[2]) + 1);
  return fromWords(text);
}

function planHeading(text: string): number | null {
  // 一、关于2019年工作 … 二、关于2020年工作: of the headings naming a year, the plan's is the latest.
  let latest: number | null = null;
  let tries = 0;
  for (const hit of text.matchAll(PLAN)) {
    // The whole heading: 一、2013年工作 is 一、2013年工作回顾.
    const heading = text.slice(hit.index, hit.index + hit[0].length + 8).split("\n")[0] ?? "";
    if (!NOT_PLAN.test(heading)) latest = Math.max(latest ?? 0, Number(hit[1]));
    if (++tries >= 8) break;
  }
  return latest;
}

/**
 * With no header or heading naming it, the year the text itself names: 2023年是… and 2024年是…
 * (the later is the plan year), or 刚刚过去的2022年 (the review year). A year counted by how often
 * it is named would be wrong on five-year reports (2025 is named most in a 2021 report).
 */
function fromWords(text: string): number | null {
  const said = [...text.matchAll(YEAR_IS)].map((m) => Number(m[1]));
  for (const y of said) if (said.includes(y - 1)) return plausible(Math.max(...said.filter((x) => x <= y)));
  const past = PAST.exec(text);
  return past ? plausible(Number(past[1]) + 1) : null;
}

function sessionOf(year: number, month: number): number | null {
  return plausible(month >= 11 && month <= 12 ? year + 1 : year);
}

function yearOf(digits: string): number {
  let year = 0;
  for (const d of digits) year = year * 10 + (DIGITS[d] ?? 0);
  return year;
}

/** 一 … 十二 → 1 … 12. */
function monthOf(words: string): number {
  if (words === "十") return 10;
  if (words.startsWith("十")) return 10 + (DIGITS[words.slice(1)] ?? 0);
  return DIGITS[words.charAt(0)] ?? 0;
}

function plausible(year: number): number | null {
  return year >= 1950 && year <= 2100 ? year : null;
}
