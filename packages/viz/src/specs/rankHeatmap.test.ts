import { describe, expect, it } from "vitest";
import { dataOf, innerOf, renderClean } from "../__fixtures__/renderClean.js";
import { documents, ranks, table } from "../__fixtures__/wulongWanzhou.js";
import { rankHeatmap } from "./rankHeatmap.js";

describe("rankHeatmap", () => {
  it("rankHeatmap(ranks) colours indicators × regions by rank with the rank in each cell", async () => {
    const spec = rankHeatmap(ranks, { table, documents });
    await renderClean(spec);
    const cells = dataOf(spec);
    expect(cells.length).toBe(ranks.rows.length * 2);
    expect(cells.filter((c) => c.indicator === "gdp" && c.measure === "growth").map((c) => [c.region, c.text])).toEqual(
      [
        ["万州区", "1"],
        ["武隆区", "2"],
      ],
    );
    expect(cells.find((c) => c.indicator === "gdp" && c.measure === "growth")?.quote).toBe(
      "实现地区生产总值1179.4亿元、增长6.9%",
    );
    const inner = innerOf(spec);
    expect(inner.layer.map((l: { mark: { type: string } }) => l.mark.type)).toEqual(["rect", "text"]);
    expect(inner.layer[0].encoding.color.scale).toEqual({ domain: [1, 2], scheme: "blues", reverse: true });
    expect(inner.title.subtitle).toEqual(["未排名（口径不可比）：城镇登记失业率"]);
  });

  it("marks lower-is-better rows and leaves unranked cells grey", async () => {
    const lower = {
      ...ranks,
      rows: [
        {
          indicator: "unemployment.surveyed",
          measure: "rate" as const,
          verdict: "partial" as const,
          direction: "lower" as const,
          n: 1,
          ranks: { "500101": 1, "500156": null },
        },
      ],
      skipped: [],
    };
    // a rank among one region says nothing: left out unless asked for
    expect(JSON.stringify(rankHeatmap(lower))).not.toContain("城镇调查失业率");
    const spec = rankHeatmap(lower, { minRegions: 1 });
    await renderClean(spec);
    expect(dataOf(spec).map((c) => [c.row, c.text])).toEqual([
      ["城镇调查失业率（越低越好）", "1"],
      ["城镇调查失业率（越低越好）", "—"],
    ]);
  });
});
