/**
 * A small report input over the seeds fixture (tests/fixtures/seeds.ts): real sentences of the
 * 2024 reports of 武隆 (document 001) and 万州 (document 004), so the source appendix can quote
 * whole sentences. Tables are what align() gives for these rows.
 */
import type { Cell, ComparisonRow, ComparisonTable, Dataset, Observation } from "@duibi/core";
import { type AmbitionResult, gaps, rank } from "@duibi/stats";
import {
  inYi,
  REPORT_SET,
  seedCell,
  seedDataset,
  seedObservations,
  seedText,
  WANZHOU as WANZHOU_SEED,
  WULONG as WULONG_SEED,
} from "../../../../tests/fixtures/seeds.js";
import type { ReportInput } from "../buildReport.js";
import type { ReportChart } from "../model.js";

const WULONG = WULONG_SEED.code;
const WANZHOU = WANZHOU_SEED.code;

/** The texts of the two seed reports, by document id. */
export const texts = new Map<string, string>(
  [WULONG_SEED.document, WANZHOU_SEED.document].map((id) => [id, seedText(id)]),
);

/** The report's figures, from the seeds fixture. */
export const observations: Observation[] = seedObservations(REPORT_SET);

/** The two regions, their reports and the report's figures. */
export const dataset: Dataset = seedDataset(observations);

const cell = (code: string, indicator: string, measure: string, period: number, kind: string): Cell | null =>
  seedCell(observations, code, indicator, measure, period, kind);

function row(
  indicator: string,
  measure: Observation["measure"],
  verdict: ComparisonRow["verdict"],
  period = 2023,
  kind = "actual",
): ComparisonRow {
  return {
    indicator,
    measure,
    verdict,
    notes: [],
    cells: {
      [WANZHOU]: cell(WANZHOU, indicator, measure, period, kind),
      [WULONG]: cell(WULONG, indicator, measure, period, kind),
    },
  };
}

const tableRegions = [
  { code: WANZHOU, name: "万州区" },
  { code: WULONG, name: "武隆区" },
];

export const actual: ComparisonTable = {
  regions: tableRegions,
  period: 2023,
  kind: "actual",
  rows: [
    row("gdp", "growth", "comparable"),
    row("gdp", "level", "comparable"),
    row("retail_sales", "growth", "comparable"),
    {
      ...row("trade.total", "level", "converted"),
      notes: [{ code: "unit_converted", from: "万元", to: "亿元" }],
      cells: {
        [WANZHOU]: cell(WANZHOU, "trade.total", "level", 2023, "actual"),
        [WULONG]: inYi(cell(WULONG, "trade.total", "level", 2023, "actual") as Cell),
      },
    },
    {
      indicator: "unemployment.registered",
      measure: "rate",
      verdict: "incomparable",
      notes: [{ code: "variants", indicators: ["unemployment.registered", "unemployment.surveyed"] }],
      cells: {
        [WANZHOU]: {
          ...(cell(WANZHOU, "unemployment.surveyed", "rate", 2023, "actual") as Cell),
          indicator: "unemployment.surveyed",
        },
        [WULONG]: cell(WULONG, "unemployment.registered", "rate", 2023, "actual"),
      },
    },
  ],
};

export const targets: ComparisonTable = {
  regions: tableRegions,
  period: 2024,
  kind: "target",
  rows: [row("cpi", "growth", "partial", 2024, "target"), row("gdp", "growth", "comparable", 2024, "target")],
};

const src = (code: string, indicator: string, period: number, kind: string) => {
  const o = observations.find(
    (x) =>
      x.regionCode === code &&
      x.indicator === indicator &&
      x.measure === "growth" &&
      x.period === period &&
      x.kind === kind,
  );
  if (o === undefined) throw new Error("fixture");
  return o.source;
};

export const ambition: AmbitionResult = {
  year: 2024,
  rows: [
    {
      regionCode: WANZHOU,
      regionName: "万州区",
      indicator: "gdp",
      measure: "growth",
      target: 7,
      actual: 6.9,
      actualKind: "actual",
      actualQualifier: "exact",
      ambitionPp: 0.1,
      bound: "exact",
      differencePp: 0.1,
      qualifier: "exact",
      label: "ambition",
      notes: [],
      targetSource: src(WANZHOU, "gdp", 2024, "target"),
      actualSource: src(WANZHOU, "gdp", 2023, "actual"),
    },
    {
      regionCode: WULONG,
      regionName: "武隆区",
      indicator: "cpi",
      measure: "growth",
      target: 3,
      actual: null,
      actualKind: null,
      actualQualifier: null,
      ambitionPp: null,
      bound: null,
      differencePp: null,
      qualifier: "at_most",
      label: "ceiling",
      notes: [],
      targetSource: src(WULONG, "cpi", 2024, "target"),
      actualSource: null,
    },
    {
      regionCode: WULONG,
      regionName: "武隆区",
      indicator: "gdp",
      measure: "growth",
      target: 6.5,
      actual: 5.5,
      actualKind: "actual",
      actualQualifier: "exact",
      ambitionPp: 1,
      bound: "exact",
      differencePp: 1,
      qualifier: "exact",
      label: "ambition",
      notes: [],
      targetSource: src(WULONG, "gdp", 2024, "target"),
      actualSource: src(WULONG, "gdp", 2023, "actual"),
    },
  ],
};

export const regions = [
  { code: WULONG, name: "武隆区", shortName: "武隆" },
  { code: WANZHOU, name: "万州区", shortName: "万州" },
];

/** A small chart that draws quickly: two bars and the chart's id as title. */
const chart = (id: string): ReportChart => ({
  id,
  title: `图 ${id}`,
  alt: `图 ${id}`,
  spec: {
    title: `武隆 ${id}`,
    width: 200,
    height: 100,
    data: {
      values: [
        { region: "武隆", value: 5.5 },
        { region: "万州", value: 6.9 },
      ],
    },
    mark: "bar",
    encoding: { x: { field: "value", type: "quantitative" }, y: { field: "region", type: "nominal" } },
  },
});

/** The whole input of buildReport; `lang` and charts may be overridden. */
export function reportInput(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    lang: "zh",
    dataset,
    regions,
    actual,
    targets,
    gaps: gaps(actual, { reference: WANZHOU }),
    ranks: rank(actual, { method: "competition", missing: "exclude" }),
    ambition,
    charts: [chart("growth"), chart("target-vs-actual")],
    texts,
    ...overrides,
  };
}
