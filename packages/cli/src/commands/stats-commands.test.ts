import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Dataset, getRegion } from "@duibi/core";
import type { AmbitionResult } from "@duibi/stats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { observation as obs } from "../../../stats/src/__fixtures__/observations.js";
import { main } from "../main.js";
import { ambitionCsv, ambitionTable } from "./ambition.js";

/** Figures the 2024 reports of 武隆 (001) and 万州 (004) state. */
const dataset: Dataset = {
  version: 1,
  regions: ["500101", "500156"].map((code) => getRegion(code)).filter((r) => r !== undefined),
  documents: [],
  conflicts: [],
  observations: [
    obs("500101", "gdp", "growth", 2023, "actual", 6.9),
    obs("500101", "gdp", "level", 2023, "actual", 1179.4),
    obs("500101", "gdp", "growth", 2024, "target", 7, { qualifier: "about" }),
    obs("500101", "unemployment.surveyed", "rate", 2023, "actual", 5.4),
    obs("500156", "gdp", "growth", 2023, "actual", 5.5),
    obs("500156", "gdp", "level", 2023, "actual", 273.46),
    obs("500156", "gdp", "growth", 2024, "target", 6.5, { qualifier: "about" }),
    obs("500156", "unemployment.registered", "rate", 2023, "actual", 2.71),
  ],
};

let dir = "";
let data = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "duibi-stats-cli-"));
  data = join(dir, "dataset.json");
  await writeFile(data, JSON.stringify(dataset));
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

describe("duibi rank", () => {
  it("--format json: GDP growth 万州 6.9% first, 武隆 5.5% second; unemployment variants not ranked", async () => {
    const { code, stdout, stderr } = await run(
      "rank",
      "--data",
      "dataset.json",
      "--period",
      "2023",
      "--format",
      "json",
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ method: "competition", period: 2023, kind: "actual" });
    const growth = result.rows.find(
      (r: { indicator: string; measure: string }) => r.indicator === "gdp" && r.measure === "growth",
    );
    expect(growth).toMatchObject({ n: 2, direction: "higher", ranks: { "500101": 1, "500156": 2 } });
    expect(result.skipped.map((s: { indicator: string }) => s.indicator)).toContain("unemployment.registered");
  });

  it("--format table, md and csv; --method and --missing", async () => {
    const table = await run("rank", "--data", data, "--period", "2023", "--lang", "en");
    expect(table.code).toBe(0);
    expect(table.stdout).toContain("Ranks on actual figures for 2023 (competition)");
    expect(table.stdout).toMatch(/1\/2/);
    const md = await run("rank", "--data", data, "--period", "2023", "--format", "md", "--method", "dense");
    expect(md.stdout).toContain("| 指标 |");
    const csv = await run("rank", "--data", data, "--period", "2023", "--format", "csv", "--missing", "last");
    expect(csv.stdout.split("\r\n")[0]).toBe("indicator,measure,direction,n,region_code,region_name,rank");
  });

  it("rejects an unknown method with exit 2", async () => {
    const { code, stderr } = await run("rank", "--data", data, "--period", "2023", "--method", "min");
    expect(code).toBe(2);
    expect(stderr).toContain("--method must be one of competition, dense, average, ordinal");
  });
});

