import { joinNames, type Kind, kindLabel, type Measure, measureLabel } from "@duibi/core";
import type { ChartLang } from "../types.js";

/** The words charts are labelled with, per language. */
export interface Locale {
  source: string;
  colon: string;
  listSeparator: string;
  region: string;
  value: string;
  indicator: string;
  quote: string;
  document: string;
  kind: Record<Kind, string>;
  /** Appended to the indicator name ("地区生产总值" + "增速"). */
  measureSuffix: Record<Measure, string>;
  noData: string;
  /** Legend entries for target markers. */
  targetMarker: Record<"exact" | "floor" | "about" | "ceiling", string>;
  actualMarker: string;
  /** Axis title of a gap chart: "与万州区之差". */
  gapTo: (reference: string) => string;
  rank: string;
  rankLegend: string;
  lowerIsBetter: string;
  notRanked: string;
  /** Before the list of converted rows under a chart. */
  converted: string;
  weights: string;
  /** How the rank probabilities were drawn. */
  draws: (n: number, seed: number) => string;
  score: string;
  scorecardTitle: string;
  rankProbability: string;
  /** Panel title of the rank ranges of a scorecard of many regions. */
  rankRange: string;
  /** Tooltip title of a rank range ("名次区间（90%）"). */
  rankRangeTip: string;
  /** Legend of the median rank point. */
  medianRank: string;
  /** "第1名". */
  rankN: (k: number) => string;
  /** Legend of an outcome in a chart over the years ("实际"). */
  outcomeMarker: string;
  /** Title of the attainment matrix: "目标完成情况：地区生产总值增速". */
  attainmentTitle: (indicator: string) => string;
  /** Title of a region's targets and outcomes: "重庆市地区生产总值增速：目标与实际". */
  historyTitle: (region: string, indicator: string) => string;
  /** Subtitle of the matrix: "共300个地区，按完成率排序". */
  matrixOrder: (n: number) => string;
  /** Tooltip title of a gap in 个百分点. */
  gapPp: string;
  /** Tooltip titles of a year and a verdict. */
  yearTitle: string;
  verdictTitle: string;
  /** "2023年". */
  year: (y: number) => string;
  /** "2023年实际", "2023 actual". */
  when: (y: number, kind: Kind) => string;
  /** "2023年实际". */
  actualOf: (y: number) => string;
  /** "2024年目标". */
  targetOf: (y: number) => string;
  /** A title with its unit: "地区生产总值（亿元）". */
  unitInTitle: (title: string, unit: string) => string;
  /** After a shortened list of documents: "等8份文件". */
  ellipsisMore: (n: number) => string;
  /** After a shortened list of indicators: "等16项". */
  moreItems: (n: number) => string;
  /** Colour legend entry of the regions drawn grey in a chart of many regions. */
  otherRegions: string;
  /** Subtitle of a chart of many regions cut to both ends: "共2900个地区，显示最高10个和最低10个". */
  shownOfMany: (n: number, each: number, selected: boolean) => string;
  /** Subtitle of a chart of many regions drawn whole: "共2900个地区，灰色为其他地区". */
  allOfMany: (n: number, selected: boolean) => string;
  /** Names as a list for any count: "武隆区、万州区与涪陵区", "Wulong, Wanzhou and Fuling". */
  regionList: (names: readonly string[]) => string;
  /** Subtitle naming the regions a chart lacks: "东城区未说明此项", "东城区等100个地区未说明此项". */
  notStated: (names: readonly string[], what?: string) => string;
}

/** Most region names a subtitle lists before "等N个地区". */
const LISTED = 5;

const KINDS: readonly Kind[] = ["actual", "estimate", "target"];
const MEASURES: readonly Measure[] = ["level", "growth", "change_pp", "share", "rate", "count", "ratio"];
/** Kind words from core's catalog. */
const kinds = (lang: ChartLang) =>
  Object.fromEntries(KINDS.map((k) => [k, kindLabel(k, lang)])) as Record<Kind, string>;
/** Measure suffixes from core's catalog; English ones follow the name after a space. */
const measureSuffixes = (lang: ChartLang) =>
  Object.fromEntries(
    MEASURES.map((m) => {
      const word = measureLabel(m, lang);
      return [m, lang === "en" && word !== "" ? ` ${word}` : word];
    }),
  ) as Record<Measure, string>;
const zhKind = kinds("zh");

