import { MANY_REGIONS, OTHER_COLOR, regionColors } from "../theme/regionColors.js";
import { orderCodes } from "./regionOrder.js";

/** A region as a chart draws it. */
export interface NamedRegion {
  code: string;
  name: string;
}

/** How a chart colours and orders its regions. */
export interface RegionStyle {
  /** More than {@link MANY_REGIONS} regions in the report: highlighted ones in colour, the rest grey. */
  many: boolean;
  /** Codes of the regions in colour (all of them when not `many`). */
  highlighted: ReadonlySet<string>;
  /** The chart's regions in display order: the report's order (`regionOrder`), else by code. */
  ordered: NamedRegion[];
  /** The colour key of a region (its name, or "其他地区" when it is grey): the `colorKey` field of the data. */
  keyOf: (region: NamedRegion) => string;
  /** Colour scale domain and range, in display order: never longer than the palette plus one. */
  domain: string[];
  range: string[];
}

/** What {@link regionStyle} reads of a chart's options. */
export interface RegionStyleOptions {
  /** Region codes or names to keep in colour among many regions. */
  highlight?: readonly string[] | undefined;
  /** Every region of the report in the user's order; colours are taken over all of them. */
  regionOrder?: readonly string[] | undefined;
}

/**
 * The colours and order of a chart's regions. Colours come from {@link regionColors}
 * over every region of the report (`regionOrder` and the chart's own), so a region
 * keeps its colour in a chart that shows only some of them; beyond {@link MANY_REGIONS}
 * regions the `highlight`ed ones keep palette colours and every other region is drawn
 * grey under one legend entry, so the colour scale stays small.
 *
 * @param regions - Every region of the chart (any order, each once).
 * @param options - `highlight` (codes or names) and `regionOrder` (codes).
 * @param otherLabel - The legend entry of the grey regions ("其他地区").
 * @returns The style.
 * @example
 * regionStyle([{ code: "500101", name: "万州区" }], {}, "其他地区").domain; // => ["万州区"]
 */
export function regionStyle(
  regions: readonly NamedRegion[],
  options: RegionStyleOptions,
  otherLabel: string,
): RegionStyle {
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const ordered = orderCodes([...byCode.keys()], options.regionOrder).flatMap((code) => byCode.get(code) ?? []);
  const every = [...new Set([...(options.regionOrder ?? []), ...byCode.keys()])];
  // highlight names resolve against the chart's regions, codes against the whole report
  const wanted = new Set(options.highlight ?? []);
  const named = regions.filter((r) => wanted.has(r.name)).map((r) => r.code);
  const highlight = [...every.filter((code) => wanted.has(code)), ...named];
  const colors = regionColors(every, { highlight });
  const many = every.length > MANY_REGIONS;
  if (!many) {
    return {
      many,
      highlighted: new Set(ordered.map((r) => r.code)),
      ordered,
      keyOf: (region) => region.name,
      domain: ordered.map((r) => r.name),
      range: ordered.map((r) => colors[r.code] ?? OTHER_COLOR),
    };
  }
  const chosen = ordered.filter((r) => colors[r.code] !== OTHER_COLOR);
  const codes = new Set(chosen.map((r) => r.code));
  return {
    many,
    highlighted: codes,
    ordered,
    keyOf: (region) => (codes.has(region.code) ? region.name : otherLabel),
    domain: [...chosen.map((r) => r.name), otherLabel],
    range: [...chosen.map((r) => colors[r.code] ?? OTHER_COLOR), OTHER_COLOR],
  };
}
