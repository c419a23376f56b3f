import type { Cell, ComparisonRow, ComparisonTable, Measure, RowNote, Verdict } from "@duibi/core";

/** A cell as align would make it; the quote is illustrative. */
export function cell(value: number, unit = "%"): Cell {
  return {
    value,
    unit,
    qualifier: "exact",
    source: { document: "fixture.txt", start: 0, end: 1, quote: String(value) },
  };
}

export function row(
  indicator: string,
  measure: Measure,
  values: Record<string, number | null>,
  { unit = "%", verdict = "comparable", notes = [] }: { unit?: string; verdict?: Verdict; notes?: RowNote[] } = {},
): ComparisonRow {
  const cells: ComparisonRow["cells"] = {};
  for (const [code, v] of Object.entries(values)) cells[code] = v === null ? null : cell(v, unit);
  return { indicator, measure, verdict, notes, cells };
}

/** 武隆 (500156) and 万州 (500101), 2023 actuals as the 2024 reports state them. */
export const WULONG = { code: "500156", name: "武隆区" };
export const WANZHOU = { code: "500101", name: "万州区" };

export function table(
  rows: ComparisonRow[],
  regions = [WULONG, WANZHOU],
  { period = 2023, kind = "actual" as const } = {},
): ComparisonTable {
  return { regions, period, kind, rows };
}

/**
 * 2023 actuals: 武隆 GDP 273.46亿元 (+5.5%), 万州 GDP 1179.4亿元 (+6.9%) — the 2024 reports;
 * unemployment: 武隆 城镇登记失业率 2.71% vs 万州 城镇调查失业率 5.4% (never comparable).
 */
export const seedsLike = table([
  row("gdp", "growth", { "500156": 5.5, "500101": 6.9 }),
  row("gdp", "level", { "500156": 273.46, "500101": 1179.4 }, { unit: "亿元" }),
  row(
    "unemployment.registered",
    "rate",
    { "500156": 2.71, "500101": 5.4 },
    {
      verdict: "incomparable",
      notes: [{ code: "variants", indicators: ["unemployment.registered", "unemployment.surveyed"] }],
    },
  ),
]);
