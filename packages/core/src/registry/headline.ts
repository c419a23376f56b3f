import { checkArgs } from "../errors/checkArgs.js";
import type { Measure } from "../schema/observation.js";
import { isUnregistered } from "./unregistered.js";

/**
 * The indicators a reader of a work report looks at first, in reading order: output,
 * industry, investment, consumption, public finance, income, tourism, trade, jobs.
 */
export const HEADLINE_INDICATORS = [
  "gdp",
  "value_added.primary",
  "value_added.secondary",
  "value_added.tertiary",
  "value_added.industry.above_scale",
  "value_added.industry",
  "investment.fixed_assets",
  "retail_sales",
  "budget_revenue",
  "tax_revenue",
  "income.per_capita",
  "income.per_capita.urban",
  "income.per_capita.rural",
  "tourism.visitors",
  "tourism.revenue",
  "trade.total",
  "jobs.urban_new",
  "unemployment.registered",
  "unemployment.surveyed",
  "urbanization.rate",
  "cpi",
] as const;

const MEASURE_ORDER: Measure[] = ["level", "growth", "change_pp", "share", "rate", "count", "ratio"];

/**
 * Orders rows headline indicators first (in {@link HEADLINE_INDICATORS} order), then the
 * rest of the registry by indicator id, then unregistered figures (`unregistered:…`) by id;
 * measures in a fixed order within an indicator. Returns a new array.
 * @param rows - rows of a comparison, gaps or rank result
 * @returns the rows, reordered
 * @example
 * headlineFirst([{ indicator: "zoo", measure: "level" }, { indicator: "gdp", measure: "growth" }])[0]?.indicator; // => "gdp"
 */
export function headlineFirst<R extends { indicator: string; measure: Measure }>(rows: readonly R[]): R[] {
  checkArgs({ rows: [rows, "object[]"] });
  const order = new Map<string, number>(HEADLINE_INDICATORS.map((id, i) => [id, i]));
  // figures kept under the name as written (unregistered:…) come after every registry row
  const rank = (id: string) => order.get(id) ?? HEADLINE_INDICATORS.length + Number(isUnregistered(id));
  return [...rows].sort(
    (a, b) =>
      rank(a.indicator) - rank(b.indicator) ||
      Number(a.indicator > b.indicator) - Number(a.indicator < b.indicator) ||
      MEASURE_ORDER.indexOf(a.measure) - MEASURE_ORDER.indexOf(b.measure),
  );
}
