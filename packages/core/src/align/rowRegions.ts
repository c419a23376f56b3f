import { checkArgs } from "../errors/checkArgs.js";
import type { ComparisonRow } from "../schema/comparison.js";

/**
 * The region codes that state a comparison row (a non-null cell), by region code.
 * A row is compared among these; the others are {@link missingRegions}.
 *
 * @param row - a row of `align`'s table
 * @returns region codes with a figure on the row
 * @example
 * statedRegions({ ...row, cells: { "500156": cell, "500101": null } }); // => ["500156"]
 */
export function statedRegions(row: Pick<ComparisonRow, "cells">): string[] {
  checkArgs({ row: [row, { cells: "object" }] });
  return Object.keys(row.cells).filter((code) => row.cells[code] != null);
}

/**
 * The region codes a comparison row lacks (a null cell), by region code: the
 * regions the row's note names as missing. They never change the verdict of the others.
 *
 * @param row - a row of `align`'s table
 * @returns region codes without a figure on the row
 * @example
 * missingRegions({ ...row, cells: { "500156": cell, "500101": null } }); // => ["500101"]
 */
export function missingRegions(row: Pick<ComparisonRow, "cells">): string[] {
  checkArgs({ row: [row, { cells: "object" }] });
  return Object.keys(row.cells).filter((code) => row.cells[code] == null);
}
