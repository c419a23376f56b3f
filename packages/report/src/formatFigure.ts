import type { Bounds, Qualifier } from "@duibi/core";
import { labels } from "./labels.js";
import type { ReportLang } from "./model.js";

/**
 * Formats a number for a reader: at most 2 decimals for values ≥ 1 and 4 below
 * (0.8477亿元 must keep its digits), trailing zeros dropped, floating-point noise
 * (92.05479452054794) rounded away, −0 shown as 0.
 * @param value - a finite number
 * @returns the digits
 * @example
 * formatNumber(273.46);            // => "273.46"
 * formatNumber(336 / 365 * 100);   // => "92.05"
 * formatNumber(0.8477);            // => "0.8477"
 * formatNumber(-0.5);              // => "−0.5"
 */
export function formatNumber(value: number): string {
  const decimals = Math.abs(value) >= 1 ? 2 : 4;
  const rounded = Number(value.toFixed(decimals));
  if (rounded === 0) return "0";
  // A typographic minus: "-" is a hyphen and breaks lines in CJK text.
  return rounded < 0 ? `−${String(-rounded)}` : String(rounded);
}

/**
 * Formats a signed difference: "+1", "−1.4" (a real minus sign), "0".
 * @param value - the difference
 * @returns the signed digits
 * @example
 * formatSigned(-1.4); // => "−1.4"
 */
export function formatSigned(value: number): string {
  const digits = formatNumber(value);
  if (digits === "0") return "0";
  return value > 0 ? `+${digits}` : digits;
}

/**
 * Formats a figure the way the report states it: the value, its unit and its hedge
 * (6.5%以上, 7%左右, 近100亿元, 6%–6.5%).
 * @param figure - value, unit, qualifier and bounds (for ranges)
 * @param lang - "zh" writes the hedge as the reports do; "en" in words
 * @returns the figure as text
 * @example
 * formatFigure({ value: 6.5, unit: "%", qualifier: "at_least" }, "zh"); // => "6.5%以上"
 * formatFigure({ value: 7, unit: "%", qualifier: "about" }, "en");      // => "about 7%"
 */
export function formatFigure(
  figure: { value: number; unit: string; qualifier: Qualifier; bounds?: Bounds | undefined },
  lang: ReportLang,
): string {
  const withUnit = (v: number) => `${formatNumber(v)}${unitText(figure.unit, lang)}`;
  if (figure.qualifier === "range" && figure.bounds !== undefined) {
    return `${formatNumber(figure.bounds.low)}–${withUnit(figure.bounds.high)}`;
  }
  const text = withUnit(figure.value);
  const hedge = labels(lang).qualifiers[figure.qualifier];
  if (hedge === "") return text;
  if (lang === "zh")
    return figure.qualifier === "more_than" || figure.qualifier === "nearly" ? hedge + text : text + hedge;
  return figure.qualifier === "at_least" ? `${text} ${hedge}` : `${hedge} ${text}`;
}

/**
 * A unit as written after a number: "%" and Chinese units attach directly; in English
 * "个百分点" becomes "pp".
 * @param unit - a unit id from the registry
 * @param lang - the report language
 * @returns the unit text
 * @example
 * unitText("个百分点", "en"); // => " pp"
 */
export function unitText(unit: string, lang: ReportLang): string {
  if (unit === "个百分点") return lang === "zh" ? "个百分点" : " pp";
  if (unit === "" || unit === "%" || lang === "zh" || /^[^\x00-\x7f]/.test(unit)) return unit;
  return ` ${unit}`;
}

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
