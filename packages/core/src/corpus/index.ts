export * from "./extractCorpus.js";
export * from "./extractReport.js";
export * from "./listReports.js";
