// The one test file that loads danfojs-node (~1 s): keep DataFrame tests here.
import type { DataFrame } from "danfojs-node";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { align } from "../align/index.js";
import { loadSeeds } from "../io/index.js";
import type { ComparisonTable } from "../schema/index.js";
import { observationArbitrary } from "./__fixtures__/arbitraries.js";
import { fixtureDataset } from "./__fixtures__/dataset.js";
import { fromDataFrame } from "./fromDataFrame.js";
import { toDataFrame } from "./toDataFrame.js";

const cell = (value: number, unit: string) => ({
  value,
  unit,
  qualifier: "exact" as const,
  source: { document: "d.txt", start: 0, end: 1, quote: "x" },
});

const table: ComparisonTable = {
  regions: [
    { code: "500101", name: "万州区" },
    { code: "500156", name: "武隆区" },
  ],
  period: 2023,
  kind: "actual",
  rows: [
    {
      indicator: "gdp",
      measure: "growth",
      verdict: "comparable",
      notes: [],
      cells: { "500101": cell(6.9, "%"), "500156": cell(5.5, "%") },
    },
    {
      indicator: "unemployment.registered",
      measure: "rate",
      verdict: "partial",
      notes: [{ code: "missing", regions: ["500101"] }],
      cells: { "500101": null, "500156": cell(2.71, "%") },
    },
  ],
};

describe("toDataFrame / fromDataFrame", () => {
  it("toDataFrame(observations) is long: one row per observation in the flat layout", async () => {
    const df = (await toDataFrame(fixtureDataset.observations)) as DataFrame;
    expect(df.shape).toEqual([7, 18]);
    expect(df.columns.slice(0, 9)).toEqual([
      "region_code",
      "region_name",
      "indicator",
      "measure",
      "period",
      "kind",
      "value",
      "unit",
      "qualifier",
    ]);
    expect(df.column("value").values).toEqual([6.9, 73.1, 5.5, 6.5, 0.8477, 0.85, 103]);
    expect(df.column("region_name").values[2]).toBe("武隆区");
    expect(df.column("unregistered").values[6]).toBe("true");
  });

  it("fromDataFrame(toDataFrame(observations)) gives the observations back", async () => {
    const df = await toDataFrame(fixtureDataset.observations);
    expect(fromDataFrame(df)).toEqual(fixtureDataset.observations);
  });

  it("toDataFrame(dataset) uses the dataset's observations and leaves the input untouched", async () => {
    const before = structuredClone(fixtureDataset);
    const df = await toDataFrame(fixtureDataset);
    expect(df.shape).toEqual([7, 18]);
    expect(fixtureDataset).toEqual(before);
  });

  it("toDataFrame(table) is wide: indicator, measure, unit, verdict, one column per region", async () => {
    const df = (await toDataFrame(table)) as DataFrame;
    expect(df.columns).toEqual(["indicator", "measure", "unit", "verdict", "万州区", "武隆区"]);
    expect(df.values).toEqual([
      ["gdp", "growth", "%", "comparable", 6.9, 5.5],
      ["unemployment.registered", "rate", "%", "partial", null, 2.71],
    ]);
  });

  it("toDataFrame(table) appends the code when two regions share a name", async () => {
    const gulou: ComparisonTable = {
      ...table,
      regions: [
        { code: "320106", name: "鼓楼区" },
        { code: "350102", name: "鼓楼区" },
      ],
      rows: [
        {
          indicator: "gdp",
          measure: "growth",
          verdict: "comparable",
          notes: [],
          cells: { "320106": cell(5, "%"), "350102": cell(6, "%") },
        },
      ],
    };
    const df = await toDataFrame(gulou);
    expect(df.columns.slice(4)).toEqual(["鼓楼区(320106)", "鼓楼区(350102)"]);
  });

  it("toDataFrame([]) has the columns and no rows; fromDataFrame reads it as []", async () => {
    const df = await toDataFrame([]);
    expect(df.shape).toEqual([0, 18]);
    expect(fromDataFrame(df)).toEqual([]);
  });

  it("fromDataFrame(wide table) names the missing columns", async () => {
    const df = await toDataFrame(table);
    expect(() => fromDataFrame(df)).toThrow(/missing columns region_code, region_name/);
  });

  it("fromDataFrame rejects a bad cell, naming its row and field", async () => {
    const { DataFrame } = await import("danfojs-node");
    const df = await toDataFrame(fixtureDataset.observations);
    const values = (df.values as unknown[][]).map((row) => [...row]);
    (values[3] as unknown[])[df.columns.indexOf("kind")] = "forecast";
    const bad = new DataFrame(values, { columns: df.columns });
    expect(() => fromDataFrame(bad)).toThrow(expect.objectContaining({ code: "invalid_dataset" }));
    expect(() => fromDataFrame(bad)).toThrow(/rows\[3\]\.kind/);
  });

  it("toDataFrame rejects input that is not duibi data", async () => {
    await expect(toDataFrame({} as never)).rejects.toMatchObject({ code: "invalid_option" });
    await expect(toDataFrame([{ regionCode: "1" }] as never)).rejects.toMatchObject({ code: "invalid_dataset" });
  });

  it("the seeds: observations round-trip, and the 2023 table is wide with a column per region", async () => {
    const seeds = loadSeeds();
    expect(fromDataFrame(await toDataFrame(seeds))).toEqual(seeds.observations);
    const table = align(seeds, { regions: ["武隆", "万州"], period: 2023, kind: "actual" });
    const df = (await toDataFrame(table)) as DataFrame;
    expect(df.shape).toEqual([table.rows.length, 6]);
    expect(df.columns.slice(4)).toEqual(["武隆区", "万州区"]); // the table's region order
    const gdp = (df.values as unknown[][]).find((row) => row[0] === "gdp" && row[1] === "growth");
    // 武隆 2023: 地区生产总值增长5.5%; 万州: 增长6.9%
    expect(gdp).toEqual(["gdp", "growth", "%", "comparable", 5.5, 6.9]);
  });

  it("fromDataFrame(toDataFrame(observations)) round-trips any observations", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(observationArbitrary, { maxLength: 12 }), async (observations) => {
        expect(fromDataFrame(await toDataFrame(observations))).toEqual(observations);
      }),
      { numRuns: 40 },
    );
  });
});
