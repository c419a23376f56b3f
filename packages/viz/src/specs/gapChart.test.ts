import { describe, expect, it } from "vitest";
import { dataOf, innerOf, renderClean } from "../__fixtures__/renderClean.js";
import { documents, gaps, table } from "../__fixtures__/wulongWanzhou.js";
import { gapChart } from "./gapChart.js";

describe("gapChart", () => {
  it("gapChart(gaps, { indicator }) draws each region's gap to the reference around zero", async () => {
    const spec = gapChart(gaps, { indicator: "gdp", table, documents });
    await renderClean(spec);
    // 武隆 5.5% − 万州 6.9% = −1.4 个百分点; the reference itself is not drawn
    expect(dataOf(spec, 0).map((d) => [d.region, d.gap, d.label])).toEqual([["武隆区", -1.4, "−1.4个百分点"]]);
    expect(dataOf(spec, 0)[0]?.quote).toBe("实现地区生产总值273.46亿元、增长5.5%"); // the tooltip's sentence
    const inner = innerOf(spec);
    expect(inner.layer[1].encoding.x).toEqual({ datum: 0, type: "quantitative" });
    expect(inner.layer[0].encoding.x.title).toBe("与万州区之差（个百分点）");
    const [low, high] = inner.layer[0].encoding.x.scale.domain;
    expect(low).toBeLessThan(-1.4);
    expect(high).toBe(0);
    expect(inner.title.text).toBe("地区生产总值增速：与万州区之差（2023年实际）");
  });

  it("gapChart(gaps) draws every 个百分点 row, largest gap first", async () => {
    const spec = gapChart(gaps, { table, documents });
    await renderClean(spec);
    expect(dataOf(spec, 0).map((d) => [d.indicator, d.gap])).toEqual([
      ["budget_revenue", 24.2],
      ["investment.fixed_assets", 2.2],
      ["retail_sales", 0.1],
      ["gdp", -1.4],
    ]);
    expect(innerOf(spec).layer[0].encoding.yOffset.field).toBe("region");
  });

  it("rejects an indicator without a computed gap", () => {
    expect(() => gapChart(gaps, { indicator: "unemployment.registered" })).toThrow(
      expect.objectContaining({ code: "invalid_option" }),
    );
  });

  it("is deterministic", () => {
    expect(JSON.stringify(gapChart(gaps))).toBe(JSON.stringify(gapChart(gaps)));
  });
});
