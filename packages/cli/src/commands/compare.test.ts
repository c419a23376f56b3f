import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ComparisonTableSchema, parseCsv } from "@duibi/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringWidth } from "../format/stringWidth.js";
import { main } from "../main.js";

/** 武隆 and 万州 facts quoted from the seed reports (built from core's align fixtures). */
const DATA = fileURLToPath(new URL("./__fixtures__/seed-facts.json", import.meta.url));

async function run(...argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(["compare", ...argv], {
    stdout: { write: (s: string) => stdout.push(s) > 0 },
    stderr: { write: (s: string) => stderr.push(s) > 0 },
    cwd: dir,
  });
  return { code, stdout: stdout.join(""), stderr: stderr.join("") };
}

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "duibi-compare-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("duibi compare --format json", () => {
  it("prints the ComparisonTable: regions, period, kind and rows with cells keyed by code", async () => {
    const { code, stdout, stderr } = await run(
      "--data",
      DATA,
      "--regions",
      "武隆区,万州区",
      "--period",
      "2023",
      "--format",
      "json",
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const table = ComparisonTableSchema.parse(JSON.parse(stdout));
    expect(table.regions).toEqual([
      { code: "500156", name: "武隆区" },
      { code: "500101", name: "万州区" },
    ]);
    expect(table).toMatchObject({ period: 2023, kind: "actual" });
    const trade = table.rows.find((r) => r.indicator === "trade.total")!;
    // JSON carries the notes as facts, not text
    expect(trade).toMatchObject({
      verdict: "converted",
      notes: [{ code: "unit_converted", from: "万元", to: "亿元" }],
    });
    expect(trade.cells["500156"]).toMatchObject({
      value: 0.8477,
      unit: "亿元",
      qualifier: "exact",
      source: { document: "001_8f9e7cf461ee1142.txt", quote: "实现进出口总额8477万元" },
    });
    expect(table.rows.find((r) => r.indicator === "fdi.actual")!.cells["500156"]).toBeNull();
  });

  it("defaults to all the dataset's regions by code, kind actual, and the only period it has", async () => {
    const { code, stdout } = await run("--data", DATA, "--format", "json", "--kind", "target");
    expect(code).toBe(0);
    const table = JSON.parse(stdout);
    expect(table.regions.map((r: { code: string }) => r.code)).toEqual(["500101", "500156"]);
    expect(table).toMatchObject({ period: 2024, kind: "target" });
  });
});

describe("duibi compare --format table|md|csv", () => {
  it("aligns columns counting CJK characters as two", async () => {
    const { code, stdout } = await run("--data", DATA, "--regions", "武隆,万州", "--period", "2023");
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    const header = lines.findIndex((l) => l.startsWith("指标"));
    const rule = lines[header + 1]!;
    const gdpLine = lines.find((l) => l.startsWith("地区生产总值") && l.includes("增速"))!;
    // the region columns end at the same display column in the header and in every row
    const end = stringWidth(lines[header]!.slice(0, lines[header]!.indexOf("万州区") + 3));
    expect(stringWidth(gdpLine.slice(0, gdpLine.indexOf("6.9%") + 4))).toBe(end);
    expect(rule).toMatch(/^-+( {2}-+)+$/);
    expect(stdout).toContain("0.8477亿元 (8477万元)");
    expect(stdout).toContain("92.05% (336天)");
    expect(stdout).toContain("城镇登记失业率 / 城镇调查失业率");
    expect(stdout).toContain("不可比");
  });

  it("prints a GitHub Markdown table", async () => {
    const { stdout } = await run("--data", DATA, "--period", "2023", "--format", "md");
    const lines = stdout.split("\n");
    expect(lines).toContain("| 指标 | 度量 | 万州区 | 武隆区 | 可比性 | 说明 |");
    expect(lines).toContain("| --- | --- | ---: | ---: | --- | --- |");
  });

  it("prints one CSV row per row × region, with the source", async () => {
    const { stdout } = await run("--data", DATA, "--period", "2023", "--format", "csv");
    const [header, ...rows] = parseCsv(stdout).map((r) => r.fields);
    expect(header!.slice(0, 6)).toEqual(["indicator", "measure", "verdict", "note", "region_code", "region_name"]);
    const json = JSON.parse((await run("--data", DATA, "--period", "2023", "--format", "json")).stdout);
    expect(rows).toHaveLength(json.rows.length * 2);
    const wulongTrade = rows.find((r) => r[0] === "trade.total" && r[4] === "500156")!;
    expect(wulongTrade.slice(6, 8)).toEqual(["0.8477", "亿元"]);
    expect(wulongTrade.at(-1)).toBe("实现进出口总额8477万元");
    expect(wulongTrade[3]).toBe("万元→亿元");
  });

  it("labels in English with --lang en", async () => {
    const { stdout } = await run("--data", DATA, "--period", "2023", "--lang", "en");
    expect(stdout).toContain("indicator");
    expect(stdout).toContain("Total imports and exports");
    expect(stdout).toContain("10k yuan → 100m yuan");
    expect(stdout).not.toContain("万元→亿元");
  });
});

