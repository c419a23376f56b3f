// The extractor's own parallel ceiling, without its warm-up: this thread and <threads> − 1
// worker threads each extract the whole corpus twice first (V8 has then compiled the
// extractor in every isolate), then the files are dealt round-robin and extracted on all the
// threads at once, against the same files on this thread alone. What is left between this
// ratio and <threads> is what the threads take from each other (memory, caches, V8's
// background threads); what is left between the corpus speed-up and this ratio is warm-up,
// passing results between threads and the reconciling that runs after the extraction.
//
//   node bench/corpus/warm.mjs <threads> <folder...>   prints { "soloMs", "splitMs" } as one JSON line
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";

const root = join(import.meta.dirname ?? new URL(".", import.meta.url).pathname, "..", "..");
const { threads, folders } = isMainThread
  ? { threads: Number(process.argv[2]), folders: process.argv.slice(3) }
  : workerData;

import(pathToFileURL(join(root, "packages/core/dist/index.js")).href).then(async (core) => {
  const files = await core.listReports(folders);
  const pass = async (list) => {
    const started = performance.now();
    await core.extractReports(list, { jobs: 1 });
    return performance.now() - started;
  };
  const share = (thread) => files.filter((_, i) => i % threads === thread);
  await pass(files);
  await pass(files);
  if (!isMainThread) {
    parentPort.postMessage("warm");
    parentPort.once("message", async () => parentPort.postMessage(await pass(share(workerData.thread))));
    return;
  }
  const soloMs = await pass(files);
  const workers = Array.from(
    { length: threads - 1 },
    (_, i) => new Worker(new URL(import.meta.url), { workerData: { threads, folders, thread: i + 1 } }),
  );
  await Promise.all(workers.map((w) => new Promise((done) => w.once("message", done))));
  const started = performance.now();
  const done = workers.map((w) => new Promise((finished) => w.once("message", finished)));
  for (const w of workers) w.postMessage("go");
  await pass(share(0));
  await Promise.all(done);
  const splitMs = performance.now() - started;
  await Promise.all(workers.map((w) => w.terminate()));
  console.log(JSON.stringify({ soloMs, splitMs }));
});
