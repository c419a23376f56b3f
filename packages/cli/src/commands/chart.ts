import { relative, resolve } from "node:path";
import type { ComparisonTable, Measure } from "@duibi/core";
import { isSameFile, MeasureSchema, targetPairs, writeAtomic } from "@duibi/core";
import { attainment, composite, gaps, rank, sensitivity } from "@duibi/stats";
import {
  attainmentMatrix,
  CHART_INDICATORS,
  type ChartSpec,
  compareBars,
  gapChart,
  rankHeatmap,
  scatter,
  scorecard,
  slopeChart,
  targetHistory,
  targetVsActual,
  toHtml,
  toPng,
  toSvg,
} from "@duibi/viz";
import { intOption, listOption, oneOf, parse, selectorOptions } from "../args.js";
import type { CliContext } from "../context.js";
import { dataPaths, loadDataset, parseLang, selectTable } from "../selectors.js";
import { UsageError } from "../usage.js";

/** The chart types, as the first argument names them. */
export const CHART_TYPES = [
  "compare",
  "target-vs-actual",
  "gap",
  "rank-heatmap",
  "slope",
  "scatter",
  "scorecard",
  "target-history",
  "attainment-matrix",
] as const;
export type ChartType = (typeof CHART_TYPES)[number];

/** What --out's extension asks for. */
type OutFormat = "svg" | "png" | "html" | "vl.json";

function outFormat(out: string | undefined): OutFormat {
  if (out === undefined)
    throw new UsageError("--out FILE is required", "e.g. --out gdp.png (.svg, .png, .html or .vl.json)");
  const match = /\.(vl\.json|svg|png|html?)$/i.exec(out);
  if (match === null) throw new UsageError(`--out must end in .svg, .png, .html or .vl.json; got "${out}"`);
  const ext = (match[1] ?? "").toLowerCase();
  return ext === "htm" ? "html" : (ext as OutFormat);
}

const options = {
  ...selectorOptions,
  indicator: { type: "string" },
  measure: { type: "string" },
  year: { type: "string" },
  reference: { type: "string" },
  highlight: { type: "string" },
  scale: { type: "string" },
  out: { type: "string" },
} as const;

const COMPARED = new Set(["comparable", "converted"]);

/**
 * The scorecard's default rows: the headline growth rows the regions can be compared on
 * (a report states dozens of others), else every comparable growth row.
 */
function headlineGrowth(table: ComparisonTable): string[] {
  const growth = table.rows.filter((r) => r.measure === "growth" && COMPARED.has(r.verdict));
  const headline = CHART_INDICATORS.filter((id) => growth.some((r) => r.indicator === id));
  return (headline.length > 1 ? headline : growth.map((r) => r.indicator)).map((id) => `${id}:growth`);
}

type Values = ReturnType<typeof parse<typeof options>>["values"];

