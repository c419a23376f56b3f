import { type CsvTable, renderCsv } from "./renderCsv.js";
import { renderMarkdown } from "./renderMarkdown.js";
import { renderText } from "./renderText.js";
import type { TextTable } from "./textTable.js";

/** The output formats every table command accepts (--format). */
export const OUTPUT_FORMATS = ["table", "json", "csv", "md"] as const;
/** One of {@link OUTPUT_FORMATS}. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** One result in the shapes each format needs. */
export interface Output {
  /** Printed as is (two-space indent) for --format json. */
  json: unknown;
  /** Printed for --format table and md. */
  table: TextTable;
  /** Printed for --format csv; default `table` (long formats usually want their own). */
  csv?: CsvTable;
}

/**
 * Renders a command's result in the chosen format.
 *
 * @param format - table (aligned text), json, csv or md (GitHub table)
 * @param output - the result as JSON and as text tables
 * @returns the text, ending in a newline
 * @example
 * renderOutput("json", { json: { a: 1 }, table }); // => '{\n  "a": 1\n}\n'
 */
export function renderOutput(format: OutputFormat, output: Output): string {
  switch (format) {
    case "json":
      return `${JSON.stringify(output.json, null, 2)}\n`;
    case "csv":
      return renderCsv(output.csv ?? output.table);
    case "md":
      return renderMarkdown(output.table);
    case "table":
      return renderText(output.table);
  }
}

/**
 * Writes a command's result to a stream in the chosen format.
 *
 * @param stream - where to write (the command's stdout)
 * @param format - see {@link renderOutput}
 * @param output - the result
 * @example
 * writeOutput(ctx.stdout, selection.format, { json: table, table: compareTable(table) });
 */
export function writeOutput(stream: { write(chunk: string): unknown }, format: OutputFormat, output: Output): void {
  stream.write(renderOutput(format, output));
}
