import { checkArgs } from "../errors/checkArgs.js";
import { findUnit } from "../registry/units.js";
import type { Bounds, Qualifier } from "../schema/observation.js";
import { type PresentLang, qualifierLabel, wordsOf } from "./labels.js";

/**
 * Formats a number for a reader. The one rounding rule of duibi: at most 2 decimals
 * for values whose magnitude is ≥ 1 and 4 below (0.8477亿元 keeps its digits), trailing
 * zeros dropped, floating-point noise (92.05479452054794) rounded away, −0 shown as 0,
 * a typographic minus (−), no digit grouping. Tables, charts, Markdown, summaries and
 * the CLI all write stated figures with it.
 * @param value - a finite number
 * @returns the digits
 * @example
 * formatNumber(336 / 365 * 100); // => "92.05"
 * formatNumber(0.8477);          // => "0.8477"
 * formatNumber(-0.5);            // => "−0.5"
 */
export function formatNumber(value: number): string {
  if (typeof value !== "number") checkArgs({ value: [value, "number"] });
  return digitsOf(Number(value.toFixed(Math.abs(value) >= 1 ? 2 : 4)));
}

/**
 * Formats a derived number (a score, a share, a weight) to at most `decimals` decimals,
 * with {@link formatNumber}'s writing: trailing zeros dropped, −0 as 0, a typographic
 * minus. Stated figures use {@link formatNumber}, not this: their digits are not cut.
 * @param value - a finite number
 * @param decimals - the most decimals to keep, 0 to 100
 * @returns the digits
 * @throws DuibiError `invalid_argument` for decimals that are not an integer 0..100
 * @example
 * formatRounded(0.61234, 3); // => "0.612"
 * formatRounded(12.5, 0);    // => "13"
 */
export function formatRounded(value: number, decimals: number): string {
  checkArgs({ value: [value, "number"], decimals: [decimals, "integer 0..100"] });
  return digitsOf(Number(value.toFixed(decimals)));
}

/**
 * Formats a fraction as a percentage with {@link formatRounded}: 0.42 → "42%". For
 * derived shares (rank probabilities, coverage, weights), not for stated rates.
 * @param fraction - a fraction, 1 = 100%
 * @param decimals - the most decimals of the percentage, default 0
 * @returns the percentage
 * @example
 * formatPercent(0.4166); // => "42%"
 * formatPercent(0.125, 1); // => "12.5%"
 */
export function formatPercent(fraction: number, decimals = 0): string {
  checkArgs({ fraction: [fraction, "number"], decimals: [decimals, "integer 0..100"] });
  return `${formatRounded(fraction * 100, decimals)}%`;
}

/**
 * Formats a ratio for reading: two decimals ("0.23"), enough to compare sizes; a ratio
 * that two decimals would show as 0 keeps {@link formatNumber}'s four.
 * @param value - a ratio such as value ÷ reference
 * @returns the digits
 * @example
 * formatRatio(273.46 / 1179.4); // => "0.23"
 * formatRatio(0.0042);          // => "0.0042"
 */
export function formatRatio(value: number): string {
  if (typeof value !== "number") checkArgs({ value: [value, "number"] });
  const rounded = Number(value.toFixed(2));
  return rounded === 0 ? formatNumber(value) : digitsOf(rounded);
}

/** Digits of an already rounded number: −0 as 0, a typographic minus ("-" is a hyphen and breaks lines in CJK text). */
function digitsOf(rounded: number): string {
  if (rounded === 0) return "0";
  return rounded < 0 ? `−${String(-rounded)}` : String(rounded);
}

/**
 * Formats a signed difference with {@link formatNumber}'s rule: "+1", "−1.4", "0".
 * @param value - the difference
 * @returns the signed digits
 * @example
 * formatSigned(1.4); // => "+1.4"
 */
export function formatSigned(value: number): string {
  if (typeof value !== "number") checkArgs({ value: [value, "number"] });
  const digits = formatNumber(value);
  if (digits === "0") return "0";
  return value > 0 ? `+${digits}` : digits;
}

/**
 * Formats a difference with its unit: {@link formatSigned}'s digits, then {@link unitText}
 * ("+1.4个百分点", "−20.5亿元", "+1.4 pp").
 * @param value - the difference
 * @param unit - its unit id (or a unit as a chart writes it)
 * @param lang - "zh" or "en"
 * @returns the signed figure
 * @example
 * formatDifference(1.4, "个百分点", "zh"); // => "+1.4个百分点"
 * formatDifference(-1.4, "个百分点", "en"); // => "−1.4 pp"
 */
export function formatDifference(value: number, unit: string, lang: PresentLang): string {
  return `${formatSigned(value)}${unitText(unit, lang)}`;
}

/**
 * A unit's name in the reader's language: as written in Chinese; in English the unit table's
 * English name ("100m yuan"), "pp" for 个百分点, and a unit the table lacks as written.
 * @param unit - a unit id from the registry
 * @param lang - "zh" or "en"
 * @returns the unit's name
 * @example
 * unitName("亿元", "en"); // => "100m yuan"
 */
export function unitName(unit: string, lang: PresentLang): string {
  if (typeof unit !== "string") checkArgs({ unit: [unit, "string"] });
  wordsOf(lang);
  if (lang === "zh" || unit === "" || unit === "%") return unit;
  if (unit === "个百分点") return "pp";
  return findUnit(unit)?.en ?? unit;
}

/**
 * A unit as written after a number ({@link unitName}): "%" and Chinese units attach
 * directly; English names take a space.
 * @param unit - a unit id from the registry
 * @param lang - "zh" or "en"
 * @returns the unit text
 * @example
 * unitText("个百分点", "en"); // => " pp"
 * unitText("亿元", "zh");     // => "亿元"
 */
export function unitText(unit: string, lang: PresentLang): string {
  const name = unitName(unit, lang);
  if (name === "" || name === "%" || lang === "zh" || /^[^\x00-\x7f]/.test(name)) return name;
  return ` ${name}`;
}

/**
 * Formats a stated figure: the number ({@link formatNumber}'s rule), its unit and its
 * hedge, as tables, charts, Markdown and summaries show it (6.5%以上, 超过100亿元, 6–6.5%).
 * @param value - the figure's value (a range's midpoint)
 * @param unit - its unit id
 * @param qualifier - its hedge
 * @param lang - "zh" writes the hedge as the reports do; "en" in words
 * @param bounds - a range's low and high ends (qualifier "range")
 * @returns the figure as text
 * @example
 * formatFigure(6.5, "%", "at_least", "zh"); // => "6.5%以上"
 * formatFigure(7, "%", "about", "en");      // => "about 7%"
 */
export function formatFigure(
  value: number,
  unit: string,
  qualifier: Qualifier,
  lang: PresentLang,
  bounds?: Bounds | undefined,
): string {
  if (typeof value !== "number" || typeof unit !== "string" || (bounds !== undefined && typeof bounds !== "object")) {
    checkArgs({ value: [value, "number"], unit: [unit, "string"], "bounds?": [bounds, "object"] });
  }
  qualifierLabel(qualifier, lang);
  const withUnit = (v: number) => `${formatNumber(v)}${unitText(unit, lang)}`;
  if (qualifier === "range" && bounds !== undefined) {
    return `${formatNumber(bounds.low)}–${withUnit(bounds.high)}`;
  }
  const text = withUnit(value);
  const hedge = wordsOf(lang).qualifiers[qualifier];
  if (hedge.text === "") return text;
  const space = lang === "zh" ? "" : " ";
  return hedge.place === "before" ? `${hedge.text}${space}${text}` : `${text}${space}${hedge.text}`;
}
