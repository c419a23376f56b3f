import { ARGS, checkArgs } from "../errors/checkArgs.js";
import type { Dataset } from "../schema/index.js";
import { DATASET_METADATA_KEY, datasetMetadata } from "./datasetMetadata.js";
import { loadOptional } from "./loadOptional.js";
import { OBSERVATION_COLUMNS, observationsToColumns } from "./observationColumns.js";

const parquetType = { string: "STRING", int: "INT32", float: "DOUBLE" } as const;

/**
 * Writes a dataset as a Parquet file (snappy-compressed): the same flat
 * layout as {@link writeArrow}, one row per observation, with regions,
 * documents and conflicts as JSON in the footer's key-value metadata under
 * `duibi.dataset`. `SELECT * FROM 'seeds.parquet'` in DuckDB, or
 * `pl.read_parquet` in Polars, sees one row per observation.
 *
 * Async because it loads `hyparquet-writer` (an optional peer dependency,
 * pure JavaScript, ~0.8 MB installed with hyparquet) on first use. Cost: O(observations).
 *
 * @param dataset - the dataset to write (not modified)
 * @returns the Parquet file bytes
 * @throws DuibiError `missing_dependency` when hyparquet-writer is not installed (`npm install hyparquet-writer`)
 * @example
 * await writeFile("seeds.parquet", await writeParquet(loadSeeds()));
 */
export async function writeParquet(dataset: Dataset): Promise<Uint8Array> {
  checkArgs({
    dataset: [
      dataset,
      {
        observations: ARGS.sources,
      },
    ],
  });
  const writer = await loadOptional(() => import("hyparquet-writer"), "hyparquet-writer", "writeParquet");
  const columns = observationsToColumns(dataset.observations);
  const buffer = writer.parquetWriteBuffer({
    columnData: OBSERVATION_COLUMNS.map(({ name, type, nullable }) => ({
      name,
      data: columns[name] ?? [],
      type: parquetType[type],
      nullable,
    })),
    kvMetadata: [{ key: DATASET_METADATA_KEY, value: datasetMetadata(dataset) }],
    createdBy: "duibi",
  });
  return new Uint8Array(buffer);
}
