import type { Qualifier } from "@duibi/core";

/**
 * Symbols for qualifiers: ≥ 以上/不低于 (at_least), ≈ 左右 (about), ≤ 以内/控制在
 * (at_most), > 突破/超过/逾/余 (more_than), ≲ 近 (nearly: close to, not above),
 * none for exact figures. Ranges print as `low–high` instead.
 */
export const QUALIFIER_SYMBOLS: Record<Qualifier, string> = {
  exact: "",
  at_least: "≥",
  about: "≈",
  at_most: "≤",
  more_than: ">",
  nearly: "≲",
  range: "",
};

/**
 * A difference for reading: {@link formatValue} with a "+" before a positive number.
 *
 * @param value - the difference (个百分点 …)
 * @returns its text
 * @example
 * formatSignedValue(0.5); // => "+0.5"
 * formatSignedValue(-2.1); // => "-2.1"
 */
export function formatSignedValue(value: number): string {
  return `${value > 0 ? "+" : ""}${formatValue(value)}`;
}

/**
 * A number for reading: integers as they are, at most two decimals from 1
 * up, at most four below (0.8477亿元 keeps its digits), trailing zeros dropped
 * (the same rule as the report's figures).
 *
 * @param value - the number
 * @returns its text
 * @example
 * formatValue(92.05479452); // => "92.05"
 * formatValue(0.8477); // => "0.8477"
 * formatValue(273.46); // => "273.46"
 */
export function formatValue(value: number): string {
  if (Number.isInteger(value)) return String(value);
  const digits = Math.abs(value) >= 1 ? 2 : 4;
  const text = value.toFixed(digits).replace(/\.?0+$/, "");
  return text === "-0" ? "0" : text;
}

/**
 * A stated figure with its qualifier and unit: `≥7%`, `0.8477亿元`, `6–6.5%`.
 *
 * @param cell - value, unit, qualifier and (for ranges) bounds
 * @returns the text
 * @example
 * formatFigure({ value: 3000, unit: "人", qualifier: "at_least" }); // => "≥3000人"
 * formatFigure({ value: 6.25, unit: "%", qualifier: "range", bounds: { low: 6, high: 6.5 } }); // => "6–6.5%"
 */
export function formatFigure(cell: {
  value: number;
  unit: string;
  qualifier: Qualifier;
  bounds?: { low: number; high: number } | undefined;
}): string {
  if (cell.qualifier === "range" && cell.bounds) {
    return `${formatValue(cell.bounds.low)}–${formatValue(cell.bounds.high)}${cell.unit}`;
  }
  return `${QUALIFIER_SYMBOLS[cell.qualifier]}${formatValue(cell.value)}${cell.unit}`;
}
