import { checkArgs } from "../errors/checkArgs.js";
import { duibiError } from "../errors/index.js";
import type { Observation } from "../schema/index.js";
import type { DataFrameLike } from "./DataFrameLike.js";
import { OBSERVATION_COLUMNS, observationsFromRows } from "./observationColumns.js";

/**
 * Reads observations back from a long DataFrame in the layout
 * {@link toDataFrame} writes for observations (extra columns are ignored;
 * bound_low, bound_high, unregistered and also_in may be absent). Every row is validated.
 *
 * Synchronous: it reads `df.columns` and `df.values` and needs no danfojs
 * import, so any object of that shape works.
 *
 * @param df - a danfojs-node DataFrame (or any {@link DataFrameLike})
 * @returns the observations, in row order
 * @throws DuibiError `invalid_dataset` naming a missing column, or the first bad row and field
 * @example
 * const observations = fromDataFrame(await toDataFrame(loadSeeds()));
 * observations.length === loadSeeds().observations.length; // => true
 */
export function fromDataFrame(df: DataFrameLike): Observation[] {
  checkArgs({ df: [df, { columns: "string[]" }] });
  const columns = df.columns;
  const missing = OBSERVATION_COLUMNS.filter((c) => !c.nullable && !columns.includes(c.name)).map((c) => c.name);
  if (missing.length > 0) {
    const detail = `missing column${missing.length > 1 ? "s" : ""} ${missing.join(", ")} (a wide comparison table cannot be read back; pass observations)`;
    throw duibiError("invalid_dataset", { detail }, { where: "DataFrame" });
  }
  const rows = df.values.map((values) => {
    const cells = Array.isArray(values) ? values : [values];
    return Object.fromEntries(columns.map((name, i) => [name, cells[i]]));
  });
  return observationsFromRows(rows, "DataFrame");
}
