/**
 * Test fixtures with the real 武隆 (500156, document 001) and 万州 (500101, document 004)
 * figures of the 2024 government work reports; quotes and offsets are read from seeds/sources.
 */
import { readFileSync } from "node:fs";
import type { Cell, ComparisonTable, Dataset, Document, Observation, Qualifier } from "@duibi/core";
import type { CompositeResult, GapsResult, RankResult, SensitivityResult } from "@duibi/stats";

const WULONG = { code: "500156", name: "武隆区" };
const WANZHOU = { code: "500101", name: "万州区" };
const DOC = { "500156": "001_8f9e7cf461ee1142.txt", "500101": "004_4fe08f7bbbc0cf7d.txt" } as const;

const texts = new Map<string, string>();
function source(document: string, quote: string) {
  let text = texts.get(document);
  if (text === undefined) {
    text = readFileSync(new URL(`../../../../seeds/sources/${document}`, import.meta.url), "utf8").replace(
      /^\uFEFF/,
      "",
    );
    texts.set(document, text);
  }
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`fixture quote not in ${document}: ${quote}`);
  return { document, start, end: start + quote.length, quote };
}

type Row = [
  code: "500156" | "500101",
  indicator: string,
  measure: Observation["measure"],
  period: number,
  kind: Observation["kind"],
  value: number,
  unit: string,
  qualifier: Qualifier,
  quote: string,
];

const rows: Row[] = [
  ["500156", "gdp", "level", 2023, "actual", 273.46, "亿元", "exact", "实现地区生产总值273.46亿元、增长5.5%"],
  ["500156", "gdp", "growth", 2023, "actual", 5.5, "%", "exact", "实现地区生产总值273.46亿元、增长5.5%"],
  ["500156", "investment.fixed_assets", "growth", 2023, "actual", 13.8, "%", "exact", "分别增长7%、13.8%、33.7%、7.5%"],
  ["500156", "budget_revenue", "growth", 2023, "actual", 33.7, "%", "exact", "分别增长7%、13.8%、33.7%、7.5%"],
  ["500156", "retail_sales", "growth", 2023, "actual", 7.5, "%", "exact", "分别增长7%、13.8%、33.7%、7.5%"],
  ["500156", "unemployment.registered", "rate", 2023, "actual", 2.71, "%", "exact", "城镇登记失业率2.71%"],
  ["500156", "trade.total", "level", 2023, "actual", 0.8477, "亿元", "exact", "实现进出口总额8477万元、增长5.2%"],
  ["500156", "cpi", "growth", 2023, "actual", -0.5, "%", "exact", "居民消费价格指数下降0.5%"],
  ["500156", "gdp", "growth", 2024, "target", 6.5, "%", "exact", "地区生产总值增长6.5%"],
  ["500156", "investment.fixed_assets", "growth", 2024, "target", 10, "%", "exact", "分别增长7.5%、10%、8%、10%"],
  ["500156", "retail_sales", "growth", 2024, "target", 8, "%", "exact", "分别增长7.5%、10%、8%、10%"],
  ["500156", "budget_revenue", "growth", 2024, "target", 10, "%", "exact", "分别增长7.5%、10%、8%、10%"],
  ["500156", "cpi", "growth", 2024, "target", 3, "%", "at_most", "居民消费价格涨幅3%以内"],
  ["500156", "unemployment.surveyed", "rate", 2024, "target", 5.5, "%", "about", "城镇调查失业率控制在5.5%左右"],
  ["500101", "gdp", "level", 2023, "actual", 1179.4, "亿元", "exact", "实现地区生产总值1179.4亿元、增长6.9%"],
  ["500101", "gdp", "growth", 2023, "actual", 6.9, "%", "exact", "实现地区生产总值1179.4亿元、增长6.9%"],
  [
    "500101",
    "investment.fixed_assets",
    "growth",
    2023,
    "actual",
    11.6,
    "%",
    "exact",
    "完成固定资产投资256.9亿元、增长11.6%",
  ],
  ["500101", "budget_revenue", "growth", 2023, "actual", 9.5, "%", "exact", "完成一般公共预算收入78.3亿元、增长9.5%"],
  ["500101", "retail_sales", "growth", 2023, "actual", 7.4, "%", "exact", "实现社会消费品零售总额470.6亿元、增长7.4%"],
  ["500101", "unemployment.surveyed", "rate", 2023, "actual", 5.4, "%", "exact", "城镇调查失业率5.4%"],
  ["500101", "trade.total", "level", 2023, "actual", 73.1, "亿元", "exact", "实现进出口总额73.1亿元"],
  ["500101", "gdp", "growth", 2024, "target", 7, "%", "exact", "地区生产总值增长7%"],
  ["500101", "investment.fixed_assets", "growth", 2024, "target", 7, "%", "exact", "固定资产投资增长7%"],
  ["500101", "retail_sales", "growth", 2024, "target", 8, "%", "exact", "社会消费品零售总额增长8%"],
  ["500101", "budget_revenue", "growth", 2024, "target", 8, "%", "exact", "一般公共预算收入增长8%"],
  ["500101", "income.per_capita", "growth", 2024, "target", 7, "%", "at_least", "全体居民人均可支配收入增长7%以上"],
];

