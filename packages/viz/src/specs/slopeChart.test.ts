import { targetPairs } from "@duibi/core";
import { describe, expect, it } from "vitest";
import { dataOf, innerOf, renderClean } from "../__fixtures__/renderClean.js";
import { dataset } from "../__fixtures__/wulongWanzhou.js";
import { slopeChart } from "./slopeChart.js";

describe("slopeChart", () => {
  it("slopeChart(dataset, { indicator, year }) joins 2023 actual and 2024 target per region", async () => {
    const spec = slopeChart(targetPairs(dataset, { indicator: "gdp", year: 2024 }), { documents: dataset.documents });
    await renderClean(spec);
    expect(dataOf(spec).map((d) => [d.region, d.step, d.value, d.label])).toEqual([
      ["万州区", "2023年实际", 6.9, "6.9%"],
      ["万州区", "2024年目标", 7, "万州区 7%"],
      ["武隆区", "2023年实际", 5.5, "5.5%"],
      ["武隆区", "2024年目标", 6.5, "武隆区 6.5%"],
    ]);
    const inner = innerOf(spec);
    expect(inner.layer.map((l: { mark: { type: string } }) => l.mark.type)).toEqual(["line", "point", "text", "text"]);
    expect(inner.encoding.color.scale.domain).toEqual(["万州区", "武隆区"]);
    expect(inner.encoding.color.scale.range).toEqual(["#0072B2", "#D55E00"]);
  });

  it("leaves out regions without last year's figure", async () => {
    const spec = slopeChart(targetPairs(dataset, { indicator: "income.per_capita", year: 2024 }), {
      documents: dataset.documents,
    });
    expect(dataOf(spec)).toEqual([]);
  });
});
