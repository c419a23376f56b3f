import { createRequire } from "node:module";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { renderClean } from "../__fixtures__/renderClean.js";
import { composite, dataset, documents, gaps, ranks, sensitivity, table } from "../__fixtures__/wulongWanzhou.js";
import type { ChartSpec } from "../types.js";
import { compareBars } from "./compareBars.js";
import { gapChart } from "./gapChart.js";
import { rankHeatmap } from "./rankHeatmap.js";
import { scatter } from "./scatter.js";
import { scorecard } from "./scorecard.js";
import { slopeChart } from "./slopeChart.js";
import { targetVsActual } from "./targetVsActual.js";

const schema = createRequire(import.meta.url)("vega-lite/vega-lite-schema.json");
const ajv = new Ajv({ strict: false, allowUnionTypes: true, logger: false });
const check = ajv.compile(schema);

/**
 * Validates against the published schema. `legend.encoding` (used by targetVsActual to draw
 * the "actual" symbol hollow) is a hidden property of vega-lite's Legend type: compiled and
 * supported, but left out of the JSON schema; it is removed before checking.
 */
function validate(spec: ChartSpec): boolean {
  const strip = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(strip);
    if (node === null || typeof node !== "object") return node;
    return Object.fromEntries(
      Object.entries(node).flatMap(([key, value]) => {
        if (key === "legend" && value && typeof value === "object" && "encoding" in value) {
          const { encoding: _hidden, ...rest } = value as Record<string, unknown>;
          return [[key, rest]];
        }
        return [[key, strip(value)]];
      }),
    );
  };
  const valid = check(strip(spec));
  validate.errors = check.errors;
  return valid;
}
validate.errors = null as typeof check.errors;

/** Every builder, in both languages: [name, build]. */
const builders: [string, (lang: "zh" | "en") => ChartSpec][] = [
  ["compareBars", (lang) => compareBars(table, { lang, documents })],
  ["targetVsActual", (lang) => targetVsActual(dataset, { indicator: "gdp", year: 2024, lang })],
  ["gapChart", (lang) => gapChart(gaps, { lang, table, documents })],
  ["rankHeatmap", (lang) => rankHeatmap(ranks, { lang, table, documents })],
  ["slopeChart", (lang) => slopeChart(dataset, { indicator: "gdp", year: 2024, lang })],
  ["scatter", (lang) => scatter(table, { lang, documents })],
  ["scorecard", (lang) => scorecard(composite, sensitivity, { lang, documents })],
];

describe.each(builders)("%s", (_name, build) => {
  it("returns a spec valid against the Vega-Lite schema", () => {
    const spec = build("zh");
    const valid = validate(spec);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
    expect(valid).toBe(true);
  });

  it("is deterministic: the same input gives the same JSON", () => {
    expect(JSON.stringify(build("zh"))).toBe(JSON.stringify(build("zh")));
  });

  it("labels in English with lang 'en' and renders without warnings", async () => {
    const spec = build("en");
    expect(validate(spec)).toBe(true);
    const inner = (spec as unknown as { vconcat: { title: { text: string } }[] }).vconcat[0];
    // titles carry no Chinese in English, apart from the region names the reports use
    expect(inner?.title.text.replace(/万州区|武隆区/g, "")).toMatch(/^[\x20-\x7E→×]+$/);
    const svg = await renderClean(spec);
    expect(svg).toContain("Source: ");
  });
});
