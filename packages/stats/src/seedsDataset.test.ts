import { align, type Cell, loadSeeds } from "@duibi/core";
import { describe, expect, it } from "vitest";
import { ambition } from "./ambition.js";
import { gaps } from "./gaps.js";
import { directionOf, rank } from "./rank.js";

// seeds/dataset.json: what `duibi seeds-build` extracts from the 2024 reports of 万州 (004) and 武隆 (001).
const dataset = loadSeeds();
const table = align(dataset, { period: 2023, kind: "actual" });
const figure = (cell: Cell | null | undefined) => (cell ? `${cell.value}${cell.unit}` : null);

/**
 * Every comparable or converted 2023 row: [indicator, measure, 万州 figure, 武隆 figure, 万州 rank, 武隆 rank].
 * All of them are higher-is-better; equal figures share rank 1 (competition ranking).
 */
const COMPARABLE: [string, string, string, string, number, number][] = [
  ["air_quality.good_days_ratio.urban", "rate", "92.05479452054794%", "94.2%", 2, 1],
  ["budget_revenue", "growth", "9.5%", "33.7%", 2, 1],
  ["ecology.restoration.regional", "level", "4.5万亩", "11.1万亩", 2, 1],
  ["enterprises.high_tech.new", "count", "23家", "7家", 1, 2],
  ["enterprises.specialized.new", "count", "27家", "4家", 1, 2],
  ["finance.deposits_loans", "growth", "7.8%", "10.1%", 2, 1],
  ["gdp", "level", "1179.4亿元", "273.46亿元", 1, 2],
  ["gdp", "growth", "6.9%", "5.5%", 1, 2],
  ["income.per_capita.rural", "growth", "7.8%", "7.9%", 2, 1],
  ["income.poverty_alleviated", "growth", "14%", "12.1%", 1, 2],
  ["investment.fixed_assets", "growth", "11.6%", "13.8%", 2, 1],
  ["investment_promotion.funds_in_place", "level", "80.5亿元", "70.9亿元", 1, 2],
  ["jobs.urban_new", "level", "28000人", "3159人", 1, 2],
  ["market_entities.new", "count", "20000户", "6403户", 1, 2],
  ["retail_sales", "growth", "7.4%", "7.5%", 2, 1],
  ["rural.toilets_renovated", "count", "4500户", "758户", 1, 2],
  ["social_insurance.medical_coverage", "rate", "95%", "95%", 1, 1],
  ["social_insurance.pension_coverage", "rate", "95%", "95%", 1, 1],
  ["talent.high_level", "level", "399人", "68人", 1, 2],
  ["tourism.visitors", "level", "2383万人次", "4494万人次", 2, 1],
  ["tourism.visitors", "growth", "37.9%", "10%", 1, 2],
  ["trade.accommodation.turnover", "growth", "14.8%", "12.7%", 1, 2],
  ["trade.catering.turnover", "growth", "16.9%", "10.3%", 1, 2],
  ["trade.total", "level", "73.1亿元", "0.8477亿元", 1, 2],
  ["urban.illegal_buildings_cleared", "level", "25000平方米", "8100平方米", 1, 2],
  ["urban.public_toilets.built_or_renovated", "count", "10座", "4座", 1, 2],
  ["urbanization.rate", "rate", "70.4%", "52%", 1, 2],
  ["value_added.industry.above_scale", "growth", "23.6%", "7%", 1, 2],
  ["value_added.primary", "growth", "4.8%", "4.8%", 1, 1],
  // 万州 一二三产业增加值分别增长…4%; 武隆 服务业增加值增长5.1%: one aggregate (服务业 = 第三产业)
  ["value_added.tertiary", "growth", "4%", "5.1%", 2, 1],
];

describe("rank and gaps on seeds/dataset.json (2023 actuals)", () => {
  const result = rank(table);

  it("ranks every comparable and converted row as the figures say", () => {
    const ranked = result.rows.filter((r) => r.verdict === "comparable" || r.verdict === "converted");
    expect(ranked.map((r) => [r.indicator, r.measure])).toEqual(COMPARABLE.map(([i, m]) => [i, m]));
    for (const [indicator, measure, wanzhou, wulong, wanzhouRank, wulongRank] of COMPARABLE) {
      const row = table.rows.find((r) => r.indicator === indicator && r.measure === measure);
      expect([figure(row?.cells["500101"]), figure(row?.cells["500156"])]).toEqual([wanzhou, wulong]);
      const ranks = ranked.find((r) => r.indicator === indicator && r.measure === measure)?.ranks;
      expect(ranks).toEqual({ "500101": wanzhouRank, "500156": wulongRank });
    }
  });

  it("a partial row ranks its one region first and leaves the other unranked", () => {
    for (const row of result.rows.filter((r) => r.verdict === "partial")) {
      expect(row.n).toBe(1);
      expect(Object.values(row.ranks).sort()).toEqual([1, null]);
      expect(row.direction).toBe(directionOf(row.indicator));
    }
  });

  it("every incomparable row is skipped with align's note, never ranked", () => {
    const incomparable = table.rows.filter((r) => r.verdict === "incomparable");
    expect(result.skipped).toEqual(
      incomparable.map((r) => ({
        indicator: r.indicator,
        measure: r.measure,
        reason: { code: "incomparable", notes: r.notes },
      })),
    );
    expect(result.skipped.map((s) => s.indicator)).toContain("unemployment.registered");
    expect(result.rows.length + result.skipped.length).toBe(table.rows.length);
  });

  it("GDP growth gap 武隆 vs 万州: 5.5 − 6.9 = −1.4 个百分点", () => {
    const growth = gaps(table, { reference: "万州区" }).rows.find(
      (r) => r.indicator === "gdp" && r.measure === "growth",
    );
    expect(growth?.cells["500156"]).toEqual({ gap: -1.4, unit: "个百分点", ratio: null, value: 5.5 });
  });
});

describe("ambition on seeds/dataset.json (2024 targets)", () => {
  const rows = ambition(dataset, { year: 2024 }).rows;

  it("GDP: 武隆 6.5 − 5.5 = +1.0 pp, 万州 7 − 6.9 = +0.1 pp", () => {
    const gdp = rows.filter((r) => r.indicator === "gdp");
    expect(gdp.map((r) => [r.regionName, r.target, r.actual, r.ambitionPp, r.label])).toEqual([
      ["万州区", 7, 6.9, 0.1, "ambition"],
      ["武隆区", 6.5, 5.5, 1, "ambition"],
    ]);
  });

  it("武隆's CPI target (居民消费价格涨幅3%以内; 2023: 下降0.5%) is a ceiling, not an ambition", () => {
    const cpi = rows.find((r) => r.regionCode === "500156" && r.indicator === "cpi");
    expect(cpi).toMatchObject({ target: 3, actual: -0.5, label: "ceiling", ambitionPp: null, differencePp: 3.5 });
  });

  it("never yields NaN or Infinity", () => {
    for (const row of rows) {
      for (const x of [row.target, row.actual, row.ambitionPp, row.differencePp]) {
        if (x !== null) expect(Number.isFinite(x)).toBe(true);
      }
    }
  });
});
