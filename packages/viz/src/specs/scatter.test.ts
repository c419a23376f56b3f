import { describe, expect, it } from "vitest";
import { dataOf, innerOf, renderClean } from "../__fixtures__/renderClean.js";
import { documents, table } from "../__fixtures__/wulongWanzhou.js";
import { scatter } from "./scatter.js";

describe("scatter", () => {
  it("scatter(table, { indicator }) puts level against growth with region labels", async () => {
    const spec = scatter(table, { indicator: "gdp", documents });
    await renderClean(spec);
    expect(dataOf(spec).map((d) => [d.region, d.x, d.y])).toEqual([
      ["万州区", 1179.4, 6.9],
      ["武隆区", 273.46, 5.5],
    ]);
    const inner = innerOf(spec);
    expect(inner.encoding.x.title).toBe("地区生产总值（亿元）");
    expect(inner.encoding.y.title).toBe("地区生产总值增速（%）");
    expect(inner.layer[1].encoding.text).toEqual({ field: "region" });
  });

  it("refuses an incomparable row", () => {
    expect(() => scatter(table, { x: { indicator: "unemployment.registered", measure: "rate" } })).toThrow(
      expect.objectContaining({ code: "invalid_option" }),
    );
  });
});
