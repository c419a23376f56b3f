import { formatFigure, formatSigned, indicatorDisplayName, kindLabel, type Lang, outcomeLabel } from "@duibi/core";
import {
  type AttainmentResult,
  attainment,
  describeAttainmentNotes,
  type ReportConflict,
  type SkippedReport,
} from "@duibi/stats";
import { datasetOptions, listOption, parse } from "../args.js";
import type { CliContext } from "../context.js";
import { writeOutput } from "../format/output.js";
import type { CsvTable } from "../format/renderCsv.js";
import type { TextTable } from "../format/textTable.js";
import { loadDataset, parseFormat, parseLang } from "../selectors.js";

/**
 * `duibi attainment`: each target a region stated for a year against the outcome it later
 * stated (met / missed / not comparable / incomplete), with the gap in 个百分点. Reports whose
 * year or region cannot be told, and reports claiming one region and year, are named on stderr.
 */
export async function run(ctx: CliContext): Promise<number> {
  const { values } = parse(ctx.argv, { ...datasetOptions, indicator: { type: "string" } }, ctx.usage);
  const format = parseFormat(values.format);
  const lang = parseLang(values.lang);
  const regions = listOption(values.regions);
  const indicators = listOption(values.indicator);
  const dataset = await loadDataset(values.data, ctx.cwd);
  const result = attainment(dataset, { ...(regions ? { regions } : {}), ...(indicators ? { indicators } : {}) });
  for (const s of result.skipped) ctx.stderr.write(`${TEXT[lang].skipped(s)}\n`);
  for (const c of result.conflicts) {
    ctx.stderr.write(`${TEXT[lang].conflict(c)}\n`);
  }
  writeOutput(ctx.stdout, format, {
    json: attainmentJson(result),
    table: attainmentTable(result, lang),
    csv: attainmentCsv(result),
  });
  return 0;
}

/**
 * The JSON `duibi attainment --format json` prints: rows (target, actual or null, verdict,
 * gapPp) and a summary per region (met, missed, hitRate).
 *
 * @param result - from `attainment`
 * @returns plain data in the documented shape
 * @example
 * Object.keys(attainmentJson(attainment(dataset))); // => ["rows", "summary"]
 */
export function attainmentJson(result: AttainmentResult): unknown {
  return {
    rows: result.rows.map((r) => ({
      regionCode: r.regionCode,
      regionName: r.regionName,
      indicator: r.indicator,
      measure: r.measure,
      period: r.period,
      target: r.target,
      actual: r.actual,
      verdict: r.verdict,
      gapPp: r.gapPp,
    })),
    summary: result.summary.map((s) => ({
      regionCode: s.regionCode,
      met: s.met,
      missed: s.missed,
      hitRate: s.hitRate,
    })),
  };
}

const TEXT = {
  zh: {
    title: "目标完成情况（目标年 vs 其后报告所述实际）",
    region: "地区",
    indicator: "指标",
    year: "年份",
    target: "目标",
    actual: "实际",
    verdict: "结果",
    gap: "差距(百分点)",
    note: "说明",
    skipped: (s: SkippedReport) =>
      `跳过 ${s.document}：${s.unlisted ? "不在数据集的文件列表中，" : ""}无法判定其${s.missing.map((m) => (m === "year" ? "年份" : "地区")).join("与")}`,
    conflict: (c: ReportConflict) =>
      `冲突：${c.documents.length}份报告均为${c.regionCode}的${c.year}年报告：${c.documents.join("、")}`,
  },
  en: {
    title: "Targets against outcomes (target year vs what later reports state)",
    region: "region",
    indicator: "indicator",
    year: "year",
    target: "target",
    actual: "actual",
    verdict: "verdict",
    gap: "gap (pp)",
    note: "note",
    skipped: (s: SkippedReport) => `skipped ${s.document}: ${s.reason}`,
    conflict: (c: ReportConflict) =>
      `conflict: ${c.documents.length} reports claim ${c.regionCode} ${c.year}: ${c.documents.join(", ")}`,
  },
} as const;

/**
 * The attainment rows as a text table (also the Markdown table).
 *
 * @param result - from `attainment`
 * @param lang - zh or en labels
 * @returns the table for `writeOutput`
 * @example
 * attainmentTable(attainment(dataset), "zh").columns[0]?.header; // => "地区"
 */
export function attainmentTable(result: AttainmentResult, lang: Lang): TextTable {
  const text = TEXT[lang];
  return {
    title: text.title,
    columns: [
      { key: "region", header: text.region },
      { key: "indicator", header: text.indicator },
      { key: "year", header: text.year, align: "right" },
      { key: "target", header: text.target, align: "right" },
      { key: "actual", header: text.actual, align: "right" },
      { key: "verdict", header: text.verdict },
      { key: "gap", header: text.gap, align: "right" },
      { key: "note", header: text.note },
    ],
    rows: result.rows.map((r) => ({
      region: r.regionName,
      indicator: indicatorDisplayName(r.indicator, lang),
      year: String(r.period),
      target: formatFigure(r.target.value, r.target.unit, r.target.qualifier, lang, r.target.bounds),
      actual:
        r.actual === null
          ? "—"
          : `${formatFigure(r.actual.value, r.actual.unit, "exact", lang)}${r.actual.kind === "estimate" ? ` (${kindLabel("estimate", lang)})` : ""}`,
      verdict: outcomeLabel(r.verdict, lang),
      gap: r.gapPp === null ? "—" : formatSigned(r.gapPp),
      note: describeAttainmentNotes(r.notes, lang),
    })),
  };
}

/** CSV: one line per target, both sources' documents and quotes; numbers as numbers (a gap of -0.5 is not guarded as text). */
export function attainmentCsv(result: AttainmentResult): CsvTable {
  const keys = [
    "region_code",
    "region_name",
    "indicator",
    "measure",
    "period",
    "target",
    "target_unit",
    "qualifier",
    "target_low",
    "target_high",
    "actual",
    "actual_unit",
    "actual_kind",
    "verdict",
    "gap_pp",
    "target_document",
    "target_quote",
    "actual_document",
    "actual_quote",
    "note",
  ];
  return {
    columns: keys.map((key) => ({ key, header: key })),
    rows: result.rows.map((r) => ({
      region_code: r.regionCode,
      region_name: r.regionName,
      indicator: r.indicator,
      measure: r.measure,
      period: r.period,
      target: r.target.value,
      target_unit: r.target.unit,
      qualifier: r.target.qualifier,
      target_low: r.target.bounds?.low,
      target_high: r.target.bounds?.high,
      actual: r.actual?.value,
      actual_unit: r.actual?.unit ?? "",
      actual_kind: r.actual?.kind ?? "",
      verdict: r.verdict,
      gap_pp: r.gapPp,
      target_document: r.target.source.document,
      target_quote: r.target.source.quote,
      actual_document: r.actual?.source.document ?? "",
      actual_quote: r.actual?.source.quote ?? "",
      note: describeAttainmentNotes(r.notes, "en"),
    })),
  };
}
