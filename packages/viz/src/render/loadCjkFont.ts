import { checkArgs, duibiError } from "@duibi/core";
import { type CjkFontFiles, findCjkFont } from "./findCjkFont.js";

/** The part of a fontkit face duibi uses: advance widths per code point. */
export interface FontFace {
  readonly familyName: string;
  readonly postscriptName: string;
  readonly unitsPerEm: number;
  /** Whether the face draws this character (中 tells a CJK face). */
  hasGlyphForCodePoint(codePoint: number): boolean;
  /** The glyph for a character; its advance width is in font units (`unitsPerEm` per em). */
  glyphForCodePoint(codePoint: number): { advanceWidth: number };
}

/** A loaded CJK font: its family name (for SVG/PNG `font-family`) and the faces text is measured with. */
export interface CjkFont {
  /** Family name as the font states it ("Noto Sans CJK SC"); resvg matches `font-family` against it. */
  readonly family: string;
  readonly regular: FontFace;
  /** Null when no bold face is installed; bold text is then measured with `regular`. */
  readonly bold: FontFace | null;
  readonly files: CjkFontFiles;
}

interface FontkitModule {
  openSync(path: string, postscriptName?: string): unknown;
}

/** The Simplified Chinese face of a collection (Noto's .ttc holds JP, KR, SC, TC, HK and Mono faces). */
function pickFace(opened: unknown, path: string): FontFace {
  const fonts = (opened as { fonts?: FontFace[] }).fonts;
  if (fonts === undefined) return opened as FontFace;
  const han = 0x4e2d; // 中
  const face =
    fonts.find((f) => /sc-(regular|bold)$/i.test(f.postscriptName)) ??
    fonts.find((f) => /SC|GB|Hans/.test(f.familyName) && !/Mono/.test(f.familyName)) ??
    fonts.find((f) => f.hasGlyphForCodePoint(han));
  if (face === undefined) throw duibiError("missing_font", {}, { where: path });
  return face;
}

/**
 * Loads the CJK font text is measured and drawn with. fontkit loads lazily here
 * (only when a chart is rendered), as vega does.
 *
 * @param fontPath - A font file to use instead of searching (see {@link findCjkFont}).
 * @returns The family name and the regular (and bold, when installed) faces.
 * @throws DuibiError `missing_font` when no CJK font is found or the file has no Chinese glyphs.
 * @example
 * (await loadCjkFont()).family; // => "Noto Sans CJK SC"
 */
export async function loadCjkFont(fontPath?: string): Promise<CjkFont> {
  checkArgs({ "fontPath?": [fontPath, "string"] });
  const files = findCjkFont(fontPath);
  const fontkit = (await import("fontkit" as string)) as FontkitModule;
  const open = (path: string) => {
    try {
      return pickFace(fontkit.openSync(path), path);
    } catch (cause) {
      throw duibiError("missing_font", {}, { where: path, cause });
    }
  };
  const regular = open(files.regular);
  if (!regular.hasGlyphForCodePoint(0x4e2d)) throw duibiError("missing_font", {}, { where: files.regular });
  return { family: regular.familyName, regular, bold: files.bold === null ? null : open(files.bold), files };
}
