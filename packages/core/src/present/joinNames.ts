import { duibiError } from "../errors/catalog.js";
import { checkArgs } from "../errors/checkArgs.js";

/**
 * Joins names into one phrase in the report's own words, for any count: Chinese with 、 and a
 * final 与 (`武隆、万州与涪陵`), English with commas and a final "and" (`Wulong, Wanzhou and
 * Fuling`). One name is itself; none is the empty string. The one list-join of duibi's sentences
 * and titles: a sentence never assumes two regions.
 * @param names - the names, in the order they are to be read
 * @param lang - `"zh"` or `"en"`
 * @returns the phrase
 * @throws DuibiError `invalid_argument` when `names` is not an array of strings or `lang` is not zh/en
 * @example
 * joinNames(["武隆", "万州", "涪陵"], "zh"); // => "武隆、万州与涪陵"
 * joinNames(["Wulong", "Wanzhou"], "en"); // => "Wulong and Wanzhou"
 */
export function joinNames(names: readonly string[], lang: "zh" | "en"): string {
  checkArgs({ names: [names, "string[]"], lang: [lang, "string"] });
  if (lang !== "zh" && lang !== "en") {
    throw duibiError(
      "invalid_argument",
      { name: "lang", expected: '"zh" or "en"', got: JSON.stringify(lang) },
      { where: "lang" },
    );
  }
  if (names.length <= 1) return names[0] ?? "";
  const [last, head] = [names[names.length - 1], names.slice(0, -1)];
  return lang === "zh" ? `${head.join("、")}与${last}` : `${head.join(", ")} and ${last}`;
}
