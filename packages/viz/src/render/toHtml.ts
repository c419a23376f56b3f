import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { checkArgs, duibiError } from "@duibi/core";
import type { ChartSpec } from "../types.js";

/** Options for {@link toHtml}. */
export interface HtmlOptions {
  /** The page's `<title>`; default the chart's title, else "duibi". */
  title?: string;
  /** Page language, default "zh-CN". */
  lang?: string;
}

/** A library's browser bundle (build/<name>.min.js), found from this package's dependencies at call time. */
function bundle(pkg: "vega" | "vega-lite" | "vega-embed"): string {
  const require = createRequire(import.meta.url);
  try {
    // each package's entry sits in build/, next to its minified browser bundle
    const entry = require.resolve(pkg);
    return readFileSync(join(dirname(entry), `${pkg}.min.js`), "utf8");
  } catch (cause) {
    throw duibiError("missing_dependency", { feature: "toHtml", package: pkg }, { cause });
  }
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);

/** Script text must not close its own <script> element. */
const inlineScript = (code: string) => code.replace(/<\/(script)/gi, "<\\/$1");

function titleOf(spec: ChartSpec): string | undefined {
  const inner =
    (spec as { vconcat?: { title?: unknown }[] }).vconcat?.[0]?.title ?? (spec as { title?: unknown }).title;
  if (typeof inner === "string") return inner;
  if (inner && typeof inner === "object" && "text" in inner) {
    const text = (inner as { text: unknown }).text;
    return Array.isArray(text) ? text.join(" ") : String(text);
  }
  return undefined;
}

/**
 * Writes one self-contained HTML page showing the chart interactively (tooltips
 * with the quoted sentences). vega, vega-lite and vega-embed are inlined, so the
 * file works offline and can be mailed as is.
 *
 * @param spec - A Vega-Lite spec.
 * @param options - Page `title` and `lang`.
 * @returns The HTML document (about 1.5 MB, most of it the three libraries).
 * @throws DuibiError `missing_dependency` when a library's browser bundle cannot be found.
 * @example
 * const html = toHtml(slopeChart(targetPairs(dataset, { indicator: "gdp", year: 2024 }), { documents: dataset.documents }));
 * html.includes("vegaEmbed"); // => true
 */
export function toHtml(spec: ChartSpec, options: HtmlOptions = {}): string {
  checkArgs({ spec: [spec, "json"], options: [options, { "title?": "string", "lang?": "string" }] });
  const title = options.title ?? titleOf(spec) ?? "duibi";
  const json = JSON.stringify(spec).replace(/</g, "\\u003c");
  const embed = `vegaEmbed("#chart", ${json}, { renderer: "svg", actions: { export: true, source: false, compiled: false, editor: false } })
  .catch((error) => { document.getElementById("chart").textContent = String(error); });`;
  return `<!doctype html>
<html lang="${escapeHtml(options.lang ?? "zh-CN")}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body { margin: 24px; font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; background: #fff; }</style>
<script>${inlineScript(bundle("vega"))}</script>
<script>${inlineScript(bundle("vega-lite"))}</script>
<script>${inlineScript(bundle("vega-embed"))}</script>
</head>
<body>
<div id="chart"></div>
<script>${inlineScript(embed)}</script>
</body>
</html>
`;
}
