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
 * @returns the offsets where each part begins, -1 when absent
 * @example
 * findParts("一、2023年工作回顾\n实现增长5.5%。\n二、2024年工作安排\n增长6.5%。"); // => { review: 0, plan: 21 }
 */
export function findParts(text: string): Parts {
  const review = REVIEW.exec(text)?.index ?? -1;
  const after = Math.max(0, review);
  const plan = PLAN.exec(text.slice(after));
  return { review, plan: plan ? after + plan.index : -1 };
}
