import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import * as fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeeds } from "../io/index.js";
import { datasetArbitrary } from "./__fixtures__/arbitraries.js";
import { fixtureDataset } from "./__fixtures__/dataset.js";
import { readArrow } from "./readArrow.js";
import { readParquet } from "./readParquet.js";
import { writeArrow } from "./writeArrow.js";
import { writeParquet } from "./writeParquet.js";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "duibi-parquet-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function duckdb(sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    return (await connection.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

describe("writeParquet / readParquet", () => {
  it("readParquet(writeParquet(dataset)) is the dataset, conflicts and alsoIn included", async () => {
    const bytes = await writeParquet(fixtureDataset);
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe("PAR1");
    expect(await readParquet(bytes)).toEqual(fixtureDataset);
  });

  it("DuckDB reads the same table: row count, types and values", async () => {
    const file = join(dir, "fixture.parquet");
    await writeFile(file, await writeParquet(fixtureDataset));
    const [count] = await duckdb(`SELECT count(*)::INTEGER AS n FROM '${file}'`);
    expect(count?.n).toBe(fixtureDataset.observations.length);
    const rows = await duckdb(
      `SELECT region_name, indicator, period, value, bound_low, quote FROM '${file}' WHERE kind = 'target'`,
    );
    // 武隆 2024 target: 地区生产总值增长6%-6.5%
    expect(rows).toEqual([
      {
        region_name: "武隆区",
        indicator: "gdp",
        period: 2024,
        value: 6.5,
        bound_low: 6,
        quote: "地区生产总值增长6%-6.5%",
      },
    ]);
    const [trade] = await duckdb(
      `SELECT sum(value) AS total FROM '${file}' WHERE indicator = 'trade.total' AND region_code = '500101'`,
    );
    expect(trade?.total).toBe(73.1);
    const meta = await duckdb(`SELECT decode(key) AS key FROM parquet_kv_metadata('${file}')`);
    expect(meta.map((m) => m.key)).toContain("duibi.dataset");
  });

  it("readParquet reads a file DuckDB wrote (no duibi metadata): observations only", async () => {
    const ours = join(dir, "ours.parquet");
    const theirs = join(dir, "theirs.parquet");
    await writeFile(ours, await writeParquet(fixtureDataset));
    await duckdb(`COPY (SELECT * FROM '${ours}') TO '${theirs}' (FORMAT parquet)`);
    const { readFile } = await import("node:fs/promises");
    const dataset = await readParquet(await readFile(theirs), theirs);
    expect(dataset.observations).toEqual(fixtureDataset.observations);
    expect(dataset.regions).toEqual([]);
  });

  it("readParquet reads DuckDB's gzip and brotli files; a codec Node cannot decompress is invalid_parquet naming the file", async () => {
    const ours = join(dir, "codecs.parquet");
    await writeFile(ours, await writeParquet(fixtureDataset));
    const { readFile } = await import("node:fs/promises");
    const { zstdDecompressSync } = (await import("node:zlib")) as { zstdDecompressSync?: unknown };
    // zstd decompresses where Node has it (22.15 on); LZ4 nowhere
    const readable = ["gzip", "brotli", ...(typeof zstdDecompressSync === "function" ? ["zstd"] : [])];
    for (const codec of ["gzip", "brotli", "zstd", "lz4_raw"]) {
      const theirs = join(dir, `${codec}.parquet`);
      await duckdb(`COPY (SELECT * FROM '${ours}') TO '${theirs}' (FORMAT parquet, COMPRESSION ${codec})`);
      const read = readParquet(await readFile(theirs), theirs);
      if (readable.includes(codec)) {
        expect((await read).observations).toEqual(fixtureDataset.observations);
      } else {
        await expect(read).rejects.toMatchObject({
          code: "invalid_parquet",
          where: theirs,
          message: expect.stringMatching(/ZSTD|LZ4/),
          hint: expect.stringContaining("COMPRESSION snappy"),
        });
      }
    }
  });

  it("readParquet names bytes that are not Parquet, or a file cut short, as invalid_parquet", async () => {
    const bytes = await writeParquet(fixtureDataset);
    for (const bad of [new TextEncoder().encode("region_code,indicator\n500156,gdp\n"), bytes.subarray(0, 400)]) {
      await expect(readParquet(bad, "bad.parquet")).rejects.toMatchObject({
        code: "invalid_parquet",
        where: "bad.parquet",
      });
    }
  });

  it("readParquet rejects rows that break the schema, naming row and field", async () => {
    const { parquetWriteBuffer } = await import("hyparquet-writer");
    const bytes = new Uint8Array(parquetWriteBuffer({ columnData: [{ name: "region_code", data: ["5001"] }] }));
    await expect(readParquet(bytes, "bad.parquet")).rejects.toMatchObject({
      code: "invalid_dataset",
      where: "bad.parquet",
      message: expect.stringContaining("rows[0].region_code"),
    });
  });

  it("the seeds round-trip through Parquet and Arrow, and DuckDB sees every observation", async () => {
    const seeds = loadSeeds();
    const bytes = await writeParquet(seeds);
    expect(await readParquet(bytes)).toEqual(seeds);
    expect(await readArrow(await writeArrow(seeds))).toEqual(seeds);
    const file = join(dir, "seeds.parquet");
    await writeFile(file, bytes);
    const [count] = await duckdb(`SELECT count(*)::INTEGER AS n FROM '${file}'`);
    expect(count?.n).toBe(seeds.observations.length);
    // 武隆 2023: 地区生产总值增长5.5%; 万州 2023: 增长6.9% (the seeds' 2024 reports)
    const gdp = await duckdb(
      `SELECT region_code, value FROM '${file}' WHERE indicator = 'gdp' AND measure = 'growth' AND period = 2023 AND kind = 'actual' ORDER BY region_code`,
    );
    expect(gdp).toEqual([
      { region_code: "500101", value: 6.9 },
      { region_code: "500156", value: 5.5 },
    ]);
  });

  it("readParquet(writeParquet(dataset)) is the dataset for any observations (CJK, astral, empty text, extreme numbers)", async () => {
    await fc.assert(
      fc.asyncProperty(datasetArbitrary, async (dataset) => {
        expect(await readParquet(await writeParquet(dataset))).toEqual(dataset);
      }),
      { numRuns: 60 },
    );
  });
});
