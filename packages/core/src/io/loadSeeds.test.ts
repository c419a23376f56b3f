import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { datasetFromCsv } from "./datasetFromCsv.js";
import { datasetToCsv } from "./datasetToCsv.js";
import { loadSeeds, seedsPaths } from "./loadSeeds.js";

describe("loadSeeds()", () => {
  it("reads the workspace seeds (never a stale copy in packages/core/seeds)", () => {
    const root = fileURLToPath(new URL("../../../../seeds/", import.meta.url));
    expect(seedsPaths()).toEqual({ dataset: `${root}dataset.json`, sources: `${root}sources` });
  });

  it("returns the validated 武隆 and 万州 dataset, a fresh copy on every call", () => {
    const seeds = loadSeeds();
    expect(seeds.regions.map((r) => [r.code, r.name])).toEqual(
      expect.arrayContaining([
        ["500101", "万州区"],
        ["500156", "武隆区"],
      ]),
    );
    expect(seeds.observations.length).toBeGreaterThan(200);
    seeds.observations.length = 0;
    expect(loadSeeds().observations.length).toBeGreaterThan(200);
  });
});

describe("the seeds through the long CSV", () => {
  it("datasetFromCsv(datasetToCsv(seeds), { documents }) equals the seeds", () => {
    const seeds = loadSeeds();
    expect(datasetFromCsv(datasetToCsv(seeds), { documents: seeds.documents })).toEqual(seeds);
  });
});
