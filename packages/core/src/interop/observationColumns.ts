import { DuibiError, duibiError, isDuibiError } from "../errors/index.js";
import { CSV_COLUMNS, type CsvColumn, observationCells } from "../io/datasetToCsv.js";
import {
  KindSchema,
  MeasureSchema,
  type Observation,
  ObservationSchema,
  QualifierSchema,
  type Source,
  SourceSchema,
} from "../schema/index.js";
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
  const cells = observationCells(o, o.source);
  const row: Record<string, FlatValue> = {};
  for (const column of CSV_COLUMNS) row[column] = cells[column] ?? null;
  row.also_in = o.alsoIn === undefined ? null : JSON.stringify(o.alsoIn);
  return row;
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

/**
 * An also_in cell's sources, checked by hand as `SourceSchema` checks them and rebuilt with its
 * keys only, in its order; undefined when the cell is not such a list (the schema path then says why).
 */
function sourcesOf(cell: string): Source[] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(cell);
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed)) return undefined;
  const sources: Source[] = [];
  for (const item of parsed as unknown[]) {
    if (typeof item !== "object" || item === null || Array.isArray(item)) return undefined;
    const { document, start, end, quote } = item as Record<string, unknown>;
    if (!isText(document) || !isCount(start) || !isCount(end) || typeof quote !== "string") return undefined;
    sources.push({ document, start, end, quote });
  }
  return sources;
}

const MEASURES: ReadonlySet<unknown> = new Set(MeasureSchema.options);
const KINDS: ReadonlySet<unknown> = new Set(KindSchema.options);
const QUALIFIERS: ReadonlySet<unknown> = new Set(QualifierSchema.options);
const REGION_CODE = /^\d{6}$/;

const isText = (v: unknown): v is string => typeof v === "string" && v.length > 0;
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isFiniteNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/**
 * Rebuilds validated observations from flat columns (one array per column, as a
 * columnar file stores them): the fast path of {@link observationsFromRows} for a
 * million rows. Each row is checked by hand against exactly what `ObservationSchema`
 * requires; a row that fails goes through {@link observationsFromRows}, so the error
 * names the same row and column. Bigint cells (INT64 from other engines) count as numbers.
 *
 * @param columns - column name → values, each at least `count` long (a missing column reads as absent)
 * @param count - the number of rows
 * @param where - the input's name for error messages
 * @param into - the array the observations are written to (default a new one of `count`)
 * @param first - the index in `into` (and in error messages) of the columns' row 0; default 0
 * @returns `into`, with rows `first` to `first + count - 1` set
 * @throws DuibiError `invalid_dataset` naming the first bad row and column
 * @example
 * observationsFromColumns({ region_code: ["500156"], … }, 1, "x.parquet")[0].regionCode; // => "500156"
 */
export function observationsFromColumns(
  columns: Readonly<Record<string, ArrayLike<unknown> | undefined>>,
  count: number,
  where: string,
  into: Observation[] = new Array(count),
  first = 0,
): Observation[] {
  const none: ArrayLike<unknown> = { length: 0 };
  const col = (name: string) => columns[name] ?? none;
  const c: Record<string, ArrayLike<unknown>> = Object.fromEntries(
    OBSERVATION_COLUMNS.map(({ name }) => [name, col(name)]),
  );
  const { region_code: regionCode, region_name: regionName, indicator, measure, period, kind, value, unit } = c;
  const { qualifier, bound_low: low, bound_high: high, name_as_written: nameAsWritten, document: documentId } = c;
  const { start, end, quote, also_in: alsoIn, unregistered } = c;
  const observations = into;
  // dictionary-encoded columns repeat one string object row after row: a region code is tested
  // once per run, and measure, kind and qualifier only when they differ from the row before
  let lastCode: unknown;
  let codeOk = false;
  let lastMeasure: unknown;
  let lastKind: unknown;
  let lastQualifier: unknown;
  for (let i = 0; i < count; i++) {
    const at = first + i;
    const p = int(period![i]);
    const s = int(start![i]);
    const e = int(end![i]);
    const lo = present(low![i]);
    const hi = present(high![i]);
    const also = present(alsoIn![i]);
    const loose = present(unregistered![i]);
    const code = regionCode![i];
    if (code !== lastCode) {
      lastCode = code;
      codeOk = typeof code === "string" && REGION_CODE.test(code);
    }
    const ok =
      codeOk &&
      isText(regionName![i]) &&
      isText(indicator![i]) &&
      (measure![i] === lastMeasure || MEASURES.has(measure![i])) &&
      Number.isSafeInteger(p) &&
      (p as number) >= 1949 &&
      (p as number) <= 2100 &&
      (kind![i] === lastKind || KINDS.has(kind![i])) &&
      isFiniteNumber(value![i]) &&
      isText(unit![i]) &&
      (qualifier![i] === lastQualifier || QUALIFIERS.has(qualifier![i])) &&
      ((lo === undefined && hi === undefined) || (isFiniteNumber(lo) && isFiniteNumber(hi) && lo <= hi)) &&
      typeof nameAsWritten![i] === "string" &&
      isText(documentId![i]) &&
      isCount(s) &&
      isCount(e) &&
      typeof quote![i] === "string" &&
      (also === undefined || typeof also === "string") &&
      (loose === undefined || loose === "true" || loose === true);
    const others = ok && also !== undefined ? sourcesOf(also as string) : undefined;
    if (!ok || (also !== undefined && others === undefined)) {
      // the rare row: the schema path, for its error
      const row: Record<string, unknown> = {};
      for (const { name } of OBSERVATION_COLUMNS) row[name] = int(col(name)[i]);
      try {
        observations[at] = observationsFromRows([row], where)[0]!;
      } catch (error) {
        if (!isDuibiError(error)) throw error;
        throw new DuibiError({
          code: error.code,
          message: error.message.replace("rows[0]", `rows[${at}]`),
          ...(error.hint === undefined ? {} : { hint: error.hint }),
          ...(error.where === undefined ? {} : { where: error.where }),
        });
      }
      continue;
    }
    lastMeasure = measure![i];
    lastKind = kind![i];
    lastQualifier = qualifier![i];
    const observation: Observation = {
      regionCode: code as string,
      regionName: regionName![i] as string,
      indicator: indicator![i] as string,
      measure: measure![i] as Observation["measure"],
      period: p as number,
      kind: kind![i] as Observation["kind"],
      value: value![i] as number,
      unit: unit![i] as string,
      qualifier: qualifier![i] as Observation["qualifier"],
      nameAsWritten: "",
      source: { document: documentId![i] as string, start: s as number, end: e as number, quote: quote![i] as string },
    };
    if (lo !== undefined) {
      // keys in schema order: bounds comes before nameAsWritten
      observations[at] = {
        regionCode: observation.regionCode,
        regionName: observation.regionName,
        indicator: observation.indicator,
        measure: observation.measure,
        period: observation.period,
        kind: observation.kind,
        value: observation.value,
        unit: observation.unit,
        qualifier: observation.qualifier,
        bounds: { low: lo as number, high: hi as number },
        nameAsWritten: nameAsWritten![i] as string,
        source: observation.source,
      };
    } else {
      observation.nameAsWritten = nameAsWritten![i] as string;
      observations[at] = observation;
    }
    if (others !== undefined) observations[at]!.alsoIn = others; // after source, in schema order
    if (loose !== undefined) observations[at]!.unregistered = true; // last in schema order
  }
  return observations;
}

function int(value: unknown): unknown {
  return typeof value === "bigint" ? Number(value) : value;
}
