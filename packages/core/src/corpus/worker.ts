/**
 * The worker thread of `extractReports`: extracts each batch of files it is sent and posts
 * their outcomes back in one message. Runs from the built package (dist/corpus/worker.js).
 * @internal
 * @packageDocumentation
 */
import { parentPort } from "node:worker_threads";
import { extractReport } from "./extractReport.js";
import type { WorkerReply, WorkerResult, WorkerTask } from "./protocol.js";

const port = parentPort;

async function read(task: WorkerTask): Promise<void> {
  const results: WorkerResult[] = [];
  for (const file of task.files) {
    try {
      // Blocking reads: this thread has nothing else to do, and each asynchronous step would wake the thread pool.
      results.push({ outcome: await extractReport(file.path, file.id, task.options, true) });
    } catch (error) {
      results.push({ thrown: error instanceof Error ? error.message : String(error) });
    }
  }
  // One message a batch, as one JSON string: cheaper to pass between threads than the structured
  // clone of many small objects, and than the string's UTF-8 bytes (encoding and decoding cost more than the copy).
  port!.postMessage({ indices: task.files.map((f) => f.index), json: JSON.stringify(results) } satisfies WorkerReply);
}

if (port) {
  // One batch at a time, in the order sent: the parent sends the next before this one is
  // done, and counts a crash against the first batch it has sent and not had back.
  let queue: Promise<void> = Promise.resolve();
  port.on("message", (task: WorkerTask) => {
    queue = queue.then(() => read(task));
  });
}
