import { checkArgs } from "../errors/checkArgs.js";
import type { Dataset } from "../schema/index.js";
import { DATASET_METADATA_KEY, datasetFromParts } from "./datasetMetadata.js";
import { loadOptional } from "./loadOptional.js";
import { observationsFromRows } from "./observationColumns.js";

/**
 * Reads a dataset written by {@link writeArrow} (IPC file or stream format).
 * A table written by another tool in the same flat layout reads too; without
 * duibi's metadata it has no regions, documents or conflicts.
 *
 * Async because it loads `apache-arrow` (an optional peer dependency) on first
 * use. Cost: O(rows).
 *
 * @param bytes - Arrow IPC bytes
 * @param where - the input's name for error messages (default "Arrow table")
 * @returns the validated dataset
 * @throws DuibiError `invalid_dataset` naming the first bad row and column
 * @throws DuibiError `missing_dependency` when apache-arrow is not installed (`npm install apache-arrow`)
 * @example
 * const dataset = await readArrow(await readFile("seeds.arrow"));
 * dataset.version; // => 1
 */
export async function readArrow(bytes: Uint8Array, where = "Arrow table"): Promise<Dataset> {
  checkArgs({ bytes: [bytes, "bytes"], where: [where, "string"] });
  const arrow = await loadOptional(() => import("apache-arrow"), "apache-arrow", "readArrow");
  const table = arrow.tableFromIPC(bytes);
  const rows = table.toArray().map((row) => ({ ...(row.toJSON() as Record<string, unknown>) }));
  return datasetFromParts(observationsFromRows(rows, where), table.schema.metadata.get(DATASET_METADATA_KEY), where);
}
