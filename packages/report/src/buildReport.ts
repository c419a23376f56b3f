import { ARGS, checkArgs, type Dataset, joinNames } from "@duibi/core";
import type { AttainmentResult } from "@duibi/stats";
import { allRowsSection } from "./allRowsSection.js";
import { REPORT_ARGS } from "./args.js";
import { attainmentSection } from "./attainmentSection.js";
import { comparabilitySection } from "./comparabilitySection.js";
import type { ReportData } from "./dataFiles.js";
import type { TextRefusal } from "./documentTexts.js";
import type { SectionContext } from "./figureCell.js";
import { gapsSection } from "./gapsSection.js";
import { headlineSection } from "./headlineSection.js";
import { labels } from "./labels.js";
import type { ReportChart, ReportLang, ReportModel } from "./model.js";
import { ranksSection } from "./ranksSection.js";
import { createSourceIndex } from "./sourceIndex.js";
import { summarize } from "./summary.js";
import { targetsSection } from "./targetsSection.js";

/**
 * Everything a report is built from: the numbers it shows (also written as data.json),
 * the dataset they came from, the planned charts and, when read, the documents' texts.
 * Computed by compileReport, so building is pure.
 */
export interface ReportInput extends ReportData {
  lang: ReportLang;
  dataset: Dataset;
  charts: ReportChart[];
  /** Document id → text, for quoting whole sentences in the appendix; without it writeReport reads them. */
  texts?: ReadonlyMap<string, string>;
  /** GDP target attainment, when the dataset spans several report years (adds its section). */
  attainment?: AttainmentResult;
  /** Document id → why its text is not used (see readDocumentTexts); the appendix says why. */
  refused?: ReadonlyMap<string, TextRefusal>;
}

/**
 * Builds the report model: summary, headline comparison, targets and ambition, gaps,
 * ranks, comparability, every row, and the source appendix. Sources are numbered in
 * the order figures first appear, so the same input always gives the same report.
 * @param input - the comparisons, stats and charts to show
 * @returns the model that renderHtml, renderMarkdown and writeReport lay out
 * @example
 * buildReport(input).sections.map((s) => s.id);
 * // => ["headline", "targets", "gaps", "ranks", "comparability", "all"]
 */
export function buildReport(input: ReportInput): ReportModel {
  checkArgs({
    input: [
      input,
      {
        ...REPORT_ARGS.data,
        lang: "string",
        dataset: ARGS.dataset,
        charts: "object[]",
        "texts?": "object",
        "refused?": "object",
        "attainment?": "object",
      },
    ],
  });
  const l = labels(input.lang);
  const index = createSourceIndex(input.dataset.documents, input.texts, input.refused);
  const ctx: SectionContext = { lang: input.lang, regions: input.regions, cite: (s) => index.cite(s) };
  const sections = [
    headlineSection(input.actual, input.gaps, ctx),
    targetsSection(input.ambition, input.targets, ctx),
    ...(input.attainment === undefined ? [] : [attainmentSection(input.attainment, "gdp", ctx)]),
    gapsSection(input.gaps, ctx),
    ranksSection(input.ranks, ctx),
    comparabilitySection([input.actual, input.targets], ctx),
    allRowsSection(input.actual, ctx),
  ];
  const chartIds = new Set(input.charts.map((c) => c.id));
  const sources = index.entries();
  const cited = new Set(sources.map((s) => s.document));
  const documents = input.dataset.documents
    .filter((d) => cited.has(d.id))
    .map((d) => ({ id: d.id, title: d.title, year: d.year, type: d.type, sha256: d.sha256 }));
  const names = titleNames(
    input.regions.map((r) => r.shortName),
    input.lang,
  );
  return {
    lang: input.lang,
    title: l.title(names),
    subtitle: l.subtitle(input.actual.period, input.ambition.year),
    regions: input.regions,
    summary: summarize(
      {
        actual: input.actual,
        targets: input.targets,
        ambition: input.ambition,
        ranks: input.ranks,
        documents: (documents.some((d) => d.type === "work_report")
          ? documents.filter((d) => d.type === "work_report")
          : documents
        ).map((d) => d.title),
      },
      ctx,
    ),
    // Sections name the charts they would show; only charts that were planned stay.
    sections: sections.map((s) => ({ ...s, charts: s.charts.filter((id) => chartIds.has(id)) })),
    charts: input.charts,
    sources,
    documents,
    data: {
      regions: input.regions,
      actual: input.actual,
      targets: input.targets,
      gaps: input.gaps,
      ranks: input.ranks,
      ambition: input.ambition,
    },
  };
}

/** Most regions a title names; beyond, it names the first three and counts all. */
const TITLE_NAMES = 4;

/**
 * The regions as a title names them: all of them up to {@link TITLE_NAMES}, else the first three
 * and the count (武隆、万州、东城等300个地区): a title of 300 names fills the screen before any number.
 */
function titleNames(names: readonly string[], lang: ReportLang): string {
  if (names.length <= TITLE_NAMES) return joinNames(names, lang);
  const first = names.slice(0, 3);
  return lang === "zh"
    ? `${first.join("、")}等${names.length}个地区`
    : `${first.join(", ")} and ${names.length - first.length} other regions`;
}
