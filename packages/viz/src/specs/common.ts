import type { ComparisonTable, Document, Measure } from "@duibi/core";
import type { Locale } from "../theme/locale.js";
import { locale } from "../theme/locale.js";
import { indicatorName, unitLabel } from "../theme/lookup.js";
import type { ChartLang } from "../types.js";

/**
 * A document's title for the source line and tooltips, or its id when the documents are not given.
 *
 * @param id - Document id (file name).
 * @param documents - The dataset's documents.
 * @returns "2024年武隆区政府工作报告" or the id.
 * @example
 * documentTitle("x.txt"); // => "x.txt"
 */
export function documentTitle(id: string, documents: readonly Document[] | undefined): string {
  return documents?.find((d) => d.id === id)?.title || id;
}

/**
 * A row's label with its unit: "地区生产总值增速（%）", "GDP growth (%)".
 *
 * @param indicator - Indicator id.
 * @param measure - The row's measure.
 * @param unit - The unit of the row's values.
 * @param lang - Label language.
 * @returns The label.
 * @example
 * rowLabel("gdp", "level", "亿元", "zh"); // => "地区生产总值（亿元）"
 */
export function rowLabel(indicator: string, measure: Measure, unit: string, lang: ChartLang): string {
  const words = locale(lang);
  return words.unitInTitle(indicatorName(indicator, lang) + words.measureSuffix[measure], unitLabel(unit, lang));
}

/**
 * The tooltip every value mark carries: region, value as labelled, the quoted sentence, the document.
 *
 * @param words - The chart's locale.
 * @returns A Vega-Lite tooltip channel definition.
 * @example
 * valueTooltip(locale("zh")).length; // => 4
 */
export function valueTooltip(words: Locale): Record<string, string>[] {
  return [
    { field: "region", type: "nominal", title: words.region },
    { field: "label", type: "nominal", title: words.value },
    { field: "quote", type: "nominal", title: words.quote },
    { field: "document", type: "nominal", title: words.document },
  ];
}

/** Where a chart drawn from stats results (which carry no sources) finds its source documents. */
export interface SourceContext {
  /** The comparison table the result was computed from: the source line names its cells' documents. */
  table?: ComparisonTable;
  /** Without a table: the dataset's documents; those of the regions shown are named. */
  documents?: readonly Document[];
}

/**
 * Document titles for the source line of a chart drawn from stats results: the
 * documents of the table cells behind the shown rows and regions, else the
 * given documents of the shown regions.
 *
 * @param regionCodes - Regions shown.
 * @param rows - Indicator and measure of the rows shown.
 * @param context - Table and/or documents.
 * @returns Document titles (or ids), regions in code order.
 * @example
 * sourcesFor(["500156"], [{ indicator: "gdp", measure: "growth" }], { table, documents }); // => ["2024年武隆区政府工作报告"]
 */
export function sourcesFor(
  regionCodes: readonly string[],
  rows: readonly { indicator: string; measure: Measure }[],
  context: SourceContext,
): string[] {
  const codes = [...new Set(regionCodes)].sort();
  const { table, documents } = context;
  if (table !== undefined) {
    const shown = table.rows.filter((row) =>
      rows.some((r) => r.indicator === row.indicator && r.measure === row.measure),
    );
    return codes.flatMap((code) =>
      shown.flatMap((row) => {
        const cell = row.cells[code];
        return cell == null ? [] : [documentTitle(cell.source.document, documents)];
      }),
    );
  }
  return codes.flatMap((code) => {
    const own = (documents ?? []).filter((d) => d.regionCode === code);
    const reports = own.filter((d) => d.type === "work_report"); // the reports state the figures; gazettes repeat them
    return (reports.length > 0 ? reports : own).sort((a, b) => a.id.localeCompare(b.id)).map((d) => d.title || d.id);
  });
}

/**
 * The quoted sentence behind a table cell, for tooltips of charts drawn from stats results.
 *
 * @param table - The comparison table the result came from, if known.
 * @param row - Indicator and measure of the row.
 * @param code - Region code.
 * @returns The quote, or "" without a table or cell.
 * @example
 * cellQuote(table, { indicator: "gdp", measure: "growth" }, "500156"); // => "实现地区生产总值273.46亿元、增长5.5%"
 */
export function cellQuote(
  table: ComparisonTable | undefined,
  row: { indicator: string; measure: Measure },
  code: string,
): string {
  const found = table?.rows.find((r) => r.indicator === row.indicator && r.measure === row.measure);
  return found?.cells[code]?.source.quote ?? "";
}

/** What every chart builder reads of its options (see `ChartOptions`), for `checkArgs`. */
export const CHART_OPTIONS = {
  "lang?": "string",
  "title?": "string",
  "width?": "number",
  "documents?": "object[]",
  "highlight?": "string[]",
} as const;

/** Target and actual pairs, as `targetPairs` returns them, for `checkArgs`. */
export const TARGET_ROWS = [
  {
    regionCode: "string",
    regionName: "string",
    indicator: "string",
    measure: "string",
    actual: "object|null",
    target: "object",
  },
] as const;

/** The options of the charts that pair targets with actuals, for `checkArgs`. */
export const PAIR_OPTIONS = {
  ...CHART_OPTIONS,
  "indicator?": "string",
  "year?": "number",
  "regions?": "string[]",
  "measure?": "string",
} as const;

/** An `attainment` result, for `checkArgs`: what its charts read of each row. */
export const ATTAINMENT = {
  rows: [
    {
      regionCode: "string",
      regionName: "string",
      indicator: "string",
      measure: "string",
      period: "number",
      verdict: "string",
      gapPp: "number|null",
      target: { value: "number", unit: "string", qualifier: "string", source: "object" },
      actual: "object|null",
    },
  ],
} as const;

/** A `gaps` result, for `checkArgs`. */
export const GAPS = {
  rows: [{ indicator: "string", measure: "string", cells: "object" }],
  period: "number",
  kind: "string",
  reference: "object",
} as const;

/** A `rank` result, for `checkArgs`. */
export const RANKS = {
  rows: [{ indicator: "string", measure: "string", ranks: "object" }],
  period: "number",
  kind: "string",
} as const;
