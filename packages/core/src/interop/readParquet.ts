import * as zlib from "node:zlib";
import { checkArgs } from "../errors/checkArgs.js";
import { duibiError, isDuibiError } from "../errors/index.js";
import type { Dataset, Observation } from "../schema/index.js";
import { DATASET_METADATA_KEY, datasetFromParts } from "./datasetMetadata.js";
import { loadOptional } from "./loadOptional.js";
import { OBSERVATION_COLUMNS, observationsFromColumns } from "./observationColumns.js";
import { type ColumnElement, decodeColumnChunk, parquetParsers, type Unsnappy } from "./parquetPages.js";

/**
 * Decompressors for the codecs hyparquet leaves to its caller, from Node's zlib: gzip and brotli
 * (DuckDB, pyarrow and Spark can write either), and zstd (Polars' default) where Node has it (22.15 on).
 */
const zstd = (zlib as unknown as Record<string, unknown>).zstdDecompressSync as
  | ((input: Uint8Array) => Uint8Array)
  | undefined;
const COMPRESSORS = {
  GZIP: (input: Uint8Array) => zlib.gunzipSync(input),
  BROTLI: (input: Uint8Array) => zlib.brotliDecompressSync(input),
  ...(typeof zstd === "function" ? { ZSTD: (input: Uint8Array) => zstd(input) } : {}),
};

/** The columns duibi reads; any other column of a file is never decoded. */
const READ_COLUMNS: ReadonlySet<string> = new Set(OBSERVATION_COLUMNS.map((c) => c.name));
/** Columns whose null means "absent": a row group where every cell is null need not be read. */
const OPTIONAL_COLUMNS: ReadonlySet<string> = new Set(OBSERVATION_COLUMNS.filter((c) => c.nullable).map((c) => c.name));

/** A decoded run of one column: the rows from `start` on, as hyparquet hands them over. */
interface Chunk {
  start: number;
  end: number;
  data: ArrayLike<unknown>;
}

/** The subset of a row group's column chunk metadata this file reads. */
interface ColumnChunkMeta {
  meta_data?: {
    type: string;
    codec: string;
    path_in_schema: string[];
    num_values: bigint;
    data_page_offset: bigint;
    dictionary_page_offset?: bigint;
    total_compressed_size: bigint;
    statistics?: { null_count?: bigint };
  };
}

/** A run of rows hyparquet reads, and the columns it reads there. */
interface Read {
  rowStart: number;
  rowEnd: number;
  columns: string[];
}

/**
 * Reads a dataset written by {@link writeParquet}, or a Parquet file in the
 * same flat layout written by DuckDB, Polars or Spark (then without regions,
 * documents or conflicts unless it kept duibi's `duibi.dataset` metadata).
 *
 * Async because it loads `hyparquet` (an optional peer dependency, pure
 * JavaScript) on first use. The column chunks writeParquet writes are decoded
 * by duibi itself (`decodeColumnChunk`, about a fifth faster on a million rows),
 * any other by hyparquet. Strings read back whole, a leading U+FEFF included.
 * Cost: O(rows).
 *
 * @param bytes - the Parquet file bytes
 * @param where - the input's name for error messages (default "Parquet file")
 * @returns the validated dataset
 * @throws DuibiError `invalid_dataset` naming the first bad row and column
 * @throws DuibiError `invalid_parquet` for bytes that are not a Parquet file, a file cut short
 *   or a codec Node cannot decompress (LZ4; zstd before Node 22.15)
 * @throws DuibiError `missing_dependency` when hyparquet is not installed (`npm install hyparquet`)
 * @example
 * const dataset = await readParquet(await readFile("seeds.parquet"));
 * dataset.version; // => 1
 */
export async function readParquet(bytes: Uint8Array, where = "Parquet file"): Promise<Dataset> {
  checkArgs({ bytes: [bytes, "bytes"], where: [where, "string"] });
  const hyparquet = await loadOptional(() => import("hyparquet"), "hyparquet", "readParquet");
  // hyparquet reads an ArrayBuffer (and never writes to it): a view of a whole buffer is read as it
  // is, any other view is copied out (a Node Buffer may share a larger pool).
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  const file = (
    whole && bytes.buffer instanceof ArrayBuffer
      ? bytes.buffer
      : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
  ) as ArrayBuffer;
  const metadata = await explained(() => hyparquet.parquetMetadata(file), where);
  const count = Number(metadata.num_rows);
  // Column by column, never a row object per observation, and the decoded runs used as they
  // come (no copy into one array per column): a million rows read in a fraction of the time.
  const chunks = new Map<string, Chunk[]>();
  const onChunk = ({
    columnName,
    columnData,
    rowStart,
  }: {
    columnName: string;
    columnData: ArrayLike<unknown>;
    rowStart: number;
  }) => {
    const list = chunks.get(columnName) ?? [];
    if (list.length === 0) chunks.set(columnName, list);
    list.push({ start: rowStart, end: Math.min(rowStart + columnData.length, count), data: columnData });
  };
  const view = new Uint8Array(file);
  const elements = flatElements(metadata.schema);
  const decode = (name: string, chunk: ColumnChunkMeta, rows: number) => {
    const element = elements.get(name);
    const meta = chunk.meta_data;
    return element === undefined || meta === undefined || meta.path_in_schema.length !== 1
      ? undefined
      : decodeColumnChunk(view, meta, element, rows, hyparquet.snappyUncompress as Unsnappy);
  };
  const plan = readPlan(metadata.row_groups, count, decode, (columnName, columnData, rowStart) =>
    onChunk({ columnName, columnData, rowStart }),
  );
  for (const { rowStart, rowEnd, columns } of plan) {
    const options = { file, metadata, rowStart, rowEnd, columns, onChunk, parsers: parquetParsers };
    await explained(() => hyparquet.parquetRead({ ...options, compressors: COMPRESSORS }), where);
  }
  const observations = observationsFromChunks(chunks, count, where);
  const stored = metadata.key_value_metadata?.find((kv) => kv.key === DATASET_METADATA_KEY)?.value;
  return datasetFromParts(observations, stored, where);
}

