import { describe, expect, it } from "vitest";
import { loadSeeds } from "../io/loadSeeds.js";
import type { Dataset, Observation } from "../schema/index.js";
import { targetPairs } from "./targetPairs.js";

const seeds = loadSeeds();

describe("targetPairs(dataset, options)", () => {
  it("pairs 2024 targets with 2023 actuals (武隆 5.5 → 6.5, 万州 6.9 → 7: the 2024 reports)", () => {
    const pairs = targetPairs(seeds, { indicator: "gdp", year: 2024 });
    expect(pairs.map((p) => [p.regionName, p.actual?.value, p.target.value, p.measure])).toEqual([
      ["万州区", 6.9, 7, "growth"],
      ["武隆区", 5.5, 6.5, "growth"],
    ]);
    expect(pairs[1]?.actual?.source.quote).toContain("增长5.5%");
  });

  it("accepts regions by short name and rejects unknown ones with core's region errors", () => {
    expect(targetPairs(seeds, { indicator: "gdp", year: 2024, regions: ["武隆"] })).toHaveLength(1);
    expect(() => targetPairs(seeds, { indicator: "gdp", regions: ["不存在区"] })).toThrow(
      expect.objectContaining({ code: "unknown_region" }),
    );
  });

  it("throws missing_period when no region states the indicator's target that year; without an indicator, none", () => {
    expect(() => targetPairs(seeds, { indicator: "gdp", year: 2030 })).toThrow(
      expect.objectContaining({ code: "missing_period" }),
    );
    expect(targetPairs(seeds, { year: 2030 })).toEqual([]);
  });

  it("without an indicator, every target of the year, sorted by region code, indicator and measure", () => {
    const pairs = targetPairs(seeds, { year: 2024, measure: "growth" });
    expect(pairs.length).toBeGreaterThan(20);
    const keys = pairs.map((p) => `${p.regionCode}|${p.indicator}`);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(keys).size).toBe(keys.length);
    expect(pairs.every((p) => p.measure === "growth" && p.target.period === 2024)).toBe(true);
  });

  it("reads last year's figure as the latest report's final one, and keeps every statement of the target", () => {
    const doc = (id: string, year: number) => ({
      id,
      title: id,
      regionCode: "500156",
      year,
      type: "work_report" as const,
      chars: 1,
      sha256: "0".repeat(64),
    });
    const fact = (period: number, kind: Observation["kind"], value: number, document: string): Observation => ({
      regionCode: "500156",
      regionName: "武隆区",
      indicator: "gdp",
      measure: "growth",
      period,
      kind,
      value,
      unit: "%",
      qualifier: "exact",
      nameAsWritten: "地区生产总值",
      source: { document, start: value * 10, end: value * 10 + 4, quote: `增长${value}%` },
    });
    const dataset: Dataset = {
      version: 1,
      regions: [],
      // "a-" sorts before "b-": document order alone would pick the 2024 report's estimate
      documents: [doc("b-2024.txt", 2024), doc("a-2025.txt", 2025)],
      conflicts: [],
      observations: [
        fact(2023, "estimate", 5.5, "b-2024.txt"),
        fact(2023, "actual", 5.8, "a-2025.txt"),
        fact(2024, "target", 6.5, "b-2024.txt"),
        fact(2024, "target", 7, "a-2025.txt"),
      ],
    };
    const [pair] = targetPairs(dataset, { indicator: "gdp" });
    expect(pair?.actual).toMatchObject({ value: 5.8, kind: "actual" });
    // the 2024 report sets 2024's target; the 2025 report's restatement is kept beside it
    expect(pair?.target.value).toBe(6.5);
    expect(pair?.targetStatements.map((s) => [s.value, s.source.document])).toEqual([
      [6.5, "b-2024.txt"],
      [7, "a-2025.txt"],
    ]);
  });
});
