import { ARGS, checkArgs } from "../errors/checkArgs.js";
import type { Dataset } from "../schema/dataset.js";
import type { Observation } from "../schema/observation.js";
import type { Source } from "../schema/source.js";
import { type CsvCell, formatCsv } from "./csv.js";

/** The long CSV's columns, in order: one observation (or one more source of it) a row. */
export const CSV_COLUMNS = [
  "region_code",
  "region_name",
  "indicator",
  "measure",
  "period",
  "kind",
  "value",
  "unit",
  "qualifier",
  "bound_low",
  "bound_high",
  "name_as_written",
  "document",
  "start",
  "end",
  "quote",
  "unregistered",
] as const;

/** Columns a reader accepts missing: added after the first files were written. */
export const OPTIONAL_CSV_COLUMNS: readonly CsvColumn[] = ["unregistered"];

/** A column of the long CSV. */
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * Writes a dataset as a long CSV (RFC 4180, CRLF): a header, then one row per
 * observation in dataset order. A fact stated in several documents (`alsoIn`)
 * gets one more row per extra source, with the same values; `datasetFromCsv`
 * merges them back. Numbers are written in JavaScript's shortest round-trip form;
 * text that a spreadsheet would run as a formula is guarded (see `csvField`), and
 * `datasetFromCsv` undoes the guard, so the round trip is exact.
 *
 * Documents' metadata (title, hash) and conflicts are not columns: conflicts
 * are recomputed on reading, documents are passed to `datasetFromCsv`.
 *
 * @param dataset - a dataset
 * @returns the CSV text
 * @example
 * datasetToCsv(loadSeeds()).split("\r\n")[0]; // => "region_code,region_name,indicator,measure,period,kind,value,unit,…"
 */
export function datasetToCsv(dataset: Dataset): string {
  checkArgs({
    dataset: [
      dataset,
      {
        observations: ARGS.sources,
      },
    ],
  });
  const rows = dataset.observations.flatMap((observation) =>
    [observation.source, ...(observation.alsoIn ?? [])].map((source) => row(observation, source)),
  );
  return formatCsv([CSV_COLUMNS, ...rows]);
}

function row(o: Observation, source: Source): CsvCell[] {
  const cells = observationCells(o, source);
  return CSV_COLUMNS.map((column) => cells[column]);
}

/**
 * One observation as the long CSV's columns, with `source` as its span (the CSV writes a row
 * per source; the columnar formats the observation's own). Absent optional fields are undefined.
 * The one flattening of an observation: the CSV, DataFrames, Arrow and Parquet all use it.
 * @internal
 */
export function observationCells(o: Observation, source: Source): Record<CsvColumn, string | number | undefined> {
  return {
    region_code: o.regionCode,
    region_name: o.regionName,
    indicator: o.indicator,
    measure: o.measure,
    period: o.period,
    kind: o.kind,
    value: o.value,
    unit: o.unit,
    qualifier: o.qualifier,
    bound_low: o.bounds?.low,
    bound_high: o.bounds?.high,
    name_as_written: o.nameAsWritten,
    document: source.document,
    start: source.start,
    end: source.end,
    quote: source.quote,
    unregistered: o.unregistered ? "true" : undefined,
  };
}
