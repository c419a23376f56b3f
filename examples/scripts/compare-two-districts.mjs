// @ts-check
/**
 * 武隆 vs 万州 for 2023: the headline rows side by side, where a number comes from,
 * what cannot be compared, and the report's charts written as SVG.
 * The script version of examples/notebooks/compare-two-districts.ipynb. The numbers, sentences
 * and chart specs come from compileReport (@duibi/report): the model `duibi report` writes.
 *
 *   pnpm build && node examples/scripts/compare-two-districts.mjs [OUT_DIR]
 *
 * Charts go to OUT_DIR (default ./duibi-examples).
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describeNotes, HEADLINE_INDICATORS, loadSeeds } from "@duibi/core";
import { compileReport } from "@duibi/report";
import { toSvg } from "@duibi/viz";

const out = process.argv[2] ?? "duibi-examples";
await mkdir(out, { recursive: true });

const report = compileReport(loadSeeds(), { regions: ["武隆区", "万州区"], period: 2023 });
const table = report.data.actual;
console.log(report.summary[0]);
/** @type {readonly string[]} */
const headline = HEADLINE_INDICATORS;

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
  console.log(`not comparable: ${row.indicator} — ${describeNotes(row.notes, "zh", table.regions)}`);
}

for (const chart of report.charts) {
  const file = join(out, `${chart.id}.svg`);
  await writeFile(file, await toSvg(chart.spec));
  console.log(`${file}  ${chart.title}`);
}
