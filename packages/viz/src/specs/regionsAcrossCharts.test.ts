import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { align, targetPairs } from "@duibi/core";
import { attainment, composite, gaps, rank, sensitivity } from "@duibi/stats";
import { describe, expect, it } from "vitest";
import { manyDistricts } from "../__fixtures__/manyDistricts.js";
import { innerOf } from "../__fixtures__/renderClean.js";
import { panel } from "../__fixtures__/targetPanel.js";
import { schemaErrors } from "../__fixtures__/vegaLiteSchema.js";
import { toPng } from "../render/toPng.js";
import { OTHER_COLOR, REGION_PALETTE, regionColors } from "../theme/regionColors.js";
import type { ChartSpec } from "../types.js";
import { attainmentMatrix } from "./attainmentMatrix.js";
import { compareBars } from "./compareBars.js";
import { gapChart } from "./gapChart.js";
import { rankHeatmap } from "./rankHeatmap.js";
import { orderCodes } from "./regionOrder.js";
import { scatter } from "./scatter.js";
import { scorecard } from "./scorecard.js";
import { slopeChart } from "./slopeChart.js";
import { targetHistory } from "./targetHistory.js";
import { targetVsActual } from "./targetVsActual.js";

/** Tallest and widest a chart of the report may be at scale 1, however many regions it has. */
const MAX_HEIGHT = 1400;
const MAX_WIDTH = 1600;

/** The user's order: 武隆 before 万州 (not code order), then the generated districts. */
function userOrder(n: number): string[] {
  return [
    "500156",
    "500101",
    ...manyDistricts(n)
      .regions.slice(2)
      .map((r) => r.code),
  ];
}

/** Every chart of a report over `n` regions, drawn with the report's region order and highlight. */
function reportCharts(n: number): [string, ChartSpec][] {
  const dataset = manyDistricts(n);
  const table = align(dataset, { period: 2023, kind: "actual" });
  const o = { regionOrder: userOrder(n), highlight: ["500156", "万州区"], documents: dataset.documents };
  const weights = { indicators: ["gdp:growth", "gdp:level"] };
  // the seeds span one year: attainment over the years is drawn from a generated panel
  const years = panel(n);
  const attained = attainment(years);
  const first = years.regions[0]?.code ?? "";
  // as the report does: two regions are compared with each other (a median of two is no centre)
  const reference = n === 2 ? "万州区" : "median";
  return [
    ["attainmentMatrix", attainmentMatrix(attained, { highlight: [first], documents: years.documents })],
    ["targetHistory", targetHistory(attained, { region: first, documents: years.documents })],
    ["compareBars", compareBars(table, o)],
    ["compareBars-gdp", compareBars(table, { ...o, indicators: ["gdp"], measure: "growth" })],
    [
      "targetVsActual",
      targetVsActual(targetPairs(dataset, { indicator: "gdp", year: 2024 }), { ...o, documents: dataset.documents }),
    ],
    ["gapChart", gapChart(gaps(table, { reference }), { ...o, table })],
    ["gapChart-gdp", gapChart(gaps(table, { reference }), { ...o, table, indicator: "gdp", measure: "growth" })],
    ["rankHeatmap", rankHeatmap(rank(table, { method: "competition", missing: "exclude" }), { ...o, table })],
    [
      "slopeChart",
      slopeChart(targetPairs(dataset, { indicator: "gdp", year: 2024 }), { ...o, documents: dataset.documents }),
    ],
    ["scatter", scatter(table, { ...o, indicator: "gdp" })],
    [
      "scorecard",
      scorecard(composite(table, weights), sensitivity(table, { ...weights, draws: 20, seed: 1 }), { ...o, table }),
    ],
  ];
}

/** Every colour scale keyed by region (`colorKey`) in a spec: [name, colour] pairs. */
function regionColorPairs(node: unknown): [string, string][] {
  if (node === null || typeof node !== "object") return [];
  const record = node as Record<string, unknown>;
  const own = ["color", "fill", "stroke"].flatMap((channel) => {
    const def = record[channel] as { field?: string; scale?: { domain?: string[]; range?: string[] } } | undefined;
    if (def?.field !== "colorKey") return [];
    return (def.scale?.domain ?? []).map((name, i): [string, string] => [name, def.scale?.range?.[i] ?? ""]);
  });
  return [...own, ...Object.values(record).flatMap(regionColorPairs)];
}

