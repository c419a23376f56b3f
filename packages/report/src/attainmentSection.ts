import { formatFigure, formatPercent, formatRounded, formatSigned, outcomeLabel } from "@duibi/core";
import type { AttainmentResult, AttainmentRow, AttainmentSummary } from "@duibi/stats";
import type { SectionContext } from "./figureCell.js";
import type { ReportCell, ReportSection } from "./model.js";
import { rowLabel } from "./rowLabel.js";

/** Above this many regions the section shows one summary line per region, not every year. */
const MAX_DETAIL_REGIONS = 10;

/** A mean of gaps stated to a tenth: two decimals. */
const mean = (x: number | null) => formatRounded(Math.abs(x ?? 0), 2);

const TEXT = {
  zh: {
    title: "历年目标完成情况",
    intro: (what: string, first: number, last: number) =>
      `每年报告提出的${what}目标，与其后报告所述当年实际相比（${first}—${last}年）。以上、不低于和未加限定的增长目标为下限；以内为上限；左右在±0.5个百分点内为完成；报告之间数字不同时用最新报告的数字。`,
    region: "地区",
    year: "年份",
    target: "目标",
    actual: "实际",
    verdict: "结果",
    gap: "差距（个百分点）",
    hitRate: "完成率",
    meanGap: "平均差距（个百分点）",
    judged: "可判定",
    sentence: (s: AttainmentSummary, what: string, judged: number, first: number, last: number, missed: string) =>
      judged === 0
        ? `${s.regionName}：${first}—${last}年的${what}目标都没有可比的实际数。`
        : `${s.regionName}：${first}—${last}年可判定的${judged}个${what}目标中完成${s.met}个（${formatPercent(s.hitRate ?? 0)}），${mean(s.meanGapPp) === "0" ? "实际平均与目标持平" : `实际平均${(s.meanGapPp ?? 0) > 0 ? "高于" : "低于"}目标${mean(s.meanGapPp)}个百分点`}${missed === "" ? "" : `；未完成：${missed}年`}。`,
    incomplete: (n: number) => `${n}个目标缺少其后报告的实际数（或报告年份、地区无法判定），未计入完成率。`,
    skipped: (documents: string) => `无法判定年份或地区、未使用的报告：${documents}。`,
    conflict: (region: string, year: number, documents: string) =>
      `${region}${year}年有多份报告：${documents}，均已保留。`,
    estimate: "预计",
    separator: "、",
  },
  en: {
    title: "Targets kept and missed over the years",
    intro: (what: string, first: number, last: number) =>
      `Each year's ${what} target set against the outcome later reports state (${first}–${last}). Targets with 以上/不低于 and plain growth targets are floors; 以内 a ceiling; 左右 is met within ±0.5 pp; where reports differ the latest report's figure is used.`,
    region: "Region",
    year: "Year",
    target: "Target",
    actual: "Outcome",
    verdict: "Verdict",
    gap: "Gap (pp)",
    hitRate: "Hit rate",
    meanGap: "Mean gap (pp)",
    judged: "Judged",
    sentence: (s: AttainmentSummary, what: string, judged: number, first: number, last: number, missed: string) =>
      judged === 0
        ? `${s.regionName}: no ${what} target of ${first}–${last} has a comparable outcome.`
        : `${s.regionName}: met ${s.met} of ${judged} ${what} targets of ${first}–${last} (${formatPercent(s.hitRate ?? 0)}), ${mean(s.meanGapPp) === "0" ? "the outcome on the target on average" : `the outcome ${mean(s.meanGapPp)} pp ${(s.meanGapPp ?? 0) > 0 ? "above" : "below"} the target on average`}${missed === "" ? "" : `; missed in ${missed}`}.`,
    incomplete: (n: number) =>
      `${n} targets have no outcome in a later report (or a report whose year or region cannot be told) and are not counted.`,
    skipped: (documents: string) => `Reports left out because their year or region cannot be told: ${documents}.`,
    conflict: (region: string, year: number, documents: string) =>
      `${region} ${year} is claimed by several reports: ${documents}; all are kept.`,
    estimate: "estimate",
    separator: ", ",
  },
} as const;

