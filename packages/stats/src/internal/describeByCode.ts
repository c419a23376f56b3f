import { checkArgs, duibiError, type PresentLang, type RegionNames } from "@duibi/core";

/** Per code, a function wording a fact of that code (region names to word its codes with); one table per language. */
export type Wording<T extends { code: string }> = {
  [C in T["code"]]: (fact: Extract<T, { code: C }>, names?: RegionNames) => string;
};

/**
 * One fact keyed by `code` in the caller's language: checks the language and the code, then
 * words it from the language's table. Attainment notes and skip reasons both go through it,
 * so that every coded fact of the package is checked and worded one way.
 * @throws DuibiError invalid_argument for a language other than zh/en or an unknown code
 * @example
 * describeByCode({ zh: { overflow: () => "溢出" }, en: { overflow: () => "overflow" } }, { code: "overflow" }, "zh", "reason");
 * // => "溢出"
 */
export function describeByCode<T extends { code: string }>(
  words: { zh: Wording<T>; en: Wording<T> },
  fact: T,
  lang: PresentLang,
  name: string,
  names?: RegionNames,
): string {
  checkArgs({ [name]: [fact, { code: "string" }], lang: [lang, "string"] });
  if (lang !== "zh" && lang !== "en") {
    throw duibiError(
      "invalid_argument",
      { name: "lang", expected: '"zh" or "en"', got: JSON.stringify(lang) },
      { where: "lang" },
    );
  }
  const table = words[lang];
  if (!Object.hasOwn(table, fact.code)) {
    throw duibiError(
      "invalid_argument",
      { name: `${name}.code`, expected: Object.keys(table).join(", "), got: JSON.stringify(fact.code) },
      { where: `${name}.code` },
    );
  }
  return (table[fact.code as T["code"]] as (f: T, n?: RegionNames) => string)(fact, names);
}
