import { describe, expect, it } from "vitest";
import { dataOf, innerOf, renderClean } from "../__fixtures__/renderClean.js";
import { dataset } from "../__fixtures__/wulongWanzhou.js";
import { targetPairs } from "./targetPairs.js";
import { targetVsActual } from "./targetVsActual.js";

describe("targetPairs", () => {
  it("pairs 2024 targets with 2023 actuals (武隆 5.5 → 6.5, 万州 6.9 → 7)", () => {
    const pairs = targetPairs(dataset, { indicator: "gdp", year: 2024 });
    expect(pairs.map((p) => [p.regionName, p.actual?.value, p.target.value, p.measure])).toEqual([
      ["万州区", 6.9, 7, "growth"],
      ["武隆区", 5.5, 6.5, "growth"],
    ]);
  });

  it("accepts regions by short name and rejects unknown ones", () => {
    expect(targetPairs(dataset, { indicator: "gdp", year: 2024, regions: ["武隆"] }).length).toBe(1);
    expect(() => targetPairs(dataset, { indicator: "gdp", regions: ["不存在区"] })).toThrow(
      expect.objectContaining({ code: "unknown_region" }),
    );
  });

  it("throws missing_period when no region states a target that year", () => {
    expect(() => targetPairs(dataset, { indicator: "gdp", year: 2030 })).toThrow(
      expect.objectContaining({ code: "missing_period" }),
    );
  });
});

describe("targetVsActual", () => {
  it("draws a dumbbell per region from last year's actual to this year's target", async () => {
    const spec = targetVsActual(dataset, { indicator: "gdp", year: 2024 });
    await renderClean(spec);
    const links = dataOf(spec, 0);
    expect(links).toEqual([
      { region: "万州区", sortIndex: 0, from: 6.9, to: 7, style: "link" },
      { region: "武隆区", sortIndex: 1, from: 5.5, to: 6.5, style: "link" },
    ]);
    const points = dataOf(spec, 1).map((p) => [p.region, p.role, p.value, p.label]);
    expect(points).toEqual([
      ["万州区", "actual", 6.9, "6.9%"],
      ["万州区", "target", 7, "7%"],
      ["武隆区", "actual", 5.5, "5.5%"],
      ["武隆区", "target", 6.5, "6.5%"],
    ]);
    expect(innerOf(spec).title.text).toBe("地区生产总值增速：2023年实际 → 2024年目标");
  });

  it("shows the qualifier: 以内 as a ceiling bar, 以上 as an open end, 左右 as a point", async () => {
    const cpi = targetVsActual(dataset, { indicator: "cpi", year: 2024 });
    await renderClean(cpi);
    const [, actuals, targets] = innerOf(cpi).layer[1].layer;
    expect(actuals.encoding.shape.scale.domain).toEqual(["上年实际"]);
    // the actual's legend symbol is hollow, the targets' filled
    expect(actuals.mark.filled).toBe(false);
    expect(targets.encoding.shape.scale.domain).toEqual(["目标（以内，上限）"]);
    expect(targets.encoding.shape.legend.symbolFillColor).not.toBe("white");
    expect(targets.encoding.shape.scale.range[0]).toMatch(/^M/); // the ceiling bar path
    expect(dataOf(cpi, 1).find((p) => p.role === "target")?.label).toBe("3%以内");

    const income = targetVsActual(dataset, { indicator: "income.per_capita", year: 2024 });
    await renderClean(income);
    expect(dataOf(income, 0)).toEqual([
      { region: "万州区", sortIndex: 0, from: 7, to: expect.any(Number), style: "open" },
    ]);
    expect(dataOf(income, 1)[0]?.label).toBe("7%以上");

    const jobless = targetVsActual(dataset, { indicator: "unemployment.surveyed", year: 2024 });
    await renderClean(jobless);
    // 武隆 states no 2023 surveyed rate: the target alone, no link
    const layers = innerOf(jobless).layer;
    expect(layers.length).toBe(1);
    expect(layers[0].data.values.map((p: Record<string, unknown>) => [p.role, p.marker, p.label])).toEqual([
      ["target", "目标（左右）", "5.5%左右"],
    ]);
  });

  it("takes pairs directly and is deterministic", () => {
    const pairs = targetPairs(dataset, { indicator: "gdp", year: 2024 });
    const fromDataset = targetVsActual(dataset, { indicator: "gdp", year: 2024 });
    expect(JSON.stringify(targetVsActual(pairs, { documents: dataset.documents }))).toBe(JSON.stringify(fromDataset));
    expect(JSON.stringify(targetVsActual(dataset, { indicator: "gdp", year: 2024 }))).toBe(JSON.stringify(fromDataset));
  });

  it("needs an indicator with a dataset", () => {
    expect(() => targetVsActual(dataset)).toThrow(expect.objectContaining({ code: "invalid_option" }));
  });
});
