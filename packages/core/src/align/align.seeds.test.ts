import { describe, expect, it } from "vitest";
import {
  AIR_DAYS,
  AIR_RATE,
  ALIGN_SET,
  seedDocuments,
  seedObservations,
  seedText,
  WANZHOU,
  WULONG,
} from "../../../../tests/fixtures/seeds.js";
import { buildDataset } from "../dataset/buildDataset.js";
import { describeNotes } from "../present/describeNote.js";
import { type ComparisonRow, type ComparisonTable, ComparisonTableSchema } from "../schema/comparison.js";
import { align } from "./align.js";
import { missingRegions, statedRegions } from "./rowRegions.js";

const dataset = buildDataset({ observations: seedObservations(ALIGN_SET), documents: seedDocuments() });
const table = align(dataset, { regions: ["武隆区", "万州区"], period: 2023, kind: "actual" });
const row = (indicator: string, measure: string) =>
  table.rows.find((r) => r.indicator === indicator && r.measure === measure);
/** A row's notes as the table shows them in Chinese. */
const zh = (r: ComparisonRow, t: ComparisonTable = table) => describeNotes(r.notes, "zh", t.regions);

describe("align on the seed reports' own sentences", () => {
  it("fixture quotes equal the source text at their offsets", () => {
    for (const o of dataset.observations) {
      expect(seedText(o.source.document).slice(o.source.start, o.source.end)).toBe(o.source.quote);
    }
  });

  it("returns a table the schema accepts, regions in the order asked", () => {
    expect(ComparisonTableSchema.parse(table)).toEqual(table);
    expect(table.regions).toEqual([
      { code: WULONG.code, name: "武隆区" },
      { code: WANZHOU.code, name: "万州区" },
    ]);
  });

  it("sets GDP growth side by side: 武隆 5.5% (001: 增长5.5%), 万州 6.9% (004: 增长6.9%)", () => {
    const gdp = row("gdp", "growth")!;
    expect(gdp.verdict).toBe("comparable");
    expect(gdp.cells[WULONG.code]).toMatchObject({ value: 5.5, unit: "%", qualifier: "exact" });
    expect(gdp.cells[WANZHOU.code]).toMatchObject({ value: 6.9, unit: "%" });
  });

  it("never compares 城镇登记失业率 2.71% (武隆) with 城镇调查失业率 5.4% (万州)", () => {
    const rows = table.rows.filter((r) => r.indicator.startsWith("unemployment."));
    expect(rows).toHaveLength(1);
    const [unemployment] = rows;
    expect(unemployment).toMatchObject({
      indicator: "unemployment.registered",
      verdict: "incomparable",
      notes: [{ code: "variants", indicators: ["unemployment.registered", "unemployment.surveyed"] }],
    });
    expect(zh(unemployment!)).toBe("登记失业率与调查失业率口径不同");
    expect(unemployment!.cells[WULONG.code]).toMatchObject({ value: 2.71 });
    expect(unemployment!.cells[WULONG.code]!.indicator).toBeUndefined();
    expect(unemployment!.cells[WANZHOU.code]).toMatchObject({ value: 5.4, indicator: "unemployment.surveyed" });
  });

  it("converts 进出口总额 8477万元 (武隆) to 0.8477亿元 beside 万州's 73.1亿元", () => {
    const trade = row("trade.total", "level")!;
    expect(trade).toMatchObject({
      verdict: "converted",
      notes: [{ code: "unit_converted", from: "万元", to: "亿元" }],
    });
    expect(zh(trade)).toBe("万元→亿元");
    expect(trade.cells[WULONG.code]).toMatchObject({
      value: 0.8477,
      unit: "亿元",
      original: { value: 8477, unit: "万元" },
      source: { quote: "实现进出口总额8477万元、增长5.2%" },
    });
    expect(trade.cells[WANZHOU.code]).toMatchObject({ value: 73.1, unit: "亿元" });
    expect(trade.cells[WANZHOU.code]!.original).toBeUndefined();
  });

  it("restates 万州 城区空气质量优良天数 336天 as 336/365 = 92.05% beside 武隆's 优良率 94.2%", () => {
    const air = table.rows.filter((r) => r.indicator.startsWith("air_quality."));
    expect(air).toHaveLength(1);
    expect(air[0]).toMatchObject({ indicator: AIR_RATE, verdict: "converted" });
    expect(air[0]!.notes).toEqual([
      { code: "restated", how: [{ kind: "days_to_ratio", from: AIR_DAYS, to: AIR_RATE, value: 336, days: 365 }] },
    ]);
    expect(zh(air[0]!)).toBe("优良天数→优良率 (336/365)");
    expect(air[0]!.cells[WULONG.code]).toMatchObject({ value: 94.2, unit: "%" });
    const wanzhou = air[0]!.cells[WANZHOU.code]!;
    expect(wanzhou.value).toBeCloseTo(92.0548, 4);
    expect(wanzhou).toMatchObject({ unit: "%", indicator: AIR_DAYS, original: { value: 336, unit: "天" } });
  });

  it("uses 366 days for 2024", () => {
    const in2024 = seedObservations(ALIGN_SET).map((o) => ({ ...o, period: 2024 }));
    const next = align(buildDataset({ observations: in2024, documents: [] }), { period: 2024, kind: "actual" });
    const air = next.rows.find((r) => r.indicator === AIR_RATE)!;
    expect(zh(air, next)).toBe("优良天数→优良率 (336/366)");
    expect(air.cells[WANZHOU.code]!.value).toBeCloseTo((336 / 366) * 100, 10);
  });

  it("keeps 规上工业增加值 and 工业增加值 on separate rows, and says 武隆 did not write 全口径", () => {
    const aboveScale = row("value_added.industry.above_scale", "growth")!;
    expect(aboveScale.verdict).toBe("comparable");
    expect(aboveScale.cells[WULONG.code]).toMatchObject({ value: 7 });
    expect(aboveScale.cells[WANZHOU.code]).toMatchObject({ value: 23.6 });
    const all = row("value_added.industry", "growth")!;
    expect(all.verdict).toBe("partial");
    expect(all.cells[WULONG.code]).toMatchObject({ value: 6.2 });
    expect(all.cells[WANZHOU.code]).toBeNull();
    expect(all.notes).toEqual([
      {
        code: "missing",
        regions: [WANZHOU.code],
        elsewhere: [{ region: WANZHOU.code, indicators: ["value_added.industry.above_scale"] }],
      },
      { code: "scope_assumed", scope: "全口径", cells: [{ region: WULONG.code, nameAsWritten: "工业增加值" }] },
    ]);
    expect(zh(all)).toContain("缺少：万州区（万州区另报规模以上工业增加值，口径不同）");
    expect(zh(all)).toContain("口径未写明（按全口径归类）：武隆区写作“工业增加值”");
  });

  it("marks a figure only one region states as partial", () => {
    const fdi = row("fdi.actual", "level")!;
    expect(fdi).toMatchObject({ verdict: "partial", notes: [{ code: "missing", regions: [WULONG.code] }] });
    expect(zh(fdi)).toBe("缺少：武隆区");
    expect(fdi.cells[WULONG.code]).toBeNull();
  });

  it("sorts rows by indicator id, then measure (level before growth)", () => {
    const keys = table.rows.map((r) => `${r.indicator} ${r.measure}`);
    expect(keys.slice(0, 3)).toEqual([AIR_RATE.concat(" rate"), "fdi.actual level", "gdp level"]);
    expect(keys.indexOf("gdp level")).toBe(keys.indexOf("gdp growth") - 1);
  });

  it("keeps kinds apart: the 2024 targets are their own table", () => {
    const targets = align(dataset, { period: 2024, kind: "target" });
    expect(targets.rows).toHaveLength(1);
    expect(targets.rows[0]).toMatchObject({ indicator: "gdp", measure: "growth", verdict: "comparable" });
    expect(targets.rows[0]!.cells).toMatchObject({ [WULONG.code]: { value: 6.5 }, [WANZHOU.code]: { value: 7 } });
  });
});

