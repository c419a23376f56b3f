import { checkArgs } from "../errors/checkArgs.js";

/**
 * Folds one character the way reports need before matching: NFKC for the
 * compatibility blocks (full-width digits, ％, ．, Kangxi radicals that PDF
 * extraction emits for 高/长/门), ASCII punctuation to its Chinese form, and
 * zero-width characters and Markdown's `*` to nothing.
 *
 * Only the blocks where NFKC changes something useful are touched: NFKC on
 * every character is slow and would turn … into "..." and ① into "1" (a list
 * marker must not become a number).
 *
 * @param ch - one code point (one or two UTF-16 code units)
 * @returns the folded string: usually one character, "" for zero-width ones
 * @example
 * foldChar("５"); // => "5"
 * foldChar("％"); // => "%"
 * foldChar(",");  // => "，"
 */
export function foldChar(ch: string): string {
  if (typeof ch !== "string") checkArgs({ ch: [ch, "string"] }); // hot: once per character
  const code = ch.codePointAt(0) ?? 0;
  // Zero-width characters, and the * of Markdown emphasis (**一、2009年工作回顾**) that web captures keep.
  if (code === 0x200b || code === 0x200c || code === 0x200d || code === 0xfeff || code === 0xad || code === 0x2a)
    return "";
  let out = ch;
  if (
    (code >= 0xff01 && code <= 0xffef) ||
    code === 0x3000 ||
    code === 0xa0 ||
    (code >= 0x2f00 && code <= 0x2fdf) ||
    (code >= 0xf900 && code <= 0xfaff)
  ) {
    out = ch.normalize("NFKC");
  }
  return ASCII_TO_CJK[out] ?? out;
}

/**
 * One punctuation style for matching: the Chinese one, since 、。“” have no
 * ASCII form anyway. `:` and `,` are restored between digits later (2.3:1, 1,179).
 */
const ASCII_TO_CJK: Readonly<Record<string, string>> = {
  ",": "，",
  ";": "；",
  ":": "：",
  "(": "（",
  ")": "）",
  "!": "！",
  "?": "？",
};
