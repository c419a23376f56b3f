import { formatCsv } from "@duibi/core";
import type { TextTable } from "./textTable.js";

/**
 * Renders a table as RFC 4180 CSV: a header of column keys (stable for
 * scripts, unlike the display headers), then the rows. Title and notes are
 * left out. A text cell that a spreadsheet would run as a formula (it starts
 * with =, +, -, @, tab or CR: a quoted sentence may) gets a leading `'`;
 * numbers such as -1.4 are left as they are.
 *
 * @param table - the table
 * @returns the CSV text (CRLF line ends)
 * @example
 * renderCsv({ columns: [{ key: "region", header: "地区" }], rows: [{ region: "武隆区" }] }); // => "region\r\n武隆区\r\n"
 */
export function renderCsv(table: TextTable): string {
  return formatCsv([
    table.columns.map((c) => c.key),
    ...table.rows.map((r) => table.columns.map((c) => inert(r[c.key] ?? ""))),
  ]);
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell, with a leading `'` when a spreadsheet would read it as a formula (CSV injection). */
function inert(cell: string): string {
  return FORMULA_START.test(cell) && !Number.isFinite(Number(cell)) ? `'${cell}` : cell;
}
