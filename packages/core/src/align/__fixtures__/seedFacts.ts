import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Document } from "../../schema/document.js";
import type { Kind, Measure, Observation, Qualifier } from "../../schema/observation.js";

/**
 * Observations built from real sentences of the seed reports, located in the
 * text at load time so their offsets are right by construction. A test checks
 * each quote equals the source text at its offsets.
 */
const SOURCES = new URL("../../../../../seeds/sources/", import.meta.url);

export const WULONG = { code: "500156", name: "武隆区", document: "001_8f9e7cf461ee1142.txt" } as const;
export const WANZHOU = { code: "500101", name: "万州区", document: "004_4fe08f7bbbc0cf7d.txt" } as const;

export const AIR_RATE = "air_quality.good_days_ratio.urban";
export const AIR_DAYS = "air_quality.good_days.urban";

/** The text of a seed document as read: UTF-8, BOM stripped, line endings untouched. */
export function seedText(document: string): string {
  const raw = readFileSync(new URL(document, SOURCES), "utf8");
  return raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
}

interface Fact {
  region: { code: string; name: string; document: string };
  quote: string;
  indicator: string;
  measure: Measure;
  value: number;
  unit: string;
  nameAsWritten: string;
  kind?: Kind;
  period?: number;
  qualifier?: Qualifier;
}

function observation(fact: Fact): Observation {
  const text = seedText(fact.region.document);
  const start = text.indexOf(fact.quote);
  if (start < 0 || text.indexOf(fact.quote, start + 1) >= 0) throw new Error(`quote not unique: ${fact.quote}`);
  return {
    regionCode: fact.region.code,
    regionName: fact.region.name,
    indicator: fact.indicator,
    measure: fact.measure,
    period: fact.period ?? 2023,
    kind: fact.kind ?? "actual",
    value: fact.value,
    unit: fact.unit,
    qualifier: fact.qualifier ?? "exact",
    nameAsWritten: fact.nameAsWritten,
    source: { document: fact.region.document, start, end: start + fact.quote.length, quote: fact.quote },
  };
}

const FACTS: Fact[] = [
  // 001: 实现地区生产总值273.46亿元、增长5.5%。
  {
    region: WULONG,
    quote: "实现地区生产总值273.46亿元",
    indicator: "gdp",
    measure: "level",
    value: 273.46,
    unit: "亿元",
    nameAsWritten: "地区生产总值",
  },
  {
    region: WULONG,
    quote: "地区生产总值273.46亿元、增长5.5%",
    indicator: "gdp",
    measure: "growth",
    value: 5.5,
    unit: "%",
    nameAsWritten: "地区生产总值",
  },
  {
    region: WULONG,
    quote: "规上工业增加值、固定资产投资、一般公共预算收入、社会消费品零售总额分别增长7%",
    indicator: "value_added.industry.above_scale",
    measure: "growth",
    value: 7,
    unit: "%",
    nameAsWritten: "规上工业增加值",
  },
  {
    region: WULONG,
    quote: "工业增加值增长6.2%",
    indicator: "value_added.industry",
    measure: "growth",
    value: 6.2,
    unit: "%",
    nameAsWritten: "工业增加值",
  },
  {
    region: WULONG,
    quote: "城镇登记失业率2.71%",
    indicator: "unemployment.registered",
    measure: "rate",
    value: 2.71,
    unit: "%",
    nameAsWritten: "城镇登记失业率",
  },
  {
    region: WULONG,
    quote: "实现进出口总额8477万元",
    indicator: "trade.total",
    measure: "level",
    value: 8477,
    unit: "万元",
    nameAsWritten: "进出口总额",
  },
  {
    region: WULONG,
    quote: "城区空气质量优良率94.2%",
    indicator: AIR_RATE,
    measure: "rate",
    value: 94.2,
    unit: "%",
    nameAsWritten: "城区空气质量优良率",
  },
  {
    region: WULONG,
    quote: "地区生产总值增长6.5%",
    indicator: "gdp",
    measure: "growth",
    value: 6.5,
    unit: "%",
    nameAsWritten: "地区生产总值",
    kind: "target",
    period: 2024,
  },
  // 004: 实现地区生产总值1179.4亿元、增长6.9%
  {
    region: WANZHOU,
    quote: "实现地区生产总值1179.4亿元",
    indicator: "gdp",
    measure: "level",
    value: 1179.4,
    unit: "亿元",
    nameAsWritten: "地区生产总值",
  },
  {
    region: WANZHOU,
    quote: "地区生产总值1179.4亿元、增长6.9%",
    indicator: "gdp",
    measure: "growth",
    value: 6.9,
    unit: "%",
    nameAsWritten: "地区生产总值",
  },
  {
    region: WANZHOU,
    quote: "规上工业产值和增加值均增长23.6%",
    indicator: "value_added.industry.above_scale",
    measure: "growth",
    value: 23.6,
    unit: "%",
    nameAsWritten: "规上工业增加值",
  },
  {
    region: WANZHOU,
    quote: "城镇调查失业率5.4%",
    indicator: "unemployment.surveyed",
    measure: "rate",
    value: 5.4,
    unit: "%",
    nameAsWritten: "城镇调查失业率",
  },
  {
    region: WANZHOU,
    quote: "实现进出口总额73.1亿元",
    indicator: "trade.total",
    measure: "level",
    value: 73.1,
    unit: "亿元",
    nameAsWritten: "进出口总额",
  },
  {
    region: WANZHOU,
    quote: "城区空气质量优良天数336天",
    indicator: AIR_DAYS,
    measure: "level",
    value: 336,
    unit: "天",
    nameAsWritten: "城区空气质量优良天数",
  },
  {
    region: WANZHOU,
    quote: "实际使用外资1124万美元",
    indicator: "fdi.actual",
    measure: "level",
    value: 1124,
    unit: "万美元",
    nameAsWritten: "实际使用外资",
  },
  {
    region: WANZHOU,
    quote: "地区生产总值增长7%",
    indicator: "gdp",
    measure: "growth",
    value: 7,
    unit: "%",
    nameAsWritten: "地区生产总值",
    kind: "target",
    period: 2024,
  },
];

/** The seed facts the alignment tests rely on, as observations with real source spans. */
export function seedObservations(): Observation[] {
  return FACTS.map(observation);
}

/** The two reports the facts come from, with their real length and hash. */
export function seedDocuments(): Document[] {
  return [WANZHOU, WULONG].map(({ code, name, document }) => {
    const text = seedText(document);
    return {
      id: document,
      title: `2024年重庆市${name}政府工作报告`,
      regionCode: code,
      year: 2024,
      type: "work_report" as const,
      chars: text.length,
      sha256: createHash("sha256")
        .update(readFileSync(new URL(document, SOURCES)))
        .digest("hex"),
    };
  });
}