/** hyparquet's errors (a file cut short, a codec it cannot decompress) as `invalid_parquet` naming the file. */
async function explained<T>(read: () => T | Promise<T>, where: string): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (isDuibiError(error) || !(error instanceof Error)) throw error;
    throw duibiError("invalid_parquet", { detail: error.message }, { where });
  }
}

/**
 * The reads that cover the file. Each column chunk duibi's own decoder reads (`decode`, the layout
 * writeParquet writes) is handed to `take` at once; the rest are left to hyparquet, in runs of row
 * groups that need the same columns. An optional column (bounds, also_in, unregistered) whose
 * statistics count every cell of a row group as null is not read there at all: absent and null
 * read alike.
 */
function readPlan(
  groups: readonly { num_rows: bigint; columns: readonly ColumnChunkMeta[] }[],
  count: number,
  decode: (name: string, chunk: ColumnChunkMeta, rows: number) => ArrayLike<unknown> | undefined,
  take: (name: string, data: ArrayLike<unknown>, rowStart: number) => void,
): Read[] {
  const total = groups.reduce((sum, group) => sum + Number(group.num_rows), 0);
  // a file whose row groups do not add up to its row count: read it whole, as hyparquet plans it
  if (total !== count) return [{ rowStart: 0, rowEnd: count, columns: [...READ_COLUMNS] }];
  const reads: Read[] = [];
  let start = 0;
  for (const group of groups) {
    const rows = Number(group.num_rows);
    const columns: string[] = [];
    const seen = new Set<string>();
    for (const chunk of group.columns) {
      const meta = chunk.meta_data;
      const name = meta?.path_in_schema[0];
      if (meta === undefined || name === undefined || !READ_COLUMNS.has(name) || seen.has(name)) continue;
      seen.add(name);
      const nulls = meta.statistics?.null_count;
      const allNull = nulls !== undefined && Number(nulls) === rows && Number(meta.num_values) === rows;
      if (rows === 0 || (allNull && OPTIONAL_COLUMNS.has(name))) continue;
      const data = decode(name, chunk, rows);
      if (data === undefined) columns.push(name);
      else take(name, data, start);
    }
    const last = reads.at(-1);
    if (last !== undefined && last.rowEnd === start && last.columns.join() === columns.join()) last.rowEnd += rows;
    else if (rows > 0 && columns.length > 0) reads.push({ rowStart: start, rowEnd: start + rows, columns });
    start += rows;
  }
  return reads;
}

/** The schema's columns that are direct children of its root and have no children, by name. */
function flatElements(
  schema: readonly (ColumnElement & { name: string; num_children?: number })[],
): Map<string, ColumnElement> {
  const elements = new Map<string, ColumnElement>();
  let i = 1;
  for (let child = 0; child < (schema[0]?.num_children ?? 0) && i < schema.length; child++) {
    const element = schema[i]!;
    if (!element.num_children) elements.set(element.name, element);
    i += subtreeSize(schema, i);
  }
  return elements;
}

/** How many schema elements the element at `i` and its descendants take (depth-first order). */
function subtreeSize(schema: readonly { num_children?: number }[], i: number): number {
  let size = 1;
  for (let child = 0; child < (schema[i]?.num_children ?? 0); child++) size += subtreeSize(schema, i + size);
  return size;
}

/**
 * The observations of decoded column runs. Rows are cut into segments at every run's
 * boundary, so that in a segment each column is one run (or absent); a run starting
 * before its segment is sliced, which happens only where columns' pages end at
 * different rows.
 */
function observationsFromChunks(chunks: ReadonlyMap<string, Chunk[]>, count: number, where: string): Observation[] {
  const cuts = new Set<number>([0, count]);
  for (const list of chunks.values()) {
    list.sort((a, b) => a.start - b.start);
    for (const { start, end } of list) {
      if (start < count) cuts.add(start);
      cuts.add(end);
    }
  }
  const bounds = [...cuts].filter((cut) => cut >= 0 && cut <= count).sort((a, b) => a - b);
  const observations: Observation[] = new Array(count);
  const next = new Map<string, number>();
  for (let s = 0; s + 1 < bounds.length; s++) {
    const from = bounds[s]!;
    const to = bounds[s + 1]!;
    const columns: Record<string, ArrayLike<unknown>> = {};
    for (const [name, list] of chunks) {
      let k = next.get(name) ?? 0;
      while (k + 1 < list.length && list[k + 1]!.start <= from) k++;
      next.set(name, k);
      const chunk = list[k]!;
      if (chunk.start > from || chunk.end <= from) continue; // no run here: every cell absent
      columns[name] = chunk.start === from ? chunk.data : sliceFrom(chunk.data, from - chunk.start, to - chunk.start);
    }
    observationsFromColumns(columns, to - from, where, observations, from);
  }
  return observations;
}

function sliceFrom(data: ArrayLike<unknown>, begin: number, end: number): ArrayLike<unknown> {
  const sliceable = data as ArrayLike<unknown> & { slice?: (begin: number, end: number) => ArrayLike<unknown> };
  return typeof sliceable.slice === "function" ? sliceable.slice(begin, end) : Array.from(data).slice(begin, end);
}
