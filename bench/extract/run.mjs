#!/usr/bin/env node
// Extraction throughput (`pnpm bench --only extract`): `extract` on the seed reports
// concatenated, and on adversarial inputs at two sizes to show time grows linearly
// (no catastrophic regex backtracking). Prints a Markdown section on stdout; exits 1
// when an adversarial input yields any figure (its right answer is none).
//
//   node bench/extract/run.mjs [--quick]
//
// Needs the built package: `pnpm build` first.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const { extract } = await import(join(root, "packages/core/dist/index.js"));
const quick = process.argv.includes("--quick");
const runs = quick ? 2 : 5;
const MB = 1024 * 1024;

const bytes = (text) => Buffer.byteLength(text, "utf8");
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(text, options) {
  // Warm up until the JIT has compiled the hot paths: throughput is measured at steady state.
  for (let i = 0; i < 3; i++) extract(text, options);
  const samples = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    result = extract(text, options);
    samples.push(Number(process.hrtime.bigint() - t) / 1e9);
  }
  return { seconds: median(samples), result };
}

const seeds = ["001_8f9e7cf461ee1142.txt", "004_4fe08f7bbbc0cf7d.txt", "003_ef7b3d82409e665a.txt"]
  .map((f) => readFileSync(join(root, "seeds/sources", f), "utf8"))
  .join("\n");
const copies = Math.max(1, Math.round(((quick ? 0.5 : 4) * MB) / bytes(seeds)));
const corpus = Array.from({ length: copies }, () => seeds).join("\n");
const real = time(corpus, { document: "seeds", region: "500156", year: 2024 });

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
    `| ${label} | ${(sizes[0] / MB / small.seconds).toFixed(1)} | ${(sizes[1] / MB / large.seconds).toFixed(1)} | ${(large.seconds / small.seconds).toFixed(2)} (size ×${sizes[1] / sizes[0]}) | ${found === 0 ? "none (right)" : `${found} (WRONG)`} |`,
  );
  process.stderr.write(`extract: ${label} done\n`);
}

console.log(`## Extraction (extract)

The seed reports (001, 004, 003) concatenated ${copies}× (${(bytes(corpus) / MB).toFixed(1)} MB of UTF-8): median of ${runs} runs after three warm-up runs, one core.

| input | MB/s | observations |
|---|---:|---:|
| seed reports | ${(bytes(corpus) / MB / real.seconds).toFixed(1)} | ${real.result.observations.length} |

Adversarial inputs at ${sizes[0] / MB} MB and ${sizes[1] / MB} MB: time must grow in proportion to size (linear scanning, no backtracking).

| input | MB/s (small) | MB/s (large) | time ratio | figures found |
|---|---:|---:|---:|---|
${rows.join("\n")}`);
process.exit(wrong > 0 ? 1 : 0);
