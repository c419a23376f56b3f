export * from "./extractCorpus.js";
export type { ReportError, ReportFailed, ReportOptions, ReportOutcome, ReportRead } from "./extractReport.js";
export * from "./listReports.js";
