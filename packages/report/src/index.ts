export { type CompileReportOptions, compileReport } from "./compileReport.js";
export { type ReportData, reportCsv, reportJson } from "./dataFiles.js";
export { type DocumentTexts, readDocumentTexts, type TextRefusal } from "./documentTexts.js";
export type {
  ReportCell,
  ReportChart,
  ReportLang,
  ReportModel,
  ReportSection,
  ReportSource,
  ReportTable,
} from "./model.js";
export { renderHtml } from "./renderHtml.js";
export { renderMarkdown } from "./renderMarkdown.js";
export { type ReportRegion, reportRegions } from "./reportRegions.js";
export { type WriteReportOptions, writeReport } from "./writeReport.js";
