/**
 * The worker thread of `extractReports`: extracts each file it is sent and posts the
 * outcome back. Runs from the built package (dist/corpus/worker.js).
 * @internal
 * @packageDocumentation
 */
import { parentPort } from "node:worker_threads";
import { extractReport } from "./extractReport.js";
import type { WorkerReply, WorkerTask } from "./protocol.js";

const port = parentPort;
if (port) {
  port.on("message", (task: WorkerTask) => {
    extractReport(task.path, task.id, task.options).then(
      (outcome) => port.postMessage({ index: task.index, outcome } satisfies WorkerReply),
      (error: unknown) =>
        port.postMessage({
          index: task.index,
          thrown: error instanceof Error ? error.message : String(error),
        } satisfies WorkerReply),
    );
  });
}
