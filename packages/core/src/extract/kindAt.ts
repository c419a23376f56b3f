import type { Kind } from "../schema/observation.js";
import type { Parts } from "./findParts.js";

// 计划 is no cue: the corpus writes it as a noun (行动计划, 计划生育, 已按计划完成) far more than as
// the verb of a plan. 预期目标 is one unless the sentence says they were met (预期目标顺利实现).
const PLAN_CUES =
  /今年|明年|力争|确保|预期目标(?!(?:任务)?(?:顺利|全面|圆满|较好|超额|基本)?(?:实现|完成))|目标是|目标为|将要|努力实现/;
const REVIEW_CUES = /去年|上年|过去一年|一年来|过去五年|已经|已/;

/**
 * The kind of the figures in one sentence: after the plan heading a target;
 * in the review an actual (the caller turns figures after 预计 into estimates); with no
 * headings, the sentence's own cues (今年, 力争, 确保, the report year → target;
 * 去年, 一年来 → actual; otherwise actual).
 *
 * @param sentence - the sentence text
 * @param offset - where it starts in the normalized text
 * @param parts - the report's review and plan offsets ({@link findParts})
 * @param year - the report year, when known
 * @returns the kind, before 预计 is applied per figure
 * @example
 * kindAt("地区生产总值增长6.5%。", 30, { review: 0, plan: 20, multiYear: [], lastYear: [] }, 2024); // => "target"
 */
export function kindAt(sentence: string, offset: number, parts: Parts, year: number | null): Kind {
  // The plan may open inside the sentence: 2022年经济社会发展的主要预期目标是：地区生产总值增长7%.
  if (parts.plan >= 0 && offset + sentence.length > parts.plan) return "target";
  if (parts.review >= 0 && offset >= parts.review) return "actual";
  if (PLAN_CUES.test(sentence)) return "target";
  if (year !== null && sentence.includes(`${year}年`) && !REVIEW_CUES.test(sentence)) return "target";
  return "actual";
}