const regionOf = (code: string) => (code === WULONG.code ? WULONG : WANZHOU);

export const observations: Observation[] = rows.map(
  ([code, indicator, measure, period, kind, value, unit, qualifier, quote]) => ({
    regionCode: code,
    regionName: regionOf(code).name,
    indicator,
    measure,
    period,
    kind,
    value,
    unit,
    qualifier,
    nameAsWritten: indicator,
    source: source(DOC[code], quote),
  }),
);

export const documents: Document[] = [
  {
    id: DOC["500156"],
    title: "2024年武隆区政府工作报告",
    regionCode: "500156",
    year: 2024,
    type: "work_report",
    chars: 0,
    sha256: "0".repeat(64),
  },
  {
    id: DOC["500101"],
    title: "2024年万州区政府工作报告",
    regionCode: "500101",
    year: 2024,
    type: "work_report",
    chars: 0,
    sha256: "1".repeat(64),
  },
];

export const dataset: Dataset = {
  version: 1,
  regions: [
    { code: "500101", name: "万州区", shortName: "万州", level: "county", parent: "500100" },
    { code: "500156", name: "武隆区", shortName: "武隆", level: "county", parent: "500100" },
  ],
  documents,
  observations,
  conflicts: [],
};

function cell(code: string, indicator: string, measure: string, period = 2023, kind = "actual"): Cell | null {
  const o = observations.find(
    (x) =>
      x.regionCode === code &&
      x.indicator === indicator &&
      x.measure === measure &&
      x.period === period &&
      x.kind === kind,
  );
  return o === undefined ? null : { value: o.value, unit: o.unit, qualifier: o.qualifier, source: o.source };
}

const row = (
  indicator: string,
  measure: Observation["measure"],
  verdict: ComparisonTable["rows"][number]["verdict"],
) => ({
  indicator,
  measure,
  verdict,
  note: "",
  cells: { "500101": cell("500101", indicator, measure), "500156": cell("500156", indicator, measure) },
});

/** align(dataset, { period: 2023, kind: "actual" }) as core will compute it for these rows. */
export const table: ComparisonTable = {
  regions: [WANZHOU, WULONG],
  period: 2023,
  kind: "actual",
  rows: [
    row("budget_revenue", "growth", "comparable"),
    row("gdp", "growth", "comparable"),
    row("gdp", "level", "comparable"),
    row("investment.fixed_assets", "growth", "comparable"),
    row("retail_sales", "growth", "comparable"),
    {
      ...row("trade.total", "level", "converted"),
      note: "万元→亿元",
      cells: {
        "500101": cell("500101", "trade.total", "level"),
        "500156": { ...cell("500156", "trade.total", "level")!, original: { value: 8477, unit: "万元" } },
      },
    },
    {
      indicator: "unemployment.registered",
      measure: "rate",
      verdict: "incomparable",
      note: "城镇登记失业率与城镇调查失业率口径不同",
      cells: { "500101": null, "500156": cell("500156", "unemployment.registered", "rate") },
    },
  ],
};

