import { isUtf8 } from "node:buffer";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import * as fc from "fast-check";
import { parquetMetadata, parquetRead, snappyUncompress } from "hyparquet";
import { parquetWriteBuffer } from "hyparquet-writer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeeds } from "../io/loadSeeds.js";
import type { Dataset, Observation } from "../schema/index.js";
import { fixtureDataset } from "./__fixtures__/dataset.js";
import { writeWithLayout } from "./__fixtures__/parquetLayout.js";
import { OBSERVATION_COLUMNS } from "./observationColumns.js";
import { decodeColumnChunk, parquetParsers } from "./parquetPages.js";
import { readParquet } from "./readParquet.js";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "duibi-pages-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/**
 * Every column chunk of the file: duibi's decoding (undefined where it leaves the chunk to
 * hyparquet) beside hyparquet's, with the string parser readParquet gives it.
 */
async function bothDecodings(bytes: Uint8Array) {
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const metadata = parquetMetadata(file);
  const elements = new Map(metadata.schema.slice(1).map((element) => [element.name, element]));
  const decoded: { column: string; group: number; ours: unknown[] | undefined; theirs: unknown[] }[] = [];
  let rowStart = 0;
  for (const [group, { num_rows, columns }] of metadata.row_groups.entries()) {
    const rows = Number(num_rows);
    for (const { meta_data } of columns) {
      if (meta_data === undefined) continue;
      const column = meta_data.path_in_schema[0]!;
      const ours = decodeColumnChunk(bytes, meta_data, elements.get(column)!, rows, snappyUncompress);
      const theirs: unknown[] = [];
      await parquetRead({
        file,
        metadata,
        rowStart,
        rowEnd: rowStart + rows,
        columns: [column],
        parsers: parquetParsers,
        onChunk: ({ columnData }) => theirs.push(...Array.from(columnData as ArrayLike<unknown>)),
      });
      decoded.push({ column, group, ours: ours === undefined ? undefined : Array.from(ours), theirs });
    }
    rowStart += rows;
  }
  return decoded;
}

// The seeds, with bounds on some early rows and quotes that try the string decoding: astral
// characters, a leading byte order mark (which a decoder must keep), empty text.
const observations: Observation[] = loadSeeds().observations.map((o, i) => {
  if (i >= 60 || i % 4 !== 0) return o;
  const { nameAsWritten, source, alsoIn, unregistered, ...head } = o;
  const quotes = ["𠀀𠀁增长6.5%", "\uFEFF开头的引文", "", "a"];
  return {
    ...head,
    qualifier: "range" as const,
    bounds: { low: o.value - 1, high: o.value + 1 },
    nameAsWritten,
    source: { ...source, quote: quotes[(i / 4) % 4]! },
    ...(alsoIn ? { alsoIn } : {}),
    ...(unregistered ? { unregistered } : {}),
  };
});
const dataset: Dataset = { ...loadSeeds(), observations };

