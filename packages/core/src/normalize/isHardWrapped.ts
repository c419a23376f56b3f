/** Characters that end a line on purpose: a sentence, a clause list, a heading in brackets. */
const TERMINAL = new Set([..."。！？；：”…!?;:）)】」"]);

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
  let lines = 0;
  let wrapped = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text.charCodeAt(i) !== 0x0a) continue;
    const line = text.slice(start, i).trim();
    start = i + 1;
    if (line === "") continue;
    lines++;
    const last = line[line.length - 1] ?? "";
    if (line.length >= 6 && line.length <= 40 && !TERMINAL.has(last)) wrapped++;
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
  return HEADING.test(text.slice(i, i + 8));
}

const HEADING =
  /^(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|第[一二三四五六七八九十]{1,3}[章节部分]|\d{1,2}[.、．])/;
