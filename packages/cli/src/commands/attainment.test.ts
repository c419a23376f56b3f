import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseCsv } from "@duibi/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../main.js";

const HEAD = (year: number) => `武隆区政府工作报告\n——${year}年1月20日在重庆市武隆区人民代表大会上\n`;
const REPORTS: Record<string, string> = {
  "wulong-2023.txt": `${HEAD(2023)}一、2022年工作回顾\n2022年，全区地区生产总值增长3.1%。\n二、2023年工作安排\n主要预期目标是：地区生产总值增长6%以上，社会消费品零售总额增长7%左右。`,
  "wulong-2024.txt": `${HEAD(2024)}一、2023年工作回顾\n2023年，全区地区生产总值增长5.5%，社会消费品零售总额增长7.2%。\n二、2024年工作安排\n主要预期目标是：地区生产总值增长6%左右。`,
};

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "duibi-attainment-cli-"));
  for (const [name, text] of Object.entries(REPORTS)) await writeFile(join(dir, name), text);
  const code = await main(["extract", ...Object.keys(REPORTS), "--out", "panel.json"], {
    stdout: { write: () => true },
    stderr: { write: () => true },
    cwd: dir,
  });
  expect(code).toBe(0);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(...argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(argv, {
    stdout: { write: (s: string) => stdout.push(s) > 0 },
    stderr: { write: (s: string) => stderr.push(s) > 0 },
    cwd: dir,
  });
  return { code, stdout: stdout.join(""), stderr: stderr.join("") };
}

describe("duibi attainment", () => {
  it("--format json prints rows and summary in the documented shape", async () => {
    const { code, stdout } = await run("attainment", "--data", "panel.json", "--indicator", "gdp", "--format", "json");
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(["rows", "summary"]);
    expect(
      json.rows.map((r: { period: number; verdict: string; gapPp: number | null }) => [r.period, r.verdict, r.gapPp]),
    ).toEqual([
      [2023, "missed", -0.5],
      [2024, "incomplete", null],
    ]);
    const first = json.rows[0];
    expect(Object.keys(first)).toEqual([
      "regionCode",
      "regionName",
      "indicator",
      "measure",
      "period",
      "target",
      "actual",
      "verdict",
      "gapPp",
    ]);
    expect(first.target).toMatchObject({ value: 6, unit: "%", qualifier: "at_least" });
    expect(first.target.source.document).toBe("wulong-2023.txt");
    expect(first.actual).toMatchObject({ value: 5.5, unit: "%", kind: "actual" });
    expect(first.actual.source.quote).toContain("5.5%");
    expect(json.summary).toEqual([{ regionCode: "500156", met: 0, missed: 1, hitRate: 0 }]);
  });

  it("the table names verdicts and gaps in Chinese", async () => {
    const { code, stdout } = await run("attainment", "--data", "panel.json");
    expect(code).toBe(0);
    expect(stdout).toContain("未完成");
    expect(stdout).toContain("完成");
    expect(stdout).toMatch(/社会消费品零售总额.*7%左右.*7\.2%.*完成.*\+0\.2/);
  });

  it("--format csv carries both sources", async () => {
    const { stdout } = await run("attainment", "--data", "panel.json", "--indicator", "gdp", "--format", "csv");
    const [header, first] = stdout.split("\n");
    expect(header).toContain("target_document");
    expect(first).toContain("wulong-2023.txt");
    expect(first).toContain("wulong-2024.txt");
    // 武隆 2023: target 6%以上, outcome 5.5%: the gap is a number, not text behind a formula guard
    const [fields, row] = parseCsv(stdout).map((r) => r.fields);
    expect(row![fields!.indexOf("gap_pp")]).toBe("-0.5");
    expect(row![fields!.indexOf("target")]).toBe("6");
  });

  it("duibi chart target-history and attainment-matrix draw the panel", async () => {
    for (const type of ["target-history", "attainment-matrix"]) {
      const { code, stderr } = await run("chart", type, "--data", "panel.json", "--out", `${type}.vl.json`);
      expect(stderr).toBe("");
      expect(code).toBe(0);
      const spec = JSON.parse(await readFile(join(dir, `${type}.vl.json`), "utf8"));
      const text = JSON.stringify(spec);
      expect(text).toContain("未完成");
      expect(text).toContain("武隆区");
    }
  });

  it("duibi report on reports of several years adds the section on targets kept and missed", async () => {
    const { code } = await run("report", "--data", "panel.json", "--out", "report");
    expect(code).toBe(0);
    const md = await readFile(join(dir, "report", "report.md"), "utf8");
    expect(md).toContain("## 历年目标完成情况");
    // the sentence is written from the numbers: 2023 6%以上 against 5.5% missed
    expect(md).toContain(
      "武隆区：2023—2024年可判定的1个地区生产总值增速目标中完成0个（0%），实际平均低于目标0.5个百分点；未完成：2023年。",
    );
    expect(md).toContain("charts/attainment-matrix.svg");
    expect(md).toContain("charts/target-history-500156.svg");
  }, 60_000);
});
