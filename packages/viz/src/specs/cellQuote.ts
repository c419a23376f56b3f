import type { ComparisonTable, Measure } from "@duibi/core";

/**
 * The quoted sentence behind a table cell, for tooltips of charts drawn from stats results.
 *
 * @param table - The comparison table the result came from, if known.
 * @param row - Indicator and measure of the row.
 * @param code - Region code.
 * @returns The quote, or "" without a table or cell.
 * @example
 * cellQuote(table, { indicator: "gdp", measure: "growth" }, "500156"); // => "实现地区生产总值273.46亿元、增长5.5%"
 */
export function cellQuote(
  table: ComparisonTable | undefined,
  row: { indicator: string; measure: Measure },
  code: string,
): string {
  const found = table?.rows.find((r) => r.indicator === row.indicator && r.measure === row.measure);
  return found?.cells[code]?.source.quote ?? "";
}
