/**
 * Chart fixtures over the seeds fixture (tests/fixtures/seeds.ts): the real 武隆 (500156,
 * document 001) and 万州 (500101, document 004) figures of the 2024 work reports, and the
 * tables, gaps and ranks core and stats compute from them.
 */
import type { Cell, ComparisonTable, Dataset, Document, Observation, RowNote } from "@duibi/core";
import type { CompositeResult, GapsResult, RankResult, SensitivityResult } from "@duibi/stats";
import {
  inYi,
  seedCell,
  seedDataset,
  seedDocuments,
  seedObservations,
  WANZHOU as WANZHOU_SEED,
  WULONG as WULONG_SEED,
} from "../../../../tests/fixtures/seeds.js";

const WULONG = { code: WULONG_SEED.code, name: WULONG_SEED.name };
const WANZHOU = { code: WANZHOU_SEED.code, name: WANZHOU_SEED.name };

/** Every figure of the seeds fixture. */
export const observations: Observation[] = seedObservations();

/** The two seed reports. */
export const documents: Document[] = seedDocuments();

/** The two regions, their reports and every figure. */
export const dataset: Dataset = seedDataset(observations);

const cell = (code: string, indicator: string, measure: string, period = 2023, kind = "actual"): Cell | null =>
  seedCell(observations, code, indicator, measure, period, kind);

const row = (
  indicator: string,
  measure: Observation["measure"],
  verdict: ComparisonTable["rows"][number]["verdict"],
) => ({
  indicator,
  measure,
  verdict,
  notes: [] as RowNote[],
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
      notes: [{ code: "unit_converted", from: "万元", to: "亿元" }],
      cells: {
        "500101": cell("500101", "trade.total", "level"),
        "500156": inYi(cell("500156", "trade.total", "level")!),
      },
    },
    {
      indicator: "unemployment.registered",
      measure: "rate",
      verdict: "incomparable",
      notes: [{ code: "variants", indicators: ["unemployment.registered", "unemployment.surveyed"] }],
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
    notes: [],
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
  skipped: [{ indicator: "unemployment.registered", measure: "rate", reason: { code: "incomparable", notes: [] } }],
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
