// `duibi compare` on the seeds dataset, as the "done when" states it:
// 武隆 and 万州 side by side for 2023 actuals with at least 20 rows present for
// both, the four verdicts it names right, and every cell's quote exactly the
// source text at its offsets.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type ComparisonTable, ComparisonTableSchema } from "@duibi/core";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../packages/cli/src/main.js";

const WULONG = "500156";
const WANZHOU = "500101";
const sources = new URL("../seeds/sources/", import.meta.url);

async function compare(...argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(["compare", ...argv], {
    stdout: { write: (s: string) => stdout.push(s) > 0 },
    stderr: { write: (s: string) => stderr.push(s) > 0 },
    cwd: fileURLToPath(new URL("..", import.meta.url)),
  });
  return { code, stdout: stdout.join(""), stderr: stderr.join("") };
}

let table: ComparisonTable;
beforeAll(async () => {
  const { code, stdout, stderr } = await compare("--period", "2023", "--kind", "actual", "--format", "json");
  expect(stderr).toBe("");
  expect(code).toBe(0);
  table = ComparisonTableSchema.parse(JSON.parse(stdout));
});
const rows = (prefix: string) => table.rows.filter((r) => r.indicator.startsWith(prefix));

describe("duibi compare --period 2023 --kind actual (seeds)", () => {
  it("sets 武隆 and 万州 side by side on at least 20 rows both state", () => {
    expect(table.regions.map((r) => r.code)).toEqual([WANZHOU, WULONG]);
    const both = table.rows.filter((r) => r.cells[WULONG] && r.cells[WANZHOU]);
    expect(both.length).toBeGreaterThanOrEqual(20);
    expect(both.filter((r) => r.verdict === "comparable" || r.verdict === "converted").length).toBeGreaterThanOrEqual(
      20,
    );
  });

  it("quotes every cell exactly as the source text at its offsets", () => {
    const texts = new Map<string, string>();
    const text = (document: string) => {
      if (!texts.has(document))
        texts.set(document, readFileSync(new URL(document, sources), "utf8").replace(/^\ufeff/, ""));
      return texts.get(document)!;
    };
    const cells = table.rows.flatMap((r) => Object.values(r.cells).filter((c) => c !== null));
    expect(cells.length).toBeGreaterThan(40);
    for (const { source } of cells) expect(text(source.document).slice(source.start, source.end)).toBe(source.quote);
  });

  it("never compares 武隆's 城镇登记失业率 2.71% with 万州's 城镇调查失业率 5.4%", () => {
    const unemployment = rows("unemployment.");
    expect(unemployment.some((r) => r.verdict === "comparable" || r.verdict === "converted")).toBe(false);
    const registered = unemployment.find((r) => r.cells[WULONG]?.value === 2.71)!;
    expect(registered.verdict).toBe("incomparable");
    expect(registered.cells[WANZHOU]).toMatchObject({ value: 5.4, indicator: "unemployment.surveyed" });
  });

  it("converts 进出口总额 8477万元 (武隆) and 73.1亿元 (万州) to one unit", () => {
    const trade = table.rows.find((r) => r.indicator === "trade.total" && r.measure === "level")!;
    expect(trade.verdict).toBe("converted");
    expect(trade.cells[WULONG]).toMatchObject({ value: 0.8477, unit: "亿元", original: { value: 8477, unit: "万元" } });
    expect(trade.cells[WANZHOU]).toMatchObject({ value: 73.1, unit: "亿元" });
  });

  it("converts 万州's 城区空气质量优良天数 336天 with 365 days beside 武隆's 优良率 94.2%", () => {
    const air = rows("air_quality.").find((r) => r.cells[WULONG] && r.cells[WANZHOU])!;
    expect(air).toMatchObject({ indicator: "air_quality.good_days_ratio.urban", verdict: "converted" });
    expect(air.notes).toMatchObject([{ code: "restated", how: [{ kind: "days_to_ratio", value: 336, days: 365 }] }]);
    expect(air.cells[WULONG]).toMatchObject({ value: 94.2, unit: "%" });
    expect(air.cells[WANZHOU]!.value).toBeCloseTo((336 / 365) * 100, 10);
  });

  it("keeps 规上工业增加值 and 全口径工业增加值 on separate rows", () => {
    const aboveScale = table.rows.find(
      (r) => r.indicator === "value_added.industry.above_scale" && r.measure === "growth",
    )!;
    expect(aboveScale.verdict).toBe("comparable");
    const all = table.rows.find((r) => r.indicator === "value_added.industry" && r.measure === "growth");
    if (all) expect(Object.values(all.cells).every((c) => c === null || c.indicator === undefined)).toBe(true);
    for (const row of rows("value_added.industry")) {
      const ids = Object.values(row.cells).flatMap((c) => (c ? [c.indicator ?? row.indicator] : []));
      expect(new Set(ids).size).toBe(1);
    }
  });
});

describe("duibi compare on the seeds, other formats and errors", () => {
  it("prints the table with both regions' names as columns", async () => {
    const { code, stdout } = await compare("--period", "2023", "--regions", "武隆区,万州区");
    expect(code).toBe(0);
    expect(stdout.split("\n").find((l) => l.startsWith("指标"))).toMatch(/武隆区\s+万州区/);
  });

  it("compares the 2024 targets", async () => {
    const { code, stdout } = await compare("--period", "2024", "--kind", "target", "--format", "json");
    expect(code).toBe(0);
    const gdp = JSON.parse(stdout).rows.find(
      (r: { indicator: string; measure: string }) => r.indicator === "gdp" && r.measure === "growth",
    );
    expect(gdp.cells).toMatchObject({ [WULONG]: { value: 6.5 }, [WANZHOU]: { value: 7 } });
  });

  it("exits 1 for an unknown region and for a period the seeds lack", async () => {
    const unknown = await compare("--regions", "不存在区", "--period", "2023");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("不存在区");
    const missing = await compare("--period", "2030");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Periods with actual data: .*2023/);
  });
});
