import { formatCsv } from "@duibi/core";
import type { TextTable } from "./textTable.js";

/**
 * Renders a table as RFC 4180 CSV: a header of column keys (stable for
 * scripts, unlike the display headers), then the rows. Title and notes are
 * left out.
 *
 * @param table - the table
 * @returns the CSV text (CRLF line ends)
 * @example
 * renderCsv({ columns: [{ key: "region", header: "地区" }], rows: [{ region: "武隆区" }] }); // => "region\r\n武隆区\r\n"
 */
export function renderCsv(table: TextTable): string {
  return formatCsv([
    table.columns.map((c) => c.key),
    ...table.rows.map((r) => table.columns.map((c) => r[c.key] ?? "")),
  ]);
}
