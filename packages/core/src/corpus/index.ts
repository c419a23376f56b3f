export {
  type Corpus,
  type CorpusFailure,
  type CorpusParts,
  type ExtractReportsOptions,
  extractCorpus,
  extractReports,
  gatherReports,
  type ReportProgress,
} from "./extractCorpus.js";
export type { ReportError, ReportFailed, ReportOptions, ReportOutcome, ReportRead } from "./extractReport.js";
export { listReports, REPORT_EXTENSIONS, type ReportFile } from "./listReports.js";
