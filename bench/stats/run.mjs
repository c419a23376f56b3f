#!/usr/bin/env node
// Stats benchmark: align + rank + gaps to the median on a seeded synthetic national panel,
// each implementation in its own process, results cross-checked by checksum.
//
//   node bench/stats/run.mjs            1/100, 1/10 and full size (danfojs-node not at full size)
//   node bench/stats/run.mjs --full     also danfojs-node at full size (~1 minute, ~9 GB)
//   node bench/stats/run.mjs --quick    1/100 only, for a CI smoke run; does not rewrite the docs
//   --only duibi,loop                   a subset of implementations
//   --rounds N                          alternate duibi and the loop N times (default 5; 1 with --quick)
//   --no-write                          print only, do not write docs/benchmarks/stats.md
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const argv = process.argv.slice(2);
const quick = argv.includes("--quick");
const full = argv.includes("--full");
const write = !quick && !argv.includes("--no-write");
const onlyAt = argv.indexOf("--only");
const only = onlyAt >= 0 ? argv[onlyAt + 1]?.split(",") : undefined;
const roundsAt = argv.indexOf("--rounds");
// duibi and the loop alternate over several rounds: on a shared machine load drifts, and the
// ratio between them is the number that matters
const rounds = roundsAt >= 0 ? Number(argv[roundsAt + 1]) : quick ? 1 : 5;
const ROUND_ROBIN = new Set(["duibi", "loop"]);

const IMPLEMENTATIONS = [
  { name: "duibi", label: "duibi (panelFromColumns → rankPanel → gapsPanel)" },
  { name: "loop", label: "typed-array loop (hand-written)" },
  { name: "arquero", label: "arquero 8 (groupby + orderby + derive op.rank/op.median)" },
  { name: "map", label: "plain JS objects, Map grouping" },
  { name: "danfo", label: "danfojs-node (groupby, sortValues, ranks in a loop)" },
];
const SCALES = quick ? [0.01] : [0.01, 0.1, 1];
const repsFor = (name, scale) => {
  if (name === "danfo") return scale === 1 ? 1 : 3;
  if (name === "map" && scale === 1) return 3;
  return scale === 1 ? 5 : scale === 0.1 ? 7 : 9;
};

/**
 * Untimed runs first, so that what is timed is compiled code (as in a long-lived process): more
 * at the small sizes, where a run lasts milliseconds and compilation would dominate; none for
 * the slow implementations at full size.
 */
const warmupsFor = (name, scale) => {
  if (scale === 1) return name === "danfo" || name === "map" ? 0 : 1;
  return scale === 0.1 ? 3 : 10;
};

function buildStats() {
  try {
    execFileSync("pnpm", ["exec", "tsc", "-b", "packages/stats"], { cwd: root, stdio: "pipe" });
  } catch (error) {
    const dist = join(root, "packages", "stats", "dist", "index.js");
    if (!existsSync(dist)) throw error;
    process.stderr.write("bench: tsc -b packages/stats reported errors; using the existing dist/\n");
  }
}

function runChild(name, scale) {
  const result = spawnSync(
    process.execPath,
    [
      "--expose-gc",
      "--max-old-space-size=16384",
      join(here, "child.mjs"),
      name,
      String(scale),
      String(repsFor(name, scale)),
      String(warmupsFor(name, scale)),
    ],
    { encoding: "utf8", maxBuffer: 1 << 20 },
  );
  if (result.status !== 0) {
    return { name, scale, error: (result.stderr || `exit ${result.status}`).trim().split("\n").slice(-3).join(" ") };
  }
  return JSON.parse(result.stdout.trim().split("\n").pop());
}

const mb = (bytes) => `${Math.round(bytes / 2 ** 20)}`;
const seconds = (ms) => (ms / 1000).toFixed(ms < 100 ? 3 : 2);

buildStats();
const loadAtStart = os.loadavg()[0];
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** One result per implementation: the median over its rounds (times and memory), every checksum kept. */
function combine(runs) {
  const ok = runs.filter((r) => !r.error);
  if (ok.length === 0) return runs[0];
  const checksums = new Set(ok.map((r) => `${r.checksum}/${r.ranked}`));
  return {
    ...ok[0],
    rounds: ok.length,
    median: median(ok.map((r) => r.median)),
    best: Math.min(...ok.map((r) => r.times[0])),
    peakRss: median(ok.map((r) => r.peakRss)),
    inputRss: median(ok.map((r) => r.inputRss)),
    checksum: checksums.size === 1 ? ok[0].checksum : [...checksums].join(" ≠ "),
  };
}

