import type { TextTable } from "./textTable.js";

/**
 * Renders a table as a GitHub-flavoured Markdown table, with the title as a
 * paragraph above and the notes as a list below. Pipes in cells are escaped.
 *
 * @param table - the table
 * @returns the Markdown, ending in a newline
 * @example
 * renderMarkdown({ columns: [{ key: "r", header: "地区" }, { key: "v", header: "增速", align: "right" }], rows: [{ r: "武隆区", v: "5.5%" }] });
 * // => "| 地区 | 增速 |\n| --- | ---: |\n| 武隆区 | 5.5% |\n"
 */
export function renderMarkdown(table: TextTable): string {
  const row = (cells: string[]) => `| ${cells.map(escapeCell).join(" | ")} |`;
  const lines = [
    ...(table.title ? [table.title, ""] : []),
    row(table.columns.map((c) => c.header)),
    `| ${table.columns.map((c) => (c.align === "right" ? "---:" : "---")).join(" | ")} |`,
    ...table.rows.map((r) => row(table.columns.map((c) => r[c.key] ?? ""))),
    ...(table.notes && table.notes.length > 0 ? ["", ...table.notes.map((n) => `- ${escapeText(n)}`)] : []),
  ];
  return `${lines.join("\n")}\n`;
}

function escapeCell(text: string): string {
  return escapeText(text)
    .replace(/\|/g, "\\|")
    .replace(/\s*[\r\n]+\s*/g, " ");
}

function escapeText(text: string): string {
  // a leading * or _ would start emphasis
  return text.replace(/^([*_])/, "\\$1");
}
