import type { Kind, Lang, Measure, Verdict } from "@duibi/core";

/**
 * Measure names for table columns, in both languages.
 * @example
 * MEASURE_LABELS.zh.growth; // => "增速"
 */
export const MEASURE_LABELS: Record<Lang, Record<Measure, string>> = {
  zh: {
    level: "总量",
    growth: "增速",
    change_pp: "变动(百分点)",
    share: "占比",
    rate: "比率",
    count: "数量",
    ratio: "比例",
  },
  en: {
    level: "level",
    growth: "growth",
    change_pp: "change (pp)",
    share: "share",
    rate: "rate",
    count: "count",
    ratio: "ratio",
  },
};

/**
 * Verdict names for table columns, in both languages.
 * @example
 * VERDICT_LABELS.zh.converted; // => "换算后可比"
 */
export const VERDICT_LABELS: Record<Lang, Record<Verdict, string>> = {
  zh: { comparable: "可比", converted: "换算后可比", incomparable: "不可比", partial: "缺数据" },
  en: { comparable: "comparable", converted: "converted", incomparable: "incomparable", partial: "partial" },
};

/**
 * Kind names (实际 / 预计 / 目标) for titles, in both languages.
 * @example
 * KIND_LABELS.zh.estimate; // => "预计"
 */
export const KIND_LABELS: Record<Lang, Record<Kind, string>> = {
  zh: { actual: "实际", estimate: "预计", target: "目标" },
  en: { actual: "actual", estimate: "estimate", target: "target" },
};
