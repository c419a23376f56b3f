import { attainment } from "@duibi/stats";
import { describe, expect, it } from "vitest";
import { panel } from "../../viz/src/__fixtures__/targetPanel.js";
import { attainmentSection } from "./attainmentSection.js";
import type { SectionContext } from "./figureCell.js";

const result = attainment(panel(2));
const context = (lang: "zh" | "en"): SectionContext => ({
  lang,
  regions: result.summary.map((s) => ({ code: s.regionCode, name: s.regionName, shortName: s.regionName })),
  cite: () => "src-1",
});
/** The target column of the table of every year. */
const targets = (lang: "zh" | "en") =>
  attainmentSection(result, "gdp", context(lang)).tables[1]!.rows.map((r) => r[2]!.text);

describe("attainmentSection(result, indicator, ctx)", () => {
  it("writes targets with core's formatFigure: the hedge in the reports' words, a range as low–high", () => {
    const zh = targets("zh");
    expect(zh).toContain("5.5%以上");
    expect(zh.some((t) => /^\d+(\.\d+)?%左右$/.test(t))).toBe(true);
    expect(zh.some((t) => /^\d+(\.\d+)?%以内$/.test(t))).toBe(true);
    expect(zh.some((t) => /^\d+(\.\d+)?–\d+(\.\d+)?%$/.test(t))).toBe(true);
    const en = targets("en");
    expect(en.some((t) => /^about \d+(\.\d+)?%$/.test(t))).toBe(true);
    expect(en.some((t) => /^at most \d+(\.\d+)?%$/.test(t))).toBe(true);
  });

  it("writes hit rates as whole percentages", () => {
    const summary = attainmentSection(result, "gdp", context("zh")).tables[0]!;
    for (const row of summary.rows) expect(row[2]!.text).toMatch(/^\d+%$|^—$/);
  });
});
