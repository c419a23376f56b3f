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

/** Charts of one mark row per region show every region up to this many … */
export const SHOW_ALL_UP_TO = 25;

/** … and beyond it the highest and the lowest this many, plus the highlighted ones. */
export const SHOW_EACH_END = 10;

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

/**
 * Which regions a chart of one row per region shows, in display order: all of
 * them up to {@link SHOW_ALL_UP_TO} (in the given order); beyond that the
 * {@link SHOW_EACH_END} highest and lowest by `value`, plus the highlighted
 * ones, highest first (ties by code). Regions without a value sort last.
 *
 * @param items - Regions with the value they are ranked by, in the order to keep when all are shown.
 * @param highlighted - Codes always shown.
 * @returns The shown codes in order, and whether the list was cut.
 * @example
 * shownRegions([{ code: "a", value: 1 }, { code: "b", value: 2 }], new Set()); // => { codes: ["a", "b"], cut: false }
 */
export function shownRegions(
  items: readonly { code: string; value: number | null }[],
  highlighted: ReadonlySet<string>,
): { codes: string[]; cut: boolean } {
  if (items.length <= SHOW_ALL_UP_TO) return { codes: items.map((i) => i.code), cut: false };
  const ranked = [...items].sort(
    (a, b) =>
      (b.value ?? Number.NEGATIVE_INFINITY) - (a.value ?? Number.NEGATIVE_INFINITY) || a.code.localeCompare(b.code),
  );
  const valued = ranked.filter((i) => i.value !== null);
  const ends = new Set([...valued.slice(0, SHOW_EACH_END), ...valued.slice(-SHOW_EACH_END)].map((i) => i.code));
  return { codes: ranked.filter((i) => ends.has(i.code) || highlighted.has(i.code)).map((i) => i.code), cut: true };
}

/**
 * A lookup from region code to its position in a list: the `sortIndex` field
 * charts sort by (`sort: { field: "sortIndex", op: "min" }`). An explicit sort
 * array of region names would compile to one nested conditional per name, which
 * overflows the stack for thousands of regions.
 *
 * @param codes - Codes in display order.
 * @returns Position per code.
 * @example
 * sortIndex(["500101", "500156"]).get("500156"); // => 1
 */
export function sortIndex(codes: readonly string[]): Map<string, number> {
  return new Map(codes.map((code, i) => [code, i]));
}

/** The sort of a nominal channel by the `sortIndex` field of its data. */
export const BY_SORT_INDEX = { field: "sortIndex", op: "min" } as const;