describe("align(dataset, options) on bad input", () => {
  it("throws unknown_region naming the input", () => {
    expect(() => align(dataset, { regions: ["不存在区"], period: 2023, kind: "actual" })).toThrow(
      expect.objectContaining({ code: "unknown_region", message: expect.stringContaining("不存在区") }),
    );
  });

  it("throws missing_period listing the periods the kind has", () => {
    expect(() => align(dataset, { period: 2022, kind: "actual" })).toThrow(
      expect.objectContaining({ code: "missing_period", hint: "Periods with actual data: 2023." }),
    );
    expect(() => align(dataset, { period: 2023, kind: "estimate" })).toThrow(
      expect.objectContaining({ hint: "Periods with estimate data: none." }),
    );
  });

  it("accepts a registry region the dataset lacks, with empty cells", () => {
    const withFuling = align(dataset, { regions: ["武隆", "涪陵区"], period: 2023, kind: "actual" });
    expect(withFuling.regions[1]).toEqual({ code: "500102", name: "涪陵区" });
    expect(withFuling.rows.every((r) => r.cells["500102"] === null && r.verdict !== "comparable")).toBe(true);
  });
});

describe("align(dataset, options) regions", () => {
  it("rejects an empty region list rather than comparing nothing", () => {
    expect(() => align(dataset, { regions: [], period: 2023, kind: "actual" })).toThrow(
      expect.objectContaining({ code: "invalid_option" }),
    );
  });

  it("takes each region once, by name, short name or code, in the order given", () => {
    const table = align(dataset, { regions: ["万州", "500156", "武隆区"], period: 2023, kind: "actual" });
    expect(table.regions.map((r) => r.code)).toEqual([WANZHOU.code, WULONG.code]);
  });
});

