import { checkArgs, duibiError } from "@duibi/core";
import type { ChartSpec } from "../types.js";
import { prepareView, type RenderOptions } from "./prepareView.js";

/** Options for {@link toPng}. */
export interface PngOptions extends RenderOptions {
  /** Pixel density: 2 (default) draws a 600 px wide chart 1200 px wide. */
  scale?: number;
  /** Background colour; default white, as charts are pasted into documents. */
  background?: string;
}

/**
 * Renders a Vega-Lite spec to PNG: vega draws the SVG, resvg rasterizes it
 * with only the CJK font loaded (no system fonts, so the output does not
 * depend on what else is installed).
 *
 * @param spec - A Vega-Lite spec.
 * @param options - `scale` (default 2), `fontPath`, `background`, `onWarning`.
 * @returns The PNG bytes.
 * @throws DuibiError `missing_font` when no CJK font is installed; `render_failed` when drawing fails;
 *   `invalid_option` when `scale` is not a positive number.
 * @example
 * const png = await toPng(gapChart(gaps), { scale: 2 });
 * png.subarray(1, 4).toString(); // => "PNG"
 */
export async function toPng(spec: ChartSpec, options: PngOptions = {}): Promise<Buffer> {
  checkArgs({
    spec: [spec, "json"],
    options: [
      options,
      { "scale?": "number", "background?": "string", "fontPath?": "string", "onWarning?": "function" },
    ],
  });
  const scale = options.scale ?? 2;
  if (!(scale > 0 && Number.isFinite(scale))) {
    throw duibiError("invalid_option", {
      option: "scale",
      detail: String(scale),
      fix: "Use a number above 0, e.g. 2.",
    });
  }
  const { view, font } = await prepareView(spec, options);
  let svg: string;
  try {
    svg = await view.toSVG();
  } finally {
    view.finalize();
  }
  const { Resvg } = await import("@resvg/resvg-js");
  try {
    const fontFiles = [font.files.regular, ...(font.files.bold === null ? [] : [font.files.bold])];
    const resvg = new Resvg(svg, {
      background: options.background ?? "white",
      fitTo: { mode: "zoom", value: scale },
      font: {
        fontFiles,
        loadSystemFonts: false,
        defaultFontFamily: font.family,
        sansSerifFamily: font.family,
      },
    });
    return resvg.render().asPng();
  } catch (cause) {
    throw duibiError("render_failed", { detail: cause instanceof Error ? cause.message : String(cause) }, { cause });
  }
}
