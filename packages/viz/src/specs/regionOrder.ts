/**
 * Region codes in the one order every chart of a report lists its regions in: the
 * codes of `order` first, in that order (the user's), then any others by code.
 * Codes of `order` the chart does not show are skipped.
 *
 * @param codes - The chart's region codes (any order, each once).
 * @param order - The report's regions in the user's order (`regionOrder`), if given.
 * @returns The codes in display order.
 * @example
 * orderCodes(["500101", "500156", "110101"], ["500156"]); // => ["500156", "110101", "500101"]
 */
export function orderCodes(codes: readonly string[], order: readonly string[] | undefined): string[] {
  const at = new Map((order ?? []).map((code, i) => [code, i]));
  const rank = (code: string) => at.get(code) ?? Number.POSITIVE_INFINITY;
  return [...new Set(codes)].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}
