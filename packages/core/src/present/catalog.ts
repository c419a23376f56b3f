import type { Verdict } from "../schema/comparison.js";
import type { Kind, Measure, Qualifier } from "../schema/observation.js";

/** Where a qualifier's words stand next to the number: before it (近100亿元) or after it (6.5%以上). */
export type QualifierPlace = "before" | "after";

/** Whether a region met the target it set, as target attainment judges it (see `attainment` of @duibi/stats). */
export type OutcomeVerdict = "met" | "missed" | "not_comparable" | "incomplete";

/** One language's words for the codes duibi shows. */
export interface PresentWords {
  /** Comparability verdicts of a comparison row. */
  verdicts: Record<Verdict, string>;
  /** Verdicts of target attainment. */
  outcomes: Record<OutcomeVerdict, string>;
  /** A figure's hedge, with the side of the number it stands on; "" for none. */
  qualifiers: Record<Qualifier, { text: string; place: QualifierPlace }>;
  /** Measures as a suffix of the indicator name ("" when the indicator names it). */
  measures: Record<Measure, string>;
  /** Measures named on their own, as a table column shows them (总量, 增速). */
  measureNames: Record<Measure, string>;
  /** Kinds of a stated figure. */
  kinds: Record<Kind, string>;
}

/**
 * The one zh/en catalog of the words duibi shows for its codes. Internal: read it
 * through the lookups in labels.ts.
 */
export const catalog: Record<"zh" | "en", PresentWords> = {
  zh: {
    verdicts: { comparable: "可比", converted: "换算后可比", incomparable: "不可比", partial: "部分缺失" },
    outcomes: { met: "完成", missed: "未完成", not_comparable: "口径不同", incomplete: "缺数据" },
    qualifiers: {
      exact: { text: "", place: "after" },
      at_least: { text: "以上", place: "after" },
      about: { text: "左右", place: "after" },
      at_most: { text: "以内", place: "after" },
      more_than: { text: "超过", place: "before" },
      nearly: { text: "近", place: "before" },
      range: { text: "", place: "after" },
    },
    // A rate, count or ratio is named by its indicator (城镇调查失业率, 城镇新增就业): no suffix.
    measures: { level: "", growth: "增速", change_pp: "变动", share: "占比", rate: "", count: "", ratio: "" },
    measureNames: {
      level: "总量",
      growth: "增速",
      change_pp: "变动(百分点)",
      share: "占比",
      rate: "比率",
      count: "数量",
      ratio: "比例",
    },
    kinds: { actual: "实际", estimate: "预计", target: "目标" },
  },
  en: {
    verdicts: { comparable: "comparable", converted: "converted", incomparable: "not comparable", partial: "partial" },
    outcomes: { met: "met", missed: "missed", not_comparable: "not comparable", incomplete: "incomplete" },
    qualifiers: {
      exact: { text: "", place: "after" },
      at_least: { text: "or more", place: "after" },
      about: { text: "about", place: "before" },
      at_most: { text: "at most", place: "before" },
      more_than: { text: "over", place: "before" },
      nearly: { text: "nearly", place: "before" },
      range: { text: "", place: "after" },
    },
    measures: { level: "", growth: "growth", change_pp: "change", share: "share", rate: "", count: "", ratio: "" },
    measureNames: {
      level: "level",
      growth: "growth",
      change_pp: "change (pp)",
      share: "share",
      rate: "rate",
      count: "count",
      ratio: "ratio",
    },
    kinds: { actual: "actual", estimate: "estimate", target: "target" },
  },
};

/**
 * A qualifier as one symbol, the same in every language, for compact columns:
 * ≥ 以上/不低于, ≈ 左右, ≤ 以内/控制在, > 突破/超过/逾, ≲ 近 (close to, not above);
 * none for exact figures and ranges (written low–high).
 */
export const QUALIFIER_SYMBOLS: Record<Qualifier, string> = {
  exact: "",
  at_least: "≥",
  about: "≈",
  at_most: "≤",
  more_than: ">",
  nearly: "≲",
  range: "",
};
