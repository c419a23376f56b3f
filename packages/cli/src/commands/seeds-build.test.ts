import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { serializeDataset } from "@duibi/core";
import { describe, expect, it } from "vitest";
import { main } from "../main.js";
import { buildSeeds } from "./seeds-build.js";

const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
const SEEDS = fileURLToPath(new URL("../../../../seeds/", import.meta.url));

async function run(...argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(["seeds-build", ...argv], {
    stdout: { write: (s: string) => stdout.push(s) > 0 },
    stderr: { write: (s: string) => stderr.push(s) > 0 },
    cwd: ROOT,
  });
  return { code, stdout: stdout.join(""), stderr: stderr.join("") };
}

describe("duibi seeds-build", () => {
  it("regenerates exactly the committed seeds/dataset.json", async () => {
    const { dataset } = await buildSeeds(SEEDS);
    expect(serializeDataset(dataset, "json")).toBe(await readFile(`${SEEDS}dataset.json`, "utf8"));
  });

  it("--check passes on the committed file and writes nothing", async () => {
    const { code, stdout } = await run("--check");
    expect(code).toBe(0);
    expect(stdout).toContain("up to date");
  });

  it("gives each district at least 100 observations and the facts the comparison relies on", async () => {
    const { dataset } = await buildSeeds(SEEDS);
    const count = (code: string) => dataset.observations.filter((o) => o.regionCode === code).length;
    expect(count("500156")).toBeGreaterThanOrEqual(100);
    expect(count("500101")).toBeGreaterThanOrEqual(100);
    const fact = (code: string, indicator: string, measure: string, period: number) =>
      dataset.observations
        .filter(
          (o) => o.regionCode === code && o.indicator === indicator && o.measure === measure && o.period === period,
        )
        .map((o) => `${o.value}${o.unit}`);
    expect(fact("500156", "gdp", "growth", 2023)).toEqual(["5.5%"]);
    expect(fact("500156", "gdp", "growth", 2024)).toEqual(["6.5%"]);
    expect(fact("500101", "gdp", "growth", 2023)).toEqual(["6.9%"]);
    expect(fact("500101", "gdp", "growth", 2024)).toEqual(["7%"]);
    expect(fact("500156", "unemployment.registered", "rate", 2023)).toEqual(["2.71%"]);
    expect(fact("500101", "unemployment.surveyed", "rate", 2023)).toEqual(["5.4%"]);
    expect(fact("500156", "trade.total", "level", 2023)).toEqual(["8477万元"]);
    expect(fact("500101", "trade.total", "level", 2023)).toEqual(["73.1亿元"]);
    expect(fact("500156", "air_quality.good_days_ratio.urban", "rate", 2023)).toEqual(["94.2%"]);
    expect(fact("500101", "air_quality.good_days.urban", "level", 2023)).toEqual(["336天"]);
  });

  it("merges the gazette's targets into 武隆's report as further sources", async () => {
    const { dataset } = await buildSeeds(SEEDS);
    const target = dataset.observations.find(
      (o) => o.regionCode === "500156" && o.indicator === "value_added.industry.above_scale" && o.period === 2024,
    );
    expect(target?.alsoIn?.map((s) => s.document)).toContain("003_ef7b3d82409e665a.txt");
    expect(dataset.conflicts).toEqual([]);
  });
});
