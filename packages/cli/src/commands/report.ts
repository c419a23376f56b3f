import { join, relative, resolve } from "node:path";
import { prepareOutputDir } from "@duibi/core";
import { compileReport, reportRegions, writeReport } from "@duibi/report";
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
 * regions, by default 武隆 vs 万州 from the seeds into ./duibi-report/. Argument parsing
 * over `writeReport(compileReport(dataset, { regions, lang }), out)`. Progress goes to
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
  // Region names are checked here, so an unknown one is reported against --regions.
  const regions = atRegions(() => reportRegions(dataset, listOption(values.regions)));
  const model = compileReport(dataset, { regions: regions.map((r) => r.code), lang });
  const year = model.data.actual.period;
  progress(say.align(year, year + 1));

  const shown = relative(ctx.cwd, outDir) || ".";
  progress(say.write(shown));
  const files = await writeReport(model, outDir, {
    force: values.force === true,
    inputs,
    onChart: (i, n, chart) => progress(say.chart(i, n, chart.title)),
  });
  for (const file of files) ctx.stdout.write(`${join(shown, file)}\n`);
  return 0;
}
