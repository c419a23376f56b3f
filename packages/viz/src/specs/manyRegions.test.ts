import { align, type Dataset, type Observation, regions, targetPairs } from "@duibi/core";
import { composite, gaps, rank, sensitivity } from "@duibi/stats";
import { describe, expect, it } from "vitest";
import { innerOf, renderClean } from "../__fixtures__/renderClean.js";
import { MANY_REGIONS, OTHER_COLOR } from "../theme/regionColors.js";
import type { ChartSpec } from "../types.js";
import { compareBars } from "./compareBars.js";
import { gapChart } from "./gapChart.js";
import { rankHeatmap } from "./rankHeatmap.js";
import { regionStyle } from "./regionStyle.js";
import { scatter } from "./scatter.js";
import { scorecard } from "./scorecard.js";
import { SHOW_EACH_END, shownRegions } from "./shownRegions.js";
import { slopeChart } from "./slopeChart.js";
import { targetVsActual } from "./targetVsActual.js";

/**
 * 3,000 regions of the registry: every county-level unit (about 2,850), topped up with prefectures;
 * each with GDP level and growth (2023 actual, 2024 target) and retail growth.
 */
const COUNTIES = [
  ...regions().filter((r) => r.level === "county"),
  ...regions().filter((r) => r.level === "prefecture"),
].slice(0, 3000);

function observation(i: number, code: string, name: string, fields: Partial<Observation>): Observation {
  return {
    regionCode: code,
    regionName: name,
    indicator: "gdp",
    measure: "growth",
    period: 2023,
    kind: "actual",
    value: 0,
    unit: "%",
    qualifier: "exact",
    nameAsWritten: "地区生产总值",
    source: { document: "many.txt", start: i, end: i + 1, quote: `${name}增长` },
    ...fields,
  } as Observation;
}

const dataset: Dataset = {
  version: 1,
  regions: COUNTIES,
  documents: [
    {
      id: "many.txt",
      title: "many",
      regionCode: null,
      year: 2024,
      type: "other",
      chars: 1,
      sha256: "0".repeat(64),
    },
  ],
  observations: COUNTIES.flatMap((r, i) => [
    observation(4 * i, r.code, r.name, { value: 3 + ((i * 37) % 61) / 10 }),
    observation(4 * i + 1, r.code, r.name, { measure: "level", unit: "亿元", value: 50 + ((i * 53) % 997) }),
    observation(4 * i + 2, r.code, r.name, { period: 2024, kind: "target", value: 5 + ((i * 11) % 31) / 10 }),
    observation(4 * i + 3, r.code, r.name, {
      indicator: "retail_sales",
      nameAsWritten: "社会消费品零售总额",
      value: 2 + ((i * 29) % 71) / 10,
    }),
  ]),
  conflicts: [],
};

const table = align(dataset, { period: 2023, kind: "actual" });
const first = COUNTIES[0]?.code ?? "";
const named = [COUNTIES[5]?.code ?? "", COUNTIES[1234]?.name ?? ""];
const weights = { indicators: ["gdp:growth", "retail_sales:growth"] };

/** Every colour scale in the spec: none may list more than the palette plus "其他地区". */
function colorDomains(node: unknown): unknown[][] {
  if (node === null || typeof node !== "object") return [];
  const record = node as Record<string, unknown>;
  const own =
    record.color && typeof record.color === "object"
      ? [((record.color as { scale?: { domain?: unknown[] } }).scale?.domain ?? []) as unknown[]]
      : [];
  return [...own, ...Object.values(record).flatMap(colorDomains)];
}

/** No explicit sort array anywhere (they compile to one nested conditional per entry). */
function sortArrays(node: unknown): unknown[] {
  if (node === null || typeof node !== "object") return [];
  const record = node as Record<string, unknown>;
  const own = Array.isArray(record.sort) ? [record.sort] : [];
  return [...own, ...Object.values(record).flatMap(sortArrays)];
}

