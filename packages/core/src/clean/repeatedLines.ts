import { checkArgs } from "../errors/checkArgs.js";

const MIN_REPEAT = 6;

/**
 * Lines of an OCR or newspaper copy that repeat the line before them (a column
 * or page join printing one line twice): the ranges to leave out. A repeat is a
 * line of at least six characters equal, after trimming, to the last line kept
 * (blank lines between them do not count).
 *
 * Cost: one pass; each line is compared once with the line kept before it.
 *
 * @param text - the text as read
 * @returns [start, end) ranges of repeated lines, including their line break, in order
 * @example
 * repeatedLines("是全面贯彻党的二十大精\n是全面贯彻党的二十大精\n神的开局之年"); // => [[12, 24]]
 */
export function repeatedLines(text: string): Array<[number, number]> {
  checkArgs({ text: [text, "string"] });
  const out: Array<[number, number]> = [];
  let kept = "";
  let start = 0;
  // Line by line with indexOf (a native scan), not a test of every character.
  for (let i = text.indexOf("\n"); start <= text.length; i = text.indexOf("\n", start)) {
    if (i < 0) i = text.length;
    const line = text.slice(start, i).trim();
    if (line !== "") {
      if (line.length >= MIN_REPEAT && line === kept) out.push([start, Math.min(i + 1, text.length)]);
      else kept = line;
    }
    start = i + 1;
  }
  return out;
}
