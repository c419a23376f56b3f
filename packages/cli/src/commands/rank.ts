import type { Lang } from "@duibi/core";
import { formatNumber, headlineFirst, indicatorDisplayName, kindLabel, measureName } from "@duibi/core";
import { describeSkipReason, type MissingPolicy, type RankMethod, type RankResult, rank } from "@duibi/stats";
import { oneOf, parse, selectorOptions } from "../args.js";
import type { CliContext } from "../context.js";
import { writeOutput } from "../format/output.js";
import type { CsvTable } from "../format/renderCsv.js";
import type { TextTable } from "../format/textTable.js";
import { selectTable } from "../selectors.js";

const METHODS: readonly RankMethod[] = ["competition", "dense", "average", "ordinal"];
const MISSING: readonly MissingPolicy[] = ["exclude", "last"];

/**
 * `duibi rank`: where each region ranks on every comparable row, 1 = best (lower unemployment
 * ranks first). JSON is the RankResult of @duibi/stats.
 */
export async function run(ctx: CliContext): Promise<number> {
  const { values } = parse(
    ctx.argv,
    { ...selectorOptions, method: { type: "string" }, missing: { type: "string" } },
    ctx.usage,
  );
  const method = oneOf("method", values.method, METHODS, "competition");
  const missing = oneOf("missing", values.missing, MISSING, "exclude");
  const { selection, table } = await selectTable(values, ctx.cwd);
  const result = rank(table, { method, missing });
  const names = Object.fromEntries(table.regions.map((r) => [r.code, r.name]));
  writeOutput(ctx.stdout, selection.format, {
    json: result,
    table: rankTable(result, names, selection.lang),
    csv: rankCsv(result, names),
  });
  return 0;
}

const TEXT = {
  zh: {
    title: (r: RankResult) => `${r.period}年${kindLabel(r.kind, "zh")}数排名（${r.method}）`,
    indicator: "指标",
    measure: "度量",
    direction: "方向",
    directions: { higher: "越高越好", lower: "越低越好", neutral: "中性(按数值)" },
    n: "参与数",
    skipped: (s: RankResult["skipped"][number]) =>
      `未排名：${indicatorDisplayName(s.indicator, "zh")}（${describeSkipReason(s.reason, "zh")}）`,
  },
  en: {
    title: (r: RankResult) => `Ranks on ${kindLabel(r.kind, "en")} figures for ${r.period} (${r.method})`,
    indicator: "indicator",
    measure: "measure",
    direction: "direction",
    directions: { higher: "higher is better", lower: "lower is better", neutral: "neutral (by value)" },
    n: "n",
    skipped: (s: RankResult["skipped"][number]) =>
      `Not ranked: ${indicatorDisplayName(s.indicator, "en")} (${describeSkipReason(s.reason, "en")})`,
  },
} as const;

/**
 * The ranks as a text table: a row per ranked table row, "rank/n" per region.
 *
 * @param result - from `rank`
 * @param names - region names by code
 * @param lang - zh or en labels
 * @returns the table for `writeOutput`
 * @example
 * rankTable(rank(table), { "500156": "武隆区", "500101": "万州区" }, "en").columns[2]?.header; // => "direction"
 */
export function rankTable(result: RankResult, names: Record<string, string>, lang: Lang): TextTable {
  const text = TEXT[lang];
  const codes = Object.keys(names).sort();
  return {
    title: text.title(result),
    columns: [
      { key: "indicator", header: text.indicator },
      { key: "measure", header: text.measure },
      { key: "direction", header: text.direction },
      { key: "n", header: text.n, align: "right" },
      ...codes.map((code) => ({ key: `region:${code}`, header: names[code] ?? code, align: "right" as const })),
    ],
    rows: headlineFirst(result.rows).map((row) => ({
      indicator: indicatorDisplayName(row.indicator, lang),
      measure: measureName(row.measure, lang),
      direction: text.directions[row.direction],
      n: String(row.n),
      ...Object.fromEntries(
        codes.map((code) => {
          const r = row.ranks[code];
          return [`region:${code}`, r == null ? "—" : `${formatNumber(r)}/${row.n}`];
        }),
      ),
    })),
    notes: result.skipped.map(text.skipped),
  };
}

/** Long CSV: one line per ranked row × region. */
export function rankCsv(result: RankResult, names: Record<string, string>): CsvTable {
  const keys = ["indicator", "measure", "direction", "n", "region_code", "region_name", "rank"];
  return {
    columns: keys.map((key) => ({ key, header: key })),
    rows: result.rows.flatMap((row) =>
      Object.keys(row.ranks)
        .sort()
        .map((code) => ({
          indicator: row.indicator,
          measure: row.measure,
          direction: row.direction,
          n: row.n,
          region_code: code,
          region_name: names[code] ?? "",
          rank: row.ranks[code],
        })),
    ),
  };
}