const charts: [string, () => ChartSpec][] = [
  ["compareBars", () => compareBars(table, { indicators: ["gdp"], measure: "growth", highlight: named })],
  ["compareBars (panels)", () => compareBars(table, { measure: "growth" })],
  [
    "targetVsActual",
    () =>
      targetVsActual(targetPairs(dataset, { indicator: "gdp", year: 2024 }), {
        highlight: named,
        documents: dataset.documents,
      }),
  ],
  ["gapChart", () => gapChart(gaps(table, { reference: first }), { indicator: "gdp", measure: "growth", table })],
  ["gapChart (rows)", () => gapChart(gaps(table, { reference: "median" }), { table, highlight: named })],
  ["rankHeatmap", () => rankHeatmap(rank(table, { method: "competition", missing: "exclude" }), { table })],
  [
    "slopeChart",
    () =>
      slopeChart(targetPairs(dataset, { indicator: "gdp", year: 2024 }), {
        highlight: named,
        documents: dataset.documents,
      }),
  ],
  ["scatter", () => scatter(table, { indicator: "gdp", highlight: named })],
  [
    "scorecard",
    () =>
      scorecard(composite(table, weights), sensitivity(table, { ...weights, draws: 20, seed: 1 }), {
        table,
        highlight: named,
      }),
  ],
];

describe("charts of 3,000 regions", () => {
  it.each(charts)(
    "%s compiles and renders without warnings, with small colour scales and no sort arrays",
    async (_name, build) => {
      const spec = build();
      expect(sortArrays(spec)).toEqual([]);
      for (const domain of colorDomains(spec)) expect(domain.length).toBeLessThanOrEqual(MANY_REGIONS + 1);
      const svg = await renderClean(spec);
      expect(svg).toContain("<svg");
    },
  );

  it("compareBars shows the highest and lowest regions and the highlighted ones, and says so", () => {
    const spec = compareBars(table, { indicators: ["gdp"], measure: "growth", highlight: named });
    const inner = innerOf(spec);
    const rows = inner.data.values as { regionCode: string; value: number; sortIndex: number; colorKey: string }[];
    expect(rows.length).toBeGreaterThanOrEqual(2 * SHOW_EACH_END);
    expect(rows.length).toBeLessThanOrEqual(2 * SHOW_EACH_END + named.length);
    const byIndex = [...rows].sort((a, b) => a.sortIndex - b.sortIndex).map((r) => r.value);
    expect(byIndex).toEqual([...byIndex].sort((a, b) => b - a)); // highest first
    expect(rows.some((r) => r.regionCode === named[0])).toBe(true);
    expect(inner.title.subtitle[0]).toBe("共3000个地区，显示最高10个和最低10个及所选地区");
    expect(inner.layer[0].encoding.color.scale.range).toContain(OTHER_COLOR);
  });

  it("gapChart of one indicator counts every region but the reference in its subtitle", () => {
    const spec = gapChart(gaps(table, { reference: first }), { indicator: "gdp", measure: "growth", table });
    expect(innerOf(spec).title.subtitle[0]).toBe("共2999个地区，显示最高10个和最低10个");
    expect(innerOf(spec).data?.values ?? innerOf(spec).layer[0].data.values).toHaveLength(2 * SHOW_EACH_END);
  });

  it("scatter keeps every point, grey but for the highlighted, which are labelled", () => {
    const inner = innerOf(scatter(table, { indicator: "gdp", highlight: named }));
    expect(inner.data.values).toHaveLength(3000);
    expect(inner.encoding.color.scale.domain).toEqual([COUNTIES[5]?.name, COUNTIES[1234]?.name, "其他地区"]);
  });
});

describe("regionStyle and shownRegions", () => {
  it("gives up to eight regions their stable colours and more regions grey but the highlighted", () => {
    const two = regionStyle(
      [
        { code: "500156", name: "武隆区" },
        { code: "500101", name: "万州区" },
      ],
      {},
      "其他地区",
    );
    expect([two.many, two.domain, two.range]).toEqual([false, ["万州区", "武隆区"], ["#0072B2", "#D55E00"]]);
    const many = regionStyle(
      COUNTIES.map((r) => ({ code: r.code, name: r.name })),
      { highlight: named },
      "其他地区",
    );
    expect(many.domain).toHaveLength(3);
    expect(many.keyOf({ code: first, name: "x" })).toBe("其他地区");
  });

  it("keeps the given order up to 25 regions, then cuts to both ends plus the highlighted", () => {
    const few = shownRegions(
      [
        { code: "b", value: 1 },
        { code: "a", value: 2 },
      ],
      new Set(),
    );
    expect(few).toEqual({ codes: ["b", "a"], cut: false });
    const items = Array.from({ length: 100 }, (_, i) => ({ code: String(i).padStart(3, "0"), value: i }));
    const cut = shownRegions(items, new Set(["050"]));
    expect(cut.cut).toBe(true);
    expect(cut.codes).toHaveLength(21);
    expect(cut.codes.slice(0, 2)).toEqual(["099", "098"]);
    expect(cut.codes).toContain("050");
  });
});
