#!/usr/bin/env node
// Extraction throughput (`pnpm bench --only extract`): `extract` on the seed reports
// concatenated, on each seed report alone, and on adversarial inputs at two sizes to show
// time grows linearly (no catastrophic regex backtracking). Prints a Markdown section on
// stdout; exits 1 when an adversarial input yields any figure (its right answer is none).
//
// Throughput is given twice: by the wall clock and by the CPU time the process used
// (process.cpuUsage: user + system, all threads). On a shared machine the wall clock also
// counts the time spent waiting for a core, so the section prints the load average: when it
// is above the number of cores, read the CPU-time figure as what one free core would do.
//
//   node bench/extract/run.mjs [--quick]
//
// Needs the built package: `pnpm build` first.
import { readFileSync } from "node:fs";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const { extract } = await import(join(root, "packages/core/dist/index.js"));
const quick = process.argv.includes("--quick");
const runs = quick ? 2 : 5;
const MB = 1024 * 1024;

const bytes = (text) => Buffer.byteLength(text, "utf8");
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median wall and CPU seconds of `work()` over `runs` runs, after `warm` warm-up runs. */
function measure(work, warm = 3) {
  // Warm up until the JIT has compiled the hot paths: throughput is measured at steady state.
  for (let i = 0; i < warm; i++) work();
  const wall = [];
  const cpu = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = process.hrtime.bigint();
    result = work();
    wall.push(Number(process.hrtime.bigint() - t) / 1e9);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1e6);
  }
  return { seconds: median(wall), cpuSeconds: median(cpu), result };
}

const time = (text, options) => measure(() => extract(text, options));
const load = () => os.loadavg()[0].toFixed(1);
const mbps = (size, seconds) => (size / MB / seconds).toFixed(1);
const loadBefore = load();

const files = ["001_8f9e7cf461ee1142.txt", "004_4fe08f7bbbc0cf7d.txt", "003_ef7b3d82409e665a.txt"];
const texts = files.map((f) => readFileSync(join(root, "seeds/sources", f), "utf8"));
const seeds = texts.join("\n");
const copies = Math.max(1, Math.round(((quick ? 0.5 : 4) * MB) / bytes(seeds)));
const corpus = Array.from({ length: copies }, () => seeds).join("\n");
const real = time(corpus, { document: "seeds", region: "500156", year: 2024 });
// One call per report, as the CLI reads them: nothing is remembered from one call to the next.
const single = measure(() => texts.map((text, i) => extract(text, { document: files[i] })), 10);
const singleBytes = bytes(texts.join(""));
process.stderr.write(`extract: seed reports done (load ${load()})\n`);

const fill = (piece, size) => piece.repeat(Math.ceil(size / bytes(piece)));
const adversarial = [
  ["增长增长…", "增长"],
  ["、、、…", "、"],
  ["digits", "9"],
  ["unbalanced brackets", "（“【《"],
  ["分别 lists without figures", "地区生产总值、"],
];
const sizes = quick ? [0.25 * MB, 0.5 * MB] : [1 * MB, 4 * MB];
const rows = [];
let wrong = 0;
for (const [label, piece] of adversarial) {
  const [small, large] = sizes.map((size) => time(fill(piece, size), { document: "a", region: "500156", year: 2024 }));
  const found =
    small.result.observations.length +
    small.result.unmapped.length +
    large.result.observations.length +
    large.result.unmapped.length;
  if (found > 0) wrong++;
  rows.push(
    `| ${label} | ${mbps(sizes[0], small.seconds)} | ${mbps(sizes[1], large.seconds)} | ${(large.cpuSeconds / small.cpuSeconds).toFixed(2)} (size ×${sizes[1] / sizes[0]}) | ${found === 0 ? "none (right)" : `${found} (WRONG)`} |`,
  );
  process.stderr.write(`extract: ${label} done\n`);
}

console.log(`## Extraction (extract)

The seed reports (001, 004, 003) concatenated ${copies}× (${(bytes(corpus) / MB).toFixed(1)} MB of UTF-8), and each report
alone (one call per report, ${(singleBytes / 1024).toFixed(0)} KB in all): median of ${runs} runs after warm-up runs, one thread.
Goal: ≥ 20 MB/s. MB/s by the wall clock and by CPU time (user + system of the process); the 1-minute load average
was ${loadBefore} before and ${load()} after, on ${os.cpus().length} logical cores — with a load above the core count, the wall clock
includes waiting for a core and the CPU-time figure is the one-free-core throughput.

| input | MB/s (wall) | MB/s (CPU time) | observations |
|---|---:|---:|---:|
| seed reports ×${copies}, one call | ${mbps(bytes(corpus), real.seconds)} | ${mbps(bytes(corpus), real.cpuSeconds)} | ${real.result.observations.length} |
| each seed report, one call each | ${mbps(singleBytes, single.seconds)} | ${mbps(singleBytes, single.cpuSeconds)} | ${single.result.reduce((n, r) => n + r.observations.length, 0)} |

Adversarial inputs at ${sizes[0] / MB} MB and ${sizes[1] / MB} MB: time must grow in proportion to size (linear scanning, no backtracking).
The time ratio is of CPU times (steadier than the wall clock on a loaded machine).

| input | MB/s (wall, small) | MB/s (wall, large) | time ratio | figures found |
|---|---:|---:|---:|---|
${rows.join("\n")}`);
process.exit(wrong > 0 ? 1 : 0);
