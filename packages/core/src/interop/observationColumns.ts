import { duibiError } from "../errors/index.js";
import { CSV_COLUMNS, type CsvColumn } from "../io/datasetToCsv.js";
import { type Observation, ObservationSchema, SourceSchema } from "../schema/index.js";
import { invalidDataset } from "./invalidDataset.js";

/** Storage type of a flat observation column; each interchange format maps it to its own. */
export type ColumnType = "string" | "int" | "float";

/** One column of the flat (one row per observation) layout. */
export interface ObservationColumn {
  readonly name: string;
  readonly type: ColumnType;
  readonly nullable: boolean;
}

// The CSV's column types; keyed by CsvColumn so a column added to the CSV must get a type here.
const COLUMN_TYPES: Record<CsvColumn, ColumnType> = {
  region_code: "string",
  region_name: "string",
  indicator: "string",
  measure: "string",
  period: "int",
  kind: "string",
  value: "float",
  unit: "string",
  qualifier: "string",
  bound_low: "float",
  bound_high: "float",
  name_as_written: "string",
  document: "string",
  start: "int",
  end: "int",
  quote: "string",
  unregistered: "string",
};

/**
 * The flat layout shared by DataFrames, Arrow and Parquet: the long CSV's
 * columns (`CSV_COLUMNS`, same names and order, so every export of a dataset
 * is the same table), one row per observation, plus `also_in`: the other
 * sources of the same fact as a JSON list (the CSV repeats the row instead,
 * which a columnar file should not).
 */
export const OBSERVATION_COLUMNS: readonly ObservationColumn[] = [
  ...CSV_COLUMNS.map((name) => ({
    name,
    type: COLUMN_TYPES[name],
    nullable: name.startsWith("bound_") || name === "unregistered",
  })),
  { name: "also_in", type: "string", nullable: true },
];

/** A cell of the flat layout: text, a number, or null for an absent optional field. */
export type FlatValue = string | number | null;

/**
 * Observations as columns in {@link OBSERVATION_COLUMNS} order, each an array
 * with one entry per observation (`null` where an optional field is absent).
 *
 * @param observations - the observations, in the order the rows should have
 * @returns column name → values
 * @example
 * observationsToColumns(dataset.observations).region_code; // => ["500101", "500101", …]
 */
export function observationsToColumns(observations: readonly Observation[]): Record<string, FlatValue[]> {
  const rows = observations.map(observationToRow);
  return Object.fromEntries(OBSERVATION_COLUMNS.map(({ name }) => [name, rows.map((row) => row[name] ?? null)]));
}

function observationToRow(o: Observation): Record<string, FlatValue> {
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
    bound_low: o.bounds?.low ?? null,
    bound_high: o.bounds?.high ?? null,
    name_as_written: o.nameAsWritten,
    document: o.source.document,
    start: o.source.start,
    end: o.source.end,
    quote: o.source.quote,
    unregistered: o.unregistered ? "true" : null,
    also_in: o.alsoIn === undefined ? null : JSON.stringify(o.alsoIn),
  };
}

/**
 * Rebuilds validated observations from flat rows (the inverse of
 * {@link observationsToColumns}). Missing optional cells may be `null`,
 * `undefined` or `NaN` (DataFrames fill numeric gaps with NaN).
 *
 * @param rows - one record per observation, keyed by column name
 * @param where - the input's name for error messages ("DataFrame", "data.parquet")
 * @returns the observations, in row order
 * @throws DuibiError `invalid_dataset` naming the first bad row and field
 * @example
 * observationsFromRows([{ region_code: "500156", … }], "DataFrame"); // => [{ regionCode: "500156", … }]
 */
export function observationsFromRows(rows: readonly Record<string, unknown>[], where: string): Observation[] {
  return rows.map((row, i) => {
    const result = ObservationSchema.safeParse(rowToCandidate(row, `rows[${i}]`, where));
    if (result.success) return result.data;
    const issue = result.error.issues[0];
    const field = (issue?.path ?? []).map(String).join(".");
    const column = FIELD_COLUMNS[field] ?? (field.startsWith("alsoIn") ? "also_in" : field);
    throw duibiError("invalid_dataset", { detail: `rows[${i}].${column}: ${issue?.message ?? "invalid"}` }, { where });
  });
}

// Errors name the column the user sees, not the observation field it fills.
const FIELD_COLUMNS: Record<string, string> = {
  regionCode: "region_code",
  regionName: "region_name",
  nameAsWritten: "name_as_written",
  "bounds.low": "bound_low",
  "bounds.high": "bound_high",
  "source.document": "document",
  "source.start": "start",
  "source.end": "end",
  "source.quote": "quote",
};

function rowToCandidate(row: Record<string, unknown>, path: string, where: string): Record<string, unknown> {
  const low = present(row.bound_low);
  const high = present(row.bound_high);
  const alsoIn = present(row.also_in);
  return {
    regionCode: row.region_code,
    regionName: row.region_name,
    indicator: row.indicator,
    measure: row.measure,
    period: row.period,
    kind: row.kind,
    value: row.value,
    unit: row.unit,
    qualifier: row.qualifier,
    ...(low === undefined && high === undefined ? {} : { bounds: { low, high } }),
    nameAsWritten: row.name_as_written,
    source: { document: row.document, start: row.start, end: row.end, quote: row.quote },
    ...(row.unregistered === "true" || row.unregistered === true ? { unregistered: true } : {}),
    ...(alsoIn === undefined ? {} : { alsoIn: parseAlsoIn(alsoIn, `${path}.also_in`, where) }),
  };
}

function present(value: unknown): unknown {
  return value === null || value === undefined || (typeof value === "number" && Number.isNaN(value))
    ? undefined
    : value;
}

function parseAlsoIn(value: unknown, path: string, where: string): unknown {
  if (typeof value !== "string") return value;
  try {
    const parsed: unknown = JSON.parse(value);
    const result = SourceSchema.array().safeParse(parsed);
    if (!result.success) throw invalidDataset(result.error, path, where);
    return result.data;
  } catch (error) {
    if (error instanceof SyntaxError) {
      throw duibiError("invalid_dataset", { detail: `${path}: not a JSON list of sources` }, { where });
    }
    throw error;
  }
}
