import { buildDataset, type Dataset, type Document, describeDocument, extract, type Observation } from "@duibi/core";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { attainment, DEFAULT_TOLERANCE_PP, judge } from "./attainment.js";
import { describeAttainmentNotes } from "./attainmentNotes.js";

const HEAD = (year: number, session: string) =>
  `武隆区政府工作报告\n——${year}年1月20日在重庆市武隆区第十九届人民代表大会第${session}次会议上\n`;

/** Two reports of the genre: 2023 sets targets, 2024 states the outcomes and sets a range. */
const TEXTS: Record<string, string> = {
  "wulong-2023.txt": `${HEAD(2023, "二")}一、2022年工作回顾\n2022年，全区地区生产总值增长3.1%。\n二、2023年工作安排\n2023年经济社会发展的主要预期目标是：地区生产总值增长6%以上，社会消费品零售总额增长7%左右，城镇调查失业率控制在5.5%以内，居民消费价格涨幅控制在3%左右。`,
  "wulong-2024.txt": `${HEAD(2024, "四")}一、2023年工作回顾\n2023年，全区地区生产总值增长5.5%，社会消费品零售总额增长7.2%，城镇登记失业率4.1%，居民消费价格上涨0.3%。\n二、2024年工作安排\n2024年主要预期目标是：地区生产总值增长6%—6.5%。`,
};

function datasetOf(texts: Record<string, string>): Dataset {
  const observations: Observation[] = [];
  const documents: Document[] = [];
  for (const [id, text] of Object.entries(texts)) {
    const result = extract(text, { document: id });
    observations.push(...result.observations);
    documents.push(describeDocument(text, id, result));
  }
  return buildDataset({ observations, documents });
}

const row = (r: ReturnType<typeof attainment>, indicator: string, period: number) =>
  r.rows.find((x) => x.indicator === indicator && x.period === period);

