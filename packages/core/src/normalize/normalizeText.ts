import { charClass } from "./charClass.js";
import { foldChar } from "./foldChar.js";
import { isHardWrapped, startsHeading } from "./isHardWrapped.js";

/** Normalized text and the way back to the original. */
export interface NormalizedText {
  /** The normalized text. */
  readonly text: string;
  /** Index in the original text of normalized character `i` (`i === text.length` gives the original length). */
  toOriginal(i: number): number;
  /** Exclusive end in the original text of a normalized span ending (exclusively) at `i`. */
  toOriginalEnd(i: number): number;
}

const NEWLINE = "\n";

/**
 * Normalizes a report's text for matching and keeps a map back to the original,
 * so every span found in the normalized text can be quoted from the original:
 *
 * 1. fold each character (NFKC of full-width digits, ％, ．; ASCII punctuation to
 *    the Chinese form; zero-width characters dropped) — see `foldChar`;
 * 2. whitespace: spaces are dropped unless they separate two Latin words
 *    ("2023 年" → "2023年", "左 军" → "左军"); a run holding a line break becomes
 *    one "\n", or nothing in a hard-wrapped (OCR, newspaper column) text when the
 *    line stops mid-sentence and the next line does not open a heading;
 * 3. digits: "1，179" (a thousands comma) → "1179", "2.3：1" → "2.3:1".
 *
 * Linear in the text length; idempotent (`normalizeText(n.text).text === n.text`).
 *
 * @param text - the text as read (BOM stripped)
 * @returns the normalized text with `toOriginal`/`toOriginalEnd`
 * @example
 * const n = normalizeText("增长 ５．５％");
 * n.text;             // => "增长5.5%"
 * n.toOriginal(2);    // => 3
 * n.toOriginalEnd(6); // => 8
 */
export function normalizeText(text: string): NormalizedText {
  const folded = fold(text);
  const spaced = collapseWhitespace(folded, isHardWrapped(text));
  return finish(digitPunctuation(spaced), text.length);
}

/** Parallel arrays: output characters and the original span each came from. */
interface Stream {
  chars: string[];
  starts: number[];
  ends: number[];
}

function fold(text: string): Stream {
  const out: Stream = { chars: [], starts: [], ends: [] };
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const piece =
      width === 1 && code < 0x80 && code !== 0x2c && !PUNCT_ASCII.has(code)
        ? text[i]!
        : foldChar(text.slice(i, i + width));
    for (const ch of piece === "\r" ? "\n" : piece) push(out, ch, i, i + width);
    i += width;
  }
  return out;
}

const PUNCT_ASCII = new Set([0x2c, 0x3b, 0x3a, 0x28, 0x29, 0x21, 0x3f]);

function push(s: Stream, ch: string, start: number, end: number): void {
  s.chars.push(ch);
  s.starts.push(start);
  s.ends.push(end);
}

function classOf(ch: string | undefined) {
  return ch === undefined ? "other" : charClass(ch.charCodeAt(0));
}

function collapseWhitespace(s: Stream, hardWrapped: boolean): Stream {
  const out: Stream = { chars: [], starts: [], ends: [] };
  const n = s.chars.length;
  let i = 0;
  let lineStart = 0;
  while (i < n) {
    const kind = classOf(s.chars[i]);
    if (kind !== "space" && kind !== "newline") {
      push(out, s.chars[i]!, s.starts[i]!, s.ends[i]!);
      i++;
      continue;
    }
    const runStart = i;
    let hasNewline = false;
    while (i < n) {
      const k = classOf(s.chars[i]);
      if (k === "newline") hasNewline = true;
      else if (k !== "space") break;
      i++;
    }
    const prev = out.chars[out.chars.length - 1];
    const next = s.chars[i];
    if (prev === undefined || next === undefined) continue; // leading and trailing whitespace
    if (hasNewline) {
      if (prev === NEWLINE) continue;
      const join =
        hardWrapped &&
        !TERMINAL.has(prev) &&
        !startsHeading(s.chars.slice(i, i + 8).join(""), 0) &&
        !startsHeading(out.chars.slice(lineStart, lineStart + 8).join(""), 0);
      if (!join) {
        push(out, NEWLINE, s.starts[runStart]!, s.ends[runStart]!);
        lineStart = out.chars.length;
      }
      continue;
    }
    const a = classOf(prev);
    const b = classOf(next);
    if ((a === "latin" && (b === "latin" || b === "digit")) || (a === "digit" && b === "latin")) {
      push(out, " ", s.starts[runStart]!, s.ends[runStart]!);
    }
  }
  return out;
}

const TERMINAL = new Set([..."。！？；：”…）】」"]);

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

function digitPunctuation(s: Stream): Stream {
  const out: Stream = { chars: [], starts: [], ends: [] };
  const c = s.chars;
  for (let i = 0; i < c.length; i++) {
    const ch = c[i]!;
    if (ch === "，" && isDigit(out.chars[out.chars.length - 1]) && isThousands(c, i + 1)) continue;
    const restored = ch === "：" && isDigit(out.chars[out.chars.length - 1]) && isDigit(c[i + 1]) ? ":" : ch;
    push(out, restored, s.starts[i]!, s.ends[i]!);
  }
  return out;
}

/** Exactly three digits follow, then a non-digit: 1，179.4亿元 but not 5，13.8. */
function isThousands(c: readonly string[], i: number): boolean {
  return isDigit(c[i]) && isDigit(c[i + 1]) && isDigit(c[i + 2]) && !isDigit(c[i + 3]);
}

function finish(s: Stream, originalLength: number): NormalizedText {
  const n = s.chars.length;
  const starts = Int32Array.from(s.starts);
  const ends = Int32Array.from(s.ends);
  const text = s.chars.join("");
  return {
    text,
    toOriginal: (i) => (i >= n ? originalLength : starts[Math.max(0, i)]!),
    toOriginalEnd: (i) => (i <= 0 || n === 0 ? (starts[0] ?? 0) : ends[Math.min(i, n) - 1]!),
  };
}
