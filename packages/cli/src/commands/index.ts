import type { Command } from "../context.js";

/**
 * Every subcommand, loaded lazily so `duibi compare` never loads vega.
 * Each module exports `run(context)`; its name, summary and usage live here.
 */
const lazy = (name: string, summary: string, usage: string, load: () => Promise<{ run: Command["run"] }>): Command => ({
  name,
  summary,
  usage,
  run: async (ctx) => (await load()).run(ctx),
});

export const commands: Command[] = [
  lazy(
    "compare",
    "Regions side by side for one period and kind",
    "duibi compare [--data FILE] [--regions 武隆区,万州区] --period 2023 --kind actual [--format table|json|csv|md]",
    () => import("./compare.js"),
  ),
  lazy(
    "extract",
    "Observations found in report texts, each with its sentence",
    "duibi extract <file|folder|glob...> [--region R] [--year YYYY] [--format json|jsonl|csv|parquet] [--out FILE] [--jobs N] [--quiet] [--max-bytes N]",
    () => import("./extract.js"),
  ),
  lazy(
    "seeds-build",
    "Rebuild seeds/dataset.json from seeds/sources/",
    "duibi seeds-build [--check]",
    () => import("./seeds-build.js"),
  ),
  lazy(
    "gaps",
    "Each region's gap to a reference region, the median or the mean",
    "duibi gaps [selectors] [--reference 万州区|median|mean] [--format table|json|csv|md]",
    () => import("./gaps.js"),
  ),
  lazy(
    "rank",
    "Where each region ranks on every comparable row",
    "duibi rank [selectors] [--method competition|dense|average|ordinal] [--missing last|exclude] [--format table|json|csv|md]",
    () => import("./rank.js"),
  ),
  lazy(
    "ambition",
    "Target growth minus last year's actual growth, per region",
    "duibi ambition --year 2024 [--data FILE] [--regions …] [--format table|json|csv|md]",
    () => import("./ambition.js"),
  ),
  lazy(
    "attainment",
    "Each region's targets against the outcomes later reports state",
    "duibi attainment [--data FILE[,FILE…]] [--regions …] [--indicator gdp,…] [--lang zh|en] [--format table|json|csv|md]",
    () => import("./attainment.js"),
  ),
  lazy(
    "chart",
    "Draw a chart to SVG, PNG, HTML or a Vega-Lite spec",
    "duibi chart <compare|target-vs-actual|gap|rank-heatmap|slope|scatter|scorecard|target-history|attainment-matrix> [selectors] [--indicator ID[,ID…]] [--measure M] [--year YYYY] [--reference R] [--highlight R[,R…]] [--lang zh|en] [--scale N] --out FILE.svg|.png|.html|.vl.json",
    () => import("./chart.js"),
  ),
  lazy(
    "report",
    "Write the comparison report (HTML, Markdown, charts, data)",
    "duibi report [--data FILE] [--regions …] [--out DIR] [--lang zh|en] [--force]",
    () => import("./report.js"),
  ),
];
