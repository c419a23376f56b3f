/** A sentence as [start, end) offsets into the normalized text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * 1 at 。！？；and the line feed, 0 elsewhere: this runs once per character, and one table read
 * beats a chain of comparisons (64 KB, built once).
 */
const IS_END: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (const code of [0x3002, 0xff01, 0xff1f, 0xff1b, 0x0a]) table[code] = 1;
  return table;
})();

/**
 * Splits normalized text into sentences at 。！？； and line breaks. The end
 * mark stays with its sentence. Linear.
 *
 * @param text - normalized text
 * @returns non-empty sentences in order
 * @example
 * splitSentences("增长5.5%。下降0.5%；").map((s) => [s.start, s.end]); // => [[0, 7], [7, 14]]
 */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  const n = text.length;
  let start = 0;
  // The text's end closes the last sentence inside the loop (i === n), not after it: the loop's
  // optimized code is compiled while it runs, and code after the loop would not have run yet.
  for (let i = 0; i <= n; i++) {
    if (i < n && IS_END[text.charCodeAt(i)] === 0) continue;
    const end = i < n ? i + 1 : n;
    if (end > start) out.push({ start, end });
    start = end;
  }
  return out;
}
