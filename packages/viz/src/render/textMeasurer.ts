import { checkArgs } from "@duibi/core";
import type { CjkFont, FontFace } from "./loadCjkFont.js";

/** What vega passes to `textMetrics.width`: a text mark item (only these fields matter). */
export interface TextItem {
  fontSize?: number | string | null;
  fontWeight?: string | number | null;
}

/** `vega.textMetrics.width` with the font it measures with attached, so it is installed once per font. */
export interface TextMeasurer {
  (item: TextItem | null | undefined, text: unknown): number;
  readonly font: CjkFont;
}

/** The slice of the vega module the measurer is installed into. */
export interface VegaTextMetrics {
  textMetrics: { width: (item: never, text: never) => number };
}

/** CSS bold: "bold", "bolder" or a numeric weight of 600 and above. */
function isBold(weight: TextItem["fontWeight"]): boolean {
  if (weight == null) return false;
  if (typeof weight === "number") return weight >= 600;
  return weight === "bold" || weight === "bolder" || Number(weight) >= 600;
}

/**
 * A `vega.textMetrics.width` replacement that sums the font's advance widths.
 *
 * Headless vega has no canvas and estimates every character as 0.8 em, so
 * Chinese (1 em per character in Noto Sans CJK) is measured about 20% short:
 * titles clip and labels collide. This measures with the font the SVG/PNG is
 * drawn with. Advances are cached per face and code point in the closure.
 *
 * It measures the whole text and leaves `limit` truncation to vega, which calls
 * it again on shorter slices to find where to cut.
 *
 * @param font - The loaded CJK font.
 * @returns A function `(item, text) => width in px` carrying `font`.
 * @example
 * createTextMeasurer(await loadCjkFont())({ fontSize: 10 }, "地区生产总值"); // => 60
 */
export function createTextMeasurer(font: CjkFont): TextMeasurer {
  const caches = new Map<FontFace, Map<number, number>>();
  const advance = (face: FontFace, codePoint: number): number => {
    let cache = caches.get(face);
    if (cache === undefined) {
      cache = new Map();
      caches.set(face, cache);
    }
    let em = cache.get(codePoint);
    if (em === undefined) {
      em = face.glyphForCodePoint(codePoint).advanceWidth / face.unitsPerEm;
      cache.set(codePoint, em);
    }
    return em;
  };
  const measure = (item: TextItem | null | undefined, text: unknown): number => {
    const size = item?.fontSize == null ? 11 : Number(item.fontSize) || 0; // vega's default font size
    const line = text == null ? "" : String(text).trim();
    if (size <= 0 || line === "") return 0;
    const face = isBold(item?.fontWeight) && font.bold !== null ? font.bold : font.regular;
    let em = 0;
    for (const char of line) em += advance(face, char.codePointAt(0) ?? 0);
    return em * size;
  };
  return Object.assign(measure, { font });
}

/**
 * Makes vega measure text with `font`. `textMetrics` is module state of vega
 * (every View in the process shares it), so this replaces `textMetrics.width`
 * only when it does not already measure with the same font files: installing is
 * idempotent, and the glyph caches survive from one chart to the next.
 *
 * @param vega - The imported vega module.
 * @param font - The loaded CJK font.
 * @returns The measurer now installed.
 * @example
 * installTextMeasurer(await import("vega"), font).font.family; // => "Noto Sans CJK SC"
 */
export function installTextMeasurer(vega: VegaTextMetrics, font: CjkFont): TextMeasurer {
  checkArgs({ vega: [vega, { textMetrics: "object" }], font: [font, { family: "string", regular: "object" }] });
  const current = installedMeasurer(vega);
  if (current !== null && sameFiles(current.font, font)) return current;
  const measurer = createTextMeasurer(font);
  vega.textMetrics.width = measurer as unknown as VegaTextMetrics["textMetrics"]["width"];
  return measurer;
}

/** The duibi measurer vega currently uses, or null when vega uses its own estimate. */
export function installedMeasurer(vega: VegaTextMetrics): TextMeasurer | null {
  const width = vega.textMetrics.width as unknown as Partial<TextMeasurer>;
  return width.font === undefined ? null : (width as TextMeasurer);
}

function sameFiles(a: CjkFont, b: CjkFont): boolean {
  return a.files.regular === b.files.regular && a.files.bold === b.files.bold;
}
