import { type Direction, findIndicator, getRegion, indicatorDisplayName, unitName } from "@duibi/core";
import type { ChartLang } from "../types.js";

/**
 * An indicator's name in the chart language, from the registry; the name as
 * written for an unregistered figure; the id otherwise (see `indicatorDisplayName`).
 *
 * @param id - Indicator id such as "gdp".
 * @param lang - "zh" or "en".
 * @returns "地区生产总值" / "GDP".
 * @example
 * indicatorName("gdp", "zh"); // => "地区生产总值"
 */
export function indicatorName(id: string, lang: ChartLang = "zh"): string {
  return indicatorDisplayName(id, lang);
}

/**
 * Whether higher or lower values of an indicator are better, from the registry.
 *
 * @param id - Indicator id.
 * @returns "higher", "lower" or "neutral" (also for unknown ids).
 * @example
 * indicatorDirection("unemployment.surveyed"); // => "lower"
 */
export function indicatorDirection(id: string): Direction {
  return findIndicator(id)?.direction ?? "neutral";
}

/**
 * A unit as a chart shows it: core's {@link unitName} (as written in Chinese, the unit table's English name in English).
 *
 * @param unit - Unit id (亿元, %, 个百分点 …).
 * @param lang - "zh" or "en".
 * @returns The label.
 * @example
 * unitLabel("个百分点", "en"); // => "pp"
 */
export function unitLabel(unit: string, lang: ChartLang = "zh"): string {
  return unitName(unit, lang);
}

/**
 * A region's name for labels: the registry's full name (武隆区), else the given fallback, else the code.
 *
 * @param code - GB/T 2260 code.
 * @param fallback - A name already known (from a table or dataset).
 * @returns The name.
 * @example
 * regionName("500156"); // => "武隆区"
 */
export function regionName(code: string, fallback?: string): string {
  return fallback ?? getRegion(code)?.name ?? code;
}
