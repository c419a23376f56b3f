import { align, checkArgs, type Dataset, duibiError } from "@duibi/core";
import { type AttainmentResult, ambition, attainment, gaps, rank } from "@duibi/stats";
import { type ChartPlan, planCharts } from "./charts.js";
import type { ReportData } from "./dataFiles.js";
import type { ReportLang } from "./model.js";
import { reportRegions } from "./reportRegions.js";

/** What {@link compileReport} is asked for; every field may be left out. */
export interface CompileReportOptions {
  /** Regions by name, short name or code, in report order (default: every region with figures). */
  regions?: readonly string[];
  /** The year of actual figures compared (default: the latest year most of the regions report). */
  period?: number;
  /** Language of labels and sentences (default `"zh"`). */
  lang?: ReportLang;
  /** Region gaps are taken to, or `"median"`/`"mean"` (default: the second of two regions, else the median). */
  reference?: string;
}

/** Everything the report shows, before any chart is drawn: its numbers and its chart specs. */
export interface CompiledReport {
  /** Language of labels and sentences. */
  lang: ReportLang;
  /** The dataset the numbers come from (document titles, source spans). */
  dataset: Dataset;
  /** The comparison tables and stats (data.json, data.csv). */
  data: ReportData;
  /** GDP target attainment, when the dataset spans several report years. */
  attainment?: AttainmentResult;
  /** The charts to draw, in report order, as Vega-Lite specs. */
  charts: ChartPlan[];
}

/**
 * Compiles a report from a dataset: aligns the chosen regions on the year compared and the
 * next year's targets, computes gaps, ranks, ambition (and attainment over several report
 * years) and plans the charts. Pure: no I/O, nothing drawn. `drawCharts` and `buildReport` turn
 * it into the model `renderHtml`, `renderMarkdown` and `writeReport` take.
 * @param dataset - the observations and documents (e.g. `loadSeeds()`)
 * @param options - regions, period, language and gap reference; see {@link CompileReportOptions}
 * @returns the report's numbers and chart specs
 * @throws DuibiError `invalid_argument` for a malformed argument; `unknown_region` for a region
 *   not in the dataset; `missing_period` when the regions have no actual figures
 * @example
 * compileReport(loadSeeds(), { regions: ["武隆", "万州"] }).data.actual.period; // => 2023
 */
export function compileReport(dataset: Dataset, options: CompileReportOptions = {}): CompiledReport {
  checkArgs({
    dataset: [dataset, { observations: "object[]", regions: "object[]", documents: "object[]" }],
    options: [options, { "regions?": "string[]", "period?": "integer", "lang?": "string", "reference?": "string" }],
  });
  const lang = options.lang ?? "zh";
  if (lang !== "zh" && lang !== "en") {
    throw duibiError(
      "invalid_argument",
      { name: "options.lang", expected: '"zh" or "en"', got: JSON.stringify(lang) },
      { where: "options.lang" },
    );
  }
  const regions = reportRegions(dataset, options.regions);
  const codes = regions.map((r) => r.code);
  const year = options.period ?? latestActualYear(dataset, codes);
  const manyYears = spansYears(dataset, codes);
  // Over several years of reports an estimate (预计) stands in where no report states the final figure, noted on its row.
  const actual = align(dataset, {
    regions: codes,
    period: year,
    kind: "actual",
    ...(manyYears ? { estimatesStandIn: true } : {}),
  });
  // With two regions the second is the reference (武隆 − 万州); with more, the median.
  const reference = options.reference ?? (regions.length === 2 ? regions[1]?.code : "median");
  const data: ReportData = {
    regions,
    actual,
    targets: align(dataset, { regions: codes, period: year + 1, kind: "target" }),
    gaps: gaps(actual, { reference }),
    ranks: rank(actual, { method: "competition", missing: "exclude" }),
    ambition: ambition(dataset, { regions: codes, year: year + 1 }),
  };
  // A dataset of several report years adds the section on targets kept and missed.
  const panel = manyYears ? { attainment: attainment(dataset, { regions: codes, indicators: ["gdp"] }) } : {};
  return { lang, dataset, data, ...panel, charts: planCharts({ ...data, lang, dataset, ...panel }) };
}

/**
 * The year the report compares: of the years with actual figures, the one most of the regions
 * report (the latest of those on a tie). One year of reports gives its year; a panel whose
 * newest reports cover only some regions is compared on the latest year most of them share.
 */
function latestActualYear(dataset: Dataset, codes: readonly string[]): number {
  const wanted = new Set(codes);
  const regionsByYear = new Map<number, Set<string>>();
  for (const o of dataset.observations) {
    if (o.kind !== "actual" || !wanted.has(o.regionCode)) continue;
    const set = regionsByYear.get(o.period);
    if (set === undefined) regionsByYear.set(o.period, new Set([o.regionCode]));
    else set.add(o.regionCode);
  }
  if (regionsByYear.size === 0)
    throw duibiError("missing_period", { kind: "actual", period: codes.join(", "), available: "" });
  let best = Number.NEGATIVE_INFINITY;
  let count = 0;
  for (const [year, set] of regionsByYear) {
    if (set.size > count || (set.size === count && year > best)) [best, count] = [year, set.size];
  }
  return best;
}

/** Whether the regions' reports span more than one report year. */
function spansYears(dataset: Dataset, codes: readonly string[]): boolean {
  const wanted = new Set(codes);
  const years = new Set(
    dataset.documents.filter((d) => d.regionCode !== null && wanted.has(d.regionCode)).map((d) => d.year),
  );
  years.delete(null);
  return years.size > 1;
}
