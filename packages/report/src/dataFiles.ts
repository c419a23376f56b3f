import type { ComparisonTable, CsvCell } from "@duibi/core";
import { checkArgs, describeNotes, formatCsv, indicatorDisplayName } from "@duibi/core";
import type { AmbitionResult, GapsResult, RankResult } from "@duibi/stats";
import { REPORT_ARGS } from "./args.js";

/** The numbers behind a report, as written to data.json. */
export interface ReportData {
  /** Regions in column order; with two, the first is the subject and the second the reference. */
  regions: { code: string; name: string; shortName: string }[];
  /** The report year's actuals (2023 in the 2024 reports). */
  actual: ComparisonTable;
  /** The next year's targets. */
  targets: ComparisonTable;
  gaps: GapsResult;
  ranks: RankResult;
  ambition: AmbitionResult;
}

const CSV_COLUMNS = [
  "period",
  "kind",
  "indicator",
  "indicator_zh",
  "measure",
  "verdict",
  "region_code",
  "region_name",
  "value",
  "unit",
  "qualifier",
  "low",
  "high",
  "stated_as",
  "stated_value",
  "stated_unit",
  "document",
  "start",
  "end",
  "quote",
  "note",
  "note_en",
] as const;

/**
 * data.json: the comparison tables and stats results the report shows, pretty-printed
 * with a trailing newline. Key order follows the objects, which are built in a fixed
 * order, so the file is byte-identical across runs.
 * @param data - what the report shows
 * @returns JSON text
 * @example
 * JSON.parse(reportJson(data)).actual.period; // => 2023
 */
export function reportJson(data: ReportData): string {
  checkArgs({ data: [data, REPORT_ARGS.data] });
  return `${JSON.stringify(data, null, 2)}\n`;
}

/**
 * data.csv: one line per region and comparison row (actuals, then targets), with the
 * figure, its hedge, the figure as stated before conversion, and its source. UTF-8 with
 * a byte-order mark so spreadsheet programs read the Chinese correctly; written by
 * core's one CSV writer (`formatCsv`), so text that a spreadsheet would run as a
 * formula gets a leading apostrophe and numbers stay numbers.
 * @param data - what the report shows
 * @returns CSV text (RFC 4180, CRLF line ends)
 * @example
 * reportCsv(data).split("\r\n")[0]; // => "\ufeffperiod,kind,indicator,indicator_zh,measure,…"
 */
export function reportCsv(data: ReportData): string {
  checkArgs({ data: [data, REPORT_ARGS.data] });
  const records: CsvCell[][] = [[...CSV_COLUMNS]];
  for (const table of [data.actual, data.targets]) {
    for (const row of table.rows) {
      for (const region of data.regions) {
        const cell = row.cells[region.code];
        if (cell == null) continue;
        const values: Record<(typeof CSV_COLUMNS)[number], CsvCell> = {
          period: table.period,
          kind: table.kind,
          indicator: row.indicator,
          indicator_zh: indicatorDisplayName(row.indicator, "zh"),
          measure: row.measure,
          verdict: row.verdict,
          region_code: region.code,
          region_name: region.name,
          value: cell.value,
          unit: cell.unit,
          qualifier: cell.qualifier,
          low: cell.bounds?.low,
          high: cell.bounds?.high,
          stated_as: cell.indicator,
          stated_value: cell.original?.value,
          stated_unit: cell.original?.unit,
          document: cell.source.document,
          start: cell.source.start,
          end: cell.source.end,
          quote: cell.source.quote,
          note: describeNotes(row.notes, "zh", data.regions),
          note_en: describeNotes(row.notes, "en", data.regions),
        };
        records.push(CSV_COLUMNS.map((c) => values[c]));
      }
    }
  }
  return `\ufeff${formatCsv(records)}`;
}
