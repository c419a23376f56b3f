import { REGION_PALETTE, regionColors } from "../theme.js";

/**
 * Above this many regions a chart stops giving each region its own colour: the
 * palette has eight colour-blind-safe colours, a ninth region would repeat one,
 * and thousands of colours (and a legend naming each) read as noise. Such charts
 * colour the highlighted regions and draw the rest grey ("其他地区").
 */
export const MANY_REGIONS = REGION_PALETTE.length;

/** Grey of the regions not highlighted in a chart of many regions. */
export const OTHER_COLOR = "#b3b3b3";

/** A region as a chart draws it. */
export interface NamedRegion {
  code: string;
  name: string;
}

/** How a chart colours its regions. */
export interface RegionStyle {
  /** More than {@link MANY_REGIONS} regions: highlighted ones in colour, the rest grey. */
  many: boolean;
  /** Codes of the regions in colour (all of them when not `many`). */
  highlighted: ReadonlySet<string>;
  /** The colour key of a region (its name, or "其他地区" when it is grey): the `colorKey` field of the data. */
  keyOf: (region: NamedRegion) => string;
  /** Colour scale domain and range: never longer than the palette plus one. */
  domain: string[];
  range: string[];
}

/**
 * Resolves `highlight` (codes or names) against the regions of a chart, in code
 * order, at most {@link MANY_REGIONS} of them (the palette's colours).
 */
function resolveHighlight(regions: readonly NamedRegion[], highlight: readonly string[] | undefined): NamedRegion[] {
  const wanted = new Set(highlight ?? []);
  return regions.filter((r) => wanted.has(r.code) || wanted.has(r.name)).slice(0, MANY_REGIONS);
}

/**
 * The colours of a chart's regions: up to {@link MANY_REGIONS} regions each its
 * stable colour from {@link regionColors} (unchanged from charts of two regions);
 * beyond that the `highlight`ed regions keep palette colours and every other
 * region is drawn grey under one legend entry, so the colour scale stays small.
 *
 * @param regions - Every region of the chart (any order, each once).
 * @param highlight - Region codes or names to colour in a chart of many regions.
 * @param otherLabel - The legend entry of the grey regions ("其他地区").
 * @returns The style.
 * @example
 * regionStyle([{ code: "500101", name: "万州区" }], undefined, "其他地区").domain; // => ["万州区"]
 */
export function regionStyle(
  regions: readonly NamedRegion[],
  highlight: readonly string[] | undefined,
  otherLabel: string,
): RegionStyle {
  const sorted = [...regions].sort((a, b) => a.code.localeCompare(b.code));
  if (sorted.length <= MANY_REGIONS) {
    const colors = regionColors(sorted.map((r) => r.code));
    return {
      many: false,
      highlighted: new Set(sorted.map((r) => r.code)),
      keyOf: (region) => region.name,
      domain: sorted.map((r) => r.name),
      range: sorted.map((r) => colors[r.code] ?? "#000000"),
    };
  }
  const chosen = resolveHighlight(sorted, highlight);
  const codes = new Set(chosen.map((r) => r.code));
  return {
    many: true,
    highlighted: codes,
    keyOf: (region) => (codes.has(region.code) ? region.name : otherLabel),
    domain: [...chosen.map((r) => r.name), otherLabel],
    range: [...chosen.map((_, i) => REGION_PALETTE[i] ?? "#000000"), OTHER_COLOR],
  };
}
