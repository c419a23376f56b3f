/** Where a report's review and plan begin, in normalized-text offsets (-1: not found). */
export interface Parts {
  review: number;
  plan: number;
}

const REVIEW = /[一二三四五六七八九十]、[^\n。]{0,12}?回顾|过去一年|过去五年|回顾过去|一年来/;
const PLAN =
  /[一二三四五六七八九十]、\d{4}年[^\n。]{0,16}?(?:安排|任务|要求|目标|建议)|(?:主要)?预期目标(?:是|为|：)|今年(?:是|经济社会|政府工作|发展的?主要|的?主要)/;

/**
 * Finds the review (一、2023年工作回顾, 过去一年) and the plan (二、2024年工作安排,
 * 主要预期目标, 今年是…) of a work report. The plan is searched after the review
 * so that a review quoting last year's targets stays a review.
 *
 * @param text - normalized text
 * @param year - the report year, when known: a numbered heading naming it (三、2024年重点工作) opens the plan
 * @returns the offsets where each part begins, -1 when absent
 * @example
 * findParts("一、2023年工作回顾\n实现增长5.5%。\n二、2024年工作安排\n增长6.5%。"); // => { review: 0, plan: 21 }
 */
export function findParts(text: string, year: number | null = null): Parts {
  const review = REVIEW.exec(text)?.index ?? -1;
  const after = Math.max(0, review);
  const rest = text.slice(after);
  // With the year known, any numbered heading of that year opens the plan (三、2024年重点工作).
  const heading = year === null ? null : new RegExp(`[一二三四五六七八九十]、${year}年`).exec(rest);
  const plan = PLAN.exec(rest);
  const at = Math.min(heading?.index ?? Number.POSITIVE_INFINITY, plan?.index ?? Number.POSITIVE_INFINITY);
  return { review, plan: Number.isFinite(at) ? after + at : -1 };
}
