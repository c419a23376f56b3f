import { checkArgs, findIndicator, formatNumber, type PresentLang, unitText } from "@duibi/core";
import { describeByCode, type Wording } from "./internal/describeByCode.js";

/** A statement of a figure a note cites: its value, unit, kind and the document that states it. */
export interface NotedStatement {
  value: number;
  unit: string;
  kind: "actual" | "estimate" | "target";
  document: string;
}

/**
 * Why an attainment row reads as it does, as facts keyed by `code` (rendered in the caller's
 * language by {@link describeAttainmentNote}):
 * - `above_band`: a 左右 target met and exceeded beyond the band;
 * - `target_restated`: another report states the year's target differently;
 * - `report_conflict`: several reports claim the region and year;
 * - `definition_differs`: the outcome is stated only under another definition (规上 vs 全口径…);
 * - `no_later_report`: the dataset holds no report of the region after the target's year;
 * - `outcome_not_stated`: later reports exist but none states the outcome;
 * - `unit_differs`: outcome and target in units that do not convert;
 * - `estimate_stands_in`: the estimate (预计) stands in for a final figure no report states;
 * - `revised`: the outcome was stated differently before its final figure;
 * - `multiple_not_growth`: a growth target or outcome stated in 倍 (a multiple; 增长1倍 reads as ×2
 *   or as +100%), never judged as a growth rate.
 */
export type AttainmentNote =
  | { code: "above_band" }
  | { code: "target_restated"; statement: NotedStatement }
  | { code: "report_conflict"; reports: number; regionName: string; year: number }
  | { code: "definition_differs"; target: string; outcome: string }
  | { code: "no_later_report"; period: number; regionName: string }
  | { code: "outcome_not_stated"; period: number }
  | { code: "unit_differs"; outcomeUnit: string; targetUnit: string }
  | { code: "estimate_stands_in" }
  | { code: "revised"; statements: NotedStatement[]; final: { value: number; unit: string } }
  | { code: "multiple_not_growth"; side: "target" | "outcome" };

const indicatorName = (id: string, lang: PresentLang) => findIndicator(id)?.[lang] ?? id;
const figure = (value: number, unit: string, lang: PresentLang) => `${formatNumber(value)}${unitText(unit, lang)}`;

const ZH: Wording<AttainmentNote> = {
  above_band: () => "超出“左右”的范围：超额完成",
  target_restated: ({ statement: s }) => `${s.document}所述目标为${figure(s.value, s.unit, "zh")}`,
  report_conflict: (n) => `${n.reports}份报告均为${n.regionName}${n.year}年的报告`,
  definition_differs: (n) =>
    `目标为${indicatorName(n.target, "zh")}，结果仅见${indicatorName(n.outcome, "zh")}，口径不同`,
  no_later_report: (n) => `数据中没有${n.regionName}${n.period}年之后的报告`,
  outcome_not_stated: (n) => `之后的报告均未说明${n.period}年的结果`,
  unit_differs: (n) => `结果单位为${n.outcomeUnit}，目标单位为${n.targetUnit}，无法换算`,
  estimate_stands_in: () => "以预计数代替：之后的报告未说明最终数",
  revised: (n) =>
    `数值经修订：${n.statements
      .map((s) => `${s.document}${s.kind === "estimate" ? "预计" : ""}${figure(s.value, s.unit, "zh")}`)
      .join("，")}；最终为${figure(n.final.value, n.final.unit, "zh")}`,
  multiple_not_growth: (n) => `${n.side === "target" ? "目标" : "结果"}以“倍”表述，是倍数而非增长率，不作判断`,
};

const EN: typeof ZH = {
  above_band: () => "above the 'about' band: exceeded",
  target_restated: ({ statement: s }) => `target restated as ${figure(s.value, s.unit, "en")} in ${s.document}`,
  report_conflict: (n) => `${n.reports} reports claim ${n.regionName} ${n.year}`,
  definition_differs: (n) =>
    `target is ${indicatorName(n.target, "en")}, outcome stated only as ${indicatorName(n.outcome, "en")}`,
  no_later_report: (n) => `no report after ${n.period} for ${n.regionName}`,
  outcome_not_stated: (n) => `no later report states the ${n.period} outcome`,
  unit_differs: (n) => `outcome in ${n.outcomeUnit}, target in ${n.targetUnit}`,
  estimate_stands_in: () => "the estimate stands in: no later report states the final figure",
  revised: (n) =>
    `revised: ${n.statements
      .map((s) => `${s.kind === "estimate" ? "estimate " : ""}${figure(s.value, s.unit, "en")} in ${s.document}`)
      .join(", ")}; final ${figure(n.final.value, n.final.unit, "en")}`,
  multiple_not_growth: (n) => `the ${n.side} is a multiple (times), not a growth rate: not judged`,
};

/**
 * One attainment note in the caller's language.
 * @param note - a note of an `AttainmentRow`
 * @param lang - `"zh"` or `"en"`
 * @returns the sentence, in that language only
 * @example
 * describeAttainmentNote({ code: "outcome_not_stated", period: 2023 }, "zh"); // => "之后的报告均未说明2023年的结果"
 */
export function describeAttainmentNote(note: AttainmentNote, lang: PresentLang): string {
  return describeByCode({ zh: ZH, en: EN }, note, lang, "note");
}

/**
 * A row's notes as one line in the caller's language, joined with "；" (zh) or "; " (en).
 * @param notes - the notes of an `AttainmentRow`
 * @param lang - `"zh"` or `"en"`
 * @returns the line; "" when there are no notes
 * @example
 * describeAttainmentNotes(row.notes, "en"); // => "no later report states the 2023 outcome"
 */
export function describeAttainmentNotes(notes: readonly AttainmentNote[], lang: PresentLang): string {
  checkArgs({ notes: [notes, "object[]"], lang: [lang, "string"] });
  return notes.map((n) => describeAttainmentNote(n, lang)).join(lang === "en" ? "; " : "；");
}
