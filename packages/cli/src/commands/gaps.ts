import type { Lang } from "@duibi/core";
import { headlineFirst, unitText } from "@duibi/core";
import { type GapCell, type GapsResult, gaps, NO_REFERENCE_VALUE } from "@duibi/stats";
import { parse, selectorOptions } from "../args.js";
import type { CliContext } from "../context.js";
import { formatValue } from "../format/formatValue.js";
import { indicatorLabel } from "../format/indicatorLabel.js";
import { KIND_LABELS, MEASURE_LABELS, VERDICT_LABELS } from "../format/labels.js";
import { writeOutput } from "../format/output.js";
import type { CsvTable } from "../format/renderCsv.js";
import type { TextTable } from "../format/textTable.js";
import { selectTable } from "../selectors.js";

/**
 * `duibi gaps`: each region's gap to a reference (a region, the median or the mean) on every
 * row, in the row's unit for levels and in 个百分点 for growth and rates. JSON is the
 * GapsResult of @duibi/stats.
 */
export async function run(ctx: CliContext): Promise<number> {
  const { values } = parse(ctx.argv, { ...selectorOptions, reference: { type: "string" } }, ctx.usage);
  const { selection, table } = await selectTable(values, ctx.cwd);
  const result = gaps(table, { reference: values.reference ?? "median" });
  const names = Object.fromEntries(table.regions.map((r) => [r.code, r.name]));
  writeOutput(ctx.stdout, selection.format, {
    json: result,
    table: gapsTable(result, names, selection.lang),
    csv: gapsCsv(result, names),
  });
  return 0;
}

const TEXT = {
  zh: {
    reference: (r: GapsResult["reference"]) =>
      r.kind === "region" ? (r.name ?? r.code ?? "") : r.kind === "median" ? "中位数" : "平均数",
    title: (r: GapsResult, ref: string) => `${r.period}年${KIND_LABELS.zh[r.kind]}数：与${ref}的差距`,
    indicator: "指标",
    measure: "度量",
    referenceValue: "参照值",
    note: "说明",
    legend: "水平值为差额（括号内为倍数）；增速、比率、占比为百分点差。不可比的行不计算。",
    noReference: "参照值缺失",
  },
  en: {
    reference: (r: GapsResult["reference"]) => (r.kind === "region" ? (r.name ?? r.code ?? "") : r.kind),
    title: (r: GapsResult, ref: string) => `${KIND_LABELS.en[r.kind]} figures for ${r.period}: gap to ${ref}`,
    indicator: "indicator",
    measure: "measure",
    referenceValue: "reference",
    note: "note",
    legend:
      "Levels: difference (ratio in brackets); growth, rates and shares: percentage points. Incomparable rows are not computed.",
    noReference: "no reference value",
  },
} as const;

function gapText(cell: GapCell | null, lang: Lang): string {
  if (cell === null) return "—";
  const sign = cell.gap > 0 ? "+" : "";
  const ratio = cell.ratio === null ? "" : ` (×${formatValue(cell.ratio)})`;
  // core's unitText: English writes 个百分点 as "pp", as the report and the charts do.
  return `${sign}${formatValue(cell.gap)}${unitText(cell.unit, lang)}${ratio}`;
}

/**
 * The gaps as a text table: one row per table row, a column per region, the reference value
 * and the row's note (or why it was skipped).
 *
 * @param result - from `gaps`
 * @param names - region names by code
 * @param lang - zh or en labels
 * @returns the table for `writeOutput`
 * @example
 * gapsTable(gaps(table, { reference: "万州区" }), { "500156": "武隆区", "500101": "万州区" }, "zh").columns[0]?.header; // => "指标"
 */
export function gapsTable(result: GapsResult, names: Record<string, string>, lang: Lang): TextTable {
  const text = TEXT[lang];
  const codes = Object.keys(names).sort();
  return {
    title: text.title(result, text.reference(result.reference)),
    columns: [
      { key: "indicator", header: text.indicator },
      { key: "measure", header: text.measure },
      ...codes.map((code) => ({ key: `region:${code}`, header: names[code] ?? code, align: "right" as const })),
      { key: "reference", header: text.referenceValue, align: "right" },
      { key: "note", header: text.note },
    ],
    rows: headlineFirst(result.rows).map((row) => ({
      indicator: indicatorLabel(row.indicator, lang),
      measure: MEASURE_LABELS[lang][row.measure],
      ...Object.fromEntries(codes.map((code) => [`region:${code}`, gapText(row.cells[code] ?? null, lang)])),
      reference: row.referenceValue === null ? "—" : formatValue(row.referenceValue),
      note: skippedNote(row, lang),
    })),
    notes: [text.legend],
  };
}

function skippedNote(row: GapsResult["rows"][number], lang: Lang): string {
  if (row.skipped === undefined) return row.note;
  const reason = row.skipped === NO_REFERENCE_VALUE ? TEXT[lang].noReference : row.skipped;
  return `${VERDICT_LABELS[lang][row.verdict]}: ${reason}`;
}

/** Long CSV: one line per row × region. */
export function gapsCsv(result: GapsResult, names: Record<string, string>): CsvTable {
  const keys = [
    "indicator",
    "measure",
    "verdict",
    "region_code",
    "region_name",
    "value",
    "reference",
    "gap",
    "unit",
    "ratio",
    "skipped",
  ];
  return {
    columns: keys.map((key) => ({ key, header: key })),
    rows: result.rows.flatMap((row) =>
      Object.keys(row.cells)
        .sort()
        .map((code) => {
          const cell = row.cells[code] ?? null;
          return {
            indicator: row.indicator,
            measure: row.measure,
            verdict: row.verdict,
            region_code: code,
            region_name: names[code] ?? "",
            value: cell?.value,
            reference: row.referenceValue,
            gap: cell?.gap,
            unit: row.unit,
            ratio: cell?.ratio,
            skipped: row.skipped ?? "",
          };
        }),
    ),
  };
}
