import { join, relative, resolve } from "node:path";
import { align, type Dataset, duibiError } from "@duibi/core";
import {
  buildReport,
  drawCharts,
  planCharts,
  prepareOutputDir,
  type ReportData,
  readDocumentTexts,
  reportRegions,
  writeReport,
} from "@duibi/report";
import { ambition, attainment, gaps, rank } from "@duibi/stats";
import { listOption, parse } from "../args.js";
import type { CliContext } from "../context.js";
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
  const manyYears = spansYears(dataset, codes);
  progress(say.align(year, year + 1));
  // Over several years of reports an estimate (预计) stands in where no report states the final figure, noted on its row.
  const actual = align(dataset, {
    regions: codes,
    period: year,
    kind: "actual",
    ...(manyYears ? { estimatesStandIn: true } : {}),
  });
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

  // A dataset of several report years adds the section on targets kept and missed.
  const panel = manyYears ? { attainment: attainment(dataset, { regions: codes, indicators: ["gdp"] }) } : {};
  const plans = planCharts({ ...data, lang, dataset, ...panel });
  const charts = await drawCharts(plans, (i, n, plan) => progress(say.chart(i, n, plan.title)));
  const { texts, refused } = await readDocumentTexts(dataset, inputs);
  const model = buildReport({ ...data, lang, dataset, charts, texts, refused, ...panel });

  const shown = relative(ctx.cwd, outDir) || ".";
  progress(say.write(shown));
  const files = await writeReport(model, data, outDir, {
    force: values.force === true,
    inputs,
  });
  for (const file of files) ctx.stdout.write(`${join(shown, file)}\n`);
  return 0;
}

/**
 * The year the report compares: of the years with actual figures, the one most of the regions
 * report (the latest of those on a tie). One year of reports gives its year; a panel whose
 * newest reports cover only some regions is compared on the latest year most of them share.
 */
function latestActualYear(dataset: Dataset, codes: readonly string[]): number {
  const wanted = new Set(codes);
  const regionsByYear = new Map<number, Set<string>>();
  for (const o of dataset.observations) {
    if (o.kind !== "actual" || !wanted.has(o.regionCode)) continue;
    const set = regionsByYear.get(o.period);
    if (set === undefined) regionsByYear.set(o.period, new Set([o.regionCode]));
    else set.add(o.regionCode);
  }
  if (regionsByYear.size === 0)
    throw duibiError("missing_period", { kind: "actual", period: codes.join(", "), available: "" });
  let best = Number.NEGATIVE_INFINITY;
  let count = 0;
  for (const [year, set] of regionsByYear) {
    if (set.size > count || (set.size === count && year > best)) [best, count] = [year, set.size];
  }
  return best;
}

/** Whether the regions' reports span more than one report year. */
function spansYears(dataset: Dataset, codes: readonly string[]): boolean {
  const wanted = new Set(codes);
  const years = new Set(
    dataset.documents.filter((d) => d.regionCode !== null && wanted.has(d.regionCode)).map((d) => d.year),
  );
  years.delete(null);
  return years.size > 1;
}
