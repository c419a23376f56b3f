import { charClass } from "./charClass.js";
import { foldChar } from "./foldChar.js";
import { isHardWrapped, startsHeading } from "./isHardWrapped.js";
import { repeatedLines } from "./repeatedLines.js";

/** Normalized text and the way back to the original. */
export interface NormalizedText {
  /** The normalized text. */
  readonly text: string;
  /** Index in the original text of normalized character `i` (`i === text.length` gives the original length). */
  toOriginal(i: number): number;
  /** Exclusive end in the original text of a normalized span ending (exclusively) at `i`. */
  toOriginalEnd(i: number): number;
}

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
 * 3. digits: "1，179" (a thousands comma) → "1179", "2.3：1" → "2.3:1";
 * 4. in a hard-wrapped text, a line repeating the line before it (an OCR column join) is left out.
 *
 * Linear in the text length; idempotent (`normalizeText(n.text).text === n.text`).
 *
 * @param text - the text as read (BOM stripped)
 * @returns the normalized text with `toOriginal`/`toOriginalEnd`
 * @example
 * const n = normalizeText("增长 ５．５％");
 * n.text;             // => "增长5.5%"
 * n.toOriginal(2);    // => 3
 * n.toOriginalEnd(6); // => 7
 */
export function normalizeText(text: string): NormalizedText {
  const hardWrapped = isHardWrapped(text);
  const folded = fold(text, hardWrapped ? repeatedLines(text) : []);
  const spaced = collapseWhitespace(folded, hardWrapped);
  return finish(hasDigitPunctuation(spaced) ? digitPunctuation(spaced) : spaced, text.length);
}

/** Parallel typed arrays: output UTF-16 code units and the original span each came from. */
interface Stream {
  codes: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length: number;
}

function stream(capacity: number): Stream {
  return {
    codes: new Uint16Array(capacity),
    starts: new Int32Array(capacity),
    ends: new Int32Array(capacity),
    length: 0,
  };
}

function push(s: Stream, code: number, start: number, end: number): void {
  if (s.length === s.codes.length) grow(s);
  s.codes[s.length] = code;
  s.starts[s.length] = start;
  s.ends[s.length] = end;
  s.length++;
}

function grow(s: Stream): void {
  const size = Math.max(16, s.codes.length * 2);
  const codes = new Uint16Array(size);
  const starts = new Int32Array(size);
  const ends = new Int32Array(size);
  codes.set(s.codes);
  starts.set(s.starts);
  ends.set(s.ends);
  s.codes = codes;
  s.starts = starts;
  s.ends = ends;
}

const LF = 0x0a;
const SPACE = 0x20;

/** Code points foldChar may change; every other character is copied as is (the fast path). */
function needsFold(code: number): boolean {
  return (
    (code < 0x80 &&
      (code === 0x2c ||
        code === 0x3b ||
        code === 0x3a ||
        code === 0x28 ||
        code === 0x29 ||
        code === 0x21 ||
        code === 0x3f)) ||
    code === 0xa0 ||
    code === 0xad ||
    (code >= 0x2000 && code <= 0x200d) ||
    (code >= 0x2f00 && code <= 0x2fdf) ||
    code === 0x3000 ||
    (code >= 0xf900 && code <= 0xfaff) ||
    code === 0xfeff ||
    (code >= 0xff01 && code <= 0xffef)
  );
}

function fold(text: string, skip: ReadonlyArray<readonly [number, number]>): Stream {
  const out = stream(text.length + 16);
  let next = 0;
  for (let i = 0; i < text.length; i++) {
    const range = skip[next];
    if (range !== undefined && i >= range[0]) {
      // A repeated OCR line is left out; spans over it still quote the original.
      if (i < range[1]) {
        i = range[1] - 1;
        next++;
        continue;
      }
      next++;
    }
    const code = text.charCodeAt(i);
    if (code === 0x0d) push(out, LF, i, i + 1);
    else if (!needsFold(code)) push(out, code, i, i + 1);
    else {
      const piece = foldChar(text[i]!);
      for (let k = 0; k < piece.length; k++) push(out, piece.charCodeAt(k), i, i + 1);
    }
  }
  return out;
}

