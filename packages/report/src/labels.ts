import type { ReportLang } from "./model.js";

const zh = {
  title: (names: string) => `${names}：政府工作报告数字对比`,
  subtitle: (year: number, next: number) =>
    `${year}年实际完成情况与${next}年目标，依据各地${next}年政府工作报告；每个数字均可点击查看原文出处。`,
  contents: "目录",
  summary: "摘要",
  headline: (year: number) => `${year}年主要指标对比`,
  headlineIntro: (regions: number) =>
    `${regions === 2 ? "两地都" : "各地区"}公布的主要指标。数字后的上标链接到报告原文；每行表现较好的一方加粗（网页中为绿色），好坏按指标方向判断（如失业率越低越好）。`,
  targets: (year: number) => `${year}年目标与进取程度`,
  targetsIntro: (year: number) =>
    `“进取程度”＝${year}年目标增速−${year - 1}年实际增速（个百分点）。带“以上”的目标是下限，实际进取程度至少为此数；“以内”是上限，不算进取。`,
  gaps: "差距",
  gapsIntro: (reference: string) =>
    `与${reference}的差距：总量指标为绝对差（下方小字为倍数），增速和比率为个百分点之差。只列与其口径一致的指标。`,
  ranks: "排名",
  ranksIntro: (n: number) => `在${n}个地区中的名次（1＝最好，失业率等越低越好的指标按从低到高排）。`,
  allRows: (year: number) => `${year}年全部指标`,
  allRowsIntro: "各地报告写到的全部指标，主要指标在前；“—”表示该地报告未提及。",
  comparability: "可比性说明",
  comparabilityIntro: "哪些数字不能直接比较、为什么；哪些经过换算、如何换算。",
  incomparableTitle: "不可比（只列示，不计算）",
  convertedTitle: "经换算后可比",
  partialTitle: "仅部分地区公布",
  sources: "来源",
  sourcesIntro: "报告中每个数字都来自下列原文句子（高亮处为引用的原文）。",
  documents: "来源文件",
  withoutContext: {
    no_hash: "未显示上下文：数据未给出该文件的 SHA-256，无法确认是引用的原文",
    not_found: "未显示上下文：在数据所在文件夹和 seeds/sources 中找不到该文件",
    outside: "未显示上下文：该文件（解析链接后）不在数据所在文件夹或 seeds/sources 内",
    hash_mismatch: "未显示上下文：找到的文件与数据记录的 SHA-256 不符",
    quote_mismatch: "未显示上下文：引文为空，或与原文该位置的文字不符",
  },
  footer: "由 duibi 生成。数字摘自各地政府工作报告原文；换算与判断见“可比性说明”。",
  indicator: "指标",
  verdict: "可比性",
  note: "说明",
  target: "目标",
  actual: "上年实际",
  ambition: "进取程度",
  region: "地区",
  rankOf: (rank: number, n: number) => `${rank}/${n}`,
  ambitionLabels: {
    ambition: "",
    floor: "下限目标，进取程度至少为此",
    range: "区间目标，按中点计",
    ceiling: "上限目标，不计进取程度",
    no_baseline: "上年无实际数",
    unbounded: "目标与上年均为下限（以上），差值不说明进取程度",
  },
  ambitionAtMost: "上年增速为下限（以上），进取程度至多为此",
  estimate: "预计数",
  partialHeadline: (n: number) => `另有${n}项主要指标只有部分地区公布，见“全部指标”。`,
  withoutBaseline: (n: number) => `另有${n}项目标上年没有对应的实际增速，只列在下方目标表中。`,
  only: (n: number) => `另有${n}项指标只有一个地区公布，无从排名，未列出。`,
  originally: (figure: string) => `原文：${figure}`,
  missing: "—",
  times: "倍",
  noRows: "没有可列示的指标。",
  notComputed: (row: string, reason: string) => `${row}未计算差距：${reason}。`,
  chartTargetVsActual: (year: number) => `${year - 1}年实际增速与${year}年目标`,
  chartGrowth: (year: number) => `${year}年主要指标增速`,
  chartGaps: (reference: string) => `与${reference}的差距：增速与比率`,
  chartRanks: "各指标排名",
};

type Labels = typeof zh;

