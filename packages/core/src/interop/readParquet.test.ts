import { describe, expect, it } from "vitest";
import { loadSeeds } from "../io/loadSeeds.js";
import type { Dataset } from "../schema/index.js";
import { writeWithLayout } from "./__fixtures__/parquetLayout.js";
import { readParquet } from "./readParquet.js";

const seeds = loadSeeds();
// bounds only in the first rows: later row groups hold an all-null bounds column, which is not read
const observations = seeds.observations.map((o, i) => {
  if (i >= 40 || i % 3 !== 0) return o;
  const { nameAsWritten, source, alsoIn, unregistered, ...head } = o;
  const bounds = { low: o.value - 1, high: o.value + 1 };
  return {
    ...head,
    qualifier: "range" as const,
    bounds,
    nameAsWritten,
    source,
    ...(alsoIn ? { alsoIn } : {}),
    ...(unregistered ? { unregistered } : {}),
  };
});
const dataset: Dataset = { ...seeds, observations };

describe("readParquet", () => {
  it("reads every row group and page layout back as the dataset (runs used as decoded, all-null columns skipped)", async () => {
    expect(observations.some((o) => o.bounds)).toBe(true);
    for (const [groups, page] of [
      [100, 300],
      [[7, 250], 1 << 20],
      [1000, 64],
      [[1, 2, 3, 500], 200],
    ] as const) {
      const read = await readParquet(
        writeWithLayout(dataset, { rowGroupSize: groups as number | number[], pageSize: page }),
      );
      // the observations to the key order; the dataset itself keeps its parts' order (conflicts, then observations)
      expect(JSON.stringify(read.observations)).toBe(JSON.stringify(dataset.observations));
      expect(read).toEqual(dataset);
    }
  });

  it("names the bad row by its index in the file, past the first row group", async () => {
    const bad = {
      ...dataset,
      observations: dataset.observations.map((o, i) => (i === 321 ? { ...o, period: 3000 } : o)),
    };
    await expect(
      readParquet(writeWithLayout(bad, { rowGroupSize: 100, pageSize: 300 }), "bad.parquet"),
    ).rejects.toMatchObject({
      code: "invalid_dataset",
      message: expect.stringContaining("rows[321].period"),
    });
  });
});
