// @ts-check
/**
 * 武隆 vs 万州 for 2023: the headline rows side by side, where a number comes from,
 * what cannot be compared, and three charts (growth, gaps, ranks) written as SVG.
 * The script version of examples/notebooks/compare-two-districts.ipynb.
 *
 *   pnpm build && node examples/scripts/compare-two-districts.mjs [OUT_DIR]
 *
 * Charts go to OUT_DIR (default ./duibi-examples).
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { align, loadSeeds } from "@duibi/core";
import { gaps, rank } from "@duibi/stats";
import { compareBars, gapChart, rankHeatmap, toSvg } from "@duibi/viz";

const out = process.argv[2] ?? "duibi-examples";
await mkdir(out, { recursive: true });

const seeds = loadSeeds();
const table = align(seeds, { regions: ["武隆区", "万州区"], period: 2023, kind: "actual" });
const headline = [
  "gdp",
  "value_added.industry.above_scale",
  "investment.fixed_assets",
  "retail_sales",
  "budget_revenue",
];

/** @param {{ value: number; unit: string } | null | undefined} cell */
const figure = (cell) => (cell ? `${cell.value}${cell.unit}` : "—");
console.table(
  table.rows
    .filter((row) => headline.includes(row.indicator))
    .map((row) => ({
      indicator: row.indicator,
      measure: row.measure,
      武隆: figure(row.cells["500156"]),
      万州: figure(row.cells["500101"]),
      verdict: row.verdict,
    })),
);

const gdpGrowth = table.rows.find((row) => row.indicator === "gdp" && row.measure === "growth");
for (const region of table.regions) {
  const cell = gdpGrowth?.cells[region.code];
  if (cell) console.log(`${region.name} ${cell.value}%: “${cell.source.quote}” (${cell.source.document})`);
}
for (const row of table.rows.filter((r) => r.verdict === "incomparable").slice(0, 5)) {
  console.log(`not comparable: ${row.indicator} — ${row.note}`);
}

const gapsToWanzhou = gaps(table, { reference: "万州区" });
const ranks = rank(table, { method: "competition", missing: "exclude" });
const charts = {
  "growth.svg": compareBars(table, { indicators: headline, measure: "growth", documents: seeds.documents }),
  "gaps.svg": gapChart(
    {
      ...gapsToWanzhou,
      rows: gapsToWanzhou.rows.filter((r) => headline.includes(r.indicator) && r.unit === "个百分点" && !r.skipped),
    },
    { table },
  ),
  "ranks.svg": rankHeatmap({ ...ranks, rows: ranks.rows.filter((r) => r.n === 2), skipped: [] }, { table }),
};
for (const [file, spec] of Object.entries(charts)) {
  await writeFile(join(out, file), await toSvg(spec));
  console.log(join(out, file));
}
