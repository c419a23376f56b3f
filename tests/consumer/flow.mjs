// Run inside a fresh project that installed the packed @duibi/* tarballs:
// the quick start a user would write. Prints one JSON line for the test to check.
import { align, loadSeeds } from "@duibi/core";
import { rank } from "@duibi/stats";
import { compareBars, toSvg } from "@duibi/viz";

const seeds = loadSeeds();
const table = align(seeds, { regions: ["武隆", "万州"], period: 2023, kind: "actual" });
const ranks = rank(table);
const svg = await toSvg(compareBars(table, { indicators: ["gdp"], measure: "growth" }));

const gdp = table.rows.find((row) => row.indicator === "gdp" && row.measure === "growth");
const gdpRanks = ranks.rows.find((row) => row.indicator === "gdp" && row.measure === "growth");
console.log(
  JSON.stringify({
    regions: seeds.regions.map((r) => r.code),
    gdpGrowth: { 500101: gdp?.cells["500101"]?.value, 500156: gdp?.cells["500156"]?.value },
    gdpRanks: gdpRanks?.ranks,
    svg: { start: svg.slice(0, 4), length: svg.length, names: ["武隆", "万州"].filter((name) => svg.includes(name)) },
  }),
);
