#!/usr/bin/env node
// Dataset scale (`pnpm bench --only dataset`): issue 9 asks that a dataset of a million
// observations load and align within the memory the benchmark reports. This generates a
// seeded synthetic Dataset (generate.mjs: real county codes and indicator ids, source spans
// with short quotes) that passes DatasetSchema, writes it with writeDataset as JSON, as the
// long CSV and as Parquet, and then, each in a fresh child process (child.mjs) so that peak
// RSS belongs to that step alone: readDataset, then align for one period and kind over every
// region. Issue 15's goal for Parquet, the scale path: read + align ≥ 5× faster than JSON,
// in ≤ 1 GB peak RSS.
//
// Peak RSS is process.resourceUsage().maxRSS (a high-water mark): "after read" is the peak
// of the read, "after align" the peak of the whole load + align. Each load is repeated and
// the median time and the largest peak are shown. Then the stated budget is checked: one more
// load + align of each format with the V8 heap capped at the budget (--max-old-space-size)
// must finish with the expected table, and every measured peak RSS must be within it.
//
//   node bench/dataset/run.mjs           1,000,000 observations, 3 loads per format
//   node bench/dataset/run.mjs --quick   100,000 observations, 1 load per format
//
// Builds packages/core first (tsc -b); uses the existing dist/ when that fails.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ALIGN, budgetFor, EXPECTED_ROWS } from "./generate.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const quick = process.argv.includes("--quick");
const count = quick ? 100_000 : 1_000_000;
const reps = quick ? 1 : 3;
const budget = budgetFor(count);
const MB = 2 ** 20;
const LIMIT = 500 * MB; // MAX_DATASET_BYTES in packages/core/src/io/readDataset.ts
const load = () => os.loadavg()[0].toFixed(1);

function buildCore() {
  try {
    execFileSync("pnpm", ["exec", "tsc", "-b", "packages/core"], { cwd: root, stdio: "pipe" });
  } catch (error) {
    if (!existsSync(join(root, "packages/core/dist/index.js"))) throw error;
    process.stderr.write("dataset: tsc -b packages/core reported errors; using the existing dist/\n");
  }
}

/** Runs child.mjs with the given heap cap; returns its JSON line, or { error }. */
function child(heapMb, args) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, join(here, "child.mjs"), ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) {
    const tail = (result.stderr || `exit ${result.status ?? result.signal}`).trim().split("\n").slice(-3).join(" ");
    return { error: tail, wallMs };
  }
  return { ...JSON.parse(result.stdout.trim().split("\n").at(-1)), wallMs };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const s = (ms) => (ms / 1000).toFixed(2);
const mb = (bytes) => (bytes / MB).toFixed(0);
const fmt = (n) => n.toLocaleString("en-US");

