import { describe, expect, it } from "vitest";
import { documents, table } from "../__fixtures__/wulongWanzhou.js";
import { compareBars } from "../specs/compareBars.js";
import { toHtml } from "./toHtml.js";
import { toPng } from "./toPng.js";
import { toSvg } from "./toSvg.js";

const spec = compareBars(table, { indicators: ["gdp"], measure: "growth", documents });

describe("toSvg", () => {
  it("draws Chinese text in the CJK font family", async () => {
    const svg = await toSvg(spec);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("Noto Sans CJK SC");
    expect(svg).toContain("武隆区");
    expect(svg).toContain("来源：2024年重庆市万州区政府工作报告、武隆区政府工作报告");
  });

  it("reports vega-lite's warnings instead of printing them", async () => {
    const warnings: string[] = [];
    const bad = {
      ...spec,
      vconcat: [
        {
          mark: "bar",
          data: { values: [{ a: 1 }] },
          encoding: { x: { field: "a", type: "quantitative" }, dx: { value: 1 } },
        },
      ],
    };
    await toSvg(bad as never, { onWarning: (m) => warnings.push(m) });
    expect(warnings.some((m) => m.includes("dx"))).toBe(true);
  });

  it("throws render_failed for a spec vega cannot run", async () => {
    const broken = {
      data: { values: [] },
      mark: "bar",
      encoding: { x: { field: "a", type: "quantitative" } },
      params: [{ name: "p", expr: "nosuchfunction()" }],
    };
    await expect(toSvg(broken as never)).rejects.toMatchObject({ code: "render_failed" });
  });
});

describe("toPng", () => {
  it("rasterizes at the given scale", async () => {
    const svg = await toSvg(spec);
    const width = Number(/width="(\d+)"/.exec(svg)?.[1]);
    const png = await toPng(spec, { scale: 2 });
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(png.readUInt32BE(16)).toBe(width * 2); // IHDR width
  });

  it("refuses a scale that is not a positive number", async () => {
    await expect(toPng(spec, { scale: 0 })).rejects.toMatchObject({ code: "invalid_option" });
  });
});

describe("toHtml", () => {
  it("inlines vega, vega-lite and vega-embed so the page works offline", () => {
    const html = toHtml(spec);
    expect(html).toContain("<title>地区生产总值增速：2023年实际</title>");
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).toContain("vegaEmbed(");
    expect(html.length).toBeGreaterThan(500_000);
    // the spec is embedded as data: "<" is escaped so a quote cannot close the script
    expect(html).toContain("实现地区生产总值1179.4亿元、增长6.9%");
    expect(html.match(/<\/script>/g)?.length).toBe(4);
  });
});