function isSpace(code: number): boolean {
  return code <= 0x20 || code === 0xa0 || code === 0x3000
    ? code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x3000
    : false;
}

function classAt(s: Stream, i: number) {
  return i < 0 || i >= s.length ? "other" : charClass(s.codes[i]!);
}

function headingAt(s: Stream, i: number): boolean {
  return startsHeading(String.fromCharCode(...s.codes.subarray(i, Math.min(s.length, i + 8))), 0);
}

/** A stream writing over `s` itself: passes 2 and 3 only drop characters, so the write index never passes the read index. */
function inPlace(s: Stream): Stream {
  return { codes: s.codes, starts: s.starts, ends: s.ends, length: 0 };
}

function collapseWhitespace(s: Stream, hardWrapped: boolean): Stream {
  const out = inPlace(s);
  const n = s.length;
  let i = 0;
  let lineStart = 0;
  while (i < n) {
    const code = s.codes[i]!;
    if (!isSpace(code)) {
      push(out, code, s.starts[i]!, s.ends[i]!);
      i++;
      continue;
    }
    const runStart = i;
    let hasNewline = false;
    while (i < n) {
      const k = classAt(s, i);
      if (k === "newline") hasNewline = true;
      else if (k !== "space") break;
      i++;
    }
    if (out.length === 0 || i >= n) continue; // leading and trailing whitespace
    const prev = out.codes[out.length - 1]!;
    if (hasNewline) {
      if (prev === LF) continue;
      const join = hardWrapped && !TERMINAL.has(prev) && !headingAt(s, i) && !headingAt(out, lineStart);
      if (!join) {
        push(out, LF, s.starts[runStart]!, s.ends[runStart]!);
        lineStart = out.length;
      }
      continue;
    }
    const a = charClass(prev);
    const b = classAt(s, i);
    if ((a === "latin" && (b === "latin" || b === "digit")) || (a === "digit" && b === "latin")) {
      push(out, SPACE, s.starts[runStart]!, s.ends[runStart]!);
    }
  }
  return out;
}

const TERMINAL = new Set([..."。！？；：”…）】」"].map((c) => c.charCodeAt(0)));
const FULL_COMMA = 0xff0c;
const FULL_COLON = 0xff1a;

function isDigit(code: number | undefined): boolean {
  return code !== undefined && code >= 0x30 && code <= 0x39;
}

/** Whether a full-width comma or colon follows a digit anywhere (rare: 1，179 or 2.3：1). */
function hasDigitPunctuation(s: Stream): boolean {
  for (let i = 1; i < s.length; i++) {
    const code = s.codes[i]!;
    if ((code === FULL_COMMA || code === FULL_COLON) && isDigit(s.codes[i - 1])) return true;
  }
  return false;
}

function digitPunctuation(s: Stream): Stream {
  const out = inPlace(s);
  const c = s.codes;
  const at = (i: number) => (i < s.length ? c[i] : undefined);
  for (let i = 0; i < s.length; i++) {
    const code = c[i]!;
    const prevDigit = out.length > 0 && isDigit(out.codes[out.length - 1]);
    if (code === FULL_COMMA && prevDigit && isThousands(at, i + 1)) continue;
    const restored = code === FULL_COLON && prevDigit && isDigit(at(i + 1)) ? 0x3a : code;
    push(out, restored, s.starts[i]!, s.ends[i]!);
  }
  return out;
}

/** Exactly three digits follow, then a non-digit: 1，179.4亿元 but not 5，13.8. */
function isThousands(at: (i: number) => number | undefined, i: number): boolean {
  return isDigit(at(i)) && isDigit(at(i + 1)) && isDigit(at(i + 2)) && !isDigit(at(i + 3));
}

const DECODER = new TextDecoder("utf-16le");

function finish(s: Stream, originalLength: number): NormalizedText {
  const n = s.length;
  const starts = s.starts.subarray(0, n);
  const ends = s.ends.subarray(0, n);
  const text = DECODER.decode(s.codes.subarray(0, n));
  return {
    text,
    toOriginal: (i) => (i >= n ? originalLength : starts[Math.max(0, i)]!),
    toOriginalEnd: (i) => (i <= 0 || n === 0 ? (starts[0] ?? 0) : ends[Math.min(i, n) - 1]!),
  };
}
