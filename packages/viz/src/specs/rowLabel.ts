import type { Measure } from "@duibi/core";
import { locale } from "../theme/locale.js";
import { indicatorName, unitLabel } from "../theme/lookup.js";
import type { ChartLang } from "../types.js";

/**
 * A row's label with its unit: "地区生产总值增速（%）", "GDP growth (%)".
 *
 * @param indicator - Indicator id.
 * @param measure - The row's measure.
 * @param unit - The unit of the row's values.
 * @param lang - Label language.
 * @returns The label.
 * @example
 * rowLabel("gdp", "level", "亿元", "zh"); // => "地区生产总值（亿元）"
 */
export function rowLabel(indicator: string, measure: Measure, unit: string, lang: ChartLang): string {
  const words = locale(lang);
  return words.unitInTitle(indicatorName(indicator, lang) + words.measureSuffix[measure], unitLabel(unit, lang));
}