describe("attainment(dataset, options) on extracted reports", () => {
  const dataset = datasetOf(TEXTS);
  const result = attainment(dataset);

  it("以上 is a floor: 6%以上 against 5.5% is missed by 0.5 pp, both sources kept", () => {
    const gdp = row(result, "gdp", 2023);
    expect(gdp).toMatchObject({ verdict: "missed", gapPp: -0.5, reading: "floor" });
    expect(gdp?.target.source.quote).toContain("6%以上");
    expect(gdp?.target.source.document).toBe("wulong-2023.txt");
    expect(gdp?.actual?.source.document).toBe("wulong-2024.txt");
    expect(gdp?.actual?.source.quote).toContain("5.5%");
  });

  it("左右 is met within the band: 7%左右 against 7.2%", () => {
    expect(row(result, "retail_sales", 2023)).toMatchObject({ verdict: "met", gapPp: 0.2, reading: "band" });
  });

  it("a price target 控制在3%左右 is a ceiling: 0.3% meets it", () => {
    expect(row(result, "cpi", 2023)).toMatchObject({ verdict: "met", reading: "ceiling", gapPp: -2.7 });
  });

  it("surveyed target, registered outcome: not comparable, named", () => {
    const u = row(result, "unemployment.surveyed", 2023);
    expect(u?.verdict).toBe("not_comparable");
    expect(u?.notes[0]).toMatchObject({ code: "definition_differs" });
    expect(describeAttainmentNotes(u?.notes ?? [], "zh")).toContain("城镇登记失业率");
    expect(u?.actual).toBeNull();
  });

  it("a target with no later report is incomplete and says what is missing", () => {
    const r = row(result, "gdp", 2024);
    expect(r).toMatchObject({ verdict: "incomplete", actual: null, gapPp: null, reading: "range" });
    expect(r?.target.bounds).toEqual({ low: 6, high: 6.5 });
    expect(r?.notes).toEqual([{ code: "no_later_report", period: 2024, regionName: "武隆区" }]);
    expect(describeAttainmentNotes(r?.notes ?? [], "en")).toBe("no report after 2024 for 武隆区");
    expect(describeAttainmentNotes(r?.notes ?? [], "zh")).toBe("数据中没有武隆区2024年之后的报告");
  });

  it("summarizes per region: hit rate, mean gap, ambition (target t − actual t−1)", () => {
    expect(result.summary).toHaveLength(1);
    const s = result.summary[0]!;
    expect([s.met, s.missed, s.notComparable, s.incomplete, s.hitRate]).toEqual([2, 1, 1, 1, 2 / 3]);
    expect(s.meanGapPp).toBeCloseTo((-0.5 + 0.2 - 2.7) / 3, 9);
    const gdp = s.ambition.find((a) => a.indicator === "gdp");
    // 2023: 6 − 3.1 = 2.9; 2024: 6.25 − 5.5 = 0.75
    expect(gdp?.points).toEqual([
      { period: 2023, ambitionPp: 2.9 },
      { period: 2024, ambitionPp: 0.75 },
    ]);
    expect(gdp?.slopePpPerYear).toBeCloseTo(-2.15, 9);
  });

  it("filters by indicator and period", () => {
    const only = attainment(dataset, { indicators: ["gdp"], periods: [2023] });
    expect(only.rows.map((r) => [r.indicator, r.period])).toEqual([["gdp", 2023]]);
  });

  it("a report whose region cannot be told is named and skipped", () => {
    const texts = { ...TEXTS, "unknown.txt": "政府工作报告\n2023年，地区生产总值增长9%。" };
    const r = attainment(datasetOf(texts));
    expect(r.skipped).toEqual([
      { document: "unknown.txt", missing: ["year", "region"], reason: expect.stringContaining("cannot be told") },
    ]);
    expect(row(r, "gdp", 2023)?.actual?.value).toBe(5.5);
  });

  it("two reports claiming one region and year: both kept, flagged", () => {
    const texts = { ...TEXTS, "wulong-2024-copy.txt": TEXTS["wulong-2024.txt"]!.replace("5.5%", "5.6%") };
    const r = attainment(datasetOf(texts));
    expect(r.conflicts).toEqual([
      { regionCode: "500156", year: 2024, documents: ["wulong-2024-copy.txt", "wulong-2024.txt"] },
    ]);
    expect(row(r, "gdp", 2024)?.notes).toContainEqual({
      code: "report_conflict",
      reports: 2,
      regionName: "武隆区",
      year: 2024,
    });
    // the outcome is the latest final figure by report, then document id; the other is named as a revision
    expect(describeAttainmentNotes(row(r, "gdp", 2023)?.notes ?? [], "en")).toMatch(/revised: .*wulong-2024-copy\.txt/);
  });

  it("an estimate stands in when no later report states the final figure, and is revised when one does", () => {
    const base = buildDataset({ observations: dataset.observations, documents: dataset.documents });
    const gdp2023 = base.observations.find((o) => o.indicator === "gdp" && o.period === 2023 && o.kind === "actual")!;
    const estimate: Observation = { ...gdp2023, kind: "estimate", value: 5 };
    const onlyEstimate = buildDataset({
      observations: [...base.observations.filter((o) => o !== gdp2023), estimate],
      documents: base.documents,
    });
    const stand = row(attainment(onlyEstimate), "gdp", 2023);
    expect(stand?.actual?.kind).toBe("estimate");
    expect(stand?.notes).toContainEqual({ code: "estimate_stands_in" });
    expect(describeAttainmentNotes(stand?.notes ?? [], "zh")).toContain("以预计数代替");
    // the report of 2025 restates 2023's final figure as 5.6%
    const doc2025: Document = { ...base.documents[1]!, id: "wulong-2025.txt", year: 2025 };
    const restated: Observation = {
      ...gdp2023,
      value: 5.6,
      source: { ...gdp2023.source, document: "wulong-2025.txt" },
    };
    const both = buildDataset({
      observations: [...onlyEstimate.observations, restated],
      documents: [...base.documents, doc2025],
    });
    const final = row(attainment(both), "gdp", 2023);
    expect(final?.actual).toMatchObject({ value: 5.6, kind: "actual" });
    expect(describeAttainmentNotes(final?.notes ?? [], "en")).toContain("revised: estimate 5% in wulong-2024.txt");
    expect(describeAttainmentNotes(final?.notes ?? [], "zh")).toContain("wulong-2024.txt预计5%");
    expect(final?.verdict).toBe("missed");
  });

  it("rejects a negative tolerance", () => {
    expect(() => attainment(dataset, { tolerancePp: -1 })).toThrow(/tolerancePp/);
  });
});