describe("a third region with fewer indicators", () => {
  // 涪陵 states only a few of the seed figures (武隆's GDP growth and trade, restated as its own)
  const FULING = { code: "500102", name: "涪陵区" };
  const few = new Set(["gdp", "trade.total"]);
  const fuling = seedObservations(ALIGN_SET)
    .filter((o) => o.regionCode === WULONG.code && few.has(o.indicator))
    .map((o) => ({ ...o, regionCode: FULING.code, regionName: FULING.name }));
  const three = buildDataset({ observations: [...seedObservations(ALIGN_SET), ...fuling], documents: seedDocuments() });
  const withThird = align(three, { regions: ["武隆区", "万州区", "涪陵区"], period: 2023, kind: "actual" });
  const pair = (t: typeof table) =>
    t.rows
      .filter((r) => r.verdict === "comparable" || r.verdict === "converted")
      .filter((r) => r.cells[WULONG.code] && r.cells[WANZHOU.code])
      .map((r) => `${r.indicator}|${r.measure}|${r.verdict}`);

  it("never hides the comparison of 武隆 and 万州: their comparable rows are the same", () => {
    expect(pair(table).length).toBeGreaterThanOrEqual(3);
    expect(pair(withThird)).toEqual(pair(table));
  });

  it("names the missing region with a null cell, and keeps partial for rows one region states", () => {
    const gdp = withThird.rows.find((r) => r.indicator === "gdp" && r.measure === "growth")!;
    expect(gdp.verdict).toBe("comparable");
    const lacking = withThird.rows.find(
      (r) =>
        r.cells[FULING.code] === null && r.cells[WULONG.code] && r.cells[WANZHOU.code] && r.verdict === "comparable",
    )!;
    expect(missingRegions(lacking)).toEqual([FULING.code]);
    expect(statedRegions(lacking)).toEqual([WANZHOU.code, WULONG.code]);
    expect(zh(lacking, withThird)).toContain("涪陵区");
    for (const row of withThird.rows) {
      if (row.verdict === "partial") expect(statedRegions(row).length).toBeLessThan(2);
    }
  });
});

describe("align checks its dataset", () => {
  it("names the observation that is not an object, as checkArgs does (the cheap test only passes objects on)", () => {
    for (const bad of [null, [], "x", 3]) {
      const observations = [...dataset.observations, bad];
      expect(() => align({ ...dataset, observations } as never, { period: 2023, kind: "actual" })).toThrow(
        expect.objectContaining({
          code: "invalid_argument",
          where: `dataset.observations[${observations.length - 1}]`,
        }),
      );
    }
    expect(() => align({ ...dataset, observations: {} } as never, { period: 2023, kind: "actual" })).toThrow(
      expect.objectContaining({ code: "invalid_argument", where: "dataset.observations" }),
    );
  });
});
