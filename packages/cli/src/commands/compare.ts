import type { Cell, ComparisonRow, ComparisonTable, Lang } from "@duibi/core";
import {
  describeNotes,
  formatFigure,
  headlineFirst,
  indicatorDisplayName,
  kindLabel,
  measureName,
  qualifierSymbol,
  verdictLabel,
} from "@duibi/core";
import { parse, selectorOptions } from "../args.js";
import type { CliContext } from "../context.js";
import { writeOutput } from "../format/output.js";
import type { CsvTable } from "../format/renderCsv.js";
import type { TextTable } from "../format/textTable.js";
import { selectTable } from "../selectors.js";

/**
 * `duibi compare`: the regions side by side for one period and kind, as an
 * aligned table, JSON (the ComparisonTable), a long CSV (one row per row ×
 * region) or a Markdown table.
 */
export async function run(ctx: CliContext): Promise<number> {
  const { values } = parse(ctx.argv, selectorOptions, ctx.usage);
  const { selection, table } = await selectTable(values, ctx.cwd);
  writeOutput(ctx.stdout, selection.format, {
    json: table,
    table: compareTable(table, selection.lang),
    csv: compareCsv(table, selection.lang),
  });
  return 0;
}

const TEXT = {
  zh: {
    title: (t: ComparisonTable) =>
      `${t.regions.map((r) => r.name).join(" · ")}：${t.period}年${kindLabel(t.kind, "zh")}数`,
    indicator: "指标",
    measure: "度量",
    verdict: "可比性",
    note: "说明",
    legend: "括号内为原文数值或口径。",
    count: (n: number, c: number) => `共 ${n} 行，其中可比或换算后可比 ${c} 行。`,
  },
  en: {
    title: (t: ComparisonTable) =>
      `${t.regions.map((r) => r.name).join(" · ")}: ${kindLabel(t.kind, "en")} figures for ${t.period}`,
    indicator: "indicator",
    measure: "measure",
    verdict: "verdict",
    note: "note",
    legend: "In brackets: the figure or definition as stated.",
    count: (n: number, c: number) => `${n} rows, ${c} comparable (directly or after conversion).`,
  },
} as const;

/**
 * The comparison as a text table: indicator name, measure, a column per
 * region (figure with its unit and qualifier words, as the report writes it; the stated figure or
 * variant in brackets), the verdict and its notes.
 *
 * @param table - from `align`
 * @param lang - labels and notes in zh or en
 * @returns the table for `writeOutput`
 * @example
 * compareTable(align(loadSeeds(), { period: 2023, kind: "actual" }), "zh").columns[0]!.header; // => "指标"
 */
export function compareTable(table: ComparisonTable, lang: Lang): TextTable {
  const text = TEXT[lang];
  const comparable = table.rows.filter((r) => r.verdict === "comparable" || r.verdict === "converted").length;
  return {
    title: text.title(table),
    columns: [
      { key: "indicator", header: text.indicator },
      { key: "measure", header: text.measure },
      ...table.regions.map((r) => ({ key: `region:${r.code}`, header: r.name, align: "right" as const })),
      { key: "verdict", header: text.verdict },
      { key: "note", header: text.note },
    ],
    rows: headlineFirst(table.rows).map((row) => ({
      indicator: rowLabel(row, lang),
      measure: measureName(row.measure, lang),
      ...Object.fromEntries(table.regions.map((r) => [`region:${r.code}`, cellText(row.cells[r.code] ?? null, lang)])),
      verdict: verdictLabel(row.verdict, lang),
      note: describeNotes(row.notes, lang, table.regions),
    })),
    notes: [text.legend, text.count(table.rows.length, comparable)],
  };
}

/** A row's name; a row holding variants names them all (城镇登记失业率 / 城镇调查失业率). */
function rowLabel(row: ComparisonRow, lang: Lang): string {
  const ids = [
    row.indicator,
    ...Object.values(row.cells).flatMap((c) => (c?.indicator && !c.original ? [c.indicator] : [])),
  ];
  return [...new Set(ids)].map((id) => indicatorDisplayName(id, lang)).join(" / ");
}

function cellText(cell: Cell | null, lang: Lang): string {
  if (cell === null) return "—";
  const figure = formatFigure(cell.value, cell.unit, cell.qualifier, lang, cell.bounds);
  if (cell.original)
    return `${figure} (${formatFigure(cell.original.value, cell.original.unit, cell.qualifier, lang)})`;
  if (cell.indicator) return `${figure} (${indicatorDisplayName(cell.indicator, lang)})`;
  return figure;
}

const CSV_KEYS = [
  "indicator",
  "measure",
  "verdict",
  "note",
  "region_code",
  "region_name",
  "value",
  "unit",
  "qualifier",
  "qualifier_symbol",
  "bound_low",
  "bound_high",
  "cell_indicator",
  "original_value",
  "original_unit",
  "document",
  "start",
  "end",
  "quote",
] as const;

/**
 * The comparison as a long CSV: one row per comparison row × region, a
 * missing figure as empty value fields, sources as columns; the row's notes as text.
 *
 * @param table - from `align`
 * @param lang - the language of the notes (default zh)
 * @returns the table for `writeOutput` (its column keys are the CSV header)
 * @example
 * compareCsv(table).columns.map((c) => c.key).slice(0, 3); // => ["indicator", "measure", "verdict"]
 */
export function compareCsv(table: ComparisonTable, lang: Lang = "zh"): CsvTable {
  return {
    columns: CSV_KEYS.map((key) => ({ key, header: key })),
    rows: table.rows.flatMap((row) =>
      table.regions.map((region) => {
        const cell = row.cells[region.code] ?? null;
        return {
          indicator: row.indicator,
          measure: row.measure,
          verdict: row.verdict,
          note: describeNotes(row.notes, lang, table.regions),
          region_code: region.code,
          region_name: region.name,
          value: cell?.value,
          unit: cell?.unit ?? "",
          qualifier: cell?.qualifier ?? "",
          qualifier_symbol: cell ? qualifierSymbol(cell.qualifier) : "",
          bound_low: cell?.bounds?.low,
          bound_high: cell?.bounds?.high,
          cell_indicator: cell?.indicator ?? "",
          original_value: cell?.original?.value,
          original_unit: cell?.original?.unit ?? "",
          document: cell?.source.document ?? "",
          start: cell?.source.start,
          end: cell?.source.end,
          quote: cell?.source.quote ?? "",
        };
      }),
    ),
  };
}
