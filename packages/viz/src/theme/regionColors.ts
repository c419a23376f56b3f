import { checkArgs } from "@duibi/core";

/**
 * Region colours: Okabe–Ito's colour-blind-safe palette, reordered so the first
 * two (the common two-region case) differ most in hue and lightness, yellow last
 * (weak on white).
 */
export const REGION_PALETTE: readonly string[] = [
  "#0072B2", // blue
  "#D55E00", // vermillion
  "#009E73", // bluish green
  "#CC79A7", // reddish purple
  "#56B4E9", // sky blue
  "#E69F00", // orange
  "#000000", // black
  "#F0E442", // yellow
];

/**
 * Above this many regions a region stops having its own colour: the palette has
 * eight colour-blind-safe colours, a ninth region would repeat one, and thousands
 * of colours (and a legend naming each) read as noise. The highlighted regions
 * keep a colour, every other region is grey ({@link OTHER_COLOR}, "其他地区").
 */
export const MANY_REGIONS = REGION_PALETTE.length;

/** Grey of the regions not highlighted among many regions. */
export const OTHER_COLOR = "#b3b3b3";

/** Options of {@link regionColors}. */
export interface RegionColorOptions {
  /** Codes of the regions to keep in colour among more than {@link MANY_REGIONS}; at most that many count. */
  highlight?: readonly string[];
}

/**
 * A stable colour per region, the one source of region colours for every chart
 * and table of a report: regions are sorted by GB/T 2260 code and take the palette
 * in that order, so the same set of regions (one report) gets the same colours in
 * every chart, whatever order a chart lists them in and whichever of them it shows.
 * Among more than {@link MANY_REGIONS} regions only the highlighted ones (up to
 * eight, in code order) take the palette; every other region is {@link OTHER_COLOR}.
 *
 * @param codes - Every region code of the report (any order, duplicates ignored).
 * @param options - `highlight`: codes to keep in colour among many regions.
 * @returns Colour per code.
 * @throws DuibiError `invalid_argument` when `codes` is not a string array.
 * @example
 * regionColors(["500156", "500101"]); // => { "500101": "#0072B2", "500156": "#D55E00" }
 */
export function regionColors(codes: readonly string[], options: RegionColorOptions = {}): Record<string, string> {
  checkArgs({ codes: [codes, "string[]"], options: [options, { "highlight?": "string[]" }] });
  const sorted = [...new Set(codes)].sort();
  if (sorted.length <= MANY_REGIONS) {
    return Object.fromEntries(sorted.map((code, i) => [code, REGION_PALETTE[i] ?? OTHER_COLOR]));
  }
  const wanted = new Set(options.highlight ?? []);
  const coloured = sorted.filter((code) => wanted.has(code)).slice(0, MANY_REGIONS);
  const colourOf = new Map(coloured.map((code, i) => [code, REGION_PALETTE[i] ?? OTHER_COLOR]));
  return Object.fromEntries(sorted.map((code) => [code, colourOf.get(code) ?? OTHER_COLOR]));
}
