import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadSeeds, readDataset } from "@duibi/core";
import { describe, expect, it } from "vitest";
import {
  alignSelection,
  dataPaths,
  loadDataset,
  parseFormat,
  parseKind,
  parseLang,
  resolvePeriod,
  select,
} from "./selectors.js";
import { UsageError } from "./usage.js";

const DATA = fileURLToPath(new URL("./commands/__fixtures__/seed-facts.json", import.meta.url));

describe("selectors", () => {
  it("parseKind, parseFormat and parseLang default and reject with a UsageError", () => {
    expect(parseKind(undefined)).toBe("actual");
    expect(parseFormat(undefined)).toBe("table");
    expect(parseFormat(undefined, ["json", "csv"])).toBe("json");
    expect(parseLang(undefined)).toBe("zh");
    expect(() => parseKind("forecast")).toThrow(UsageError);
    expect(() => parseFormat("md", ["json"])).toThrow("--format must be one of json");
    expect(() => parseLang("fr")).toThrow(UsageError);
  });

  it("resolvePeriod takes --period, else the kind's only period", async () => {
    const dataset = await readDataset(DATA);
    expect(resolvePeriod(dataset, "actual", "2021")).toBe(2021);
    expect(resolvePeriod(dataset, "actual", undefined)).toBe(2023);
    expect(resolvePeriod(dataset, "target", undefined)).toBe(2024);
    expect(() => resolvePeriod(dataset, "estimate", undefined)).toThrow(
      expect.objectContaining({ code: "missing_period" }),
    );
    expect(() => resolvePeriod(dataset, "actual", "23")).toThrow(UsageError);
  });

  it("select reads --data relative to cwd; alignSelection reports a bad region at --regions", async () => {
    const selection = await select(
      { data: "seed-facts.json", regions: "武隆、不存在区" },
      fileURLToPath(new URL("./commands/__fixtures__/", import.meta.url)),
    );
    expect(selection).toMatchObject({
      regions: ["武隆", "不存在区"],
      period: 2023,
      kind: "actual",
      format: "table",
      lang: "zh",
    });
    expect(() => alignSelection(selection)).toThrow(
      expect.objectContaining({ code: "unknown_region", where: "--regions" }),
    );
  });
});

describe("loadDataset(data, cwd)", () => {
  it("merges several --data files and the word seeds into one dataset", async () => {
    const dir = await mkdtemp(join(tmpdir(), "duibi-data-"));
    const seeds = loadSeeds();
    // A third district: 武隆's 2023 GDP facts restated as 涪陵区 (500102), in the extract output shape.
    const third = seeds.observations
      .filter((o) => o.regionCode === "500156" && o.indicator === "gdp" && o.period === 2023)
      .map((o) => ({ ...o, regionCode: "500102", regionName: "涪陵区" }));
    await writeFile(join(dir, "fuling.json"), JSON.stringify({ documents: [], observations: third, unmapped: [] }));

    const merged = await loadDataset("seeds, fuling.json", dir);
    expect(merged.regions.map((r) => r.code)).toEqual(["500101", "500102", "500156"]);
    expect(merged.observations).toHaveLength(seeds.observations.length + third.length);
    expect(dataPaths("seeds, fuling.json", dir)).toEqual(["seeds", join(dir, "fuling.json")]);
  });

  it("reads the seeds without --data and rejects an empty list", async () => {
    expect((await loadDataset(undefined, process.cwd())).regions.map((r) => r.name)).toEqual(["万州区", "武隆区"]);
    await expect(loadDataset(" , ", process.cwd())).rejects.toThrow(UsageError);
  });
});
