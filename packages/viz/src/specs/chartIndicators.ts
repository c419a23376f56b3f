/**
 * The indicators charts draw when none are named (`compareBars`, `duibi chart
 * compare|scorecard`), in the order they show them: a short pick of core's
 * `HEADLINE_INDICATORS` that fits one chart.
 */
export const CHART_INDICATORS: readonly string[] = [
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
