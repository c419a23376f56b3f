import { targetPairs } from "@duibi/core";
import { attainment } from "@duibi/stats";
import { describe, expect, it } from "vitest";
import { renderClean } from "../__fixtures__/renderClean.js";
import { panel } from "../__fixtures__/targetPanel.js";
import { schemaErrors } from "../__fixtures__/vegaLiteSchema.js";
import { composite, dataset, documents, gaps, ranks, sensitivity, table } from "../__fixtures__/wulongWanzhou.js";
import type { ChartSpec } from "../types.js";
import { attainmentMatrix } from "./attainmentMatrix.js";
import { compareBars } from "./compareBars.js";
import { gapChart } from "./gapChart.js";
import { rankHeatmap } from "./rankHeatmap.js";
import { scatter } from "./scatter.js";
import { scorecard } from "./scorecard.js";
import { slopeChart } from "./slopeChart.js";
import { targetHistory } from "./targetHistory.js";
import { targetVsActual } from "./targetVsActual.js";

// the seeds span one year: the charts of attainment over the years draw a generated panel of three regions
const panelOfThree = panel(3);
const attained = attainment(panelOfThree);

/** Every builder, in both languages: [name, build]. */
const builders: [string, (lang: "zh" | "en") => ChartSpec][] = [
  ["compareBars", (lang) => compareBars(table, { lang, documents })],
  [
    "targetVsActual",
    (lang) =>
      targetVsActual(targetPairs(dataset, { indicator: "gdp", year: 2024 }), { lang, documents: dataset.documents }),
  ],
  ["gapChart", (lang) => gapChart(gaps, { lang, table, documents })],
  ["rankHeatmap", (lang) => rankHeatmap(ranks, { lang, table, documents })],
  [
    "slopeChart",
    (lang) =>
      slopeChart(targetPairs(dataset, { indicator: "gdp", year: 2024 }), { lang, documents: dataset.documents }),
  ],
  ["scatter", (lang) => scatter(table, { lang, documents })],
  ["scorecard", (lang) => scorecard(composite, sensitivity, { lang, documents })],
  ["attainmentMatrix", (lang) => attainmentMatrix(attained, { lang, documents: panelOfThree.documents })],
  ["targetHistory", (lang) => targetHistory(attained, { lang, documents: panelOfThree.documents })],
];

describe.each(builders)("%s", (name, build) => {
  it("returns a spec valid against the Vega-Lite schema, as built (nothing stripped)", () => {
    expect(schemaErrors(build("zh"))).toBe("[]");
    expect(schemaErrors(build("en"))).toBe("[]");
  });

  it("is deterministic and matches its golden file", async () => {
    const zh = build("zh");
    expect(JSON.stringify(zh)).toBe(JSON.stringify(build("zh")));
    // a change to a chart shows as a diff of these files: review it, then `vitest -u` to accept
    await expect(`${JSON.stringify(zh, null, 2)}\n`).toMatchFileSnapshot(`__golden__/${name}.zh.vl.json`);
    await expect(`${JSON.stringify(build("en"), null, 2)}\n`).toMatchFileSnapshot(`__golden__/${name}.en.vl.json`);
  });

  it("labels in English with lang 'en' and renders without warnings", async () => {
    const spec = build("en");
    const inner = (spec as unknown as { vconcat: { title: { text: string } }[] }).vconcat[0];
    // titles carry no Chinese in English, apart from the region names the reports use
    const regionNames = new RegExp([...dataset.regions, ...panelOfThree.regions].map((r) => r.name).join("|"), "g");
    expect(inner?.title.text.replace(regionNames, "")).toMatch(/^[\x20-\x7E→×]+$/);
    const svg = await renderClean(spec);
    expect(svg).toContain("Source: ");
  });
});
