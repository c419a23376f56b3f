import { join, relative, resolve } from "node:path";
import { align, type Dataset, duibiError } from "@duibi/core";
import { ambition, gaps, rank } from "@duibi/stats";
import { listOption, parse } from "../args.js";
import type { CliContext } from "../context.js";
import { buildReport } from "../report/buildReport.js";
import { drawCharts, planCharts } from "../report/charts.js";
import type { ReportData } from "../report/dataFiles.js";
import { readDocumentTexts } from "../report/documentTexts.js";
import { prepareOutputDir } from "../report/outputDir.js";
import { reportRegions } from "../report/reportRegions.js";
import { writeReport } from "../report/writeReport.js";
import { atRegions, dataPaths, loadDataset, parseLang } from "../selectors.js";

const PROGRESS = {
  zh: {
    read: (what: string) => `读取数据：${what}`,
    align: (year: number, next: number) => `对齐${year}年实际值与${next}年目标…`,
    chart: (i: number, n: number, title: string) => `绘制图表 ${i}/${n}：${title}`,
    write: (dir: string) => `写入 ${dir}/`,
    seeds: "内置种子数据（seeds/）",
  },
  en: {
    read: (what: string) => `reading ${what}`,
    align: (year: number, next: number) => `aligning ${year} actuals and ${next} targets…`,
    chart: (i: number, n: number, title: string) => `drawing chart ${i}/${n}: ${title}`,
    write: (dir: string) => `writing ${dir}/`,
    seeds: "the seeds dataset (seeds/)",
  },
} as const;

/**
 * `duibi report`: the comparison report (HTML, Markdown, charts, data) for the chosen
 * regions, by default 武隆 vs 万州 from the seeds into ./duibi-report/. Progress goes to
 * stderr; the paths written go to stdout, one a line.
 */
export async function run(ctx: CliContext): Promise<number> {
  const { values } = parse(
    ctx.argv,
    {
      data: { type: "string" },
      regions: { type: "string" },
      out: { type: "string" },
      lang: { type: "string" },
      force: { type: "boolean" },
    },
    ctx.usage,
  );
  const lang = parseLang(values.lang);
  const say = PROGRESS[lang];
  const progress = (line: string) => ctx.stderr.write(`${line}\n`);

  const inputs = dataPaths(values.data, ctx.cwd).filter((p) => p !== "seeds");
  progress(say.read(values.data ?? say.seeds));
  const outDir = resolve(ctx.cwd, values.out ?? "duibi-report");
  // Refuse a directory holding other work before drawing anything.
  await prepareOutputDir(outDir, { force: values.force === true });
  const dataset = await loadDataset(values.data, ctx.cwd);
  const regions = atRegions(() => reportRegions(dataset, listOption(values.regions)));
  const codes = regions.map((r) => r.code);
  const year = latestActualYear(dataset, codes);
  progress(say.align(year, year + 1));
  const actual = align(dataset, { regions: codes, period: year, kind: "actual" });
  // With two regions the second is the reference (武隆 − 万州); with more, the median.
  const reference = regions.length === 2 ? regions[1]?.code : "median";
  const data: ReportData = {
    regions,
    actual,
    targets: align(dataset, { regions: codes, period: year + 1, kind: "target" }),
    gaps: gaps(actual, { reference }),
    ranks: rank(actual, { method: "competition", missing: "exclude" }),
    ambition: ambition(dataset, { regions: codes, year: year + 1 }),
  };

  const plans = planCharts({ ...data, lang, dataset });
  const charts = await drawCharts(plans, (i, n, plan) => progress(say.chart(i, n, plan.title)));
  const { texts, refused } = await readDocumentTexts(dataset, inputs);
  const model = buildReport({ ...data, lang, dataset, charts, texts, refused });

  const shown = relative(ctx.cwd, outDir) || ".";
  progress(say.write(shown));
  const files = await writeReport(model, data, outDir, {
    force: values.force === true,
    inputs,
  });
  for (const file of files) ctx.stdout.write(`${join(shown, file)}\n`);
  return 0;
}

/** The latest year with actual figures for the regions: the year a work report looks back on. */
function latestActualYear(dataset: Dataset, codes: readonly string[]): number {
  const wanted = new Set(codes);
  const years = dataset.observations
    .filter((o) => o.kind === "actual" && wanted.has(o.regionCode))
    .map((o) => o.period);
  if (years.length === 0)
    throw duibiError("missing_period", { kind: "actual", period: codes.join(", "), available: "" });
  // reduce, not Math.max(...years): a large dataset has more observations than a call may take arguments
  return years.reduce((a, b) => Math.max(a, b));
}
