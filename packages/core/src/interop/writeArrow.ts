import { ARGS, checkArgs } from "../errors/checkArgs.js";
import type { Dataset } from "../schema/index.js";
import { DATASET_METADATA_KEY, datasetMetadata } from "./datasetMetadata.js";
import { loadOptional } from "./loadOptional.js";
import { OBSERVATION_COLUMNS, observationsToColumns } from "./observationColumns.js";

/**
 * Writes a dataset as an Apache Arrow IPC file (Feather v2, `.arrow`): one
 * row per observation with the long CSV's columns (region_code, region_name,
 * indicator, measure, period, kind, value, unit, qualifier, bound_low,
 * bound_high, name_as_written, document, start, end, quote) plus `also_in`
 * (other sources of the same fact, a JSON list), typed (period, start, end
 * int32; value, bounds float64),
 * with regions, documents and conflicts as JSON in the schema metadata under
 * `duibi.dataset`. DuckDB, Polars and pyarrow read it as is.
 *
 * Async because it loads `apache-arrow` (an optional peer dependency, ~9 MB installed)
 * on first use. Cost: O(observations).
 *
 * @param dataset - the dataset to write (not modified)
 * @returns the IPC file bytes
 * @throws DuibiError `missing_dependency` when apache-arrow is not installed (`npm install apache-arrow`)
 * @example
 * const bytes = await writeArrow(loadSeeds());
 * await writeFile("seeds.arrow", bytes);
 * (await readArrow(bytes)).observations.length === loadSeeds().observations.length; // => true
 */
export async function writeArrow(dataset: Dataset): Promise<Uint8Array> {
  checkArgs({
    dataset: [
      dataset,
      {
        observations: ARGS.sources,
      },
    ],
  });
  const arrow = await loadOptional(() => import("apache-arrow"), "apache-arrow", "writeArrow");
  const columns = observationsToColumns(dataset.observations);
  const arrowType = { string: () => new arrow.Utf8(), int: () => new arrow.Int32(), float: () => new arrow.Float64() };
  const vectors = Object.fromEntries(
    OBSERVATION_COLUMNS.map(({ name, type }) => [name, arrow.vectorFromArray(columns[name] ?? [], arrowType[type]())]),
  );
  const plain = new arrow.Table(vectors);
  const fields = OBSERVATION_COLUMNS.map(
    ({ name, nullable }, i) => new arrow.Field(name, plain.schema.fields[i]?.type ?? new arrow.Utf8(), nullable),
  );
  const schema = new arrow.Schema(fields, new Map([[DATASET_METADATA_KEY, datasetMetadata(dataset)]]));
  // Re-wrap each batch's columns under the schema that carries nullability and the metadata.
  const batches = plain.batches.map(
    (batch) =>
      new arrow.RecordBatch(
        schema,
        arrow.makeData({
          type: new arrow.Struct(fields),
          length: batch.numRows,
          nullCount: 0,
          children: batch.data.children,
        }),
      ),
  );
  return arrow.tableToIPC(new arrow.Table(schema, batches), "file");
}
