import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { buildDataset } from "../dataset/buildDataset.js";
import { duibiError } from "../errors/catalog.js";
import { type ArgSpec, checkArgs } from "../errors/checkArgs.js";
import { DuibiError, type DuibiErrorCode } from "../errors/DuibiError.js";
import type { Unmapped } from "../extract/types.js";
import type { Dataset } from "../schema/dataset.js";
import type { Document } from "../schema/document.js";
import type { Observation } from "../schema/observation.js";
import { extractRead, type ReportOptions, type ReportOutcome, readReport } from "./extractReport.js";
import { listReports, type ReportFile } from "./listReports.js";
import type { WorkerReply, WorkerResult, WorkerTask } from "./protocol.js";

/** One file finished, as {@link ExtractReportsOptions.onFile} sees it (in the order files finish). */
export interface ReportProgress {
  /** The file's place in the list. */
  index: number;
  /** The file. */
  file: ReportFile;
  /** What it gave. */
  outcome: ReportOutcome;
  /** Files finished so far, this one included. */
  done: number;
  /** Files in all. */
  total: number;
}

/** Options of {@link extractReports} and {@link extractCorpus}. */
export interface ExtractReportsOptions extends ReportOptions {
  /**
   * Threads that extract: this thread and `jobs − 1` worker threads; default every core
   * (`os.availableParallelism()`); 1 reads every file in this thread.
   */
  jobs?: number;
  /** Called as each file finishes, for progress. */
  onFile?: (progress: ReportProgress) => void;
  /** The worker script; default the built package's `dist/corpus/worker.js`. For tests. */
  worker?: URL | string;
}

/** Report files as {@link listReports} gives them, for `checkArgs`. */
const REPORT_FILES = [{ path: "string", id: "string" }] as const satisfies ArgSpec;

/** What {@link extractReports} and {@link extractCorpus} read of their options, for `checkArgs`. */
const REPORTS_OPTIONS = {
  "jobs?": "number",
  "onFile?": "function",
  "worker?": "string|object",
  "region?": "string",
  "year?": "number",
  "maxBytes?": "number",
} as const satisfies ArgSpec;

/**
 * Extracts many report files, on `jobs` threads: this one and `jobs − 1` worker threads.
 * The outcomes come back in the order of `files` whatever `jobs` is, with the same content.
 * A file that cannot be read fails alone; so does a file whose worker crashes (the crashed
 * worker is replaced).
 *
 * @param files - the files (see {@link listReports})
 * @param options - jobs, progress callback, region, year, size limit
 * @returns one outcome per file, in the order of `files`
 * @throws DuibiError `invalid_argument` for files or options of the wrong type; `invalid_option`
 *   when `jobs` is not a whole number ≥ 1
 * @example
 * const outcomes = await extractReports(await listReports(["reports/"]), { jobs: 2 });
 */
export async function extractReports(
  files: readonly ReportFile[],
  options: ExtractReportsOptions = {},
): Promise<ReportOutcome[]> {
  checkArgs({ files: [files, REPORT_FILES], options: [options, REPORTS_OPTIONS] });
  const jobs = options.jobs ?? availableParallelism();
  if (!Number.isInteger(jobs) || jobs < 1) {
    throw duibiError("invalid_option", { option: "jobs", detail: `must be a whole number ≥ 1, got ${String(jobs)}` });
  }
  const report: ReportOptions = {
    ...(options.region === undefined ? {} : { region: options.region }),
    ...(options.year === undefined ? {} : { year: options.year }),
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
  };
  const outcomes: ReportOutcome[] = new Array(files.length);
  let done = 0;
  const finish = (index: number, outcome: ReportOutcome) => {
    outcomes[index] = outcome;
    done++;
    options.onFile?.({ index, file: files[index]!, outcome, done, total: files.length });
  };
  const script = options.worker ?? defaultWorker();
  // Without a built worker (a source checkout before `pnpm build`), read in this thread.
  if (jobs === 1 || files.length <= 1 || script === undefined) {
    let next = 0;
    await readHere(files, report, () => (next < files.length ? next++ : undefined), finish);
  } else {
    await runThreads(files, report, Math.min(jobs, files.length), script, finish);
  }
  return outcomes;
}

/** The built worker: beside this module in dist/, or in the package's dist/ when running from source. */
function defaultWorker(): URL | undefined {
  const url = import.meta.url.endsWith(".ts")
    ? new URL("../../dist/corpus/worker.js", import.meta.url)
    : new URL("./worker.js", import.meta.url);
  return existsSync(url) ? url : undefined;
}

