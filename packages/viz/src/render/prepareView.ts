import { duibiError } from "@duibi/core";
import type { ChartSpec } from "../types.js";
import { findCjkFont } from "./findCjkFont.js";
import { type CjkFont, loadCjkFont } from "./loadCjkFont.js";
import { installedMeasurer, installTextMeasurer, type VegaTextMetrics } from "./textMeasurer.js";

/** Options shared by the renderers. */
export interface RenderOptions {
  /** A CJK font file to measure and draw text with (default: found on the system, see `findCjkFont`). */
  fontPath?: string;
  /** Called with each warning vega-lite or vega logs; a chart duibi builds logs none. */
  onWarning?: (message: string) => void;
}

/** The subset of a vega View used here. */
export interface VegaView {
  runAsync(): Promise<unknown>;
  toSVG(scaleFactor?: number): Promise<string>;
  finalize(): void;
}

/** A logger in the shape vega and vega-lite both take, forwarding warnings to `onWarning`. */
function logger(onWarning: (message: string) => void) {
  let current = 2; // vega.Warn
  const text = (args: unknown[]) => args.map((a) => (a instanceof Error ? a.message : String(a))).join(" ");
  const self = {
    level(value?: number) {
      if (value === undefined) return current;
      current = value;
      return self;
    },
    error(...args: unknown[]) {
      throw duibiError("render_failed", { detail: text(args) });
    },
    warn(...args: unknown[]) {
      onWarning(text(args));
      return self;
    },
    info: () => self,
    debug: () => self,
  };
  return self;
}

/** Reuses the font vega already measures with when it is the one asked for: loading a .ttc takes a while. */
async function fontFor(vega: VegaTextMetrics, fontPath: string | undefined): Promise<CjkFont> {
  const files = findCjkFont(fontPath);
  const installed = installedMeasurer(vega)?.font;
  if (installed && installed.files.regular === files.regular && installed.files.bold === files.bold) return installed;
  return loadCjkFont(files.regular);
}

/**
 * Compiles a Vega-Lite spec and builds a headless vega View that measures text
 * with the CJK font: the pipeline shared by {@link toSvg} and {@link toPng}.
 *
 * 0. refuse a value too large to draw (see {@link LARGEST_DRAWN}); 1. find and load the CJK font; 2. import vega and vega-lite (lazily: both use
 * top-level await and cannot be required); 3. install the font's text measurer
 * into vega; 4. compile with vega-lite; 5. parse and run a View without a renderer.
 *
 * @param spec - A Vega-Lite spec.
 * @param options - Font and warning handler.
 * @returns The View (the caller finalizes it) and the font.
 * @throws DuibiError `missing_font`; `render_failed` when vega-lite or vega reports an error,
 *   or a data value is beyond {@link LARGEST_DRAWN} (`where` names it).
 * @example
 * const { view } = await prepareView(compareBars(table)); // => a View, already run
 */
export async function prepareView(
  spec: ChartSpec,
  options: RenderOptions = {},
): Promise<{ view: VegaView; font: CjkFont }> {
  assertDrawable(spec);
  const onWarning = options.onWarning ?? (() => {});
  const [vega, vegaLite] = await Promise.all([import("vega"), import("vega-lite")]);
  const font = await fontFor(vega as unknown as VegaTextMetrics, options.fontPath);
  installTextMeasurer(vega as unknown as VegaTextMetrics, font);
  let compiled: ReturnType<typeof vegaLite.compile>;
  try {
    // vega tags inline data rows with ids: compile a copy so the caller's spec is never mutated
    compiled = vegaLite.compile(structuredClone(spec), { logger: logger(onWarning) as never });
  } catch (cause) {
    if (cause instanceof Error && cause.name === "DuibiError") throw cause;
    throw duibiError("render_failed", { detail: cause instanceof Error ? cause.message : String(cause) }, { cause });
  }
  try {
    const view = new vega.View(vega.parse(compiled.spec), {
      renderer: "none",
      logger: logger(onWarning) as never,
    });
    await view.runAsync();
    return { view: view as unknown as VegaView, font };
  } catch (cause) {
    if (cause instanceof Error && cause.name === "DuibiError") throw cause;
    throw duibiError("render_failed", { detail: cause instanceof Error ? cause.message : String(cause) }, { cause });
  }
}

/**
 * The largest magnitude a chart draws. Scales take the span of their domain and round it
 * to nice ticks: with values near ±1.7e308 the span overflows to Infinity and every
 * coordinate becomes NaN. Far above any figure a report states.
 */
const LARGEST_DRAWN = 1e300;

/** Throws `render_failed` naming the first inline data value a scale could not span. */
function assertDrawable(spec: ChartSpec): void {
  const seen = new WeakSet<object>();
  const visit = (value: unknown, path: string): void => {
    if (typeof value === "number") {
      if (Math.abs(value) > LARGEST_DRAWN) {
        const detail = `the value ${value} at ${path} is too large to draw (the largest is ±${LARGEST_DRAWN})`;
        throw duibiError("render_failed", { detail }, { where: path });
      }
      return;
    }
    if (value === null || typeof value !== "object" || seen.has(value)) return;
    seen.add(value);
    const entries = Array.isArray(value) ? value.map((v, i) => [`[${i}]`, v] as const) : Object.entries(value);
    for (const [key, v] of entries) visit(v, Array.isArray(value) ? `${path}${key}` : `${path}.${key}`);
  };
  visit(spec, "spec");
}