/** gaps(table, { reference: "万州区" }): 武隆 − 万州. GDP growth 5.5 − 6.9 = −1.4 个百分点. */
export const gaps: GapsResult = {
  period: 2023,
  kind: "actual",
  reference: { kind: "region", code: "500101", name: "万州区" },
  rows: [
    ["budget_revenue", 33.7, 9.5],
    ["gdp", 5.5, 6.9],
    ["investment.fixed_assets", 13.8, 11.6],
    ["retail_sales", 7.5, 7.4],
  ].map(([indicator, wulong, wanzhou]) => ({
    indicator: indicator as string,
    measure: "growth" as const,
    verdict: "comparable" as const,
    note: "",
    unit: "个百分点",
    referenceValue: wanzhou as number,
    cells: {
      "500101": { gap: 0, unit: "个百分点", ratio: null, value: wanzhou as number },
      "500156": {
        gap: Math.round(((wulong as number) - (wanzhou as number)) * 10) / 10,
        unit: "个百分点",
        ratio: null,
        value: wulong as number,
      },
    },
  })),
};

/** rank(table, { method: "competition", missing: "exclude" }). */
export const ranks: RankResult = {
  period: 2023,
  kind: "actual",
  method: "competition",
  missing: "exclude",
  rows: [
    {
      indicator: "budget_revenue",
      measure: "growth",
      verdict: "comparable",
      direction: "higher",
      n: 2,
      ranks: { "500101": 2, "500156": 1 },
    },
    {
      indicator: "gdp",
      measure: "growth",
      verdict: "comparable",
      direction: "higher",
      n: 2,
      ranks: { "500101": 1, "500156": 2 },
    },
    {
      indicator: "gdp",
      measure: "level",
      verdict: "comparable",
      direction: "higher",
      n: 2,
      ranks: { "500101": 1, "500156": 2 },
    },
    {
      indicator: "investment.fixed_assets",
      measure: "growth",
      verdict: "comparable",
      direction: "higher",
      n: 2,
      ranks: { "500101": 2, "500156": 1 },
    },
    {
      indicator: "retail_sales",
      measure: "growth",
      verdict: "comparable",
      direction: "higher",
      n: 2,
      ranks: { "500101": 2, "500156": 1 },
    },
    {
      indicator: "trade.total",
      measure: "level",
      verdict: "converted",
      direction: "higher",
      n: 2,
      ranks: { "500101": 1, "500156": 2 },
    },
  ],
  skipped: [{ indicator: "unemployment.registered", measure: "rate", reason: "口径不同" }],
};

const indicators = [
  { indicator: "gdp", measure: "growth" as const, direction: "higher" as const, weight: 0.5 },
  { indicator: "investment.fixed_assets", measure: "growth" as const, direction: "higher" as const, weight: 0.25 },
  { indicator: "retail_sales", measure: "growth" as const, direction: "higher" as const, weight: 0.25 },
];

/** composite(table, minmax): 万州 0.5·1 = 0.5; 武隆 0.25 + 0.25 = 0.5 → a tie broken by nothing. */
export const composite: CompositeResult = {
  method: "minmax",
  minCoverage: 0.5,
  indicators,
  weights: [0.5, 0.25, 0.25],
  scores: [
    { regionCode: "500101", regionName: "万州区", score: 0.5, rank: 1, coverage: 1 },
    { regionCode: "500156", regionName: "武隆区", score: 0.5, rank: 1, coverage: 1 },
  ],
};

export const sensitivity: SensitivityResult = {
  method: "minmax",
  draws: 1000,
  seed: 1,
  concentration: 10,
  indicators,
  regions: [WANZHOU, WULONG],
  probabilities: { "500101": [0.48, 0.52], "500156": [0.52, 0.48] },
  meanRank: { "500101": 1.52, "500156": 1.48 },
};
