/**
 * Code points a terminal draws two columns wide (East Asian Wide and
 * Fullwidth): CJK ideographs and punctuation, kana, hangul, fullwidth forms.
 */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

/** Combining marks, zero-width characters and variation selectors take no column. */
const ZERO: readonly (readonly [number, number])[] = [
  [0x0300, 0x036f],
  [0x200b, 0x200f],
  [0x2060, 0x2060],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
];

// ANSI colour codes (ESC [ … m) take no column
const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * Columns `text` takes in a terminal: CJK characters count 2, combining marks
 * and ANSI colour codes 0, everything else 1.
 *
 * @param text - one line of text
 * @returns its display width
 * @example
 * stringWidth("武隆区"); // => 6
 * stringWidth("GDP 5.5%"); // => 8
 */
export function stringWidth(text: string): number {
  let width = 0;
  for (const char of text.replace(ANSI, "")) {
    const code = char.codePointAt(0)!;
    if (code < 0x20 || (code >= 0x7f && code < 0xa0) || within(ZERO, code)) continue;
    width += code >= 0x1100 && within(WIDE, code) ? 2 : 1;
  }
  return width;
}

function within(ranges: readonly (readonly [number, number])[], code: number): boolean {
  return ranges.some(([low, high]) => code >= low && code <= high);
}

/**
 * Pads `text` with spaces to `width` display columns (see {@link stringWidth}).
 *
 * @param text - the text
 * @param width - the target width; longer text is returned as is
 * @param align - "left" pads after, "right" before
 * @returns the padded text
 * @example
 * padWidth("武隆", 6); // => "武隆  "
 * padWidth("5.5", 5, "right"); // => "  5.5"
 */
export function padWidth(text: string, width: number, align: "left" | "right" = "left"): string {
  const fill = " ".repeat(Math.max(0, width - stringWidth(text)));
  return align === "left" ? text + fill : fill + text;
}
