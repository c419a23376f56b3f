import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { duibiError } from "../errors/catalog.js";
import { checkArgs } from "../errors/checkArgs.js";
import { isDuibiError } from "../errors/DuibiError.js";
import { readParquet } from "../interop/readParquet.js";
import type { Dataset } from "../schema/dataset.js";
import type { Document } from "../schema/document.js";
import { datasetFromCsv } from "./datasetFromCsv.js";
import { parseDataset } from "./parseDataset.js";
import { decodeText } from "./readText.js";

/** The file formats a dataset is read from and written to. */
export type DatasetFormat = "json" | "csv" | "parquet";

/**
 * The format a path implies: `.csv` is CSV, `.parquet` Parquet, anything else JSON.
 * @example
 * formatOf("out/data.CSV"); // => "csv"
 */
export function formatOf(path: string): DatasetFormat {
  checkArgs({ path: [path, "string"] });
  if (/\.csv$/i.test(path)) return "csv";
  return /\.parquet$/i.test(path) ? "parquet" : "json";
}

/**
 * Reads and validates a dataset file: JSON (as `writeDataset` writes it), the
 * long CSV (see `datasetFromCsv`) or Parquet (see `readParquet`; the fast path for
 * large datasets, needs `hyparquet`), chosen by `format` or the extension.
 *
 * @param path - the file
 * @param options.format - "json", "csv" or "parquet"; default from the extension
 * @param options.documents - for CSV: documents whose metadata the CSV lacks
 * @returns the dataset
 * @throws DuibiError `file_not_found`, `file_unreadable`, `invalid_json` (with
 *   line:col), `invalid_csv` (with line), `invalid_parquet` (not Parquet, cut short, a codec
 *   Node cannot decompress), `invalid_dataset` (with the JSON path or the Parquet row),
 *   `missing_dependency` (Parquet without hyparquet)
 * @example
 * (await readDataset("seeds/dataset.json")).regions.map((r) => r.code); // => ["500101", "500156"]
 */
export async function readDataset(
  path: string,
  options: { format?: DatasetFormat; documents?: readonly Document[] } = {},
): Promise<Dataset> {
  checkArgs({ path: [path, "string"], options: [options, { "format?": "string", "documents?": "object[]" }] });
  const format = options.format ?? formatOf(path);
  if (format === "parquet") return readParquet(await readBytes(path), path);
  const text = await readUtf8(path);
  if (format === "csv") {
    return datasetFromCsv(text, { where: path, ...(options.documents ? { documents: options.documents } : {}) });
  }
  return parseDataset(parseJson(text, path), path);
}

/**
 * Largest dataset file {@link readDataset} reads: 500 MB. Past about 512 MB the text
 * no longer fits in one JavaScript string, and a million observations take well under this.
 */
export const MAX_DATASET_BYTES = 500 * 1024 * 1024;

/**
 * Reads a dataset file's text as report texts are read (`decodeText`): UTF-8 with a
 * fatal decoder (BOM dropped), else GB18030/GBK, which spreadsheet programs on Chinese
 * systems still save CSV in; never UTF-8 with replacement characters, which would turn
 * 亿元 and 万元 into the same garbage. Turns fs errors into DuibiErrors.
 * @param path - the file
 * @param limit - refuse files larger than this many bytes; default {@link MAX_DATASET_BYTES}
 * @returns the text
 * @throws DuibiError `file_too_large` naming the limit, `file_not_found`, `file_unreadable`,
 *   `file_empty`, `file_binary`, `file_encoding` (neither UTF-8 nor GB18030)
 * @example
 * (await readUtf8("seeds/dataset.json")).startsWith("{"); // => true
 */
export async function readUtf8(path: string, limit = MAX_DATASET_BYTES): Promise<string> {
  checkArgs({ path: [path, "string"], limit: [limit, "number"] });
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    const fix = "Split the dataset by region or year, or keep it in CSV and filter it before loading.";
    if (info.size > limit) throw duibiError("file_too_large", { path, size: info.size, limit, fix }, { where: path });
    // A pipe or device reports size 0: read it in chunks and stop at the limit.
    bytes = info.isFile() ? await readFile(path) : await readCapped(path, limit, fix);
  } catch (error) {
    throw readFailure(error, path);
  }
  return decodeText(bytes, path).text;
}

/** An fs error as the DuibiError that names the path (a DuibiError passes through). */
function readFailure(error: unknown, path: string): unknown {
  if (isDuibiError(error)) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return duibiError("file_not_found", { path }, { cause: error });
  const detail = code === "EISDIR" ? "it is a directory" : (error as Error).message;
  return duibiError("file_unreadable", { path, detail }, { cause: error });
}

/** The bytes of a dataset file (Parquet), within {@link MAX_DATASET_BYTES}, with fs errors as DuibiErrors. */
async function readBytes(path: string): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    const fix = "Split the dataset by region or year.";
    if (info.size > MAX_DATASET_BYTES) {
      throw duibiError("file_too_large", { path, size: info.size, limit: MAX_DATASET_BYTES, fix }, { where: path });
    }
    return await readFile(path);
  } catch (error) {
    throw readFailure(error, path);
  }
}

async function readCapped(path: string, limit: number, fix: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      throw duibiError("file_too_large", { path, size: `more than ${limit}`, limit, fix }, { where: path });
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * `JSON.parse` whose error names the line and column.
 *
 * @param text - JSON text
 * @param where - the file name, for the error
 * @returns the parsed value
 * @throws DuibiError `invalid_json` with `where` = `file:line:col`
 * @example
 * parseJson('{"a": 1,}', "x.json"); // throws invalid_json, where "x.json:1:9"
 */
export function parseJson(text: string, where = "json"): unknown {
  checkArgs({ text: [text, "string"], where: [where, "string"] });
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const offset = errorOffset(message, text);
    const { line, column } = lineColumn(text, offset);
    const detail = message
      .replace(/\s*in JSON at position \d+.*$/s, "")
      .replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, "");
    throw duibiError("invalid_json", { detail }, { where: `${where}:${line}:${column}`, cause: error });
  }
}

/**
 * Where V8's JSON.parse message says the error is. It gives "at position N"
 * for most errors; for an unexpected token it quotes the text around it
 * instead; for a truncated file it says nothing (the end is the place).
 */
function errorOffset(message: string, text: string): number {
  const position = /position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const token = /^Unexpected token '(.+?)', (?:\.\.\.)?"(.*?)"(?:\.\.\.)? is not valid JSON$/s.exec(message);
  if (token) {
    const at = text.indexOf(token[2]!);
    const within = token[2]!.indexOf(token[1]!);
    if (at >= 0 && within >= 0) return at + within;
  }
  return text.length;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === "\n") {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
