/**
 * A small report input built from real sentences of the 2024 reports of 武隆 (document 001)
 * and 万州 (document 004): quotes and offsets are read from seeds/sources, so the source
 * appendix can quote whole sentences. Tables are what align() gives for these rows.
 */
import { readFileSync } from "node:fs";
import type { Cell, ComparisonRow, ComparisonTable, Dataset, Document, Observation, Qualifier } from "@duibi/core";
import { type AmbitionResult, gaps, rank } from "@duibi/stats";
import type { ReportInput } from "../buildReport.js";
import type { ReportChart } from "../model.js";

const WULONG = "500156";
const WANZHOU = "500101";
const DOC: Record<string, string> = { [WULONG]: "001_8f9e7cf461ee1142.txt", [WANZHOU]: "004_4fe08f7bbbc0cf7d.txt" };

export const texts = new Map<string, string>(
  Object.values(DOC).map((id) => [
    id,
    readFileSync(new URL(`../../../../seeds/sources/${id}`, import.meta.url), "utf8").replace(/^\uFEFF/, ""),
  ]),
);

function source(document: string, quote: string) {
  const start = texts.get(document)?.indexOf(quote) ?? -1;
  if (start < 0) throw new Error(`fixture quote not in ${document}: ${quote}`);
  return { document, start, end: start + quote.length, quote };
}

type Row = [string, string, Observation["measure"], number, Observation["kind"], number, string, Qualifier, string];
const rows: Row[] = [
  [WULONG, "gdp", "level", 2023, "actual", 273.46, "亿元", "exact", "实现地区生产总值273.46亿元、增长5.5%"],
  [WULONG, "gdp", "growth", 2023, "actual", 5.5, "%", "exact", "实现地区生产总值273.46亿元、增长5.5%"],
  [WULONG, "retail_sales", "growth", 2023, "actual", 7.5, "%", "exact", "分别增长7%、13.8%、33.7%、7.5%"],
  [WULONG, "unemployment.registered", "rate", 2023, "actual", 2.71, "%", "exact", "城镇登记失业率2.71%"],
  [WULONG, "trade.total", "level", 2023, "actual", 0.8477, "亿元", "exact", "实现进出口总额8477万元、增长5.2%"],
  [WULONG, "gdp", "growth", 2024, "target", 6.5, "%", "exact", "地区生产总值增长6.5%"],
  [WULONG, "cpi", "growth", 2024, "target", 3, "%", "at_most", "居民消费价格涨幅3%以内"],
  [WANZHOU, "gdp", "level", 2023, "actual", 1179.4, "亿元", "exact", "实现地区生产总值1179.4亿元、增长6.9%"],
  [WANZHOU, "gdp", "growth", 2023, "actual", 6.9, "%", "exact", "实现地区生产总值1179.4亿元、增长6.9%"],
  [WANZHOU, "retail_sales", "growth", 2023, "actual", 7.4, "%", "exact", "实现社会消费品零售总额470.6亿元、增长7.4%"],
  [WANZHOU, "unemployment.surveyed", "rate", 2023, "actual", 5.4, "%", "exact", "城镇调查失业率5.4%"],
  [WANZHOU, "trade.total", "level", 2023, "actual", 73.1, "亿元", "exact", "实现进出口总额73.1亿元"],
  [WANZHOU, "gdp", "growth", 2024, "target", 7, "%", "exact", "地区生产总值增长7%"],
];

const names: Record<string, [string, string]> = { [WULONG]: ["武隆区", "武隆"], [WANZHOU]: ["万州区", "万州"] };

export const observations: Observation[] = rows.map(
  ([code, indicator, measure, period, kind, value, unit, qualifier, quote]) => ({
    regionCode: code,
    regionName: names[code]?.[0] ?? code,
    indicator,
    measure,
    period,
    kind,
    value,
    unit,
    qualifier,
    nameAsWritten: indicator,
    source: source(DOC[code] ?? "", quote),
  }),
);

const documents: Document[] = [
  {
    id: DOC[WULONG] ?? "",
    title: "2024年武隆区政府工作报告",
    regionCode: WULONG,
    year: 2024,
    type: "work_report",
    chars: 0,
    sha256: "0".repeat(64),
  },
  {
    id: DOC[WANZHOU] ?? "",
    title: "2024年万州区政府工作报告",
    regionCode: WANZHOU,
    year: 2024,
    type: "work_report",
    chars: 0,
    sha256: "1".repeat(64),
  },
];

export const dataset: Dataset = {
  version: 1,
  regions: [
    { code: WANZHOU, name: "万州区", shortName: "万州", level: "county", parent: "500100" },
    { code: WULONG, name: "武隆区", shortName: "武隆", level: "county", parent: "500100" },
  ],
  documents,
  observations,
  conflicts: [],
};

function cell(code: string, indicator: string, measure: string, period: number, kind: string): Cell | null {
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
    note: "",
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
      note: "万元→亿元",
      cells: {
        [WANZHOU]: cell(WANZHOU, "trade.total", "level", 2023, "actual"),
        [WULONG]: {
          ...(cell(WULONG, "trade.total", "level", 2023, "actual") as Cell),
          original: { value: 8477, unit: "万元" },
        },
      },
    },
    {
      indicator: "unemployment.registered",
      measure: "rate",
      verdict: "incomparable",
      note: "城镇登记失业率与城镇调查失业率口径不同",
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
      ambitionPp: 0.1,
      differencePp: 0.1,
      qualifier: "exact",
      label: "ambition",
      note: "",
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
      ambitionPp: null,
      differencePp: null,
      qualifier: "at_most",
      label: "ceiling",
      note: "",
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
      ambitionPp: 1,
      differencePp: 1,
      qualifier: "exact",
      label: "ambition",
      note: "",
      targetSource: src(WULONG, "gdp", 2024, "target"),
      actualSource: src(WULONG, "gdp", 2023, "actual"),
    },
  ],
};

export const regions = [
  { code: WULONG, name: "武隆区", shortName: "武隆" },
  { code: WANZHOU, name: "万州区", shortName: "万州" },
];

const chart = (id: string): ReportChart => ({
  id,
  title: `图 ${id}`,
  alt: `图 ${id}`,
  svg: `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100"><defs><clipPath id="clip1"><rect width="200" height="100"/></clipPath></defs><g clip-path="url(#clip1)"><rect width="120" height="40" fill="#4c78a8"/><text x="4" y="70">武隆 ${id}</text></g></svg>`,
  png: new Uint8Array([137, 80, 78, 71]),
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
