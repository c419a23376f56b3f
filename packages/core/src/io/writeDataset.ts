import { checkArgs } from "../errors/checkArgs.js";
import { writeParquet } from "../interop/writeParquet.js";
import type { Dataset } from "../schema/dataset.js";
import { datasetToCsv } from "./datasetToCsv.js";
import { parseDataset } from "./parseDataset.js";
import { type DatasetFormat, formatOf } from "./readDataset.js";
import { writeAtomic } from "./writeAtomic.js";

/**
 * The text `writeDataset` writes: validated JSON with keys in schema order,
 * two-space indent and a final newline, or the long CSV. Same dataset, same bytes.
 *
 * @param dataset - the dataset
 * @param format - "json" or "csv"
 * @returns the file text
 * @throws DuibiError `invalid_dataset` when the dataset breaks the schema
 * @example
 * serializeDataset(loadSeeds(), "json").startsWith('{\n  "version": 1,'); // => true
 */
export function serializeDataset(dataset: Dataset, format: Exclude<DatasetFormat, "parquet">): string {
  checkArgs({ dataset: [dataset, "readable"], format: [format, "string"] });
  // parsing puts keys in schema order and drops stray ones, so output is canonical
  const valid = parseDataset(dataset);
  return format === "csv" ? datasetToCsv(valid) : `${JSON.stringify(valid, null, 2)}\n`;
}

/**
 * Writes a dataset atomically with `writeAtomic`: to a temporary file in the same folder,
 * then renamed over `path`, so a reader never sees half a file.
 *
 * @param dataset - the dataset (validated first)
 * @param path - the file to write; its folder must exist
 * @param options.format - "json", "csv" or "parquet" (needs `hyparquet-writer`); default from the extension
 * @returns when the file is in place
 * @throws DuibiError `invalid_dataset`, `file_unwritable` when the folder is missing or not writable,
 *   `missing_dependency` (Parquet without hyparquet-writer)
 * @example
 * await writeDataset(loadSeeds(), "out/seeds.csv"); // the long CSV
 */
export async function writeDataset(
  dataset: Dataset,
  path: string,
  options: { format?: DatasetFormat } = {},
): Promise<void> {
  checkArgs({ dataset: [dataset, "readable"], path: [path, "string"], options: [options, { "format?": "string" }] });
  const format = options.format ?? formatOf(path);
  const text = format === "parquet" ? await writeParquet(parseDataset(dataset)) : serializeDataset(dataset, format);
  await writeAtomic(path, text); // a file replaced whole; a device or FIFO written through
}