function failure(file: ReportFile, detail: string): ReportOutcome {
  const error = duibiError("extract_failed", { path: file.id, detail }, { where: file.id });
  return {
    ok: false,
    error: { code: error.code, message: error.message, ...(error.hint ? { hint: error.hint } : {}), where: file.id },
  };
}

/**
 * Batches a worker holds at once: the one it reads and the next, so that it starts the next
 * as soon as it posts a reply instead of waiting for this thread to read that reply.
 */
const IN_FLIGHT = 2;

/** Most files in a batch; fewer when there are few files, so that every worker gets several batches. */
const MAX_BATCH = 8;

/**
 * Files per batch: one message each way carries a batch, since every message costs a wake-up
 * of the thread it goes to; small enough that the workers finish together (each gets ≥ 4 batches).
 */
function batchSize(files: number, workers: number): number {
  return Math.max(1, Math.min(MAX_BATCH, Math.floor(files / (workers * 4))));
}

/**
 * Reads files in this thread, one after the other as `take` gives them: each file is read
 * from disk while the one before it is extracted. An error that is not a DuibiError is thrown,
 * or, with `caught`, fails its file as in a worker thread.
 */
async function readHere(
  files: readonly ReportFile[],
  options: ReportOptions,
  take: () => number | undefined,
  finish: (index: number, outcome: ReportOutcome) => void,
  caught = false,
): Promise<void> {
  const start = (index: number | undefined) =>
    index === undefined ? undefined : { index, read: readReport(files[index]!.path, options) };
  let pending = start(take());
  while (pending !== undefined) {
    const { index, read } = pending;
    pending = start(take());
    let outcome: ReportOutcome;
    try {
      outcome = await extractRead(read, files[index]!.id, options);
    } catch (error) {
      if (!caught) throw error;
      outcome = failure(files[index]!, error instanceof Error ? error.message : String(error));
    }
    finish(index, outcome);
  }
}

/**
 * Reads files on `count` threads: worker threads take batches from the front of the list and
 * this thread takes files one at a time from the back, until they meet. The files of a batch
 * whose worker crashed are read again in fresh workers only, never in this thread.
 */
function runThreads(
  files: readonly ReportFile[],
  options: ReportOptions,
  count: number,
  script: URL | string,
  finish: (index: number, outcome: ReportOutcome) => void,
): Promise<void> {
  return new Promise((resolveAll, rejectAll) => {
    const size = batchSize(files.length, count);
    let next = 0;
    // Files from `end` on are this thread's.
    let end = files.length;
    // Batches to read before the rest: those a crashed worker held, its crashed batch one file a batch.
    const again: number[][] = [];
    let finished = 0;
    const take = (): number[] | undefined => {
      const batch = again.shift();
      if (batch !== undefined || next >= end) return batch;
      const first = next;
      next = Math.min(end, next + size);
      return Array.from({ length: next - first }, (_, i) => first + i);
    };
    // A reply that arrives after its worker was counted as crashed may answer files given out again: the first answer stands.
    const answered = new Uint8Array(files.length);
    const complete = (index: number, outcome: ReportOutcome) => {
      if (answered[index] === 1) return;
      answered[index] = 1;
      finish(index, outcome);
      if (++finished === files.length) resolveAll();
    };
    const start = () => {
      const worker = new Worker(script);
      // The batches sent to this worker and not yet answered, in the order sent.
      const held: number[][] = [];
      let settled = false;
      const give = () => {
        while (held.length < IN_FLIGHT) {
          const batch = take();
          if (batch === undefined) break;
          held.push(batch);
          const task: WorkerTask = {
            files: batch.map((index) => ({ index, path: files[index]!.path, id: files[index]!.id })),
            options,
          };
          worker.postMessage(task);
        }
        if (held.length === 0) void worker.terminate();
      };
      worker.on("message", (reply: WorkerReply) => {
        const at = held.findIndex((batch) => batch[0] === reply.indices[0]);
        if (at >= 0) held.splice(at, 1);
        // The next batch first: the worker reads it while this thread decodes the reply.
        if (!settled) give();
        const results = JSON.parse(reply.json) as WorkerResult[];
        for (const [i, index] of reply.indices.entries()) {
          const result = results[i]!;
          complete(index, "outcome" in result ? result.outcome : failure(files[index]!, result.thrown));
        }
      });
      // A crash (an uncaught error, process.exit, out of memory) fails the file being read. The
      // batch it was in is read again one file a batch, so that only the file that crashes fails;
      // the other batches the worker held go back as they were, and a fresh worker takes them.
      const crashed = (detail: string) => {
        if (settled) return;
        settled = true;
        const [batch, ...unread] = held.splice(0);
        if (batch === undefined) return;
        again.unshift(...unread);
        if (batch.length === 1) complete(batch[0]!, failure(files[batch[0]!]!, detail));
        else again.unshift(...batch.map((index) => [index]));
        if (again.length > 0 || next < end) start();
      };
      worker.on("error", (error) => crashed(`its worker thread crashed: ${error.message}`));
      worker.on("exit", (code) => crashed(`its worker thread stopped (exit code ${code})`));
      give();
    };
    // The workers first: each is given its first batches before this thread reads a file.
    for (let i = 1; i < count; i++) start();
    const takeLast = () => (end > next ? --end : undefined);
    readHere(files, options, takeLast, complete, true).catch(rejectAll);
  });
}

