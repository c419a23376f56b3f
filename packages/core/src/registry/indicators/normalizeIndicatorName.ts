import { checkArgs } from "../../errors/checkArgs.js";

/** Characters that never change what a name means: quotes, dots, spaces. */
const IGNORABLE = /[\s“”‘’"'「」『』《》〈〉·•・]/gu;
/** A bracketed aside: 专家人才（团队）, 下降30个基点（BP）. */
const BRACKETED = /[（(][^（）()]*[）)]/gu;

/**
 * Puts an indicator name into the form aliases are keyed by: NFKC (full-width
 * letters and digits), lower-case Latin (GDP, R&D), no spaces, quotes, middle
 * dots or bracketed asides. The report wording is otherwise kept: 新增 vs 总数,
 * 城区 vs 全区 are meaning, not noise.
 *
 * @param name - the name as written
 * @returns the normalized key
 * @example
 * normalizeIndicatorName(" “四上”企业 "); // => "四上企业"
 * normalizeIndicatorName("ＧＤＰ"); // => "gdp"
 * normalizeIndicatorName("柔性引进专家人才（团队）"); // => "柔性引进专家人才"
 */
export function normalizeIndicatorName(name: string): string {
  if (typeof name !== "string") checkArgs({ name: [name, "string"] }); // hot in extract: the cheap test first
  if (isPlain(name)) return name;
  return cleanName(name).toLowerCase();
}

/**
 * {@link normalizeIndicatorName} with the case of Latin letters kept: the form a name is
 * shown in (占GDP比重, 涉VOCs企业, 劣Ⅴ类 as 劣V类), and the key of an unregistered indicator.
 *
 * @param name - the name as written
 * @returns the name, NFKC, without spaces, quotes, middle dots or bracketed asides
 * @example
 * cleanIndicatorName("占ＧＤＰ比重（现价）"); // => "占GDP比重"
 */
export function cleanIndicatorName(name: string): string {
  if (typeof name !== "string") checkArgs({ name: [name, "string"] });
  return cleanName(name);
}

function cleanName(name: string): string {
  return name.normalize("NFKC").replace(BRACKETED, "").replace(IGNORABLE, "");
}

/**
 * True when normalizing cannot change the name: every unit is a CJK unified ideograph
 * (U+4E00–9FFF: no compatibility decomposition, no case) or printable ASCII other than
 * upper-case letters, space, quotes and brackets (ASCII is NFKC-stable and no two such
 * characters compose). The extractor looks up thousands of such tails per report; this
 * skips the NFKC call and three passes for them.
 */
function isPlain(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff) continue;
    if (code < 0x21 || code > 0x7e) return false;
    if (code >= 0x41 && code <= 0x5a) return false;
    if (code === 0x22 || code === 0x27 || code === 0x28 || code === 0x29) return false;
  }
  return true;
}

/**
 * Folds one character of running text for alias matching, keeping one
 * output character per input character so offsets stay valid.
 *
 * @param ch - one UTF-16 code unit of the text
 * @returns the folded character, or "" when the character is ignorable inside a name
 * @example
 * foldNameChar("Ｇ"); // => "g"
 * foldNameChar("“"); // => ""
 */
export function foldNameChar(ch: string): string {
  if (/^[\s“”‘’"'「」『』《》〈〉·•・]$/u.test(ch)) return "";
  const folded = ch.normalize("NFKC");
  return (folded.length === 1 ? folded : ch).toLowerCase();
}
