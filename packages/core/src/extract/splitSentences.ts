/** A sentence as [start, end) offsets into the normalized text. */
export interface Span {
  start: number;
  end: number;
}

const ENDS = new Set([..."。！？；\n"].map((c) => c.charCodeAt(0)));

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
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!ENDS.has(text.charCodeAt(i))) continue;
    if (i + 1 > start) out.push({ start, end: i + 1 });
    start = i + 1;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}
