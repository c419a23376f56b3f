import { checkArgs } from "../errors/checkArgs.js";
import type { Bounds, Qualifier } from "../schema/observation.js";
import { type PresentLang, qualifierLabel, wordsOf } from "./labels.js";

/**
 * Formats a number for a reader. The one rounding rule of duibi: at most 2 decimals
 * for values whose magnitude is ≥ 1 and 4 below (0.8477亿元 keeps its digits), trailing
 * zeros dropped, floating-point noise (92.05479452054794) rounded away, −0 shown as 0,
 * a typographic minus (−), no digit grouping.
 * @param value - a finite number
 * @returns the digits
 * @example
 * formatNumber(336 / 365 * 100); // => "92.05"
 * formatNumber(0.8477);          // => "0.8477"
 * formatNumber(-0.5);            // => "−0.5"
 */
export function formatNumber(value: number): string {
  if (typeof value !== "number") checkArgs({ value: [value, "number"] });
  const decimals = Math.abs(value) >= 1 ? 2 : 4;
  const rounded = Number(value.toFixed(decimals));
  if (rounded === 0) return "0";
  // A typographic minus: "-" is a hyphen and breaks lines in CJK text.
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
 * A unit as written after a number: "%" and Chinese units attach directly; other units
 * take a space in English, and "个百分点" becomes "pp".
 * @param unit - a unit id from the registry
 * @param lang - "zh" or "en"
 * @returns the unit text
 * @example
 * unitText("个百分点", "en"); // => " pp"
 */
export function unitText(unit: string, lang: PresentLang): string {
  if (typeof unit !== "string") checkArgs({ unit: [unit, "string"] });
  wordsOf(lang);
  if (unit === "个百分点") return lang === "zh" ? "个百分点" : " pp";
  if (unit === "" || unit === "%" || lang === "zh" || /^[^\x00-\x7f]/.test(unit)) return unit;
  return ` ${unit}`;
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
