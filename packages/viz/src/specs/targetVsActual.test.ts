import { targetPairs } from "@duibi/core";
import { describe, expect, it } from "vitest";
import { dataOf, innerOf, renderClean } from "../__fixtures__/renderClean.js";
import { dataset } from "../__fixtures__/wulongWanzhou.js";
import { targetVsActual } from "./targetVsActual.js";

describe("targetVsActual", () => {
  it("draws a dumbbell per region from last year's actual to this year's target", async () => {
    const spec = targetVsActual(targetPairs(dataset, { indicator: "gdp", year: 2024 }), {
      documents: dataset.documents,
    });
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
    const cpi = targetVsActual(targetPairs(dataset, { indicator: "cpi", year: 2024 }), {
      documents: dataset.documents,
    });
    await renderClean(cpi);
    const [, actuals, targets] = innerOf(cpi).layer[1].layer;
    expect(actuals.encoding.shape.scale.domain).toEqual(["上年实际"]);
    // the actual's legend symbol is hollow, the targets' filled
    expect(actuals.mark.filled).toBe(false);
    expect(targets.encoding.shape.scale.domain).toEqual(["目标（以内，上限）"]);
    expect(targets.encoding.shape.legend.symbolFillColor).not.toBe("white");
    expect(targets.encoding.shape.scale.range[0]).toMatch(/^M/); // the ceiling bar path
    expect(dataOf(cpi, 1).find((p) => p.role === "target")?.label).toBe("3%以内");

    const income = targetVsActual(targetPairs(dataset, { indicator: "income.per_capita", year: 2024 }), {
      documents: dataset.documents,
    });
    await renderClean(income);
    expect(dataOf(income, 0)).toEqual([
      { region: "万州区", sortIndex: 0, from: 7, to: expect.any(Number), style: "open" },
    ]);
    expect(dataOf(income, 1)[0]?.label).toBe("7%以上");

    const jobless = targetVsActual(targetPairs(dataset, { indicator: "unemployment.surveyed", year: 2024 }), {
      documents: dataset.documents,
    });
    await renderClean(jobless);
    // 武隆 states no 2023 surveyed rate: the target alone, no link
    const layers = innerOf(jobless).layer;
    expect(layers.length).toBe(1);
    expect(layers[0].data.values.map((p: Record<string, unknown>) => [p.role, p.marker, p.label])).toEqual([
      ["target", "目标（左右）", "5.5%左右"],
    ]);
  });

  it("draws the pairs it is given, deterministically", () => {
    const pairs = targetPairs(dataset, { indicator: "gdp", year: 2024 });
    const once = JSON.stringify(targetVsActual(pairs, { documents: dataset.documents }));
    expect(JSON.stringify(targetVsActual(structuredClone(pairs), { documents: dataset.documents }))).toBe(once);
    // only 武隆's pair: the chart pairs nothing itself
    const one = targetVsActual(pairs.filter((p) => p.regionCode === "500156"));
    expect(dataOf(one, 0).map((l) => l.region)).toEqual(["武隆区"]);
  });

  it("refuses a dataset, naming the call that makes its pairs", () => {
    expect(() => targetVsActual(dataset as never)).toThrow(
      expect.objectContaining({ code: "invalid_argument", message: expect.stringMatching(/targetPairs/) }),
    );
  });
});
