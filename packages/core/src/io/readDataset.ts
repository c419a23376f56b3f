import { readFile } from "node:fs/promises";
import { duibiError } from "../errors/catalog.js";
import type { Dataset } from "../schema/dataset.js";
import type { Document } from "../schema/document.js";
import { datasetFromCsv } from "./datasetFromCsv.js";
import { parseDataset } from "./parseDataset.js";
import { stripBom } from "./stripBom.js";

/** The file formats a dataset is read from and written to. */
export type DatasetFormat = "json" | "csv";

/**
 * The format a path implies: `.csv` is CSV, anything else JSON.
 * @example
 * formatOf("out/data.CSV"); // => "csv"
 */
export function formatOf(path: string): DatasetFormat {
  return /\.csv$/i.test(path) ? "csv" : "json";
}

/**
 * Reads and validates a dataset file: JSON (as `writeDataset` writes it) or
 * the long CSV (see `datasetFromCsv`), chosen by `format` or the extension.
 *
 * @param path - the file
 * @param options.format - "json" or "csv"; default from the extension
 * @param options.documents - for CSV: documents whose metadata the CSV lacks
 * @returns the dataset
 * @throws DuibiError `file_not_found`, `file_unreadable`, `invalid_json` (with
 *   line:col), `invalid_csv` (with line) or `invalid_dataset` (with the JSON path)
 * @example
 * (await readDataset("seeds/dataset.json")).regions.map((r) => r.code); // => ["500101", "500156"]
 */
export async function readDataset(
  path: string,
  options: { format?: DatasetFormat; documents?: readonly Document[] } = {},
): Promise<Dataset> {
  const text = await readUtf8(path);
  if ((options.format ?? formatOf(path)) === "csv") {
    return datasetFromCsv(text, { where: path, ...(options.documents ? { documents: options.documents } : {}) });
  }
  return parseDataset(parseJson(text, path), path);
}

/** Reads a UTF-8 file and drops a BOM, turning fs errors into DuibiErrors. */
export async function readUtf8(path: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw duibiError("file_not_found", { path }, { cause: error });
    const detail = code === "EISDIR" ? "it is a directory" : (error as Error).message;
    throw duibiError("file_unreadable", { path, detail }, { cause: error });
  }
  return stripBom(text);
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
