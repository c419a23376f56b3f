// Renders every chart type for the seeds to docs/charts/*.png,
// for readers of the docs and for looking at the charts. Run after `pnpm build`:
//   node packages/viz/scripts/docs-charts.mjs
// Uses seeds/dataset.json when it is built, else extracts the two 2024 reports on the fly.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { align, buildDataset, loadSeeds, regions, targetPairs } from "@duibi/core";
import { composite, gaps, rank, sensitivity } from "@duibi/stats";
import { compareBars, gapChart, rankHeatmap, scatter, scorecard, slopeChart, targetVsActual, toPng } from "@duibi/viz";

const root = new URL("../../../", import.meta.url);
const out = fileURLToPath(new URL("docs/charts/", root));

function seeds() {
  if (existsSync(fileURLToPath(new URL("seeds/dataset.json", root)))) return loadSeeds();
  const sources = ["001_8f9e7cf461ee1142.txt", "004_4fe08f7bbbc0cf7d.txt", "003_ef7b3d82409e665a.txt"];
  const json = execFileSync(
    process.execPath,
    ["packages/cli/dist/bin.js", "extract", ...sources.map((s) => `seeds/sources/${s}`), "--format", "json"],
    { cwd: fileURLToPath(root), encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 64 << 20 },
  );
  const { observations, documents } = JSON.parse(json);
  return buildDataset({ observations, documents });
}

const dataset = seeds();
const documents = dataset.documents;
const table = align(dataset, { period: 2023, kind: "actual" });
const growth = table.rows.filter(
  (r) => r.measure === "growth" && (r.verdict === "comparable" || r.verdict === "converted"),
);
const headline = ["gdp", "investment.fixed_assets", "retail_sales", "budget_revenue"].filter((id) =>
  growth.some((r) => r.indicator === id),
);
const weights = { indicators: headline.map((id) => `${id}:growth`) };

const charts = {
  "compare-growth": compareBars(table, { indicators: headline, measure: "growth", documents }),
  "compare-gdp": compareBars(table, { indicators: ["gdp"], measure: "level", documents }),
  "target-vs-actual-gdp": targetVsActual(targetPairs(dataset, { indicator: "gdp", year: 2024 }), {
    documents: dataset.documents,
  }),
  "target-vs-actual-investment": targetVsActual(
    targetPairs(dataset, { indicator: "investment.fixed_assets", year: 2024 }),
    { documents: dataset.documents },
  ),
  gap: gapChart(gaps(table, { reference: "万州区" }), { table, documents }),
  "gap-gdp": gapChart(gaps(table, { reference: "万州区" }), { indicator: "gdp", measure: "growth", table, documents }),
  "rank-heatmap": rankHeatmap(rank(table, { method: "competition", missing: "exclude" }), { table, documents }),
  slope: slopeChart(targetPairs(dataset, { indicator: "gdp", year: 2024 }), { documents: dataset.documents }),
  scatter: scatter(table, { indicator: "gdp", documents }),
  scorecard: scorecard(composite(table, weights), sensitivity(table, { ...weights, draws: 1000, seed: 1 }), {
    table,
    documents,
  }),
  "target-vs-actual-gdp-en": targetVsActual(targetPairs(dataset, { indicator: "gdp", year: 2024 }), {
    lang: "en",
    documents: dataset.documents,
  }),
};

// Many regions: a synthetic table of 3,000 registry regions (every county-level unit, topped up with
// prefectures), with 武隆区 and 万州区 highlighted: top/bottom 10 bars, and a grey cloud with the named points.
const many = [
  ...regions().filter((r) => r.level === "county"),
  ...regions().filter((r) => r.level === "prefecture"),
].slice(0, 3000);
const figure = (i, r, fields) => ({
  regionCode: r.code,
  regionName: r.name,
  indicator: "gdp",
  measure: "growth",
  period: 2023,
  kind: "actual",
  value: 0,
  unit: "%",
  qualifier: "exact",
  nameAsWritten: "地区生产总值",
  source: { document: "synthetic.txt", start: i, end: i + 1, quote: `${r.name}增长` },
  ...fields,
});
const synthetic = {
  version: 1,
  regions: many,
  documents: [
    {
      id: "synthetic.txt",
      title: "合成数据（3000个地区）",
      regionCode: null,
      year: 2024,
      type: "other",
      chars: 1,
      sha256: "0".repeat(64),
    },
  ],
  observations: many.flatMap((r, i) => [
    figure(2 * i, r, { value: 3 + ((i * 37) % 61) / 10 }),
    figure(2 * i + 1, r, { measure: "level", unit: "亿元", value: 50 + ((i * 53) % 997) }),
  ]),
  conflicts: [],
};
const manyTable = align(synthetic, { period: 2023, kind: "actual" });
const highlight = ["500156", "500101"];
charts["many-compare"] = compareBars(manyTable, {
  indicators: ["gdp"],
  measure: "growth",
  highlight,
  documents: synthetic.documents,
});
charts["many-scatter"] = scatter(manyTable, { indicator: "gdp", highlight, documents: synthetic.documents });

mkdirSync(out, { recursive: true });
for (const [name, spec] of Object.entries(charts)) {
  const warnings = [];
  writeFileSync(`${out}${name}.png`, await toPng(spec, { scale: 2, onWarning: (m) => warnings.push(m) }));
  console.log(`docs/charts/${name}.png${warnings.length ? `  warnings: ${warnings.join("; ")}` : ""}`);
}
