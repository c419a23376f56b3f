// @ts-check
/**
 * Your own report against the seeds: extract the figures from a report's text, join
 * them with 万州's from the seeds, align, and chart. Without an argument the 武隆 report
 * that ships with duibi stands in for yours.
 * The script version of examples/notebooks/bring-your-own-report.ipynb.
 *
 *   pnpm build && node examples/scripts/bring-your-own-report.mjs [REPORT.txt] [OUT_DIR]
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { align, buildDataset, extract, loadSeeds, seedsPaths, writeDataset } from "@duibi/core";
import { compareBars, toSvg } from "@duibi/viz";

const path = process.argv[2] ?? join(seedsPaths().sources, "001_8f9e7cf461ee1142.txt");
const out = process.argv[3] ?? "duibi-examples";
await mkdir(out, { recursive: true });

const bytes = await readFile(path);
const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
const id = basename(path);
const mine = extract(text, { document: id });
console.log(`${mine.region?.name ?? "region?"} ${mine.year ?? "year?"}: ${mine.observations.length} observations`);
for (const d of mine.diagnostics) console.log(`note: ${d.message}`);

/** @type {import("@duibi/core").Document} */
const document = {
  id,
  title: id,
  regionCode: mine.region?.code ?? null,
  year: mine.year,
  type: "work_report",
  chars: text.length,
  sha256: createHash("sha256").update(bytes).digest("hex"),
};

const seeds = loadSeeds();
// Every seeds region other than the report's own: 万州 when the report is 武隆's.
const others = seeds.observations.filter((o) => o.regionCode !== mine.region?.code);
const otherCodes = new Set(others.map((o) => o.regionCode));
const dataset = buildDataset({
  observations: [...mine.observations, ...others],
  documents: [document, ...seeds.documents.filter((d) => d.regionCode !== null && otherCodes.has(d.regionCode))],
});
const table = align(dataset, { period: 2023, kind: "actual" });
/** @type {Map<string, number>} */
const counts = new Map();
for (const row of table.rows) counts.set(row.verdict, (counts.get(row.verdict) ?? 0) + 1);
console.log([...counts].map(([verdict, n]) => `${verdict}: ${n}`).join(", "));

const spec = compareBars(table, {
  indicators: ["gdp", "investment.fixed_assets", "retail_sales", "budget_revenue"],
  measure: "growth",
  documents: dataset.documents,
});
await writeFile(join(out, "my-report-vs-wanzhou.svg"), await toSvg(spec));
await writeDataset(dataset, join(out, "my-dataset.json"));
console.log(join(out, "my-report-vs-wanzhou.svg"));
console.log(join(out, "my-dataset.json"));
