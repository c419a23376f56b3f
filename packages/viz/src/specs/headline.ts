/**
 * The headline indicators of a work report, in the order charts show them: what
 * `compareBars` and `duibi chart compare|scorecard` draw when no indicators are
 * named. Ids from the fixed API list in DESIGN.md.
 */
export const HEADLINE_INDICATORS: readonly string[] = [
  "gdp",
  "value_added.industry.above_scale",
  "investment.fixed_assets",
  "retail_sales",
  "budget_revenue",
  "income.per_capita",
  "income.per_capita.urban",
  "income.per_capita.rural",
  "trade.total",
  "tourism.visitors",
];
