// @ts-check
/**
 * 2024 targets against 2023 growth for 武隆 and 万州: the ambition table, the level each
 * GDP target implies, and the target-vs-actual chart as SVG and PNG.
 * The script version of examples/notebooks/targets-and-ambition.ipynb.
 *
 *   pnpm build && node examples/scripts/targets-and-ambition.mjs [OUT_DIR]
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { loadSeeds, targetPairs } from "@duibi/core";
import { ambition, impliedLevel } from "@duibi/stats";
import { targetVsActual, toPng, toSvg } from "@duibi/viz";

const out = process.argv[2] ?? "duibi-examples";
await mkdir(out, { recursive: true });

const seeds = loadSeeds();
const regions = ["武隆区", "万州区"];
const result = ambition(seeds, { regions, year: 2024 });
console.table(
  result.rows
    .filter((row) => row.actual !== null)
    .map((row) => ({
      region: row.regionName,
      indicator: row.indicator,
      target: `${row.target}% (${row.qualifier})`,
      actual: `${row.actual}%`,
      ambitionPp: row.ambitionPp,
      label: row.label,
    })),
);

for (const row of impliedLevel(seeds, { year: 2024, indicator: "gdp", regions }).rows) {
  console.log(
    `${row.regionName}: ${row.baseLevel}${row.unit} × (1 + ${row.targetGrowth}%) ≈ ${row.impliedLevel.toFixed(2)}${row.unit}`,
  );
}

const spec = targetVsActual(targetPairs(seeds, { indicator: "gdp", year: 2024 }), { documents: seeds.documents });
await writeFile(join(out, "gdp-target-vs-actual.svg"), await toSvg(spec));
await writeFile(join(out, "gdp-target-vs-actual.png"), await toPng(spec, { scale: 2 }));
console.log(join(out, "gdp-target-vs-actual.svg"));
console.log(join(out, "gdp-target-vs-actual.png"));
