import type { Dataset } from "@duibi/core";
import { describe, expect, it } from "vitest";
import { observation as obs } from "./__fixtures__/observations.js";
import { ambition } from "./ambition.js";
import { impliedLevel, NOMINAL_APPROXIMATION } from "./impliedLevel.js";
import { describeTargetNotes } from "./targetNotes.js";

/** The figures of the 2024 reports of 武隆 (001) and 万州 (004) that ambition reads. */
const dataset: Dataset = {
  version: 1,
  regions: [],
  documents: [],
  conflicts: [],
  observations: [
    obs("500156", "gdp", "growth", 2023, "actual", 5.5),
    obs("500156", "gdp", "level", 2023, "actual", 273.46),
    obs("500156", "gdp", "growth", 2024, "target", 6.5, { qualifier: "about" }),
    obs("500101", "gdp", "growth", 2023, "actual", 6.9),
    obs("500101", "gdp", "growth", 2024, "target", 7, { qualifier: "about" }),
    obs("500101", "cpi", "growth", 2023, "actual", 0.3),
    obs("500101", "cpi", "growth", 2024, "target", 3, { qualifier: "about" }),
    obs("500156", "investment.fixed_assets", "growth", 2023, "estimate", 4),
    obs("500156", "investment.fixed_assets", "growth", 2024, "target", 8, { qualifier: "at_least" }),
    obs("500156", "retail_sales", "growth", 2023, "actual", 5),
    obs("500156", "retail_sales", "growth", 2024, "target", 6, { qualifier: "range", bounds: { low: 5.5, high: 6.5 } }),
  ],
};

describe("ambition(dataset, options)", () => {
  it("GDP: 武隆 6.5 − 5.5 = +1.0 pp, 万州 7 − 6.9 = +0.1 pp", () => {
    const gdp = ambition(dataset, { year: 2024 }).rows.filter((r) => r.indicator === "gdp");
    expect(gdp.map((r) => [r.regionCode, r.target, r.actual, r.ambitionPp, r.label])).toEqual([
      ["500101", 7, 6.9, 0.1, "ambition"],
      ["500156", 6.5, 5.5, 1, "ambition"],
    ]);
  });

  it("a CPI target is a ceiling: labelled, ambitionPp null, the difference kept", () => {
    const cpi = ambition(dataset, { year: 2024 }).rows.find((r) => r.indicator === "cpi");
    expect(cpi).toMatchObject({ label: "ceiling", ambitionPp: null, differencePp: 2.7 });
  });

  it("以上 is a floor; a missing actual falls back to the estimate, noted; a range reads at its midpoint", () => {
    const rows = ambition(dataset, { year: 2024, regions: ["武隆区"] }).rows;
    expect(rows.map((r) => r.regionCode)).toEqual(["500156", "500156", "500156"]);
    const investment = rows.find((r) => r.indicator === "investment.fixed_assets");
    expect(investment).toMatchObject({ label: "floor", ambitionPp: 4, actualKind: "estimate" });
    expect(investment?.notes).toEqual([{ code: "floor" }, { code: "estimate_baseline", year: 2023 }]);
    const retail = rows.find((r) => r.indicator === "retail_sales");
    expect(retail).toMatchObject({ target: 6, label: "range", ambitionPp: 1, actual: 5 });
    expect(retail?.notes).toEqual([{ code: "range", low: 5.5, high: 6.5 }]);
    const noBaseline = ambition({ ...dataset, observations: dataset.observations.slice(2, 3) }, { year: 2024 }).rows;
    expect(noBaseline[0]).toMatchObject({ label: "no_baseline", ambitionPp: null, actual: null });
    expect(noBaseline[0]?.notes.at(-1)).toEqual({ code: "no_baseline", year: 2023 });
  });

  it("rejects a bad year and a bad dataset", () => {
    expect(() => ambition(dataset, { year: 20.5 })).toThrow(/year/);
    expect(() => ambition({ version: 2 }, { year: 2024 })).toThrow(/dataset/);
  });
});

describe("impliedLevel(dataset, options)", () => {
  it("武隆 GDP 2024: 273.46亿元 × 1.065 = 291.2349亿元, a nominal approximation", () => {
    const [gdp] = impliedLevel(dataset, { year: 2024, indicator: "gdp" }).rows;
    expect(gdp).toMatchObject({
      regionCode: "500156",
      baseLevel: 273.46,
      targetGrowth: 6.5,
      impliedLevel: 291.2349,
      unit: "亿元",
      label: NOMINAL_APPROXIMATION,
    });
  });

  it("gives no row without a previous level", () => {
    expect(impliedLevel(dataset, { year: 2024, regions: ["万州区"] }).rows).toEqual([]);
  });
});