buildCore();
const dir = mkdtempSync(join(os.tmpdir(), "duibi-bench-dataset-"));
const loadBefore = load();
let failed = false;
const lines = [];
try {
  process.stderr.write(`dataset: generating and writing ${fmt(count)} observations (load ${load()})\n`);
  const written = child(16_384, ["write", String(count), dir]);
  if (written.error) throw new Error(`write failed: ${written.error}`);
  const sizes = {
    json: statSync(written.json).size,
    csv: statSync(written.csv).size,
    parquet: statSync(written.parquet).size,
  };

  const results = {};
  for (const format of ["json", "csv", "parquet"]) {
    const runs = [];
    for (let r = 0; r < reps; r++) {
      process.stderr.write(`dataset: load ${format} ${r + 1}/${reps} (load ${load()})\n`);
      const run = child(16_384, ["load", written[format], format]);
      if (run.error) throw new Error(`load ${format} failed: ${run.error}`);
      runs.push(run);
    }
    process.stderr.write(`dataset: load ${format} with the heap capped at ${budget.heapMb} MB\n`);
    const capped = child(budget.heapMb, ["load", written[format], format]);
    const ok = (run) => !run.error && run.observations === count && run.rows === EXPECTED_ROWS;
    results[format] = { runs, capped, ok: runs.every(ok) && ok(capped) };
  }

  const row = (label, format) => {
    const { runs } = results[format];
    return `| ${label} | ${s(median(runs.map((r) => r.readMs)))} | ${s(median(runs.map((r) => r.readCpuMs)))} | ${mb(Math.max(...runs.map((r) => r.readRss)))} | ${s(median(runs.map((r) => r.alignMs)))} | ${mb(Math.max(...runs.map((r) => r.peakRss)))} | ${mb(Math.max(...runs.map((r) => r.heapUsed)))} |`;
  };
  const peak = Math.max(...Object.values(results).flatMap((r) => [...r.runs, r.capped].map((x) => x.peakRss ?? 0)));
  const within = peak <= budget.rssMb * MB;
  const capped = (format) => {
    const c = results[format].capped;
    return c.error
      ? `failed (${c.error})`
      : `completed in ${s(c.wallMs)} s, ${fmt(c.rows)} rows × ${fmt(c.regions)} regions, peak RSS ${mb(c.peakRss)} MB`;
  };
  const first = results.json.runs[0];
  failed = !results.json.ok || !results.csv.ok || !results.parquet.ok || !within;
  const total = (format) => median(results[format].runs.map((r) => r.readMs + r.alignMs));
  const speedup = total("json") / total("parquet");
  const parquetPeak = Math.max(...results.parquet.runs.map((r) => r.peakRss));

  lines.push(
    "## Dataset scale (readDataset + align)",
    "",
    `A seeded synthetic dataset of ${fmt(count)} observations (bench/dataset/generate.mjs): ${fmt(first.regions)} real county`,
    `codes, 22 real indicator ids × level/growth × actual 2020–2023 and target 2021–2024, a document per county, source spans`,
    "with short quotes, 1% with an `alsoIn`. Written with `writeDataset` as JSON, as the long CSV and as Parquet, then each read in a",
    `fresh process with \`readDataset\` and aligned with \`align(dataset, { period: ${ALIGN.period}, kind: "${ALIGN.kind}" })\` over every region`,
    `(${fmt(first.rows)} rows × ${fmt(first.regions)} regions = ${fmt(first.cells)} cells). Times are medians of ${reps} run${reps > 1 ? "s" : ""}; peak RSS is`,
    "`process.resourceUsage().maxRSS` (the largest of the runs), heap is V8's `heapUsed` after align. The 1-minute load",
    `average was ${loadBefore} before and ${load()} after, on ${os.cpus().length} logical cores (above the core count, wall times stretch;`,
    "the CPU column is the read's user + system time).",
    "",
    "| file | size (MB) | bytes / observation | written in (s) |",
    "|---|---:|---:|---:|",
    `| JSON (\`writeDataset\`, two-space indent) | ${mb(sizes.json)} | ${(sizes.json / count).toFixed(0)} | ${s(written.writeJsonMs)} |`,
    `| CSV (\`writeDataset\` csv, long format) | ${mb(sizes.csv)} | ${(sizes.csv / count).toFixed(0)} | ${s(written.writeCsvMs)} |`,
    `| Parquet (\`writeDataset\` .parquet, snappy) | ${mb(sizes.parquet)} | ${(sizes.parquet / count).toFixed(0)} | ${s(written.writeParquetMs)} |`,
    "",
    "| path | readDataset (s) | read CPU (s) | peak RSS after read (MB) | align (s) | peak RSS after align (MB) | heap after align (MB) |",
    "|---|---:|---:|---:|---:|---:|---:|",
    row("JSON", "json"),
    row("CSV (parse + validate + reconcile)", "csv"),
    row("Parquet (columns + validate)", "parquet"),
    "",
    `**Parquet, the scale path: readDataset + align ${speedup.toFixed(1)}× faster than JSON** (median ${s(total("parquet"))} s against ${s(total("json"))} s; goal ≥ 5×),`,
    `peak RSS ${mb(parquetPeak)} MB (goal ≤ 1,024 MB). Parquet is read column chunk by column chunk: the chunks writeParquet writes`,
    "by duibi's own page decoder (`decodeColumnChunk`: a page's strings decoded into one string and cut into values, flat optional columns",
    "without hyparquet's nested-list assembly), any other by hyparquet; an optional column whose row-group statistics say all null is not",
    "decoded. Each row is checked by hand against what `ObservationSchema` requires (a failing row goes through the schema for its error),",
    "with no row object per observation; the footer's regions and documents are checked by hand too. JSON's read time varies most with",
    "the machine's state, and the ratio with it: see [benchmarks/corpus.md](benchmarks/corpus.md).",
    "",
    `**Memory budget: ${fmt(count)} observations load and align in ≤ ${fmt(budget.rssMb)} MB peak RSS with the V8 heap capped at`,
    `${fmt(budget.heapMb)} MB (\`node --max-old-space-size=${budget.heapMb}\`)** — ${budget.rule}. Largest peak RSS measured: ${mb(peak)} MB`,
    `(${within ? "within" : "OVER"} the budget). With the heap capped at the budget: JSON ${capped("json")}; CSV ${capped("csv")}; Parquet ${capped("parquet")}.`,
    "`tests/hardening/million.test.ts` runs the capped load + align at 250,000 observations (budget scaled by the same rule).",
    "",
    `File size sets the other limit: readDataset refuses a file over ${mb(LIMIT)} MB (\`MAX_DATASET_BYTES\`, error \`file_too_large\``,
    `naming it). At ${(sizes.json / count).toFixed(0)} bytes per observation a JSON dataset reaches it at about ${fmt(Math.floor(LIMIT / (sizes.json / count) / 1000) * 1000)} observations`,
    `(1,000,000 take ${((100 * (sizes.json / count) * 1e6) / LIMIT).toFixed(0)}% of it); the long CSV, at ${(sizes.csv / count).toFixed(0)} bytes per observation, about ${fmt(Math.floor(LIMIT / (sizes.csv / count) / 1000) * 1000)}.`,
  );
} catch (error) {
  failed = true;
  lines.push("## Dataset scale (readDataset + align)", "", `Failed: ${error.message}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(lines.join("\n"));
if (failed) process.exitCode = 1;
