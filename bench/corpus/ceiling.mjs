// The machine's own parallel ceiling, measured beside the corpus runs: the same fixed piece of
// arithmetic (no allocation, no I/O) on each of N worker threads at once, against one thread.
// On a quiet machine with N free cores the ratio is about N; on a shared one it says how much
// parallelism the machine gave while the corpus runs were measured.
//
//   node bench/corpus/ceiling.mjs <threads>   prints { "ms": wall time } as one JSON line
import { isMainThread, parentPort, Worker } from "node:worker_threads";

const WORK = 2e8;

if (!isMainThread) {
  let x = 0;
  for (let i = 0; i < WORK; i++) x = (x + i * 7) % 1000003;
  parentPort.postMessage(x);
} else {
  const threads = Number(process.argv[2]);
  const started = performance.now();
  Promise.all(
    Array.from(
      { length: threads },
      () => new Promise((done) => new Worker(new URL(import.meta.url)).on("message", done)),
    ),
  ).then(() => console.log(JSON.stringify({ ms: performance.now() - started })));
}
