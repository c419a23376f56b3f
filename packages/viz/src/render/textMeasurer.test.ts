import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { loadCjkFont } from "./loadCjkFont.js";
import { createTextMeasurer, installedMeasurer, installTextMeasurer } from "./textMeasurer.js";

const title = "重庆市武隆区与万州区2024年政府工作报告主要经济指标对比";

describe("createTextMeasurer", () => {
  it("measures a long Chinese title as the sum of the font's advance widths", async () => {
    const font = await loadCjkFont();
    // the same sum straight from fontkit, independent of the measurer's cache
    const fontkit = createRequire(import.meta.url)("fontkit") as {
      openSync(
        path: string,
        name: string,
      ): { unitsPerEm: number; glyphForCodePoint(c: number): { advanceWidth: number } };
    };
    const face = fontkit.openSync(font.files.regular, font.regular.postscriptName);
    const advances = [...title].reduce((sum, ch) => sum + face.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth, 0);
    const measured = createTextMeasurer(font)({ fontSize: 16 }, title);
    expect(measured).toBeCloseTo((advances / face.unitsPerEm) * 16, 6);
    // vega's headless estimate: 0.8 em per character, about 20% short for Chinese
    const vegaEstimate = ~~(0.8 * title.length * 16);
    expect(measured).toBeGreaterThan(vegaEstimate);
    // all-Chinese text: 1 em per character in Noto Sans CJK, so vega's estimate is 20% short
    const chinese = "地区生产总值增速与万州区之差";
    expect(createTextMeasurer(font)({ fontSize: 16 }, chinese)).toBe(16 * chinese.length);
  });

  it("measures bold text with the bold face", async () => {
    const font = await loadCjkFont();
    expect(font.bold).not.toBeNull();
    const measure = createTextMeasurer(font);
    const latin = "Gross Domestic Product 2024";
    expect(measure({ fontSize: 12, fontWeight: "bold" }, latin)).toBeGreaterThan(measure({ fontSize: 12 }, latin));
    expect(measure({ fontSize: 12, fontWeight: 700 }, latin)).toBe(
      measure({ fontSize: 12, fontWeight: "bold" }, latin),
    );
  });

  it("treats empty text and a zero font size as zero width, and a missing size as vega's 11 px", async () => {
    const measure = createTextMeasurer(await loadCjkFont());
    expect(measure({ fontSize: 12 }, "")).toBe(0);
    expect(measure({ fontSize: 0 }, "武隆")).toBe(0);
    expect(measure({}, "武隆")).toBe(measure({ fontSize: 11 }, "武隆"));
  });
});

describe("installTextMeasurer", () => {
  it("replaces vega's textMetrics.width once per font", async () => {
    const vega = await import("vega");
    const font = await loadCjkFont();
    const first = installTextMeasurer(vega as never, font);
    expect(installTextMeasurer(vega as never, font)).toBe(first);
    expect(installedMeasurer(vega as never)).toBe(first);
    const { textMetrics } = vega as unknown as { textMetrics: { width: (item: object, text: string) => number } };
    expect(textMetrics.width({ fontSize: 10 }, "地区生产总值")).toBeCloseTo(60, 6);
  });
});
