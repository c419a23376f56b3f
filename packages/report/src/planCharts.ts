import type { Dataset } from "@duibi/core";
import { ARGS, checkArgs, HEADLINE_INDICATORS, headlineFirst, targetPairs } from "@duibi/core";
import type { AttainmentResult } from "@duibi/stats";
import { attainmentMatrix, compareBars, gapChart, rankHeatmap, targetHistory, targetVsActual } from "@duibi/viz";
import { REPORT_ARGS } from "./args.js";
import type { ReportData } from "./dataFiles.js";
import { headlineRows } from "./headlineSection.js";
import { labels } from "./labels.js";
import type { ReportChart, ReportLang } from "./model.js";

/** What the charts are drawn from: the report's numbers, its language and the dataset. */
export interface ChartInput extends ReportData {
  lang: ReportLang;
  dataset: Dataset;
  /** GDP target attainment over the years, when the dataset spans several (draws the matrix and histories). */
  attainment?: AttainmentResult;
}

/** Most regions drawn one history chart each; beyond, the matrix alone. */
const MAX_HISTORIES = 4;

/**
 * Plans the report's charts: headline growth rates side by side, headline levels,
 * last year's growth against this year's target, gaps to the reference, and ranks.
 * A chart with nothing to draw is left out.
 * @param input - the comparisons and stats
 * @returns the charts to draw, in report order
 * @example
 * planCharts(input).map((c) => c.id); // => ["growth", "levels", …]
 */
export function planCharts(input: ChartInput): ReportChart[] {
  checkArgs({
    input: [input, { ...REPORT_ARGS.data, lang: "string", dataset: ARGS.dataset, "attainment?": "object" }],
  });
  const l = labels(input.lang);
  // One region order (the report's) gives every chart the same order and colours.
  const common = {
    lang: input.lang,
    documents: input.dataset.documents,
    regionOrder: input.regions.map((r) => r.code),
  };
  const regionNames = Object.fromEntries(input.dataset.regions.map((r) => [r.code, r.name]));
  const headline = headlineRows(input.actual).filter((r) => r.verdict === "comparable" || r.verdict === "converted");
  const ids = (measure: string) => [...new Set(headline.filter((r) => r.measure === measure).map((r) => r.indicator))];
  const plans: ReportChart[] = [];
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
  const year = input.ambition.year;
  const gdpTarget = input.ambition.rows.some((r) => r.indicator === "gdp" && r.actual !== null);
  if (gdpTarget) {
    const title = l.chartTargetVsActual(year);
    plans.push({
      id: "target-vs-actual",
      title,
      alt: title,
      spec: targetVsActual(
        targetPairs(input.dataset, { indicator: "gdp", year, regions: input.regions.map((r) => r.code) }),
        { ...common, title },
      ),
    });
  }
  const targetGrowth = [
    ...new Set(
      headlineRows(input.targets)
        .filter((r) => r.measure === "growth" && (r.verdict === "comparable" || r.verdict === "converted"))
        .map((r) => r.indicator),
    ),
  ];
  if (targetGrowth.length > 1) {
    const title = input.lang === "zh" ? `${year}年主要目标增速` : `Headline growth targets, ${year}`;
    plans.push({
      id: "targets",
      title,
      alt: title,
      spec: compareBars(input.targets, { ...common, indicators: targetGrowth, measure: "growth", title }),
    });
  }
  // Gaps in percentage points on the headline rows: levels in different units do not share an axis.
  const gapRows = headlineFirst(
    input.gaps.rows.filter(
      (g) =>
        g.skipped === undefined &&
        g.unit === "个百分点" &&
        (HEADLINE_INDICATORS as readonly string[]).includes(g.indicator),
    ),
  );
  if (gapRows.length > 0) {
    const title = l.chartGaps(referenceName(input));
    plans.push({
      id: "gaps",
      title,
      alt: title,
      spec: gapChart({ ...input.gaps, rows: gapRows }, { ...common, table: input.actual, regionNames, title }),
    });
  }
  // Rows ranked among at least two regions; a rank of 1 of 1 carries no information.
  const rankRows = headlineFirst(input.ranks.rows.filter((r) => r.n >= 2));
  if (rankRows.length > 0 && input.regions.length >= 2) {
    const title = l.chartRanks;
    plans.push({
      id: "ranks",
      title,
      alt: title,
      // Unranked rows are explained in the comparability section, not in the chart's subtitle.
      spec: rankHeatmap(
        { ...input.ranks, rows: rankRows, skipped: [] },
        { ...common, table: input.actual, regionNames, title },
      ),
    });
  }
  const result = input.attainment;
  if (result?.rows.some((r) => r.indicator === "gdp")) {
    const matrix = attainmentMatrix(result, { ...common, indicator: "gdp" });
    const title = input.lang === "zh" ? "历年地区生产总值增速目标完成情况" : "GDP growth targets met and missed";
    plans.push({ id: "attainment-matrix", title, alt: title, spec: matrix });
    const regions = input.regions.filter((r) =>
      result.rows.some((x) => x.regionCode === r.code && x.indicator === "gdp"),
    );
    if (regions.length <= MAX_HISTORIES) {
      for (const region of regions) {
        const spec = targetHistory(result, { ...common, indicator: "gdp", region: region.code });
        const alt =
          input.lang === "zh"
            ? `${region.name}历年地区生产总值增速目标与实际`
            : `${region.name}: GDP growth targets and outcomes`;
        plans.push({ id: `target-history-${region.code}`, title: alt, alt, spec });
      }
    }
  }
  return plans;
}

function referenceName(input: ChartInput): string {
  const { reference } = input.gaps;
  if (reference.kind === "region") {
    const region = input.dataset.regions.find((r) => r.code === reference.code);
    return region?.shortName ?? reference.name ?? "";
  }
  if (input.lang === "zh") return reference.kind === "median" ? "中位数" : "平均值";
  return reference.kind === "median" ? "the median" : "the mean";
}
