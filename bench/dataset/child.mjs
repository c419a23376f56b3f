// One measured step of the dataset benchmark, in a fresh process so that peak RSS
// (process.resourceUsage().maxRSS, a high-water mark) belongs to that step alone.
//
//   node bench/dataset/child.mjs write <count> <dir>     generate, writeDataset json, csv and parquet
//   node bench/dataset/child.mjs load <file> <format>    readDataset (json|csv|parquet), then align (ALIGN)
//   node bench/dataset/child.mjs plan <count>            the budget and table shape to expect
//
// Prints one JSON line on stdout. Uses the built core (packages/core/dist).
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { ALIGN, budgetFor, EXPECTED_ROWS, FACTS_PER_REGION, generateDataset } from "./generate.mjs";

const root = join(import.meta.dirname ?? new URL(".", import.meta.url).pathname, "..", "..");
const core = await import(join(root, "packages/core/dist/index.js"));
const [mode, a, b] = process.argv.slice(2);
const rss = () => process.resourceUsage().maxRSS * 1024;

if (mode === "write") {
  const count = Number(a);
  let t = performance.now();
  const dataset = generateDataset(core, count);
  const generateMs = performance.now() - t;
  const json = join(b, "dataset.json");
  const csv = join(b, "dataset.csv");
  t = performance.now();
  await core.writeDataset(dataset, json);
  const writeJsonMs = performance.now() - t;
  t = performance.now();
  await core.writeDataset(dataset, csv);
  const writeCsvMs = performance.now() - t;
  const parquet = join(b, "dataset.parquet");
  t = performance.now();
  await core.writeDataset(dataset, parquet);
  const writeParquetMs = performance.now() - t;
  console.log(
    JSON.stringify({ json, csv, parquet, generateMs, writeJsonMs, writeCsvMs, writeParquetMs, peakRss: rss() }),
  );
} else if (mode === "load") {
  const baseRss = process.memoryUsage().rss;
  const cpu0 = process.cpuUsage();
  let t = performance.now();
  const dataset = await core.readDataset(a, { format: b });
  const readMs = performance.now() - t;
  const readCpu = process.cpuUsage(cpu0);
  const readRss = rss();
  t = performance.now();
  const table = core.align(dataset, ALIGN);
  const alignMs = performance.now() - t;
  const cells = table.rows.reduce((sum, row) => sum + Object.keys(row.cells).length, 0);
  console.log(
    JSON.stringify({
      observations: dataset.observations.length,
      regions: table.regions.length,
      rows: table.rows.length,
      cells,
      readMs,
      readCpuMs: (readCpu.user + readCpu.system) / 1000,
      alignMs,
      baseRss,
      readRss,
      peakRss: rss(),
      heapUsed: process.memoryUsage().heapUsed,
    }),
  );
} else if (mode === "plan") {
  const count = Number(a);
  const regions = Math.ceil(count / FACTS_PER_REGION);
  console.log(JSON.stringify({ count, budget: budgetFor(count), rows: EXPECTED_ROWS, regions }));
} else {
  console.error("usage: child.mjs write <count> <dir> | load <file> <json|csv|parquet> | plan <count>");
  process.exit(2);
}
