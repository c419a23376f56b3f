import type { RegionStyle } from "./regionStyle.js";

/**
 * The colour scale of what a chart draws: the entries of the region style whose colour key
 * some datum carries, in the style's order, so the legend lists only regions the chart shows
 * while each keeps the colour it has in every other chart of the report.
 *
 * @param style - the chart's region style
 * @param values - the chart's data, each with its `colorKey`
 * @returns the scale's domain and range
 * @example
 * drawnColors(style, [{ colorKey: "万州区" }]).domain; // => ["万州区"]
 */
export function drawnColors(
  style: Pick<RegionStyle, "domain" | "range">,
  values: readonly { colorKey: string }[],
): { domain: string[]; range: string[] } {
  const drawn = new Set(values.map((v) => v.colorKey));
  const kept = style.domain.flatMap((key, i) => (drawn.has(key) ? [{ key, color: style.range[i] ?? "" }] : []));
  return { domain: kept.map((d) => d.key), range: kept.map((d) => d.color) };
}
