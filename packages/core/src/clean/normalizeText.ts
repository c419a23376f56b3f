import { checkArgs } from "../errors/checkArgs.js";
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
  checkArgs({ text: [text, "string"] });
  const hardWrapped = isHardWrapped(text);
  const folded = fold(text, hardWrapped ? repeatedLines(text) : []);
  const spaced = collapseWhitespace(folded, hardWrapped);
  return finish(hasDigitPunctuation(spaced) ? digitPunctuation(spaced) : spaced, text.length);
}

/**
 * Parallel typed arrays: output UTF-16 code units and the original character each came from.
 * Every output unit comes from exactly one original UTF-16 unit (a fold may give several
 * units for one), so its original span is always [start, start + 1): no array of ends.
 */
interface Stream {
  codes: Uint16Array;
  starts: Int32Array;
  length: number;
}

function grow(s: Stream): void {
  const size = Math.max(16, s.codes.length * 2);
  const codes = new Uint16Array(size);
  const starts = new Int32Array(size);
  codes.set(s.codes);
  starts.set(s.starts);
  s.codes = codes;
  s.starts = starts;
}

const LF = 0x0a;
const SPACE = 0x20;

/**
 * The code units foldChar may change, as [first, last] ranges; every other character is copied
 * as is (the fast path): a few ASCII marks, NBSP, soft hyphen, the general punctuation spaces
 * and zero widths, Kangxi radicals, the ideographic space, compatibility ideographs, the BOM
 * and the half- and full-width forms.
 */
const FOLD_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x21, 0x21],
  [0x28, 0x2a],
  [0x2c, 0x2c],
  [0x3a, 0x3b],
  [0x3f, 0x3f],
  [0xa0, 0xa0],
  [0xad, 0xad],
  [0x2000, 0x200d],
  [0x2f00, 0x2fdf],
  [0x3000, 0x3000],
  [0xf900, 0xfaff],
  [0xfeff, 0xfeff],
  [0xff01, 0xffef],
];

/**
 * 1 for the code units `fold` changes (FOLD_RANGES, and CR), 0 for those it copies. Filled range
 * by range (about 1,100 units), not by a test of all 65,536.
 */
const CHANGED: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  table[0x0d] = 1;
  for (const [first, last] of FOLD_RANGES) table.fill(1, first, last + 1);
  return table;
})();

/**
 * `foldChar` of every code unit in FOLD_RANGES (none a surrogate), computed once: the full-width
 * ，：（） of every clause would otherwise each cost an NFKC call.
 */
const FOLDS: ReadonlyMap<number, string> = (() => {
  const table = new Map<number, string>();
  for (const [first, last] of FOLD_RANGES) {
    for (let code = first; code <= last; code++) table.set(code, foldChar(String.fromCharCode(code)));
  }
  return table;
})();

function fold(text: string, skip: ReadonlyArray<readonly [number, number]>): Stream {
  const n = text.length;
  // Folding keeps one unit per character except for rare multi-unit folds; those grow the arrays.
  const s: Stream = { codes: new Uint16Array(n + 16), starts: new Int32Array(n + 16), length: 0 };
  s.length = foldInto(text, skip, s);
  return s;
}

/**
 * The loop of `fold`, writing into `s` and returning how many units it wrote. It ends on a plain
 * return: the optimized code of a loop is compiled while it runs, before the code after the loop
 * ever ran, and a store there (the stream's length) would bail out at the end of every text.
 */
function foldInto(text: string, skip: ReadonlyArray<readonly [number, number]>, s: Stream): number {
  const n = text.length;
  let codes = s.codes;
  let starts = s.starts;
  let k = 0;
  let next = 0;
  // The next repeated line to leave out; past the end when there is none (the common case).
  let skipFrom = skip[0]?.[0] ?? n;
  for (let i = 0; i < n; i++) {
    if (i >= skipFrom) {
      const range = skip[next]!;
      // A repeated OCR line is left out; spans over it still quote the original.
      next++;
      skipFrom = skip[next]?.[0] ?? n;
      if (i < range[1]) {
        i = range[1] - 1;
        continue;
      }
    }
    const code = text.charCodeAt(i);
    // Most characters are copied as they are: one table read decides.
    const piece = CHANGED[code] === 0 ? null : code === 0x0d ? "\n" : (FOLDS.get(code) ?? foldChar(text[i]!));
    const units = piece === null ? 1 : piece.length;
    if (k + units > codes.length) {
      grow(s);
      codes = s.codes;
      starts = s.starts;
    }
    if (piece === null) {
      codes[k] = code;
      starts[k] = i;
      k++;
    } else {
      for (let j = 0; j < piece.length; j++) {
        codes[k] = piece.charCodeAt(j);
        starts[k] = i;
        k++;
      }
    }
  }
  return k;
}

function isSpace(code: number): boolean {
  return code <= 0x20 || code === 0xa0 || code === 0x3000
    ? code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x3000
    : false;
}

/** The characters a heading can start with (see `startsHeading`): most line starts skip the regex. */
const HEADING_FIRST = new Set([..."一二三四五六七八九十（第0123456789"].map((c) => c.charCodeAt(0)));

function headingAt(s: Stream, i: number): boolean {
  if (i >= s.length || !HEADING_FIRST.has(s.codes[i]!)) return false;
  return startsHeading(String.fromCharCode(...s.codes.subarray(i, Math.min(s.length, i + 8))), 0);
}