const en: Labels = {
  title: (names) => `${names}: the government work reports side by side`,
  subtitle: (year, next) =>
    `${year} results and ${next} targets as stated in each district's ${next} government work report. Every figure links to the sentence it was quoted from.`,
  contents: "Contents",
  summary: "Summary",
  headline: (year) => `Headline figures, ${year}`,
  headlineIntro: (_regions) =>
    "Headline indicators stated by the regions. The superscript after each figure links to the report sentence; the better value on each row is in bold (green on the web page), judged by the indicator's direction (lower unemployment is better).",
  targets: (year) => `${year} targets and ambition`,
  targetsIntro: (year) =>
    `Ambition = ${year} target growth − ${year - 1} actual growth, in percentage points. A target with 以上 (or more) is a floor, so the ambition is at least this; 以内 (at most) is a ceiling and not counted as ambition.`,
  gaps: "Gaps",
  gapsIntro: (reference) =>
    `Gaps to ${reference}: the absolute difference for levels (the ratio in small print), percentage points for growth and rates. Only rows with one definition are listed.`,
  ranks: "Ranks",
  ranksIntro: (n) => `Rank among ${n} regions (1 = best; lower is better for rates such as unemployment).`,
  allRows: (year) => `All indicators, ${year}`,
  allRowsIntro:
    "Every indicator the reports state, headline indicators first; “—” means the report does not mention it.",
  comparability: "Comparability",
  comparabilityIntro: "What cannot be compared and why; what was converted and how.",
  incomparableTitle: "Not comparable (shown, never computed on)",
  convertedTitle: "Comparable after conversion",
  partialTitle: "Stated by some regions only",
  sources: "Sources",
  sourcesIntro: "Every figure in this report comes from one of the sentences below (the quoted span is highlighted).",
  documents: "Documents",
  withoutContext: {
    no_hash: "context not shown: the dataset states no SHA-256 for this document, so its text cannot be verified",
    not_found: "context not shown: the document is not in the dataset's folder or seeds/sources",
    outside: "context not shown: the file resolves (after links) outside the dataset's folder and seeds/sources",
    hash_mismatch: "context not shown: the file found does not have the SHA-256 the dataset records",
    quote_mismatch: "context not shown: the quote is empty or differs from the text at its offsets",
  },
  footer:
    "Written by duibi. Figures are quoted from the government work reports; conversions and verdicts are explained under Comparability.",
  indicator: "Indicator",
  verdict: "Comparability",
  note: "Note",
  target: "Target",
  actual: "Last year",
  ambition: "Ambition",
  region: "Region",
  rankOf: (rank, n) => `${rank} of ${n}`,
  ambitionLabels: {
    ambition: "",
    floor: "a floor: ambition is at least this",
    range: "a range: read at its midpoint",
    ceiling: "a ceiling: not an ambition",
    no_baseline: "no figure for last year",
    unbounded: "target and last year's growth are both floors: the difference bounds nothing",
  },
  ambitionAtMost: "last year's growth was a floor: ambition is at most this",
  estimate: "estimate",
  partialHeadline: (n) => `${n} more headline rows are stated by some regions only; see All indicators.`,
  withoutBaseline: (n) =>
    `${n} more targets have no growth figure for last year; they are listed in the targets table below.`,
  only: (n) => `${n} more indicators are stated by one region only and cannot be ranked; they are not listed.`,
  originally: (figure) => `stated as ${figure}`,
  missing: "—",
  times: "×",
  noRows: "No indicators to show.",
  notComputed: (row, reason) => `${row}: no gaps computed (${reason}).`,
  chartTargetVsActual: (year) => `${year - 1} growth and ${year} target`,
  chartGrowth: (year) => `Growth of headline indicators, ${year}`,
  chartGaps: (reference) => `Gap to ${reference}: growth and rates`,
  chartRanks: "Ranks by indicator",
};

/**
 * The report's fixed wording in one language. Sentences that carry numbers are
 * functions of those numbers, so zh and en say the same thing.
 * @param lang - "zh" or "en"
 * @returns the label set
 * @example
 * labels("en").summary; // => "Summary"
 */
export function labels(lang: ReportLang): Labels {
  return lang === "zh" ? zh : en;
}
