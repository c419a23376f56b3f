import { align, buildDataset } from "@duibi/core";
import { describe, expect, it } from "vitest";
import { ALIGN_SET, seedDocuments, seedObservations } from "../../../tests/fixtures/seeds.js";
import { ambition } from "./ambition.js";
import { gaps } from "./gaps.js";
import { impliedLevel } from "./impliedLevel.js";
import { rank } from "./rank.js";
import { describeSkipReason } from "./skipReasons.js";

// Facts quoted from the 2024 work reports of 武隆 (001) and 万州 (004), with real source spans.
const dataset = buildDataset({ observations: seedObservations(ALIGN_SET), documents: seedDocuments() });
const table = align(dataset, { period: 2023, kind: "actual" });
const find = <R extends { indicator: string; measure: string }>(rows: R[], indicator: string, measure: string) =>
  rows.find((r) => r.indicator === indicator && r.measure === measure);

describe("stats on the seed reports (2023 actuals)", () => {
  it("ranks every comparable, converted and partial row; the unemployment variants are skipped", () => {
    const result = rank(table);
    const ranks = Object.fromEntries(result.rows.map((r) => [`${r.indicator}:${r.measure}`, r.ranks]));
    expect(ranks).toEqual({
      // 优良率 94.2% vs 336/365 = 92.05%
      "air_quality.good_days_ratio.urban:rate": { "500101": 2, "500156": 1 },
      // only 万州 states 实际使用外资1124万美元
      "fdi.actual:level": { "500101": 1, "500156": null },
      // 1179.4亿元 vs 273.46亿元
      "gdp:level": { "500101": 1, "500156": 2 },
      // 增长6.9% vs 增长5.5%
      "gdp:growth": { "500101": 1, "500156": 2 },
      // 73.1亿元 vs 8477万元 = 0.8477亿元
      "trade.total:level": { "500101": 1, "500156": 2 },
      // only 武隆 states 工业增加值增长6.2%
      "value_added.industry:growth": { "500101": null, "500156": 1 },
      // 规上工业增加值 23.6% vs 7%
      "value_added.industry.above_scale:growth": { "500101": 1, "500156": 2 },
    });
    expect(result.skipped.map((s) => s.indicator)).toEqual(["unemployment.registered"]);
  });

  it("GDP growth gap 武隆 vs 万州 = 5.5 − 6.9 = −1.4 个百分点; trade 0.8477 − 73.1 = −72.2523亿元", () => {
    const result = gaps(table, { reference: "万州区" });
    expect(find(result.rows, "gdp", "growth")?.cells["500156"]).toEqual({
      gap: -1.4,
      unit: "个百分点",
      ratio: null,
      value: 5.5,
    });
    const trade = find(result.rows, "trade.total", "level")?.cells["500156"];
    expect(trade).toMatchObject({ gap: -72.2523, unit: "亿元" });
    expect(trade?.ratio).toBeCloseTo(0.8477 / 73.1, 12);
    // 94.2 − 336/365 × 100 = 2.1452…
    expect(find(result.rows, "air_quality.good_days_ratio.urban", "rate")?.cells["500156"]?.gap).toBeCloseTo(
      2.145205479,
      8,
    );
    const skipped = find(result.rows, "unemployment.registered", "rate")?.skipped;
    expect(skipped).toMatchObject({ code: "incomparable", notes: [{ code: "variants" }] });
    expect(describeSkipReason(skipped!, "zh")).toBe("登记失业率与调查失业率口径不同");
  });

  it("2024 ambition: 武隆 6.5 − 5.5 = +1.0 pp, 万州 7 − 6.9 = +0.1 pp", () => {
    const result = ambition(dataset, { year: 2024 });
    expect(result.rows.map((r) => [r.regionName, r.indicator, r.ambitionPp, r.label])).toEqual([
      ["万州区", "gdp", 0.1, "ambition"],
      ["武隆区", "gdp", 1, "ambition"],
    ]);
    expect(result.rows[1]?.targetSource.quote).toBe("地区生产总值增长6.5%");
  });

  it("implied 2024 GDP: 武隆 273.46 × 1.065 = 291.2349亿元, 万州 1179.4 × 1.07 = 1261.958亿元", () => {
    const rows = impliedLevel(dataset, { year: 2024 }).rows;
    expect(rows.map((r) => [r.regionName, r.impliedLevel])).toEqual([
      ["万州区", 1261.958],
      ["武隆区", 291.2349],
    ]);
  });
});
