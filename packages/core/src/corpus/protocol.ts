import type { ReportOptions, ReportOutcome } from "./extractReport.js";

/** A file sent to a worker thread. */
export interface WorkerTask {
  index: number;
  path: string;
  id: string;
  options: ReportOptions;
}

/** A worker thread's answer for one file: its outcome (as JSON, or as an object), or the message of an unexpected error. */
export type WorkerReply =
  | { index: number; json: string }
  | { index: number; outcome: ReportOutcome }
  | { index: number; thrown: string };
