import { checkArgs } from "../errors/checkArgs.js";
/** Coarse character classes the normalizer and the extractor decide on. */
export type CharClass = "cjk" | "digit" | "latin" | "space" | "newline" | "other";

/**
 * Classifies one UTF-16 code unit. Surrogates count as CJK: the supplementary
 * planes in these texts are rare ideographs (extension B), never digits.
 *
 * @param code - a UTF-16 code unit (`text.charCodeAt(i)`)
 * @returns its class
 * @example
 * charClass("武".charCodeAt(0)); // => "cjk"
 * charClass("7".charCodeAt(0));  // => "digit"
 */
export function charClass(code: number): CharClass {
  if (typeof code !== "number") checkArgs({ code: [code, "number"] }); // hot: once per character
  if (code >= 0x30 && code <= 0x39) return "digit";
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return "latin";
  if (code === 0x0a || code === 0x0d) return "newline";
  if (code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c || code === 0xa0 || code === 0x3000) {
    return "space";
  }
  if ((code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xd800 && code <= 0xdfff)) {
    return "cjk";
  }
  return "other";
}
