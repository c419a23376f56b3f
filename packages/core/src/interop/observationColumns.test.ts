import { describe, expect, it } from "vitest";
import { loadSeeds } from "../io/loadSeeds.js";
import {
  OBSERVATION_COLUMNS,
  observationsFromColumns,
  observationsFromRows,
  observationsToColumns,
} from "./observationColumns.js";

const seeds = loadSeeds();
const columns = observationsToColumns(seeds.observations);
const count = seeds.observations.length;
// readParquet read INT64 cells (bigint) as numbers before handing rows to the schema
const cell = (v: unknown) => (typeof v === "bigint" ? Number(v) : v);
const rowAt = (cols: Record<string, unknown[]>, i: number) =>
  Object.fromEntries(OBSERVATION_COLUMNS.map(({ name }) => [name, cell(cols[name]![i])]));

/** What the schema path gives for the same columns: the observations, or the error message. */
function bySchema(cols: Record<string, unknown[]>): unknown {
  try {
    const rows = Array.from({ length: count }, (_, i) => rowAt(cols, i));
    return observationsFromRows(rows, "x.parquet");
  } catch (error) {
    return (error as Error).message;
  }
}

function byColumns(cols: Record<string, unknown[]>): unknown {
  try {
    return observationsFromColumns(cols, count, "x.parquet");
  } catch (error) {
    return (error as Error).message;
  }
}

describe("observationsFromColumns", () => {
  it("rebuilds the seeds' observations exactly, keys in schema order", () => {
    const rebuilt = observationsFromColumns(columns, count, "x.parquet");
    expect(JSON.stringify(rebuilt)).toBe(JSON.stringify(seeds.observations));
  });

  it("accepts and rejects exactly what the schema does, naming the same row and column", () => {
    const bad: unknown[] = [null, undefined, "", "x", Number.NaN, Number.POSITIVE_INFINITY, 1.5, -1, 0, 2101, 1948];
    bad.push(2023n, "50015", "5001566", "[]", "[{}]", 7, true);
    const row = Math.min(3, count - 1);
    for (const { name } of OBSERVATION_COLUMNS) {
      for (const value of bad) {
        const cols = Object.fromEntries(Object.entries(columns).map(([k, v]) => [k, [...v] as unknown[]]));
        cols[name]![row] = value;
        const label = `${name} = ${String(value)}`;
        expect([label, byColumns(cols)]).toEqual([label, bySchema(cols)]);
      }
    }
  });
});
