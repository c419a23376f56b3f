import { type CsvCell, formatCsv } from "@duibi/core";
import type { TextColumn } from "./textTable.js";

/** A table for --format csv: cells are text or numbers, so the writer knows which is which. */
export interface CsvTable {
  columns: readonly TextColumn[];
  rows: readonly Record<string, CsvCell>[];
}

/**
 * Renders a table as RFC 4180 CSV: a header of column keys (stable for
 * scripts, unlike the display headers), then the rows. Title and notes are
 * left out. Cells go through core's one CSV writer (`formatCsv`): text that a
 * spreadsheet would run as a formula gets a leading `'`; numbers such as -1.4
 * are written as numbers.
 *
 * @param table - the table
 * @returns the CSV text (CRLF line ends)
 * @example
 * renderCsv({ columns: [{ key: "region", header: "地区" }], rows: [{ region: "武隆区" }] }); // => "region\r\n武隆区\r\n"
 */
export function renderCsv(table: CsvTable): string {
  return formatCsv([table.columns.map((c) => c.key), ...table.rows.map((r) => table.columns.map((c) => r[c.key]))]);
}
