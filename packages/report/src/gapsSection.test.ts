import { gaps } from "@duibi/stats";
import { describe, expect, it } from "vitest";
import { actual, regions } from "./__fixtures__/seedsLike.js";
import { gapsSection } from "./gapsSection.js";

const ctx = (lang: "zh" | "en") => ({ lang, regions, cite: () => "" });

describe("gapsSection(gaps, ctx)", () => {
  it("names the rows a median of two regions cannot be taken over, with the reason in the report's language", () => {
    const median = gaps(actual, { reference: "median" });
    const zh = gapsSection(median, ctx("zh"));
    expect(zh.tables[0]?.rows).toEqual([]);
    expect(zh.notes).toContain("地区生产总值增速未计算差距：仅2个地区有数值，至少需要3个。");
    const en = gapsSection(median, ctx("en")).notes.join("\n");
    expect(en).toContain("only 2 regions have a value; at least 3 needed");
    expect(en).not.toMatch(/仅|至少/);
  });

  it("lists the incomparable row in the comparability section, not among the skipped", () => {
    const section = gapsSection(gaps(actual, { reference: "万州区" }), ctx("zh"));
    // 2023 GDP growth: 武隆 5.5% − 万州 6.9% (the 2024 reports)
    expect(section.tables[0]?.rows.map((r) => r[0]?.text)).toContain("地区生产总值增速");
    expect(section.notes.join("")).not.toContain("失业");
  });
});