const zh: Locale = {
  source: "来源：",
  colon: "：",
  listSeparator: "、",
  region: "地区",
  value: "数值",
  indicator: "指标",
  quote: "原文",
  document: "文件",
  kind: zhKind,
  measureSuffix: measureSuffixes("zh"),
  noData: "无数据",
  targetMarker: { exact: "目标", floor: "目标（以上，下限）", about: "目标（左右）", ceiling: "目标（以内，上限）" },
  actualMarker: "上年实际",
  gapTo: (reference) => `与${reference}之差`,
  rank: "名次",
  rankLegend: "名次（1 = 最好）",
  lowerIsBetter: "越低越好",
  notRanked: "未排名（口径不可比）：",
  converted: "已换算：",
  weights: "权重：",
  draws: (n, seed) => `名次概率：随机权重抽样${n}次（种子${seed}）`,
  score: "综合得分",
  scorecardTitle: "综合得分与名次稳健性",
  rankProbability: "名次概率（随机权重）",
  rankRange: "名次区间（随机权重，90%）",
  rankRangeTip: "名次区间（90%）",
  medianRank: "名次中位数",
  rankN: (k) => `第${k}名`,
  outcomeMarker: "实际",
  attainmentTitle: (indicator) => `目标完成情况：${indicator}`,
  historyTitle: (region, indicator) => `${region}${indicator}：目标与实际`,
  matrixOrder: (n) => `共${n}个地区，按完成率从高到低排序`,
  gapPp: "差距（个百分点）",
  yearTitle: "年份",
  verdictTitle: "结果",
  year: (y) => `${y}年`,
  when: (y, kind) => `${y}年${zhKind[kind]}`,
  actualOf: (y) => `${y}年实际`,
  targetOf: (y) => `${y}年目标`,
  unitInTitle: (title, unit) => (unit ? `${title}（${unit}）` : title),
  ellipsisMore: (n) => `等${n}份文件`,
  moreItems: (n) => `等${n}项`,
  otherRegions: "其他地区",
  shownOfMany: (n, each, selected) => `共${n}个地区，显示最高${each}个和最低${each}个${selected ? "及所选地区" : ""}`,
  allOfMany: (n, selected) => `共${n}个地区${selected ? "，彩色为所选地区" : ""}，灰色为其他地区`,
  regionList: (names) => joinNames(names, "zh"),
  notStated: (names, what = "此项") =>
    `${names.slice(0, LISTED).join("、")}${names.length > LISTED ? `等${names.length}个地区` : ""}未说明${what}`,
};

const en: Locale = {
  source: "Source: ",
  colon: ": ",
  listSeparator: "; ",
  region: "Region",
  value: "Value",
  indicator: "Indicator",
  quote: "Quote",
  document: "Document",
  kind: kinds("en"),
  measureSuffix: measureSuffixes("en"),
  noData: "no data",
  targetMarker: {
    exact: "Target",
    floor: "Target (floor: or more)",
    about: "Target (about)",
    ceiling: "Target (ceiling: at most)",
  },
  actualMarker: "Last year's actual",
  gapTo: (reference) => `Gap to ${reference}`,
  rank: "Rank",
  rankLegend: "Rank (1 = best)",
  lowerIsBetter: "lower is better",
  notRanked: "Not ranked (not comparable): ",
  converted: "Converted: ",
  weights: "Weights: ",
  draws: (n, seed) => `Rank probabilities over ${n} random weightings (seed ${seed})`,
  score: "Composite score",
  scorecardTitle: "Composite score and how robust the ranks are",
  rankProbability: "Rank probability (random weights)",
  rankRange: "Rank range (random weights, 90%)",
  rankRangeTip: "Rank range (90%)",
  medianRank: "median rank",
  rankN: (k) => `Rank ${k}`,
  outcomeMarker: "Outcome",
  attainmentTitle: (indicator) => `Targets met and missed: ${indicator}`,
  historyTitle: (region, indicator) => `${region} ${indicator.trim()}: targets and outcomes`,
  matrixOrder: (n) => `${n} regions, by share of targets met`,
  gapPp: "Gap (pp)",
  yearTitle: "Year",
  verdictTitle: "Verdict",
  year: (y) => String(y),
  when: (y, kind) => `${y} ${kind}`,
  actualOf: (y) => `${y} actual`,
  targetOf: (y) => `${y} target`,
  unitInTitle: (title, unit) => (unit ? `${title} (${unit})` : title),
  ellipsisMore: (n) => `and others (${n} in all)`,
  moreItems: (n) => ` and others (${n} in all)`,
  otherRegions: "other regions",
  shownOfMany: (n, each, selected) =>
    `${n} regions: the highest ${each} and the lowest ${each}${selected ? " and the selected ones" : ""}`,
  allOfMany: (n, selected) => `${n} regions${selected ? ", the selected ones in colour" : ""}, the others in grey`,
  regionList: (names) => joinNames(names, "en"),
  notStated: (names, what = "this figure") =>
    `No ${what} stated by ${names.slice(0, LISTED).join(", ")}${names.length > LISTED ? ` and ${names.length - LISTED} other regions` : ""}`,
};

/**
 * The chart words for a language.
 *
 * @param lang - "zh" (default) or "en".
 * @returns The locale.
 * @example
 * locale("zh").gapTo("万州区"); // => "与万州区之差"
 */
export function locale(lang: ChartLang = "zh"): Locale {
  return lang === "en" ? en : zh;
}
