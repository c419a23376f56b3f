const TITLE = /(\d{4})年[^。\n]{0,24}?政府工作报告/;
const MEETING = /(\d{4})年\d{1,2}月\d{1,2}日在[^。\n]{0,40}?(?:人民代表大会|会议)/;
const PLAN = /[一二三四五六七八九十]、(\d{4})年[^\n。]{0,16}?(?:安排|任务|要求|目标|建议)/;
const REVIEW = /(\d{4})年(?:政府)?工作回顾/;
const HEAD = 3000;
const TITLE_HEAD = 400;

/**
 * Reads the report year from its header: the title (2024年重庆市万州区政府工作报告),
 * the meeting line (——2024年1月31日在…人民代表大会…), the plan heading
 * (二、2024年工作安排), or the review heading plus one (一、2023年工作回顾).
 *
 * @param text - normalized text
 * @returns the year, or null when the header names none
 * @example
 * detectYear("武隆区政府工作报告\n——2024年1月31日在重庆市武隆区第十九届人民代表大会第四次会议上"); // => 2024
 */
export function detectYear(text: string): number | null {
  const meeting = MEETING.exec(text.slice(0, HEAD));
  if (meeting) return plausible(Number(meeting[1]));
  // Only the first lines: a review quotes last year's report (2023年政府工作报告明确的…).
  const title = TITLE.exec(text.slice(0, TITLE_HEAD));
  if (title) return plausible(Number(title[1]));
  const plan = PLAN.exec(text);
  if (plan) return plausible(Number(plan[1]));
  const review = REVIEW.exec(text);
  if (review) return plausible(Number(review[1]) + 1);
  return null;
}

function plausible(year: number): number | null {
  return year >= 1950 && year <= 2100 ? year : null;
}