describe("duibi compare on bad input", () => {
  it("exits 1 naming an unknown region, where and how to fix", async () => {
    const { code, stdout, stderr } = await run("--data", DATA, "--regions", "武隆区,不存在区", "--period", "2023");
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain('Unknown region "不存在区"');
    expect(stderr).toContain("where: --regions");
    expect(stderr).toContain("hint:");
    expect(stderr).not.toContain("    at ");
  });

  it("exits 2 for a malformed period, before reading anything", async () => {
    const { code, stderr } = await run("--data", "missing.json", "--period", "20x3");
    expect(code).toBe(2);
    expect(stderr).toContain('--period must be a four-digit year, got "20x3"');
  });

  it("exits 2 for an unknown kind or format", async () => {
    expect((await run("--data", DATA, "--kind", "forecast")).code).toBe(2);
    expect((await run("--data", DATA, "--format", "xlsx")).stderr).toContain(
      "--format must be one of table, json, csv, md",
    );
  });

  it("exits 1 for a period the dataset lacks, listing those it has", async () => {
    const { code, stderr } = await run("--data", DATA, "--period", "2019");
    expect(code).toBe(1);
    expect(stderr).toContain("no actual observations for 2019");
    expect(stderr).toContain("Periods with actual data: 2023.");
  });

  it("exits 2 when --period is needed to choose among the dataset's periods", async () => {
    const data = JSON.parse(await readFile(DATA, "utf8"));
    data.observations[0].period = 2022;
    const path = join(dir, "two-periods.json");
    await writeFile(path, JSON.stringify(data));
    const { code, stderr } = await run("--data", "two-periods.json");
    expect(code).toBe(2);
    expect(stderr).toContain("--period is required: the dataset has actual figures for 2022, 2023");
  });

  it("exits 1 for a dataset failing the schema, naming the JSON path", async () => {
    const data = JSON.parse(await readFile(DATA, "utf8"));
    data.observations[3].unit = 7;
    await writeFile(join(dir, "broken.json"), JSON.stringify(data));
    const { code, stderr } = await run("--data", "broken.json", "--period", "2023");
    expect(code).toBe(1);
    expect(stderr).toContain("observations[3].unit: Invalid input: expected string, received number");
    expect(stderr).toContain(`where: ${join(dir, "broken.json")} at observations[3].unit`);
  });

  it("exits 1 for a missing --data file, and for invalid JSON with line:col", async () => {
    expect((await run("--data", "nope.json", "--period", "2023")).stderr).toContain("File not found");
    await writeFile(join(dir, "bad.json"), '{\n  "version": 1,,\n}');
    const { code, stderr } = await run("--data", "bad.json", "--period", "2023");
    expect(code).toBe(1);
    expect(stderr).toContain(`where: ${join(dir, "bad.json")}:2:16`);
  });

  it("reads a long CSV dataset", async () => {
    const { writeDataset, readDataset } = await import("@duibi/core");
    await writeDataset(await readDataset(DATA), join(dir, "d.csv"));
    const { code, stdout } = await run("--data", "d.csv", "--period", "2023", "--format", "json");
    expect(code).toBe(0);
    expect(JSON.parse(stdout).rows.length).toBeGreaterThan(5);
  });
});
