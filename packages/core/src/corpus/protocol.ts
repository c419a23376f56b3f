import type { ReportOptions, ReportOutcome } from "./extractReport.js";

/** A batch of files sent to a worker thread, read one after the other in this order. */
export interface WorkerTask {
  /** Each file with its place in the parent's list. */
  files: { index: number; path: string; id: string }[];
  /** For every file of the batch. */
  options: ReportOptions;
}

/** What one file of a batch gave: its outcome, or the message of an unexpected error. */
export type WorkerResult = { outcome: ReportOutcome } | { thrown: string };

/**
 * A worker thread's answer for one batch, once all its files are read: the places of the
 * files, and the JSON array of their {@link WorkerResult}s, in that order, as one string
 * (one string crosses threads for less than the many small objects it holds, or its UTF-8 bytes).
 */
export interface WorkerReply {
  indices: number[];
  json: string;
}