const results = [];
for (const scale of SCALES) {
  const runs = new Map();
  for (let round = 0; round < rounds; round++) {
    for (const impl of IMPLEMENTATIONS) {
      if (only && !only.includes(impl.name)) continue;
      if (impl.name === "danfo" && scale === 1 && !full) continue;
      if (round > 0 && !ROUND_ROBIN.has(impl.name)) continue;
      process.stderr.write(`bench: ${impl.name} at ${scale}${rounds > 1 ? ` (round ${round + 1})` : ""} …`);
      const result = runChild(impl.name, scale);
      process.stderr.write(result.error ? ` failed: ${result.error}\n` : ` ${seconds(result.median)} s\n`);
      runs.set(impl.name, [...(runs.get(impl.name) ?? []), result]);
    }
  }
  for (const list of runs.values()) results.push(combine(list));
}

let mismatch = false;
const sections = [];
for (const scale of SCALES) {
  const rows = results.filter((r) => r.scale === scale);
  const loop = rows.find((r) => r.name === "loop" && !r.error);
  const sums = new Set(rows.filter((r) => !r.error).map((r) => `${r.checksum}/${r.ranked}`));
  if (sums.size > 1) mismatch = true;
  const first = rows.find((r) => !r.error);
  const lines = [
    `### ${scale === 1 ? "Full size" : `1/${Math.round(1 / scale)} size`}: ${first?.regions ?? "?"} regions, ${first?.rows?.toLocaleString("en-US") ?? "?"} observations`,
    "",
    "| implementation | median time (s) | × loop | best time (s) | × loop | peak RSS (MB) | × loop | RSS above input (MB) | checksum |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---|",
  ];
  for (const r of rows) {
    const label = IMPLEMENTATIONS.find((i) => i.name === r.name)?.label ?? r.name;
    if (r.error) {
      lines.push(`| ${label} | failed | | | | | | | ${r.error.slice(0, 80)} |`);
      continue;
    }
    const timeRatio = loop ? (r.median / loop.median).toFixed(2) : "";
    const bestRatio = loop ? (r.best / loop.best).toFixed(2) : "";
    const memoryRatio = loop ? (r.peakRss / loop.peakRss).toFixed(2) : "";
    lines.push(
      `| ${label} | ${seconds(r.median)} | ${timeRatio} | ${seconds(r.best)} | ${bestRatio} | ${mb(r.peakRss)} | ${memoryRatio} | ${mb(r.peakRss - r.inputRss)} | ${r.checksum} (${r.ranked.toLocaleString("en-US")} ranked) |`,
    );
  }
  lines.push("", sums.size > 1 ? "**Checksums differ: the implementations disagree.**" : "All checksums agree.", "");
  sections.push(lines.join("\n"));
}

const cpu = os.cpus()[0]?.model ?? "unknown CPU";
const markdown = [
  "## Stats: align + rank + gaps to the median",
  "",
  "Workload: a seeded synthetic national panel (`bench/stats/generate.mjs`) of regions × 80 indicators × 10 years ×",
  "(actual, target), about 2% NaN and 1% absent, values rounded to one decimal (many ties). Every implementation starts",
  "from the same in-memory long columns (region code, indicator id, period, kind, value), groups by (indicator, period,",
  "kind), ranks each group (competition ranking, highest first, NaN unranked) and takes each value's gap to the group",
  "median. Each runs in its own process (`bench/stats/child.mjs`); after untimed warm-up runs (none for the slow ones at",
  "full size), the time is the median of several runs in that process",
  `(duibi and the loop: the median over ${rounds} alternating processes, as load on a shared machine drifts); peak RSS is`,
  "the process maximum (it includes the generated input, shown separately as the RSS above input). The checksum covers",
  "every ranked cell (rank and gap), so equal checksums mean equal results.",
  "",
  `Machine: ${cpu}, ${os.cpus().length} logical CPUs (shared), Node ${process.version}, ${os.platform()} ${os.arch()};`,
  `load average (1 min) ${loadAtStart.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)} at the end: with other work on the`,
  "machine, single timings move by 2×; compare the ratios of alternating rounds and the best times.",
  `Command: \`node bench/stats/run.mjs${full ? " --full" : ""}\` (or \`pnpm bench\`).`,
  "",
  ...sections,
  full ? "" : "danfojs-node is left out at full size unless `--full` is given (about 50 s and 9 GB).",
  "",
].join("\n");

process.stdout.write(`${markdown}\n`);
if (write) {
  mkdirSync(join(root, "docs", "benchmarks"), { recursive: true });
  writeFileSync(join(root, "docs", "benchmarks", "stats.md"), markdown);
  process.stderr.write("bench: wrote docs/benchmarks/stats.md\n");
}
if (mismatch || results.some((r) => r.error)) process.exitCode = 1;
