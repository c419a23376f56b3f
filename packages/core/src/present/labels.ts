import type { Verdict } from "../schema/comparison.js";
import type { Kind, Measure, Qualifier } from "../schema/observation.js";
import { catalog } from "./catalog.js";

/** The language duibi writes in: Chinese or English. */
export type PresentLang = "zh" | "en";

/**
 * The word for a comparability verdict.
 * @param verdict - the row's verdict
 * @param lang - "zh" or "en"
 * @returns its label
 * @example
 * verdictLabel("partial", "zh"); // => "部分缺失"
 */
export function verdictLabel(verdict: Verdict, lang: PresentLang): string {
  return catalog[lang].verdicts[verdict];
}

/**
 * The words of a figure's hedge, without the number ("" for exact figures and ranges).
 * @param qualifier - the figure's qualifier
 * @param lang - "zh" or "en"
 * @returns the hedge
 * @example
 * qualifierLabel("more_than", "zh"); // => "超过"
 */
export function qualifierLabel(qualifier: Qualifier, lang: PresentLang): string {
  return catalog[lang].qualifiers[qualifier].text;
}

/**
 * The suffix a measure adds to an indicator's name ("增速", "growth"; "" for levels, rates, counts, ratios).
 * @param measure - the measure
 * @param lang - "zh" or "en"
 * @returns the suffix, without spacing
 * @example
 * measureLabel("growth", "zh"); // => "增速"
 */
export function measureLabel(measure: Measure, lang: PresentLang): string {
  return catalog[lang].measures[measure];
}

/**
 * The word for a figure's kind (实际, 预计, 目标).
 * @param kind - actual, estimate or target
 * @param lang - "zh" or "en"
 * @returns its label
 * @example
 * kindLabel("target", "en"); // => "target"
 */
export function kindLabel(kind: Kind, lang: PresentLang): string {
  return catalog[lang].kinds[kind];
}
