import { formatFigure, formatSigned, indicatorDisplayName, type Lang, qualifierSymbol } from "@duibi/core";
import { type AmbitionResult, ambition, describeTargetNotes } from "@duibi/stats";
import { datasetOptions, intOption, listOption, parse } from "../args.js";
import type { CliContext } from "../context.js";
import { writeOutput } from "../format/output.js";
import type { CsvTable } from "../format/renderCsv.js";
import type { TextTable } from "../format/textTable.js";
import { loadDataset, parseFormat, parseLang } from "../selectors.js";
import { UsageError } from "../usage.js";

/**
 * `duibi ambition`: per region and indicator, the year's target growth minus last year's
 * growth in 个百分点 (以上 a floor, 左右 a point, CPI and 以内 ceilings). Without --year, the
 * latest year with growth targets. JSON is the AmbitionResult of @duibi/stats.
 */
export async function run(ctx: CliContext): Promise<number> {
  const { values } = parse(ctx.argv, { ...datasetOptions, year: { type: "string" } }, ctx.usage);
  const format = parseFormat(values.format);
  const lang = parseLang(values.lang);
  const regions = listOption(values.regions);
  const given = intOption("year", values.year);
  const dataset = await loadDataset(values.data, ctx.cwd);
  const years = dataset.observations.filter((o) => o.kind === "target" && o.measure === "growth").map((o) => o.period);
  // reduce, not Math.max(...years): a large dataset has more targets than a call may take arguments
  const year = given ?? (years.length > 0 ? years.reduce((a, b) => Math.max(a, b)) : undefined);
  if (year === undefined)
    throw new UsageError("the dataset has no growth targets", "Pass --data with a dataset that has targets.");
  const result = ambition(dataset, { year, ...(regions ? { regions } : {}) });
  writeOutput(ctx.stdout, format, { json: result, table: ambitionTable(result, lang), csv: ambitionCsv(result, lang) });
  return 0;
}

const TEXT = {
  zh: {
    title: (y: number) => `${y}年目标增速与${y - 1}年实际增速之差（个百分点）`,
    region: "地区",
    indicator: "指标",
    target: "目标",
    actual: "上年",
    ambition: "进取度",
    label: "性质",
    note: "说明",
    labels: {
      ambition: "进取",
      floor: "下限(以上)",
      range: "区间中值",
      ceiling: "上限，非目标",
      no_baseline: "无上年数",
      unbounded: "两者均为下限，无从比较",
    },
  },
  en: {
    title: (y: number) => `${y} target growth minus ${y - 1} growth (percentage points)`,
    region: "region",
    indicator: "indicator",
    target: "target",
    actual: "last year",
    ambition: "ambition",
    label: "reading",
    note: "note",
    labels: {
      ambition: "ambition",
      floor: "floor (以上)",
      range: "range midpoint",
      ceiling: "ceiling, not an ambition",
      no_baseline: "no baseline",
      unbounded: "both floors: no bound",
    },
  },
} as const;

/**
 * The ambition rows as a text table.
 *
 * @param result - from `ambition`
 * @param lang - zh or en labels
 * @returns the table for `writeOutput`
 * @example
 * ambitionTable(ambition(loadSeeds(), { year: 2024 }), "zh").columns[0]?.header; // => "地区"
 */
export function ambitionTable(result: AmbitionResult, lang: Lang): TextTable {
  const text = TEXT[lang];
  return {
    title: text.title(result.year),
    columns: [
      { key: "region", header: text.region },
      { key: "indicator", header: text.indicator },
      { key: "target", header: text.target, align: "right" },
      { key: "actual", header: text.actual, align: "right" },
      { key: "ambition", header: text.ambition, align: "right" },
      { key: "label", header: text.label },
      { key: "note", header: text.note },
    ],
    rows: result.rows.map((row) => ({
      region: row.regionName,
      indicator: indicatorDisplayName(row.indicator, lang),
      target: formatFigure(row.target, "%", row.qualifier, lang),
      actual: row.actual === null ? "—" : formatFigure(row.actual, "%", row.actualQualifier ?? "exact", lang),
      // after 增长10%以上 last year the ambition is a bound: ≤ the difference
      ambition:
        row.ambitionPp === null ? "—" : `${qualifierSymbol(row.bound ?? "exact")}${formatSigned(row.ambitionPp)}`,
      label: text.labels[row.label],
      note: describeTargetNotes(row.notes, lang),
    })),
  };
}

/** CSV: one line per region × indicator, the notes worded in `lang` (default en). */
export function ambitionCsv(result: AmbitionResult, lang: Lang = "en"): CsvTable {
  const keys = [
    "region_code",
    "region_name",
    "indicator",
    "target",
    "qualifier",
    "actual",
    "actual_kind",
    "actual_qualifier",
    "ambition_pp",
    "bound",
    "difference_pp",
    "label",
    "note",
  ];
  return {
    columns: keys.map((key) => ({ key, header: key })),
    rows: result.rows.map((row) => ({
      region_code: row.regionCode,
      region_name: row.regionName,
      indicator: row.indicator,
      target: row.target,
      qualifier: row.qualifier,
      actual: row.actual,
      actual_kind: row.actualKind ?? "",
      actual_qualifier: row.actualQualifier ?? "",
      ambition_pp: row.ambitionPp,
      bound: row.bound ?? "",
      difference_pp: row.differencePp,
      label: row.label,
      note: describeTargetNotes(row.notes, lang),
    })),
  };
}
