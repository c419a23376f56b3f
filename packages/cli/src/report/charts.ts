import type { ComparisonTable, Document } from "@duibi/core";
import type { AmbitionResult, GapsResult, RankResult } from "@duibi/stats";
import { type ChartSpec, compareBars, toPng, toSvg } from "@duibi/viz";
import { HEADLINE_INDICATORS, headlineRows } from "./headlineSection.js";
import { labels } from "./labels.js";
import type { ReportChart, ReportLang } from "./model.js";

/** What the charts are drawn from. */
export interface ChartInput {
  lang: ReportLang;
  actual: ComparisonTable;
  targets: ComparisonTable;
  gaps: GapsResult;
  ranks: RankResult;
  ambition: AmbitionResult;
  documents: readonly Document[];
}

/** A chart to draw: its file stem, title, alt text and Vega-Lite spec. */
export interface ChartPlan {
  id: string;
  title: string;
  alt: string;
  spec: ChartSpec;
}

/**
 * Plans the report's charts: headline growth rates side by side, headline levels,
 * last year's growth against this year's target, gaps to the reference, and ranks.
 * A chart with nothing to draw is left out.
 * @param input - the comparisons and stats
 * @returns the charts to draw, in report order
 * @example
 * planCharts(input).map((c) => c.id); // => ["growth", "levels", …]
 */
export function planCharts(input: ChartInput): ChartPlan[] {
  const l = labels(input.lang);
  const common = { lang: input.lang, documents: input.documents };
  const headline = headlineRows(input.actual).filter((r) => r.verdict === "comparable" || r.verdict === "converted");
  const ids = (measure: string) => [...new Set(headline.filter((r) => r.measure === measure).map((r) => r.indicator))];
  const plans: ChartPlan[] = [];
  const growth = ids("growth");
  if (growth.length > 0) {
    const title = l.chartGrowth(input.actual.period);
    plans.push({
      id: "growth",
      title,
      alt: title,
      spec: compareBars(input.actual, { ...common, indicators: growth, measure: "growth", title }),
    });
  }
  const levels = ids("level").filter((id) => (HEADLINE_INDICATORS as readonly string[]).includes(id));
  if (levels.length > 0) {
    const title =
      input.lang === "zh" ? `${input.actual.period}年主要指标总量` : `Headline levels, ${input.actual.period}`;
    plans.push({
      id: "levels",
      title,
      alt: title,
      spec: compareBars(input.actual, { ...common, indicators: levels, measure: "level", title }),
    });
  }
  return plans;
}

/**
 * Draws planned charts to SVG and PNG (2× for print), one at a time: vega is
 * single-threaded and the machine may be shared.
 * @param plans - from {@link planCharts}
 * @param onProgress - called before each chart with its 1-based position
 * @returns the drawn charts
 * @throws DuibiError `missing_font` when no CJK font is installed; `render_failed` for a spec vega rejects
 * @example
 * const charts = await drawCharts(planCharts(input)); // => [{ id: "growth", svg: "<svg…", png: Uint8Array }, …]
 */
export async function drawCharts(
  plans: readonly ChartPlan[],
  onProgress: (done: number, total: number, plan: ChartPlan) => void = () => {},
): Promise<ReportChart[]> {
  const charts: ReportChart[] = [];
  for (const [i, plan] of plans.entries()) {
    onProgress(i + 1, plans.length, plan);
    const svg = await toSvg(plan.spec);
    const png = await toPng(plan.spec, { scale: 2 });
    charts.push({ id: plan.id, title: plan.title, alt: plan.alt, svg, png: new Uint8Array(png) });
  }
  return charts;
}