describe("duibi gaps", () => {
  it("--reference 万州区 --format json: GDP growth 武隆 − 万州 = −1.4 个百分点", async () => {
    const { code, stdout } = await run(
      "gaps",
      "--data",
      data,
      "--period",
      "2023",
      "--reference",
      "万州区",
      "--format",
      "json",
    );
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.reference).toEqual({ kind: "region", code: "500101", name: "万州区" });
    const growth = result.rows.find(
      (r: { indicator: string; measure: string }) => r.indicator === "gdp" && r.measure === "growth",
    );
    expect(growth.cells["500156"]).toEqual({ gap: -1.4, unit: "个百分点", ratio: null, value: 5.5 });
    const level = result.rows.find(
      (r: { indicator: string; measure: string }) => r.indicator === "gdp" && r.measure === "level",
    );
    expect(level.cells["500156"]).toMatchObject({ gap: -905.94, unit: "亿元" });
  });

  it("defaults to the second of two regions; the median needs three and says so; prints text, md and csv", async () => {
    const text = await run("gaps", "--data", data, "--period", "2023", "--regions", "武隆区,万州区");
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("与万州区的差距");
    // 2023 GDP growth: 武隆 5.5% − 万州 6.9% (the 2024 reports), with a true minus as the report writes it
    expect(text.stdout).toContain("−1.4个百分点");
    // an incomparable row is skipped for its notes' reason, in the table's language
    expect(text.stdout).toContain("不可比: 登记失业率与调查失业率口径不同");
    const en = await run("gaps", "--data", data, "--period", "2023", "--lang", "en");
    expect(en.stdout).toContain(
      "different definitions: Registered urban unemployment rate vs Surveyed urban unemployment rate",
    );
    const median = await run("gaps", "--data", data, "--period", "2023", "--reference", "median");
    expect(median.stdout).toContain("仅2个地区有数值，至少需要3个");
    const csv = await run("gaps", "--data", data, "--period", "2023", "--reference", "median", "--format", "csv");
    expect(csv.stdout.split("\r\n")[0]).toBe(
      "indicator,measure,verdict,region_code,region_name,value,reference,gap,unit,ratio,skipped",
    );
    expect(csv.stdout).toContain(",too_few_values");
  });

  it("a reference outside the table exits 1 with a hint", async () => {
    const { code, stderr } = await run("gaps", "--data", data, "--period", "2023", "--reference", "涪陵区");
    expect(code).toBe(1);
    expect(stderr).toContain("reference");
  });
});

describe("duibi ambition", () => {
  it("--year 2024 --format json: 武隆 6.5 − 5.5 = +1.0, 万州 7 − 6.9 = +0.1", async () => {
    const { code, stdout, stderr } = await run("ambition", "--data", data, "--year", "2024", "--format", "json");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.year).toBe(2024);
    expect(
      result.rows.map((r: { regionCode: string; target: number; actual: number; ambitionPp: number }) => [
        r.regionCode,
        r.target,
        r.actual,
        r.ambitionPp,
      ]),
    ).toEqual([
      ["500101", 7, 6.9, 0.1],
      ["500156", 6.5, 5.5, 1],
    ]);
  });

  it("without --year uses the latest target year; --regions narrows; table output", async () => {
    const { code, stdout } = await run("ambition", "--data", data, "--regions", "武隆");
    expect(code).toBe(0);
    expect(stdout).toContain("2024年目标增速");
    expect(stdout).toContain("+1");
    expect(stdout).not.toContain("万州区");
  });

  it("words the target notes in the table's language", () => {
    const source = { document: "001.txt", start: 0, end: 1, quote: "x" };
    const result: AmbitionResult = {
      year: 2024,
      rows: [
        {
          regionCode: "500156",
          regionName: "武隆区",
          indicator: "investment.fixed_assets",
          measure: "growth",
          target: 10,
          actual: 6,
          actualKind: "estimate",
          actualQualifier: "exact",
          ambitionPp: 4,
          bound: "at_least",
          differencePp: 4,
          qualifier: "at_least",
          label: "floor",
          notes: [{ code: "floor" }, { code: "estimate_baseline", year: 2023 }],
          targetSource: source,
          actualSource: source,
        },
      ],
    };
    expect(ambitionTable(result, "zh").rows[0]?.note).toBe("目标为下限（以上）：进取程度至少如此；2023年基数为预计数");
    expect(ambitionTable(result, "en").rows[0]?.note).toBe(
      "the target is a floor (or more): the ambition is at least this; 2023 baseline is the estimate",
    );
    expect(ambitionCsv(result).rows[0]?.note).toBe(ambitionTable(result, "en").rows[0]?.note);
  });

  it("rejects a malformed year with exit 2", async () => {
    const { code } = await run("ambition", "--data", data, "--year", "24");
    expect(code).toBe(2);
  });
});
