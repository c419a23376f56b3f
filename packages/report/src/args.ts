import { ARGS } from "@duibi/core";

/** Specs of what the report's functions take, for core's `checkArgs`: shallow, as core's ARGS. */
export const REPORT_ARGS = {
  /** The numbers behind a report (ReportData). */
  data: {
    regions: [{ code: "string", name: "string", shortName: "string" }],
    actual: ARGS.table,
    targets: ARGS.table,
    gaps: "object",
    ranks: "object",
    ambition: "object",
  },
  /** A ReportModel from compileReport. */
  model: {
    lang: "string",
    title: "string",
    subtitle: "string",
    regions: "object[]",
    summary: "string[]",
    sections: "object[]",
    charts: "object[]",
    sources: "object[]",
    documents: "object[]",
    data: "object",
  },
} as const;
