/**
 * A lookup from region code to its position in a list: the `sortIndex` field
 * charts sort by (`sort: { field: "sortIndex", op: "min" }`). An explicit sort
 * array of region names would compile to one nested conditional per name, which
 * overflows the stack for thousands of regions.
 *
 * @param codes - Codes in display order.
 * @returns Position per code.
 * @example
 * sortIndex(["500101", "500156"]).get("500156"); // => 1
 */
export function sortIndex(codes: readonly string[]): Map<string, number> {
  return new Map(codes.map((code, i) => [code, i]));
}

/** The sort of a nominal channel by the `sortIndex` field of its data. */
export const BY_SORT_INDEX = { field: "sortIndex", op: "min" } as const;
