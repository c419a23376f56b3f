/** A sentence as [start, end) offsets into the normalized text. */
export interface Span {
  start: number;
  end: number;
}

/** 。！？；and the line feed. A switch, not a Set: this runs once per character. */
function isEnd(code: number): boolean {
  switch (code) {
    case 0x3002:
    case 0xff01:
    case 0xff1f:
    case 0xff1b:
    case 0x0a:
      return true;
    default:
      return false;
  }
}

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
    if (!isEnd(text.charCodeAt(i))) continue;
    if (i + 1 > start) out.push({ start, end: i + 1 });
    start = i + 1;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}