describe("judge (property)", () => {
  const value = fc.integer({ min: -100, max: 200 }).map((x) => x / 10);
  it("floors, ceilings and bands agree with their definitions, and the band is ± tolerance", () => {
    fc.assert(
      fc.property(value, value, fc.constantFrom("exact", "at_least", "at_most", "about"), (target, actual, q) => {
        const t = { indicator: "gdp", measure: "growth" as const, qualifier: q, value: target };
        const { verdict } = judge(t, actual, DEFAULT_TOLERANCE_PP);
        const expected =
          q === "at_most"
            ? actual <= target + 1e-9
            : q === "about"
              ? actual >= target - DEFAULT_TOLERANCE_PP - 1e-9
              : actual >= target - 1e-9;
        expect(verdict).toBe(expected ? "met" : "missed");
      }),
    );
  });

  it("the rows do not depend on the order of the observations", () => {
    const dataset = datasetOf(TEXTS);
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: dataset.observations.length, maxLength: dataset.observations.length }),
        (keys) => {
          const shuffled = dataset.observations
            .map((o, i) => [keys[i]!, o] as const)
            .sort((a, b) => a[0] - b[0])
            .map(([, o]) => o);
          expect(attainment({ ...dataset, observations: shuffled, conflicts: [] })).toEqual(attainment(dataset));
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe("attainment never judges a multiple (倍) as a growth rate", () => {
  const doc = (id: string, year: number): Document => ({
    id,
    title: id,
    regionCode: "500101",
    year,
    type: "work_report",
    chars: 1,
    sha256: "0".repeat(64),
  });
  const fact = (
    period: number,
    kind: Observation["kind"],
    value: number,
    unit: string,
    document: string,
    quote: string,
  ) =>
    ({
      regionCode: "500101",
      regionName: "万州区",
      indicator: "new_corridor.freight_volume",
      measure: "growth",
      period,
      kind,
      value,
      unit,
      qualifier: "at_least",
      nameAsWritten: "经西部陆海新通道货运量",
      source: { document, start: 0, end: quote.length, quote },
    }) as Observation;
  const dataset = (outcome: Observation): Dataset => ({
    version: 1,
    regions: [],
    documents: [doc("wanzhou-2023.txt", 2023), doc("wanzhou-2024.txt", 2024)],
    conflicts: [],
    observations: [fact(2023, "target", 20, "%", "wanzhou-2023.txt", "经西部陆海新通道货运量增长20%以上"), outcome],
  });

  it("万州 2024 report: 货运量、货运值均增长5倍以上 against a 20%以上 target is not comparable, said why", () => {
    // 万州 2024 report: 万州经西部陆海新通道货运量、货运值均增长5倍以上
    const outcome = fact(
      2023,
      "actual",
      5,
      "倍",
      "wanzhou-2024.txt",
      "万州经西部陆海新通道货运量、货运值均增长5倍以上",
    );
    const [r] = attainment(dataset(outcome)).rows;
    expect(r).toMatchObject({ verdict: "not_comparable", gap: null, gapPp: null });
    expect(r?.notes[0]).toEqual({ code: "multiple_not_growth", side: "outcome" });
    expect(describeAttainmentNotes(r?.notes ?? [], "zh")).toContain("倍数而非增长率");
  });

  it("nor a multiple against a multiple", () => {
    const target = { ...fact(2023, "target", 1, "倍", "wanzhou-2023.txt", "增长1倍以上") };
    const outcome = fact(2023, "actual", 5, "倍", "wanzhou-2024.txt", "均增长5倍以上");
    const [r] = attainment({ ...dataset(outcome), observations: [target, outcome] }).rows;
    expect(r).toMatchObject({ verdict: "not_comparable", gap: null });
    expect(r?.notes[0]).toEqual({ code: "multiple_not_growth", side: "target" });
  });
});
