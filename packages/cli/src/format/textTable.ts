/** A column of a printed table. */
export interface TextColumn {
  /** Key into each row. */
  key: string;
  /** Header text. */
  header: string;
  /** "right" for numbers; default "left". */
  align?: "left" | "right";
}

/**
 * A table ready to print as text, Markdown or CSV: columns, rows of strings
 * keyed by column, and notes printed under it (text and Markdown only).
 * Commands build one and hand it to `writeOutput`.
 */
export interface TextTable {
  columns: TextColumn[];
  rows: Record<string, string>[];
  /** A line printed above the table (text and Markdown). */
  title?: string;
  /** Lines printed under the table (text and Markdown). */
  notes?: string[];
}
