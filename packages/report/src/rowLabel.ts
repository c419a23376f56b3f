import { indicatorDisplayName, type Measure, measureLabel } from "@duibi/core";
import type { ReportLang } from "./model.js";

/**
 * A row's name for readers: the indicator's zh or en name plus the measure
 * (地区生产总值 for the level, 地区生产总值增速 for growth). Unregistered ids show the name as written, unknown ids as given.
 * @param indicator - an indicator id (gdp)
 * @param measure - the row's measure
 * @param lang - the report language
 * @returns the label
 * @example
 * rowLabel("gdp", "growth", "zh"); // => "地区生产总值增速"
 */
export function rowLabel(indicator: string, measure: Measure, lang: ReportLang): string {
  const name = indicatorDisplayName(indicator, lang);
  const suffix = measureLabel(measure, lang);
  // 第一产业增加值占GDP比重 already says it is a share.
  if (suffix === "" || (measure === "share" && /比重|占比|share/i.test(name))) return name;
  return lang === "zh" ? `${name}${suffix}` : `${name}, ${suffix}`;
}

/**
 * An English indicator name as it reads mid-sentence: "Gross domestic product" becomes
 * "gross domestic product"; acronyms ("GDP", "CPI") and Chinese names stay as they are.
 * @param name - a row label
 * @returns the label for use inside a sentence
 * @example
 * inSentence("Gross domestic product"); // => "gross domestic product"
 */
export function inSentence(name: string): string {
  return /^[A-Z][a-z]/.test(name) ? `${name.charAt(0).toLowerCase()}${name.slice(1)}` : name;
}
