import { duibiError } from "../errors/index.js";
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

/**
 * The flat layout shared by DataFrames, Arrow and Parquet: one row per
 * observation, the nested `source` and `bounds` spread into columns so other
 * engines (DuckDB, Polars, pandas) can filter on them; `alsoIn` (rare, a list
 * of sources) is kept as a JSON string.
 */
export const OBSERVATION_COLUMNS: readonly ObservationColumn[] = [
  { name: "regionCode", type: "string", nullable: false },
  { name: "regionName", type: "string", nullable: false },
  { name: "indicator", type: "string", nullable: false },
  { name: "measure", type: "string", nullable: false },
  { name: "period", type: "int", nullable: false },
  { name: "kind", type: "string", nullable: false },
  { name: "value", type: "float", nullable: false },
  { name: "unit", type: "string", nullable: false },
  { name: "qualifier", type: "string", nullable: false },
  { name: "boundsLow", type: "float", nullable: true },
  { name: "boundsHigh", type: "float", nullable: true },
  { name: "nameAsWritten", type: "string", nullable: false },
  { name: "sourceDocument", type: "string", nullable: false },
  { name: "sourceStart", type: "int", nullable: false },
  { name: "sourceEnd", type: "int", nullable: false },
  { name: "sourceQuote", type: "string", nullable: false },
  { name: "alsoIn", type: "string", nullable: true },
];

export type FlatValue = string | number | null;

/**
 * Observations as columns in {@link OBSERVATION_COLUMNS} order, each an array
 * with one entry per observation (`null` where an optional field is absent).
 *
 * @param observations - the observations, in the order the rows should have
 * @returns column name → values
 * @example
 * observationsToColumns(dataset.observations).regionCode; // => ["500101", "500101", …]
 */
export function observationsToColumns(observations: readonly Observation[]): Record<string, FlatValue[]> {
  const rows = observations.map(observationToRow);
  return Object.fromEntries(OBSERVATION_COLUMNS.map(({ name }) => [name, rows.map((row) => row[name] ?? null)]));
}

function observationToRow(o: Observation): Record<string, FlatValue> {
  return {
    regionCode: o.regionCode,
    regionName: o.regionName,
    indicator: o.indicator,
    measure: o.measure,
    period: o.period,
    kind: o.kind,
    value: o.value,
    unit: o.unit,
    qualifier: o.qualifier,
    boundsLow: o.bounds?.low ?? null,
    boundsHigh: o.bounds?.high ?? null,
    nameAsWritten: o.nameAsWritten,
    sourceDocument: o.source.document,
    sourceStart: o.source.start,
    sourceEnd: o.source.end,
    sourceQuote: o.source.quote,
    alsoIn: o.alsoIn === undefined ? null : JSON.stringify(o.alsoIn),
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
 * observationsFromRows([{ regionCode: "500156", … }], "DataFrame"); // => [{ regionCode: "500156", … }]
 */
export function observationsFromRows(rows: readonly Record<string, unknown>[], where: string): Observation[] {
  return rows.map((row, i) => {
    const result = ObservationSchema.safeParse(rowToCandidate(row, `rows[${i}]`, where));
    if (!result.success) throw invalidDataset(result.error, `rows[${i}]`, where);
    return result.data;
  });
}

function rowToCandidate(row: Record<string, unknown>, path: string, where: string): Record<string, unknown> {
  const low = present(row.boundsLow);
  const high = present(row.boundsHigh);
  const alsoIn = present(row.alsoIn);
  return {
    regionCode: row.regionCode,
    regionName: row.regionName,
    indicator: row.indicator,
    measure: row.measure,
    period: row.period,
    kind: row.kind,
    value: row.value,
    unit: row.unit,
    qualifier: row.qualifier,
    ...(low === undefined && high === undefined ? {} : { bounds: { low, high } }),
    nameAsWritten: row.nameAsWritten,
    source: { document: row.sourceDocument, start: row.sourceStart, end: row.sourceEnd, quote: row.sourceQuote },
    ...(alsoIn === undefined ? {} : { alsoIn: parseAlsoIn(alsoIn, `${path}.alsoIn`, where) }),
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
