import { checkArgs } from "@duibi/core";
import type { ChartSpec } from "../types.js";
import { prepareView, type RenderOptions } from "./prepareView.js";

/**
 * Renders a Vega-Lite spec to an SVG string with vega in Node (no browser).
 * Text is measured with the CJK font (see `installTextMeasurer`), and every
 * text element names the theme's font family ("Noto Sans CJK SC", …).
 *
 * @param spec - A Vega-Lite spec, e.g. from {@link compareBars}.
 * @param options - `fontPath` to measure with another font; `onWarning` to see vega's warnings.
 * @returns The SVG document.
 * @throws DuibiError `missing_font` when no CJK font is installed; `render_failed` when the spec is invalid.
 * @example
 * const svg = await toSvg(compareBars(table, { indicators: ["gdp"] }));
 * svg.startsWith("<svg"); // => true
 */
export async function toSvg(spec: ChartSpec, options: RenderOptions = {}): Promise<string> {
  checkArgs({ spec: [spec, "json"], options: [options, { "fontPath?": "string", "onWarning?": "function" }] });
  const { view } = await prepareView(spec, options);
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