/**
 * The section on targets kept and missed, for a dataset spanning several years: a sentence per
 * region written from its numbers (hit rate, mean gap, the years missed), the matrix chart and
 * each region's targets against outcomes, and a table of every year (up to 10 regions) or one
 * line per region.
 *
 * @param result - `attainment` of the report's regions, one indicator
 * @param indicator - the indicator the section is about (gdp)
 * @param ctx - language, regions, citation
 * @returns the section
 * @example
 * attainmentSection(attainment(dataset, { indicators: ["gdp"] }), "gdp", ctx).id; // => "attainment"
 */
export function attainmentSection(result: AttainmentResult, indicator: string, ctx: SectionContext): ReportSection {
  const t = TEXT[ctx.lang];
  const rows = result.rows.filter((r) => r.indicator === indicator && r.measure === "growth");
  const what = rowLabel(indicator, "growth", ctx.lang);
  const years = rows.map((r) => r.period);
  const first = years.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);
  const last = years.reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);
  const order = new Map(ctx.regions.map((r, i) => [r.code, i]));
  const summaries = [...result.summary].sort((a, b) => (order.get(a.regionCode) ?? 0) - (order.get(b.regionCode) ?? 0));
  const sentences = summaries.map((s) => {
    const mine = rows.filter((r) => r.regionCode === s.regionCode);
    const missed = mine.filter((r) => r.verdict === "missed").map((r) => String(r.period));
    return t.sentence(s, what, s.met + s.missed, first, last, missed.join(t.separator));
  });
  const detail = summaries.length <= MAX_DETAIL_REGIONS;
  const cell = (text: string, numeric = false): ReportCell => (numeric ? { text, numeric } : { text });
  const yearRows = detail
    ? rows.map((r) => [
        cell(r.regionName),
        cell(String(r.period)),
        { ...targetCell(r, ctx), sources: [ctx.cite(r.target.source)] },
        r.actual === null
          ? cell("—", true)
          : {
              text: `${formatFigure(r.actual.value, r.actual.unit, "exact", ctx.lang)}${r.actual.kind === "estimate" ? estimate(t.estimate, ctx.lang) : ""}`,
              numeric: true,
              sources: [ctx.cite(r.actual.source)],
            },
        cell(outcomeLabel(r.verdict, ctx.lang)),
        cell(r.gapPp === null ? "—" : formatSigned(r.gapPp), true),
      ])
    : [];
  const incomplete = rows.filter((r) => r.verdict === "incomplete" || r.verdict === "not_comparable").length;
  return {
    id: "attainment",
    title: t.title,
    intro: [t.intro(what, first, last), ...sentences],
    charts: ["attainment-matrix", ...ctx.regions.map((r) => `target-history-${r.code}`)],
    tables: [
      {
        columns: [t.region, t.judged, t.hitRate, t.meanGap],
        rows: summaries.map((s) => [
          cell(s.regionName),
          cell(`${s.met}/${s.met + s.missed}`, true),
          cell(s.hitRate === null ? "—" : formatPercent(s.hitRate), true),
          cell(s.meanGapPp === null ? "—" : formatSigned(Math.round(s.meanGapPp * 100) / 100), true),
        ]),
      },
      ...(detail ? [{ columns: [t.region, t.year, t.target, t.actual, t.verdict, t.gap], rows: yearRows }] : []),
    ],
    notes: [
      ...(incomplete > 0 ? [t.incomplete(incomplete)] : []),
      ...(result.skipped.length > 0 ? [t.skipped(result.skipped.map((s) => s.document).join(t.separator))] : []),
      ...result.conflicts.map((c) =>
        t.conflict(
          ctx.regions.find((r) => r.code === c.regionCode)?.name ?? c.regionCode,
          c.year,
          c.documents.join(t.separator),
        ),
      ),
    ],
  };
}

function targetCell(r: AttainmentRow, ctx: SectionContext): ReportCell {
  return {
    text: formatFigure(r.target.value, r.target.unit, r.target.qualifier, ctx.lang, r.target.bounds),
    numeric: true,
  };
}

/** The remark after an estimated actual: "（预计）" in Chinese, " (estimate)" in English. */
function estimate(word: string, lang: "zh" | "en"): string {
  return lang === "zh" ? `（${word}）` : ` (${word})`;
}
