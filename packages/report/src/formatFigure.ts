import { formatNumber } from "@duibi/core";

export { formatFigure, formatNumber, formatSigned, unitText } from "@duibi/core";

/**
 * Formats a ratio for reading: two decimals ("0.23"), enough to compare sizes.
 * @param value - a ratio such as value ÷ reference
 * @returns the digits
 * @example
 * formatRatio(273.46 / 1179.4); // => "0.23"
 */
export function formatRatio(value: number): string {
  const rounded = Number(value.toFixed(2));
  return rounded === 0 ? formatNumber(value) : formatNumber(rounded);
}
