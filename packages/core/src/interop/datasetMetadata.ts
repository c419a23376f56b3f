import { duibiError } from "../errors/index.js";
import { type Dataset, DatasetSchema, type Observation } from "../schema/index.js";
import { checkedMetadata } from "./checkedMetadata.js";
import { invalidDataset } from "./invalidDataset.js";

/** Key of the file-level metadata entry that carries what is not one row per observation. */
export const DATASET_METADATA_KEY = "duibi.dataset";

const MetadataSchema = DatasetSchema.omit({ observations: true });

/**
 * The dataset minus its observations (version, regions, documents, conflicts)
 * as JSON, stored in an Arrow schema's or a Parquet footer's key-value
 * metadata so that the row table stays a plain observation table.
 *
 * @param dataset - the dataset being written
 * @returns a JSON string with fixed key order
 * @example
 * JSON.parse(datasetMetadata(dataset)).version; // => 1
 */
export function datasetMetadata(dataset: Dataset): string {
  const { version, regions, documents, conflicts } = dataset;
  return JSON.stringify({ version, regions, documents, conflicts });
}

/**
 * Joins observations read from rows with the metadata written by
 * {@link datasetMetadata} and validates the result. A file written by another
 * tool (no duibi metadata) yields a dataset with no regions, documents or
 * conflicts: the observations alone still align.
 *
 * @param observations - validated observations, in row order (conflicts index into it)
 * @param metadata - the stored JSON, or undefined when the file has none
 * @param where - the input's name for error messages
 * @returns the dataset
 * @throws DuibiError `invalid_dataset` when the metadata is not valid JSON or does not match the schema
 * @example
 * datasetFromParts(observations, undefined, "x.parquet").regions; // => []
 */
export function datasetFromParts(observations: Observation[], metadata: string | undefined, where: string): Dataset {
  if (metadata === undefined) return { version: 1, regions: [], documents: [], conflicts: [], observations };
  let parsed: unknown;
  try {
    parsed = JSON.parse(metadata);
  } catch {
    throw duibiError("invalid_dataset", { detail: `metadata "${DATASET_METADATA_KEY}" is not JSON` }, { where });
  }
  // the schema parses only metadata that fails the check by hand, for its error
  let metadataChecked = checkedMetadata(parsed);
  if (metadataChecked === undefined) {
    const meta = MetadataSchema.safeParse(parsed);
    if (!meta.success) throw invalidDataset(meta.error, DATASET_METADATA_KEY, where);
    metadataChecked = meta.data;
  }
  const dataset = { ...metadataChecked, observations };
  const tooFar = dataset.conflicts.findIndex((c) => c.observations.some((i) => i >= observations.length));
  if (tooFar >= 0) {
    const detail = `conflicts[${tooFar}] points past the ${observations.length} observations`;
    throw duibiError("invalid_dataset", { detail }, { where });
  }
  return dataset;
}