/** A file `extractCorpus` could not extract, and why. */
export interface CorpusFailure {
  /** The file. */
  file: ReportFile;
  /** Why: `file_not_found`, `file_empty`, `file_binary`, `file_encoding`, `file_too_large`, `extract_failed`, … */
  error: DuibiError;
}

/** The files of a corpus, extracted: their records in file order, and the files that failed. */
export interface CorpusParts {
  /** One per file read, in file order. */
  documents: Document[];
  /** Every file's observations, in file order then text order. */
  observations: Observation[];
  /** Figures found but not mapped to an indicator, in the same order. */
  unmapped: Unmapped[];
  /** The files that could not be read or extracted, in file order. */
  failures: CorpusFailure[];
}

/** Outcomes as {@link extractReports} gives them, for `checkArgs`. */
const REPORT_OUTCOMES = [
  { ok: "boolean", "error?": { code: "string", message: "string" }, "observations?": "array", "unmapped?": "array" },
] as const satisfies ArgSpec;

/**
 * Gathers the outcomes of {@link extractReports} into one list of each, in file order.
 *
 * @param files - the files, as given to extractReports
 * @param outcomes - their outcomes
 * @returns documents, observations, unmapped figures and failures
 * @example
 * const parts = gatherReports(files, await extractReports(files)); parts.failures.length; // => 0
 */
export function gatherReports(files: readonly ReportFile[], outcomes: readonly ReportOutcome[]): CorpusParts {
  checkArgs({ files: [files, REPORT_FILES], outcomes: [outcomes, REPORT_OUTCOMES] });
  const parts: CorpusParts = { documents: [], observations: [], unmapped: [], failures: [] };
  for (const [index, outcome] of outcomes.entries()) {
    if (!outcome.ok) {
      const { code, message, hint, where } = outcome.error;
      parts.failures.push({
        file: files[index]!,
        error: new DuibiError({
          code: code as DuibiErrorCode,
          message,
          ...(hint === undefined ? {} : { hint }),
          ...(where === undefined ? {} : { where }),
        }),
      });
      continue;
    }
    parts.documents.push(outcome.document);
    // Loops, not push(...items): a huge text yields more items than a call may take arguments.
    for (const o of outcome.observations) parts.observations.push(o);
    for (const u of outcome.unmapped) parts.unmapped.push(u);
  }
  return parts;
}

/** A corpus of reports as one dataset, with what could not be read. */
export interface Corpus extends CorpusParts {
  /** The files found, in the order they were read. */
  files: ReportFile[];
  /** The observations and documents as one dataset (see `buildDataset`). */
  dataset: Dataset;
}

/**
 * Extracts a corpus of report texts into one dataset: files, folders (walked
 * recursively for `.txt` and `.md`) and globs, on every core by default. The dataset is
 * the same whatever `jobs` is. Files that cannot be read are listed in `failures` and
 * left out; the others are still read.
 *
 * @param inputs - files, folders or globs (relative to `cwd`)
 * @param options - `jobs` (default every core; 1 runs in this thread), `cwd`, `onFile`
 *   progress, `region`/`year` for every file, `maxBytes`
 * @returns the dataset, the files, and the failures
 * @throws DuibiError `invalid_argument` for inputs or options of the wrong type; `invalid_option` for a bad `jobs`
 * @example
 * const { dataset, failures } = await extractCorpus(["corpus/shenzhen"], { jobs: 2 });
 * dataset.documents.length; // => the reports read
 */
export async function extractCorpus(
  inputs: readonly string[],
  options: ExtractReportsOptions & { cwd?: string } = {},
): Promise<Corpus> {
  checkArgs({ inputs: [inputs, "string[]"], options: [options, { ...REPORTS_OPTIONS, "cwd?": "string" }] });
  const files = await listReports(inputs, options.cwd);
  const parts = gatherReports(files, await extractReports(files, options));
  return { files, ...parts, dataset: buildDataset(parts) };
}
