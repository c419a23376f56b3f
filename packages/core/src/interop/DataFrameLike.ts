/**
 * The part of a danfojs DataFrame that duibi reads and returns. A
 * `danfojs-node` `DataFrame` satisfies it; duibi's public types name this
 * shape instead of danfojs's own so that `@duibi/core` type-checks without
 * danfojs-node installed. Narrow it when you need the full API:
 *
 * @example
 * import type { DataFrame } from "danfojs-node";
 * const df = (await toDataFrame(table)) as DataFrame;
 * df.print();
 */
export interface DataFrameLike {
  /** Column names, in order. */
  readonly columns: string[];
  /** Rows, each an array of cells in column order. */
  readonly values: readonly unknown[];
  /** [rows, columns]. */
  readonly shape: readonly number[];
}
