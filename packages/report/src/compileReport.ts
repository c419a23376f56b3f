import { align, checkArgs, type Dataset, duibiError } from "@duibi/core";
import { ambition, attainment, gaps, rank } from "@duibi/stats";
import { buildReport } from "./buildReport.js";
import type { ReportData } from "./dataFiles.js";
import type { DocumentTexts } from "./documentTexts.js";
import type { ReportLang, ReportModel } from "./model.js";
import { planCharts } from "./planCharts.js";
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
  /**
   * The documents' verified texts (from readDocumentTexts), for the sentence around each quote.
   * Without them the sources are left open and writeReport reads the texts itself.
   */
  texts?: DocumentTexts;
}

/**
 * Compiles the report: every number, verdict, sentence and chart spec it shows. Pure: no
 * I/O, nothing drawn; `renderHtml`, `renderMarkdown` and `writeReport` lay the model out.
 *
 * 1. Regions: the chosen ones in report order, or every region with figures.
 * 2. Align: the year compared (actuals) and the next year's targets.
 * 3. Stats: gaps to the reference, ranks, ambition, and attainment over several report years.
 * 4. Charts: Vega-Lite specs for the rows that may be compared.
 * 5. Build: summary, sections and the numbered source appendix.
 * @param dataset - the observations and documents (e.g. `loadSeeds()`)
 * @param options - regions, period, language, gap reference and texts; see {@link CompileReportOptions}
 * @returns the report model
 * @throws DuibiError `invalid_argument` for a malformed argument; `unknown_region` for a region
 *   not in the dataset; `missing_period` when the regions have no actual figures
 * @example
 * compileReport(loadSeeds(), { regions: ["武隆", "万州"] }).data.actual.period; // => 2023
 */
export function compileReport(dataset: Dataset, options: CompileReportOptions = {}): ReportModel {
  checkArgs({
    dataset: [dataset, { observations: "object[]", regions: "object[]", documents: "object[]" }],
    options: [
      options,
      { "regions?": "string[]", "period?": "integer", "lang?": "string", "reference?": "string", "texts?": "object" },
    ],
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
  const data: ReportData = {
    regions,
    actual,
    targets: align(dataset, { regions: codes, period: year + 1, kind: "target" }),
    // stats' default: the second of two regions (武隆 − 万州), else the median
    gaps: gaps(actual, options.reference === undefined ? {} : { reference: options.reference }),
    ranks: rank(actual, { method: "competition", missing: "exclude" }),
    ambition: ambition(dataset, { regions: codes, year: year + 1 }),
  };
  // A dataset of several report years adds the section on targets kept and missed.
  const panel = manyYears ? { attainment: attainment(dataset, { regions: codes, indicators: ["gdp"] }) } : {};
  const charts = planCharts({ ...data, lang, dataset, ...panel });
  const texts = options.texts === undefined ? {} : { texts: options.texts.texts, refused: options.texts.refused };
  return buildReport({ ...data, lang, dataset, ...panel, charts, ...texts });
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