/** Builds the spec for one chart type from the options (dataset and tables loaded as that chart needs). */
async function build(type: ChartType, values: Values, cwd: string): Promise<ChartSpec> {
  const highlight = listOption(values.highlight);
  // With more than 8 regions only these get a colour; the rest are drawn grey.
  const common = { lang: parseLang(values.lang), ...(highlight === undefined ? {} : { highlight }) };
  const indicators = listOption(values.indicator);
  const measure: Measure | undefined =
    values.measure === undefined ? undefined : oneOf("measure", values.measure, MeasureSchema.options, "level");
  if (type === "target-vs-actual" || type === "slope") {
    const year = intOption("year", values.year) ?? intOption("period", values.period);
    const regions = listOption(values.regions);
    const dataset = await loadDataset(values.data, cwd);
    const pairs = targetPairs(dataset, {
      indicator: indicators?.[0] ?? "gdp",
      ...(year === undefined ? {} : { year }),
      ...(regions === undefined ? {} : { regions }),
      ...(measure === undefined ? {} : { measure }),
    });
    const chartOptions = { ...common, documents: dataset.documents };
    return type === "slope" ? slopeChart(pairs, chartOptions) : targetVsActual(pairs, chartOptions);
  }
  if (type === "target-history" || type === "attainment-matrix") {
    const regions = listOption(values.regions);
    const dataset = await loadDataset(values.data, cwd);
    const indicator = indicators?.[0] ?? "gdp";
    const result = attainment(dataset, { indicators: [indicator], ...(regions === undefined ? {} : { regions }) });
    const chartOptions = { ...common, indicator, documents: dataset.documents };
    if (type === "attainment-matrix") return attainmentMatrix(result, chartOptions);
    return targetHistory(result, { ...chartOptions, ...(result.rows[0] ? { region: result.rows[0].regionCode } : {}) });
  }
  const { selection, table } = await selectTable({ ...values, format: undefined }, cwd);
  const documents = selection.dataset.documents;
  switch (type) {
    case "compare":
      return compareBars(table, {
        ...common,
        documents,
        ...(indicators === undefined ? {} : { indicators }),
        ...(measure === undefined ? {} : { measure }),
      });
    case "gap": {
      const result = gaps(table, values.reference === undefined ? {} : { reference: values.reference });
      return gapChart(result, {
        ...common,
        table,
        documents,
        ...(indicators === undefined ? {} : { indicator: indicators[0] }),
        ...(measure === undefined ? {} : { measure }),
      });
    }
    case "rank-heatmap":
      return rankHeatmap(rank(table, { method: "competition", missing: "exclude" }), { ...common, table, documents });
    case "scatter":
      return scatter(table, { ...common, documents, indicator: indicators?.[0] ?? "gdp" });
    case "scorecard": {
      const chosen = { indicators: indicators ?? headlineGrowth(table) };
      return scorecard(composite(table, chosen), sensitivity(table, { ...chosen, draws: 1000, seed: 1 }), {
        ...common,
        table,
        documents,
      });
    }
  }
}

async function encode(spec: ChartSpec, format: OutFormat, scale: number): Promise<string | Buffer> {
  switch (format) {
    case "svg":
      return toSvg(spec);
    case "png":
      return toPng(spec, { scale });
    case "html":
      return toHtml(spec);
    case "vl.json":
      return `${JSON.stringify(spec, null, 2)}\n`;
  }
}

/**
 * `duibi chart <type> … --out FILE`: draws one chart of the selection to SVG, PNG
 * (2× by default, --scale), a self-contained HTML page, or the Vega-Lite spec
 * (.vl.json). The extension of --out picks the format.
 */
export async function run(ctx: CliContext): Promise<number> {
  const { values, positionals } = parse(ctx.argv, options, ctx.usage, true);
  const [raw, ...extra] = positionals;
  if (raw === undefined) throw new UsageError("which chart?", `Usage: ${ctx.usage}`);
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`, `Usage: ${ctx.usage}`);
  if (!(CHART_TYPES as readonly string[]).includes(raw)) {
    throw new UsageError(`unknown chart "${raw}"; choose one of ${CHART_TYPES.join(", ")}`, `Usage: ${ctx.usage}`);
  }
  const type = raw as ChartType;
  const format = outFormat(values.out);
  const scale = values.scale === undefined ? 2 : Number(values.scale);
  if (!(scale > 0 && scale <= 8)) throw new UsageError(`--scale must be a number from 0 to 8; got "${values.scale}"`);
  const path = resolve(ctx.cwd, values.out ?? "");
  const inputs = dataPaths(values.data, ctx.cwd).filter((p) => p !== "seeds");
  if ((await Promise.all(inputs.map((input) => isSameFile(path, input)))).some(Boolean)) {
    throw new UsageError(`--out ${values.out} is the --data file`, "Choose another --out file.");
  }
  const spec = await build(type, values, ctx.cwd);
  const content = await encode(spec, format, scale);
  // Temporary file, then rename: an interrupted run never leaves half a chart at --out.
  await writeAtomic(path, content, { parents: true });
  ctx.stdout.write(`${relative(ctx.cwd, path) || path}\n`);
  return 0;
}