describe("decodeColumnChunk", () => {
  it("decodes every column chunk writeParquet writes, as hyparquet does, in every row group and page layout", async () => {
    for (const options of [
      {},
      { rowGroupSize: 100, pageSize: 300 },
      { rowGroupSize: 1000, pageSize: 64 },
      { rowGroupSize: 250, codec: "UNCOMPRESSED" as const },
    ]) {
      const decoded = await bothDecodings(writeWithLayout(dataset, options));
      expect(decoded.length).toBeGreaterThanOrEqual(OBSERVATION_COLUMNS.length);
      for (const { column, group, ours, theirs } of decoded) {
        expect({ column, group, ours }).toEqual({ column, group, ours: theirs });
      }
    }
  });

  it("leaves to hyparquet what it does not read: other encodings, DuckDB's pages of either version", async () => {
    const delta = await bothDecodings(
      writeWithLayout(dataset, { encodings: { period: "DELTA_BINARY_PACKED", quote: "DELTA_LENGTH_BYTE_ARRAY" } }),
    );
    expect(delta.filter((d) => d.ours === undefined).map((d) => d.column)).toEqual(["period", "quote"]);
    const ours = join(dir, "ours.parquet");
    await writeFile(ours, writeWithLayout(dataset));
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    try {
      for (const [name, options] of [
        ["v1.parquet", "FORMAT parquet"],
        ["v2.parquet", "FORMAT parquet, PARQUET_VERSION v2"],
        ["plain.parquet", "FORMAT parquet, PARQUET_VERSION v2, COMPRESSION uncompressed"],
      ] as const) {
        const theirs = join(dir, name);
        await connection.run(`COPY (SELECT * FROM '${ours}') TO '${theirs}' (${options})`);
        const bytes = await readFile(theirs);
        for (const { column, ours: read, theirs: expected } of await bothDecodings(bytes)) {
          if (read !== undefined) expect({ name, column, read }).toEqual({ name, column, read: expected });
        }
        expect((await readParquet(bytes, theirs)).observations).toEqual(observations);
      }
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });

  it("gives undefined, never an exception, for a chunk cut short or pages that do not parse", async () => {
    const bytes = writeWithLayout(fixtureDataset);
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const metadata = parquetMetadata(file);
    const { meta_data } = metadata.row_groups[0]!.columns.find((c) => c.meta_data?.path_in_schema[0] === "quote")!;
    const element = metadata.schema.find((e) => e.name === "quote")!;
    const rows = Number(metadata.row_groups[0]!.num_rows);
    const start = Number(meta_data!.data_page_offset);
    expect(decodeColumnChunk(bytes, meta_data!, element, rows, snappyUncompress)).toHaveLength(rows);
    for (const cut of [start + 3, start + 20, start + Number(meta_data!.total_compressed_size) - 1]) {
      expect(decodeColumnChunk(bytes.subarray(0, cut), meta_data!, element, rows, snappyUncompress)).toBeUndefined();
    }
    const garbled = bytes.slice();
    garbled.fill(0xff, start, start + 8);
    expect(decodeColumnChunk(garbled, meta_data!, element, rows, snappyUncompress)).toBeUndefined();
    expect(decodeColumnChunk(bytes, meta_data!, element, rows + 1, snappyUncompress)).toBeUndefined();
  });

  it("decodes UTF-8 as the Encoding Standard does, and leaves bytes that are not UTF-8 to hyparquet", () => {
    // valid text, text with one byte changed, and any bytes: overlong forms, surrogates, cut characters
    const text = fc.string({ unit: "binary", maxLength: 8 }).map((t) => new Uint8Array(Buffer.from(t)));
    const bytes = fc.oneof(
      { arbitrary: text, weight: 8 },
      fc
        .tuple(text, fc.nat(), fc.integer({ min: 0, max: 255 }))
        .map(([b, at, byte]) => (b.length === 0 ? b : b.map((v, i) => (i === at % b.length ? byte : v)))),
      fc.uint8Array({ maxLength: 6 }),
    );
    const keepBom = new TextDecoder("utf-8", { ignoreBOM: true });
    fc.assert(
      fc.property(fc.array(bytes, { minLength: 1, maxLength: 6 }), (values) => {
        const file = new Uint8Array(
          parquetWriteBuffer({
            columnData: [{ name: "text", data: values, type: "BYTE_ARRAY" }],
            codec: "UNCOMPRESSED",
          }),
        );
        const metadata = parquetMetadata(file.buffer as ArrayBuffer);
        const chunk = metadata.row_groups[0]!.columns[0]!.meta_data!;
        if (chunk.encodings.includes("RLE_DICTIONARY")) return; // the dictionary page decodes alike; see above
        const element = { repetition_type: "REQUIRED", converted_type: "UTF8" };
        const decoded = decodeColumnChunk(file, chunk, element, values.length, snappyUncompress);
        if (values.every((v) => isUtf8(v))) expect(decoded).toEqual(values.map((v) => keepBom.decode(v)));
        else expect(decoded).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });
});
