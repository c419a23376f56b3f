/**
 * Every command `duibi --help` lists, run on the seeds in English and in Chinese, and the report's
 * Markdown in both: no text in the other script. The rules, precisely:
 *
 * **--lang en** — after removing what an English page may quote as the reports write it, no CJK
 * character (full-width punctuation included) is left. What may be quoted:
 * 1. region names and short names (武隆区, 武隆);
 * 2. document titles and ids, source quotes, and indicator names as a report wrote them;
 * 3. the name of an indicator the registry has no English name for (unregistered ones);
 * 4. units after a number, as the registry or the report writes them (273.46亿元, 1100篇: formatFigure
 *    writes them so in both languages) — except 个百分点, which English writes "pp";
 * 5. the reports' terms an English sentence explains: the hedges 以上, 以内, 左右, 以下, 超过, 突破,
 *    and 预计 (an estimate);
 * 6. anything quoted: inside “…” (from a line's first “ to its last ”) or '…'.
 *
 * **--lang zh** — after removing paths, file names and ids (a token with / \ . @ or :) and option
 * names (--force), no two English words (two letters or more each) follow each other.
 */
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { indicatorDisplayName, loadSeeds, units } from "@duibi/core";
import { compileReport, renderMarkdown } from "@duibi/report";
import { describe, expect, it } from "vitest";
import { commands } from "../../packages/cli/src/commands/index.js";
import { main } from "../../packages/cli/src/main.js";

const seeds = loadSeeds();
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;
/** The reports' own terms an English sentence explains: hedges, and 预计 (an estimate). */
const TERMS = ["以上", "以内", "左右", "以下", "超过", "突破", "预计"];

const longestFirst = (list: Iterable<string>) =>
  [...new Set(list)].filter((s) => s !== "").sort((a, b) => b.length - a.length);

const ENGLISH_MAY_QUOTE = longestFirst([
  ...seeds.regions.flatMap((r) => [r.name, r.shortName]),
  ...seeds.documents.flatMap((d) => [d.title, d.id]),
  ...seeds.observations.flatMap((o) => [o.source.quote, o.nameAsWritten ?? "", o.regionName ?? ""]),
  ...[...new Set(seeds.observations.map((o) => o.indicator))]
    .map((id) => indicatorDisplayName(id, "en"))
    .filter((name) => CJK.test(name)),
  ...[...units().map((u) => u.id), ...seeds.observations.map((o) => o.unit)].filter(
    (id) => id !== "个百分点" && id !== "百分点",
  ),
  ...TERMS,
]);

/** Lines of English output with CJK left once what it may quote is removed. */
function chineseLeft(text: string): string[] {
  let rest = text;
  for (const quoted of ENGLISH_MAY_QUOTE) rest = rest.split(quoted).join("");
  // A quoted sentence may hold quotes of its own: from the first “ to the last ” of a line.
  rest = rest.replace(/“.*”/g, "").replace(/'[^'\n]*'|&#39;.*?&#39;/g, "");
  return [...new Set(rest.split("\n").filter((line) => CJK.test(line)))];
}

/** Lines of Chinese output with two English words in a row, once paths, ids and options are removed. */
function englishLeft(text: string): string[] {
  let rest = text;
  rest = rest.replace(/\S*[/\\.@:]\S*/g, "").replace(/--[a-z-]+/g, "");
  return [...new Set(rest.split("\n").filter((line) => /\b[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}\b/.test(line)))];
}

async function run(argv: string[], cwd: string): Promise<{ code: number; text: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, {
    cwd,
    stdout: { write: (s: string) => out.push(String(s)) > 0 },
    stderr: { write: (s: string) => err.push(String(s)) > 0 },
  });
  return { code, text: `${out.join("")}\n${err.join("")}` };
}

/** The text of an SVG's <text> marks. */
const svgText = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)</g)].map((m) => m[1]).join("\n");

/** Each command on the seeds, and the file it writes whose words a reader sees. */
const RUNS: { name: string; argv: string[]; file?: string }[] = [
  { name: "compare", argv: ["compare", "--period", "2023", "--kind", "actual"] },
  { name: "gaps", argv: ["gaps", "--period", "2023"] },
  { name: "rank", argv: ["rank", "--period", "2023"] },
  { name: "ambition", argv: ["ambition", "--year", "2024"] },
  { name: "attainment", argv: ["attainment"] },
  { name: "chart", argv: ["chart", "compare", "--period", "2023", "--out", "chart.svg"], file: "chart.svg" },
  { name: "report", argv: ["report", "--out", "out"], file: "out/report.md" },
];
/**
 * Commands without --lang: they write data (observations, the seeds dataset), not prose; what
 * they print is a progress line of counts and the files they could not read.
 */
const WITHOUT_LANG = ["extract", "seeds-build"];

describe("every command speaks one language", () => {
  it("covers every command duibi --help lists", () => {
    expect([...RUNS.map((r) => r.name), ...WITHOUT_LANG].sort()).toEqual(commands.map((c) => c.name).sort());
  });

  it("finds a leak when there is one (the rules are not vacuous)", () => {
    expect(chineseLeft("GDP growth 5.5%，higher than 万州")).toEqual(["GDP growth 5.5，higher than "]);
    expect(chineseLeft("ranks first（武隆）")).toEqual(["ranks first（）"]);
    expect(chineseLeft("note: 口径不同")).toEqual(["note: 口径不同"]);
    expect(chineseLeft("GDP 273.46亿元 (武隆区), a floor (以上): “增长5.5%”")).toEqual([]);
    expect(englishLeft("地区生产总值 higher is better")).toHaveLength(1);
    expect(englishLeft("见 out/report.html，--force 覆盖；GDP 增速")).toEqual([]);
  });

  it.each(RUNS)("$name --lang en has no Chinese but what it quotes", async ({ argv, file }) => {
    const cwd = await mkdtemp(join(tmpdir(), "duibi-script-en-"));
    const result = await run([...argv, "--lang", "en"], cwd);
    expect(result.code).toBe(0);
    let text = result.text;
    if (file !== undefined) {
      const written = await readFile(join(cwd, file), "utf8");
      text += `\n${file.endsWith(".svg") ? svgText(written) : written}`;
    }
    expect(chineseLeft(text)).toEqual([]);
  });

  it.each(RUNS)("$name --lang zh has no English sentence", async ({ argv, file }) => {
    const cwd = await mkdtemp(join(tmpdir(), "duibi-script-zh-"));
    const result = await run([...argv, "--lang", "zh"], cwd);
    expect(result.code).toBe(0);
    let text = result.text;
    if (file !== undefined) {
      const written = await readFile(join(cwd, file), "utf8");
      text += `\n${file.endsWith(".svg") ? svgText(written) : written}`;
    }
    expect(englishLeft(text)).toEqual([]);
  });
});

describe("the report's Markdown speaks one language", () => {
  it("in English (renderMarkdown of compileReport with lang en)", () => {
    const md = renderMarkdown(compileReport(seeds, { regions: ["武隆", "万州"], lang: "en" }));
    expect(md).toContain("# 武隆 and 万州");
    expect(chineseLeft(md)).toEqual([]);
  });

  it("in Chinese (renderMarkdown of compileReport with lang zh)", () => {
    const md = renderMarkdown(compileReport(seeds, { regions: ["武隆", "万州"], lang: "zh" }));
    expect(md).toContain("# 武隆与万州");
    expect(englishLeft(md)).toEqual([]);
  });
});
