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
      // As one JSON string: cheaper to pass between threads than the structured clone of many small objects.
      (outcome) => port.postMessage({ index: task.index, json: JSON.stringify(outcome) } satisfies WorkerReply),
      (error: unknown) =>
        port.postMessage({
          index: task.index,
          thrown: error instanceof Error ? error.message : String(error),
        } satisfies WorkerReply),
    );
  });
}