describe("ambition across reports", () => {
  it("measures against the latest report's final figure of last year", () => {
    const doc = (id: string, year: number) => ({
      id,
      title: id,
      regionCode: "500156",
      year,
      type: "work_report" as const,
      chars: 1,
      sha256: "0".repeat(64),
    });
    const first = obs("500156", "gdp", "growth", 2023, "actual", 5.5);
    const panel: Dataset = {
      version: 1,
      regions: [],
      // "a-" sorts before "b-": document order alone would pick the 2024 report's 5.5%
      documents: [doc("b-2024.txt", 2024), doc("a-2025.txt", 2025)],
      conflicts: [],
      observations: [
        { ...first, source: { ...first.source, document: "b-2024.txt" } },
        { ...first, value: 5.8, source: { ...first.source, document: "a-2025.txt" } },
        { ...obs("500156", "gdp", "growth", 2024, "target", 6.5), source: { ...first.source, document: "b-2024.txt" } },
      ],
    };
    expect(ambition(panel, { year: 2024 }).rows[0]).toMatchObject({ actual: 5.8, ambitionPp: 0.7 });
  });
});

describe("ambition keeps last year's qualifier", () => {
  const at = (o: ReturnType<typeof obs>, quote: string) => ({ ...o, source: { ...o.source, quote } });
  const of = (observations: ReturnType<typeof obs>[]) => ambition({ ...dataset, observations }, { year: 2024 }).rows;

  it("after 均增长10%以上 a 10% target is at most 0 points more ambitious (武隆 2024 report)", () => {
    // 武隆 2024 report: 接待游客4494万人次、旅游综合收入217亿元，均增长10%以上 … 旅游接待人次增长10%
    const [row] = of([
      at(
        obs("500156", "tourism.visitors", "growth", 2023, "actual", 10, { qualifier: "at_least" }),
        "接待游客4494万人次、旅游综合收入217亿元，均增长10%以上",
      ),
      at(obs("500156", "tourism.visitors", "growth", 2024, "target", 10), "旅游接待人次增长10%"),
    ]);
    expect(row).toMatchObject({
      ambitionPp: 0,
      bound: "at_most",
      label: "ambition",
      actual: 10,
      actualQualifier: "at_least",
    });
    expect(row?.notes).toContainEqual({ code: "baseline_floor", year: 2023 });
    expect(describeTargetNotes(row?.notes ?? [], "en")).toContain("at most");
  });

  it("a floor target over a floor actual bounds nothing: unbounded, ambitionPp null (万州 2024 report)", () => {
    // 万州 2024 report: 数字经济核心产业增加值增长15%以上, stated for 2023 and as the 2024 target
    const quote = "数字经济核心产业增加值增长15%以上";
    const [row] = of([
      at(
        obs("500101", "value_added.digital_economy.core", "growth", 2023, "actual", 15, { qualifier: "at_least" }),
        quote,
      ),
      at(
        obs("500101", "value_added.digital_economy.core", "growth", 2024, "target", 15, { qualifier: "at_least" }),
        quote,
      ),
    ]);
    expect(row).toMatchObject({ label: "unbounded", ambitionPp: null, bound: null, differencePp: 0 });
    expect(row?.actualQualifier).toBe("at_least");
  });

  it("a floor target over an exact actual is at least the difference; 左右 makes it about", () => {
    const rows = ambition(dataset, { year: 2024 }).rows;
    // 武隆: 固定资产投资增长8%以上 over the 2023 estimate of 4%
    expect(rows.find((r) => r.indicator === "investment.fixed_assets")).toMatchObject({
      ambitionPp: 4,
      bound: "at_least",
    });
    // 万州: 地区生产总值增长7%左右 over 6.9%
    expect(rows.find((r) => r.regionCode === "500101" && r.indicator === "gdp")).toMatchObject({
      ambitionPp: 0.1,
      bound: "about",
    });
    // 近: a nearly actual leaves the ambition approximate, its qualifier kept
    const [nearly] = of([
      obs("500156", "retail_sales", "growth", 2023, "actual", 5, { qualifier: "nearly" }),
      obs("500156", "retail_sales", "growth", 2024, "target", 6),
    ]);
    expect(nearly).toMatchObject({ ambitionPp: 1, bound: "about", actualQualifier: "nearly" });
  });

  it("a multiple (倍) is never a growth rate: no row for a 倍 target, no baseline from a 倍 actual", () => {
    // 增长1倍 reads as ×2 or as +100%: subtracting it from a % target means nothing
    const multiple = { unit: "倍" };
    expect(
      of([
        obs("500156", "tourism.revenue", "growth", 2023, "actual", 10),
        obs("500156", "tourism.revenue", "growth", 2024, "target", 1, multiple),
      ]),
    ).toEqual([]);
    const [row] = of([
      obs("500156", "tourism.revenue", "growth", 2023, "actual", 1, multiple),
      obs("500156", "tourism.revenue", "growth", 2024, "target", 10),
    ]);
    expect(row).toMatchObject({ label: "no_baseline", actual: null, ambitionPp: null, differencePp: null });
    expect(row?.notes).toContainEqual({ code: "baseline_multiple", year: 2023 });
    expect(describeTargetNotes(row?.notes ?? [], "zh")).toContain("倍数");
  });
});