/** Width and height of a PNG, from its IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe.each([2, 3, 300])("the charts of a report over %i regions", (n) => {
  const charts = reportCharts(n);
  const names = new Map(manyDistricts(n).regions.map((r) => [r.name, r.code]));

  it.each(charts)(`%s is schema-valid and stays within ${MAX_WIDTH}×${MAX_HEIGHT} px`, async (name, spec) => {
    expect(schemaErrors(spec)).toBe("[]");
    const warnings: string[] = [];
    const png = await toPng(spec, { scale: 1, onWarning: (m) => warnings.push(m) });
    expect(warnings).toEqual([]);
    const size = pngSize(png);
    expect(size.height).toBeLessThanOrEqual(MAX_HEIGHT);
    expect(size.width).toBeLessThanOrEqual(MAX_WIDTH);
    // kept for looking at: a chart is only checked once a person has seen it
    const dir = join(tmpdir(), "duibi-charts", String(n));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${name}.png`), png);
  });

  it("gives each region the one colour regionColors gives it, in every chart", () => {
    const colors = regionColors(userOrder(n), { highlight: ["500156", "500101"] });
    const pairs = charts.flatMap(([, spec]) => regionColorPairs(spec));
    expect(pairs.length).toBeGreaterThan(0);
    for (const [name, color] of pairs) {
      const code = names.get(name);
      expect(color, name).toBe(code === undefined ? OTHER_COLOR : colors[code]);
    }
    // three regions take the palette by code (东城区 110101 first); two the same (万州 first); among 300 the highlighted
    // seeds keep palette colours and the other regions are grey
    const seeds = n === 3 ? [REGION_PALETTE[1], REGION_PALETTE[2]] : [REGION_PALETTE[0], REGION_PALETTE[1]];
    expect([colors["500101"], colors["500156"]]).toEqual(seeds);
  });
});

describe("three regions, the third stating fewer figures", () => {
  const charts = new Map(reportCharts(3));
  const third = manyDistricts(3).regions[2]!;

  it("lists the regions in the user's order in every chart of one bar per region", () => {
    const bars = innerOf(charts.get("compareBars-gdp")!).data.values as { region: string; sortIndex: number }[];
    expect([...bars].sort((a, b) => a.sortIndex - b.sortIndex).map((b) => b.region)).toEqual([
      "武隆区",
      "万州区",
      third.name,
    ]);
    const gap = innerOf(charts.get("gapChart")!).layer[0].layer;
    expect(gap[0].encoding.color.scale.domain).toEqual(["武隆区", "万州区", third.name]);
    // bars grouped by indicator name their region, not only by colour
    expect(gap.map((l: { encoding: { text?: { field: string } } }) => l.encoding.text?.field)).toContain("region");
  });

  it("draws the target chart among the two regions that state targets and names the third", () => {
    const spec = charts.get("targetVsActual")!;
    const points = innerOf(spec).layer[1].data.values as { region: string; sortIndex: number }[];
    expect([...new Set(points.map((p) => p.region))]).toEqual(["武隆区", "万州区"]);
    expect(innerOf(spec).title.subtitle).toEqual([`${third.name}未说明2024年目标`]);
  });

  it("names, in one line per group of regions, the panels they do not state", () => {
    const subtitle = innerOf(charts.get("compareBars")!).title.subtitle as string[];
    const lines = subtitle.filter((line) => line.includes("未说明"));
    // one line per set of missing regions: never the same region named twice
    expect(lines.length).toBeGreaterThan(0);
    expect(new Set(lines.map((line) => line.slice(0, line.indexOf("未说明")))).size).toBe(lines.length);
  });

  it("titles a chart of three regions as a list: 武隆区、万州区与…", () => {
    expect(innerOf(charts.get("compareBars")!).title.text).toBe(`武隆区、万州区与${third.name}：2023年实际`);
  });
});

describe("300 regions, many stating only some figures", () => {
  const charts = new Map(reportCharts(300));

  it("cuts one bar per region to both ends and the selected, and counts those who do not state it", () => {
    const inner = innerOf(charts.get("targetVsActual")!);
    const regions = new Set((inner.layer[1].data.values as { region: string }[]).map((p) => p.region));
    expect(regions.size).toBeLessThanOrEqual(22);
    expect(regions.has("武隆区") && regions.has("万州区")).toBe(true);
    // two generated districts in three state a target: 100 of 300 regions do not
    expect(inner.title.subtitle.at(-1)).toMatch(/等100个地区未说明2024年目标$/);
  });
});

describe("orderCodes", () => {
  it("puts the given order first, then the rest by code, each code once", () => {
    expect(orderCodes(["500101", "110101", "500156", "500101"], ["500156", "999999"])).toEqual([
      "500156",
      "110101",
      "500101",
    ]);
    expect(orderCodes(["b", "a"], undefined)).toEqual(["a", "b"]);
  });
});

describe("regionColors", () => {
  it("takes the palette by code for up to eight regions, the same for any subset's order", () => {
    const eight = Array.from({ length: 8 }, (_, i) => `50010${i}`);
    expect(Object.values(regionColors(eight))).toEqual(REGION_PALETTE);
    expect(regionColors([...eight].reverse())).toEqual(regionColors(eight));
  });

  it("greys every region but the highlighted ones beyond eight", () => {
    const nine = Array.from({ length: 9 }, (_, i) => `50010${i}`);
    const colors = regionColors(nine, { highlight: ["500108", "500103"] });
    expect([colors["500103"], colors["500108"]]).toEqual([REGION_PALETTE[0], REGION_PALETTE[1]]);
    expect(Object.values(colors).filter((c) => c === OTHER_COLOR)).toHaveLength(7);
  });
});
