import { checkArgs } from "../errors/checkArgs.js";

/** Characters that end a line on purpose: a sentence, a clause list, a heading in brackets. */
const TERMINAL = new Set([..."。！？；：”…!?;:）)】」"].map((c) => c.charCodeAt(0)));

/** What String.prototype.trim removes: ECMAScript WhiteSpace (Zs included) and LineTerminator. */
function isTrimmed(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * True when a text's line breaks look like a newspaper or PDF column (a break
 * every 15–30 characters, mid-sentence) rather than paragraph ends. Such breaks
 * are removed by {@link normalizeText}; paragraph breaks are kept.
 *
 * Cost: one pass over the text.
 *
 * @param text - the text as read
 * @returns whether a quarter or more of its non-empty lines are short and stop mid-sentence
 * @example
 * isHardWrapped(Array(8).fill("是全面贯彻党的二十大精").join("\n")); // => true
 * isHardWrapped("一、回顾\n实现地区生产总值273.46亿元。"); // => false
 */
export function isHardWrapped(text: string): boolean {
  checkArgs({ text: [text, "string"] });
  let lines = 0;
  let wrapped = 0;
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    // The line as trim() would give it, without slicing: [from, to).
    let from = start;
    let to = end;
    while (from < to && isTrimmed(text.charCodeAt(from))) from++;
    while (to > from && isTrimmed(text.charCodeAt(to - 1))) to--;
    start = end + 1;
    const length = to - from;
    if (length === 0) continue;
    lines++;
    if (length >= 6 && length <= 40 && !TERMINAL.has(text.charCodeAt(to - 1))) wrapped++;
  }
  return lines >= 8 && wrapped / lines >= 0.25;
}

/**
 * True when a line starting at `text[i]` opens a heading or a list item
 * (一、 （三） 第二章 1.), so a line break before it is a real break even in a
 * hard-wrapped text.
 *
 * @param text - normalized text
 * @param i - index of the first character of the line
 * @returns whether the line opens a heading
 * @example
 * startsHeading("二、2024年工作安排", 0); // => true
 */
export function startsHeading(text: string, i: number): boolean {
  checkArgs({ text: [text, "string"], i: [i, "integer"] });
  return HEADING.test(text.slice(i, i + 8));
}

const HEADING =
  /^(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|第[一二三四五六七八九十]{1,3}[章节部分]|\d{1,2}[.、．])/;
