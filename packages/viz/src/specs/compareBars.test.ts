import { HEADLINE_INDICATORS } from "@duibi/core";
import { describe, expect, it } from "vitest";
import { dataOf, innerOf, renderClean } from "../__fixtures__/renderClean.js";
import { documents, table } from "../__fixtures__/wulongWanzhou.js";
import { CHART_INDICATORS } from "./chartIndicators.js";
import { compareBars } from "./compareBars.js";

describe("CHART_INDICATORS", () => {
  it("is a pick of core's HEADLINE_INDICATORS", () => {
    expect(CHART_INDICATORS.filter((id) => !(HEADLINE_INDICATORS as readonly string[]).includes(id))).toEqual([]);
  });
});

describe("compareBars", () => {
  it("compareBars(table, { indicators: [id] }) draws one bar per region with labelled values", async () => {
    const spec = compareBars(table, { indicators: ["gdp"], measure: "growth", documents });
    await renderClean(spec);
    const inner = innerOf(spec);
    expect(inner.layer.map((l: { mark: { type: string } }) => l.mark.type)).toEqual(["bar", "text"]);
    expect(inner.encoding.y.sort).toEqual({ field: "sortIndex", op: "min" });
    expect(inner.data.values.map((d: { region: string; sortIndex: number }) => [d.sortIndex, d.region])).toEqual([
      [0, "万州区"],
      [1, "武隆区"],
    ]); // by region code
    expect(inner.encoding.x.title).toBe("地区生产总值增速（%）");
    // 万州 2023 增长6.9%, 武隆 增长5.5% (the reports' sentences)
    expect(dataOf(spec).map((d) => [d.region, d.value, d.label])).toEqual([
      ["万州区", 6.9, "6.9%"],
      ["武隆区", 5.5, "5.5%"],
    ]);
    expect(dataOf(spec)[1]?.quote).toBe("实现地区生产总值273.46亿元、增长5.5%");
    expect(innerOf(spec).title.text).toBe("地区生产总值增速：2023年实际");
    expect((spec as { title: { text: string[] } }).title.text).toEqual([
      "来源：2024年重庆市万州区政府工作报告、武隆区政府工作报告",
    ]);
  });

  it("compareBars(table) puts every comparable row in its own panel with an independent scale", async () => {
    const spec = compareBars(table, { documents });
    await renderClean(spec);
    const inner = innerOf(spec);
    expect(inner.resolve).toEqual({ scale: { x: "independent" } });
    expect(inner.facet.sort).toEqual({ field: "panelIndex", op: "min" });
    const panels = inner.data.values.map((d: { panel: string }) => d.panel);
    expect(panels).toContain("地区生产总值（亿元）");
    expect(panels).toContain("进出口总额（亿元）");
    // the incomparable unemployment row is never drawn
    expect(dataOf(spec).some((d) => String(d.indicator).startsWith("unemployment"))).toBe(false);
    // 武隆 8477万元 converted to 亿元, and the chart says so
    expect(dataOf(spec).find((d) => d.indicator === "trade.total" && d.regionCode === "500156")?.value).toBe(0.8477);
    expect(inner.title.subtitle).toEqual(["已换算：进出口总额（万元→亿元）"]);
    expect(dataOf(spec).find((d) => d.indicator === "trade.total" && d.regionCode === "500156")?.quote).toBe(
      "实现进出口总额8477万元、增长5.2%（8477万元）",
    );
  });

  it("compareBars(table, { lang: 'en' }) labels in English", () => {
    const spec = compareBars(table, { indicators: ["gdp"], measure: "level", lang: "en" });
    expect(innerOf(spec).encoding.x.title).toBe("Gross domestic product (100m yuan)");
    expect(innerOf(spec).title.text).toMatch(/: 2023 actual$/);
  });

  it("compareBars(table) labels figures as the report's tables do (core's formatFigure)", () => {
    const spec = compareBars(table, { indicators: ["trade.total"], measure: "level" });
    // 武隆 stated 8477万元, converted to 0.8477亿元: the label keeps the digits, the quote the figure as stated
    const wulong = dataOf(spec).find((d) => d.region === "武隆区");
    expect(wulong?.label).toBe("0.8477亿元");
    expect(wulong?.quote).toMatch(/（8477万元）$/);
    const hedged = {
      ...table,
      rows: table.rows.map((r) =>
        r.indicator === "gdp" && r.measure === "growth"
          ? { ...r, cells: { ...r.cells, "500156": { ...r.cells["500156"]!, qualifier: "more_than" as const } } }
          : r,
      ),
    };
    const label = (lang: "zh" | "en") =>
      dataOf(compareBars(hedged, { indicators: ["gdp"], measure: "growth", lang })).find(
        (d) => d.regionCode === "500156",
      )?.label;
    expect(label("zh")).toBe("超过5.5%");
    expect(label("en")).toBe("over 5.5%");
  });

  it("is deterministic and never mutates its input", () => {
    const before = JSON.stringify(table);
    expect(JSON.stringify(compareBars(table))).toBe(JSON.stringify(compareBars(table)));
    expect(JSON.stringify(table)).toBe(before);
  });
});
