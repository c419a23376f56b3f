import { parquetWriteBuffer } from "hyparquet-writer";
import type { Dataset } from "../../schema/index.js";
import { DATASET_METADATA_KEY, datasetMetadata } from "../datasetMetadata.js";
import { OBSERVATION_COLUMNS, observationsToColumns } from "../observationColumns.js";

const parquetType = { string: "STRING", int: "INT32", float: "DOUBLE" } as const;

/** How a test wants the file laid out: row groups, pages, codec, an encoding per column. */
export interface ParquetLayout {
  rowGroupSize?: number | number[];
  pageSize?: number;
  codec?: "SNAPPY" | "UNCOMPRESSED";
  encodings?: Readonly<Record<string, "DELTA_BINARY_PACKED" | "DELTA_LENGTH_BYTE_ARRAY">>;
}

/**
 * writeParquet's layout (its columns, types and metadata) with the row groups, pages, codec and
 * encodings asked for: small groups and pages make columns' pages end at different rows.
 */
export function writeWithLayout(dataset: Dataset, { encodings = {}, ...options }: ParquetLayout = {}): Uint8Array {
  const columns = observationsToColumns(dataset.observations);
  const buffer = parquetWriteBuffer({
    columnData: OBSERVATION_COLUMNS.map(({ name, type, nullable }) => ({
      name,
      data: columns[name] ?? [],
      type: parquetType[type],
      nullable,
      ...(encodings[name] === undefined ? {} : { encoding: encodings[name] }),
    })),
    kvMetadata: [{ key: DATASET_METADATA_KEY, value: datasetMetadata(dataset) }],
    ...options,
  });
  return new Uint8Array(buffer);
}
