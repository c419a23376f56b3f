import { padWidth, stringWidth } from "./stringWidth.js";
import type { TextTable } from "./textTable.js";

/**
 * Renders a table as aligned plain text: columns padded to their widest cell
 * (CJK counted as two columns), separated by two spaces, a dashed rule under
 * the header, no trailing spaces.
 *
 * @param table - the table
 * @returns the text, ending in a newline
 * @example
 * renderText({ columns: [{ key: "r", header: "地区" }, { key: "v", header: "增速", align: "right" }], rows: [{ r: "武隆区", v: "5.5%" }] });
 * // => "地区    增速\n------  ----\n武隆区  5.5%\n"
 */
export function renderText(table: TextTable): string {
  const widths = table.columns.map((c) =>
    Math.max(stringWidth(c.header), ...table.rows.map((row) => stringWidth(flat(row[c.key] ?? "")))),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => padWidth(cell, widths[i]!, table.columns[i]!.align))
      .join("  ")
      .trimEnd();
  const lines = [
    ...(table.title ? [table.title, ""] : []),
    line(table.columns.map((c) => c.header)),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...table.rows.map((row) => line(table.columns.map((c) => flat(row[c.key] ?? "")))),
    ...(table.notes && table.notes.length > 0 ? ["", ...table.notes] : []),
  ];
  return `${lines.join("\n")}\n`;
}

/** A cell holds one line: line breaks in a quote would break the grid. */
function flat(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ");
}
