/**
 * The report as plain data, before it becomes HTML or Markdown. Every string here is
 * plain text (never markup): the renderers escape it. compileReport fills it from the
 * dataset, the comparison tables and the stats results; renderers only lay it out, and
 * draw the charts from their specs.
 */
import type { ChartSpec } from "@duibi/viz";
import type { ReportData } from "./dataFiles.js";
import type { TextRefusal } from "./documentTexts.js";

/** Language of the report's labels and sentences. */
export type ReportLang = "zh" | "en";

/** One table cell: a figure or a label, with the sources it came from. */
export interface ReportCell {
  text: string;
  /** Ids of entries in {@link ReportModel.sources}; the figure links to them. */
  sources?: string[];
  /** A short remark shown under the figure (原文 8477万元; 以上 is a floor). */
  note?: string;
  /** Numbers align right. */
  numeric?: boolean;
  /** Marks a cell as better / worse than the others on its row (colour and a sign, not colour alone). */
  tone?: "better" | "worse";
  /** Draw the text as a verdict badge. */
  badge?: "comparable" | "converted" | "incomparable" | "partial";
}

/** A table: column headings and rows of cells; the first cell of a row names it. */
export interface ReportTable {
  caption?: string;
  columns: string[];
  rows: ReportCell[][];
}

/**
 * A chart of the report, as a Vega-Lite spec: renderHtml inlines it drawn as SVG,
 * writeReport also writes charts/<id>.svg and charts/<id>.png.
 */
export interface ReportChart {
  /** File stem: charts/<id>.svg and charts/<id>.png. */
  id: string;
  title: string;
  /** Text alternative: what the chart shows, in one sentence. */
  alt: string;
  spec: ChartSpec;
}

/** A section of the report: heading, paragraphs, charts and tables (or tables and charts), notes. */
export interface ReportSection {
  /** HTML anchor, also used by the table of contents. */
  id: string;
  title: string;
  /** Paragraphs before the tables. */
  intro: string[];
  /** Ids of charts in {@link ReportModel.charts}, drawn after the intro. */
  charts: string[];
  tables: ReportTable[];
  /** Bullet points after the tables (conversions made, rows left out and why). */
  notes: string[];
  /** Draw the tables before the charts (the headline table is what a reader looks for first). */
  tablesFirst?: boolean;
}

/** A quoted passage a number came from. */
export interface ReportSource {
  /** Anchor id: "src-1", "src-2" … in order of first use. */
  id: string;
  document: string;
  documentTitle: string;
  start: number;
  end: number;
  /** The exact quoted span. */
  quote: string;
  /** The sentence around the quote, when the document text was available. */
  context: { before: string; after: string } | null;
  /**
   * Why `context` is null (the appendix says so). Null when it is shown, and also while the
   * texts have not been looked at (compileReport without `texts`): writeReport then reads them.
   */
  withoutContext: TextRefusal | null;
}

/** The whole report, from compileReport, ready for renderHtml, renderMarkdown or writeReport. */
export interface ReportModel {
  lang: ReportLang;
  title: string;
  subtitle: string;
  regions: { code: string; name: string; shortName: string }[];
  /** The opening paragraph, generated from the numbers. */
  summary: string[];
  sections: ReportSection[];
  charts: ReportChart[];
  sources: ReportSource[];
  /** Documents cited, in the order of the appendix; the SHA-256 verifies a text read for context. */
  documents: { id: string; title: string; year: number | null; type: string; sha256: string }[];
  /** The numbers behind the report: the comparison tables and stats (data.json, data.csv). */
  data: ReportData;
}