/** A stream writing over `s` itself: passes 2 and 3 only drop characters, so the write index never passes the read index. */
function inPlace(s: Stream): Stream {
  return { codes: s.codes, starts: s.starts, length: 0 };
}

/** Where `collapseWhitespace` stands: read index, write index and the start of the line being written. */
interface Collapse {
  s: Stream;
  out: Stream;
  hardWrapped: boolean;
  i: number;
  k: number;
  lineStart: number;
}

function collapseWhitespace(s: Stream, hardWrapped: boolean): Stream {
  const out = inPlace(s);
  out.length = collapseInto({ s, out, hardWrapped, i: 0, k: 0, lineStart: 0 });
  return out;
}

/** The loop of `collapseWhitespace`; returns the length written, on a plain return (see `foldInto`). */
function collapseInto(c: Collapse): number {
  const s = c.s;
  const codes = s.codes;
  const starts = s.starts;
  const n = s.length;
  // Writes go to k (out.length), reads come from i >= k: the same arrays, in place. The loop
  // copies; a run of whitespace is read by a function of its own, so the copy loop is compiled
  // once and stays small.
  let k = 0;
  let i = 0;
  while (i < n) {
    const code = codes[i]!;
    if (!isSpace(code)) {
      codes[k] = code;
      starts[k] = starts[i]!;
      k++;
      i++;
      continue;
    }
    c.i = i;
    c.k = k;
    spaceRun(c);
    i = c.i;
    k = c.k;
  }
  return k;
}

/** Reads the run of whitespace at `c.i`: drops it, or writes one line feed or one space for it. */
function spaceRun(c: Collapse): void {
  const codes = c.s.codes;
  const starts = c.s.starts;
  const n = c.s.length;
  const runStart = c.i;
  const k = c.k;
  let i = c.i;
  let hasNewline = false;
  // isSpace is exactly charClass "newline" or "space".
  for (; i < n && isSpace(codes[i]!); i++) if (codes[i] === LF || codes[i] === 0x0d) hasNewline = true;
  c.i = i;
  if (k === 0 || i >= n) return; // leading and trailing whitespace
  const prev = codes[k - 1]!;
  const next = codes[i]!;
  // Every class test for every run, newline or space: tests reached by the rare run alone would
  // make the optimized code bail out when it first comes.
  const prevDigit = isDigit(prev);
  const nextDigit = isDigit(next);
  const prevLatin = isLatinCode(prev);
  const nextLatin = isLatinCode(next);
  if (hasNewline) {
    if (prev === LF) return;
    c.out.length = k;
    // 地区生产总值27⏎3.46亿元: a line break inside a number (a web capture's wrap) never ends a line.
    const inNumber = (prevDigit || prev === 0x2e) && (nextDigit || next === 0x2e) && (prevDigit || nextDigit);
    const join =
      inNumber || (c.hardWrapped && !TERMINAL.has(prev) && !headingAt(c.s, i) && !headingAt(c.out, c.lineStart));
    if (!join) {
      codes[k] = LF;
      starts[k] = starts[runStart]!;
      c.k = k + 1;
      c.lineStart = k + 1;
    }
    return;
  }
  // A space stays between two Latin words, and between a Latin word and a number (charClass
  // "latin" and "digit", as code ranges).
  if ((prevLatin && (nextLatin || nextDigit)) || (prevDigit && nextLatin)) {
    codes[k] = SPACE;
    starts[k] = starts[runStart]!;
    c.k = k + 1;
  }
}

/** A-Z or a-z: charClass "latin". */
function isLatinCode(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
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
  const c = s.codes;
  const starts = s.starts;
  const n = s.length;
  // In place: the write index k never passes the read index i, and reads ahead see unwritten units.
  let k = 0;
  for (let i = 0; i < n; i++) {
    const code = c[i]!;
    if (code === FULL_COMMA || code === FULL_COLON) {
      const prevDigit = k > 0 && isDigit(c[k - 1]);
      if (code === FULL_COMMA && prevDigit && isThousands(c, n, i + 1)) continue;
      c[k] = code === FULL_COLON && prevDigit && i + 1 < n && isDigit(c[i + 1]) ? 0x3a : code;
    } else c[k] = code;
    starts[k] = starts[i]!;
    k++;
  }
  return { codes: c, starts, length: k };
}

/** Exactly three digits follow, then a non-digit: 1，179.4亿元 but not 5，13.8. */
function isThousands(c: Uint16Array, n: number, i: number): boolean {
  const at = (j: number) => (j < n ? c[j] : undefined);
  return isDigit(at(i)) && isDigit(at(i + 1)) && isDigit(at(i + 2)) && !isDigit(at(i + 3));
}

const DECODER = new TextDecoder("utf-16le");

function finish(s: Stream, originalLength: number): NormalizedText {
  const n = s.length;
  const starts = s.starts.subarray(0, n);
  const text = DECODER.decode(s.codes.subarray(0, n));
  return {
    text,
    toOriginal: (i) => (i >= n ? originalLength : starts[Math.max(0, i)]!),
    // Each unit came from one original unit (see Stream): the span ends one past its start.
    toOriginalEnd: (i) => (i <= 0 || n === 0 ? (starts[0] ?? 0) : starts[Math.min(i, n) - 1]! + 1),
  };
}
