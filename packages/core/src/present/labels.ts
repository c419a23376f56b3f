import { duibiError } from "../errors/catalog.js";
import type { Verdict } from "../schema/comparison.js";
import type { Kind, Measure, Qualifier } from "../schema/observation.js";
import { catalog, type OutcomeVerdict, QUALIFIER_SYMBOLS } from "./catalog.js";

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
  return word(lang, "verdicts", "verdict", verdict);
}

/**
 * The words of a target attainment verdict.
 * @param verdict - met, missed, not_comparable or incomplete
 * @param lang - "zh" or "en"
 * @returns the label
 * @throws DuibiError `invalid_argument` for another verdict or language
 * @example
 * outcomeLabel("met", "zh"); // => "完成"
 */
export function outcomeLabel(verdict: OutcomeVerdict, lang: PresentLang): string {
  return word(lang, "outcomes", "verdict", verdict);
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
  return word(lang, "qualifiers", "qualifier", qualifier).text;
}

/**
 * A qualifier as one symbol for compact columns (≥ for 以上, ≈ 左右, ≤ 以内, > 超过, ≲ 近;
 * "" for exact figures and ranges). Text for readers uses {@link qualifierLabel}'s words.
 * @param qualifier - the figure's qualifier
 * @returns the symbol
 * @throws DuibiError `invalid_argument` for an unknown qualifier
 * @example
 * qualifierSymbol("at_least"); // => "≥"
 */
export function qualifierSymbol(qualifier: Qualifier): string {
  qualifierLabel(qualifier, "zh");
  return QUALIFIER_SYMBOLS[qualifier];
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
  return word(lang, "measures", "measure", measure);
}

/**
 * A measure's own name, as a table column of measures shows it ("总量", "增速"; "level", "growth").
 * @param measure - the measure
 * @param lang - "zh" or "en"
 * @returns its name
 * @example
 * measureName("level", "zh"); // => "总量"
 */
export function measureName(measure: Measure, lang: PresentLang): string {
  return word(lang, "measureNames", "measure", measure);
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
  return word(lang, "kinds", "kind", kind);
}

/**
 * The catalog's words for a language, refusing a language other than zh/en with a DuibiError.
 * @internal
 */
export function wordsOf(lang: unknown): (typeof catalog)["zh"] {
  if (lang !== "zh" && lang !== "en") {
    throw duibiError(
      "invalid_argument",
      { name: "lang", expected: '"zh" or "en"', got: typeof lang === "string" ? JSON.stringify(lang) : typeof lang },
      { where: "lang" },
    );
  }
  return catalog[lang] as (typeof catalog)["zh"];
}

/** One entry of a catalog table, or a DuibiError naming the argument and what it may be. */
function word<T extends "verdicts" | "outcomes" | "qualifiers" | "measures" | "measureNames" | "kinds">(
  lang: unknown,
  table: T,
  name: string,
  key: unknown,
): (typeof catalog)["zh"][T][keyof (typeof catalog)["zh"][T]] {
  const entries = wordsOf(lang)[table];
  if (typeof key !== "string" || !Object.hasOwn(entries, key)) {
    throw duibiError(
      "invalid_argument",
      {
        name,
        expected: Object.keys(entries)
          .map((k) => JSON.stringify(k))
          .join(", "),
        got: typeof key === "string" ? JSON.stringify(key) : typeof key,
      },
      { where: name },
    );
  }
  return entries[key as keyof typeof entries];
}
