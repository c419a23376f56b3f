import { createRequire } from "node:module";
import { join } from "node:path";
import { checkArgs, duibiError } from "@duibi/core";
import type { ChartSpec } from "../types.js";
import type { RenderOptions } from "./prepareView.js";
import { toHtml } from "./toHtml.js";
import { toSvg } from "./toSvg.js";

/** Options for {@link show}. */
export interface ShowOptions extends RenderOptions {
  /**
   * Also embed the interactive chart (tooltips with quotes). Needs the notebook's
   * front end to run scripts; the static SVG is shown as well, so the chart still
   * appears in nbconvert output and static previews.
   */
  interactive?: boolean;
  /** Where to show the chart; default tslab's `display` (another kernel's display object works too). */
  display?: ChartDisplay;
}

/** The part of tslab's `display` that {@link show} uses. */
export interface ChartDisplay {
  html(s: string): void;
  raw(contentType: string, b: string | Uint8Array): unknown;
}

/** tslab is only present inside a tslab kernel: resolve it from the notebook's directory, not from duibi. */
function tslabDisplay(): ChartDisplay {
  for (const base of [join(process.cwd(), "noop.js"), import.meta.url]) {
    try {
      const tslab = createRequire(base)("tslab") as { display: ChartDisplay };
      return tslab.display;
    } catch {
      // try the next place
    }
  }
  throw duibiError("missing_dependency", { feature: "show()", package: "tslab" });
}

/**
 * Shows a chart inline in a tslab (TypeScript Jupyter) notebook as SVG, which
 * survives nbconvert and static previews; optionally interactive as well.
 *
 * @param spec - A Vega-Lite spec.
 * @param options - `interactive`, `fontPath`.
 * @returns Nothing (the chart is on screen when it resolves; a returned value would be printed again by tslab).
 * @throws DuibiError `missing_dependency` outside tslab; `missing_font` when no CJK font is installed.
 * @example
 * import { show, compareBars } from "@duibi/viz";
 * await show(compareBars(table, { indicators: ["gdp"] })); // => the chart, inline
 */
export async function show(spec: ChartSpec, options: ShowOptions = {}): Promise<void> {
  checkArgs({ spec: [spec, "json"], options: [options, { "interactive?": "boolean", "display?": "object|function" }] });
  const display = options.display ?? tslabDisplay();
  const svg = await toSvg(spec, options);
  display.raw("image/svg+xml", svg);
  if (options.interactive) {
    // an iframe keeps the inlined libraries (offline) and the page's scripts apart from the notebook's
    const size = (name: string) => Number(new RegExp(`${name}="([\\d.]+)"`).exec(svg)?.[1] ?? 400);
    const page = toHtml(spec).replace(/&/g, "&amp;").replace(/"/g, "&quot;");
    display.html(
      `<iframe srcdoc="${page}" width="${Math.ceil(size("width")) + 80}" height="${Math.ceil(size("height")) + 80}" style="border:0"></iframe>`,
    );
  }
}
