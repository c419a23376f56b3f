import { describe, expect, it } from "vitest";
import { innerOf, renderClean } from "../__fixtures__/renderClean.js";
import { composite, documents, sensitivity } from "../__fixtures__/wulongWanzhou.js";
import { scorecard } from "./scorecard.js";

describe("scorecard", () => {
  it("scorecard(composite, sensitivity) shows scores beside rank probabilities", async () => {
    const spec = scorecard(composite, sensitivity, { documents });
    await renderClean(spec);
    const [left, right] = innerOf(spec).hconcat;
    expect(left.data.values.map((d: Record<string, unknown>) => [d.region, d.score, d.label])).toEqual([
      ["万州区", 0.5, "0.5（第1名）"],
      ["武隆区", 0.5, "0.5（第1名）"],
    ]);
    expect(right.data.values.map((d: Record<string, unknown>) => [d.region, d.rank, d.start, d.end])).toEqual([
      ["万州区", "第1名", 0, 0.48],
      ["万州区", "第2名", 0.48, 1],
      ["武隆区", "第1名", 0, 0.52],
      ["武隆区", "第2名", 0.52, 1],
    ]);
    expect(innerOf(spec).title.subtitle[0]).toBe(
      "权重：地区生产总值增速 50%、固定资产投资增速 25%、社会消费品零售总额增速 25%",
    );
  });
});
