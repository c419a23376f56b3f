import { checkArgs } from "../errors/checkArgs.js";
import { duibiError } from "../errors/index.js";
import {
  type ComparisonTable,
  ComparisonTableSchema,
  type Dataset,
  type Observation,
  ObservationSchema,
} from "../schema/index.js";
import type { DataFrameLike } from "./DataFrameLike.js";
import { invalidDataset } from "./invalidDataset.js";
import { loadOptional } from "./loadOptional.js";
import { type FlatValue, observationsToColumns } from "./observationColumns.js";

/**
 * Builds a danfojs-node DataFrame from duibi data:
 * - observations (or a dataset's observations): long, one row per
 *   observation, with the long CSV's columns plus `also_in` (region_code,
 *   region_name, indicator, measure, period, kind, value, unit, qualifier,
 *   bound_low, bound_high, name_as_written, document, start, end, quote,
 *   also_in), which `fromDataFrame` reads back;
 * - a comparison table: wide, one row per table row with `indicator`,
 *   `measure`, `unit` (the cells' units, " / "-joined when they differ),
 *   `verdict`, then one column per region, in the table's order, named after it (武隆区; the code is
 *   appended when two regions share a name) holding the cell value or null.
 *
 * Async because danfojs-node (an optional peer dependency, slow to load) is
 * imported on first use. Rows keep the input order.
 *
 * @param input - a ComparisonTable, an array of observations, or a Dataset
 * @returns a danfojs `DataFrame` (typed as {@link DataFrameLike}; cast to danfojs's `DataFrame` for its API)
 * @throws DuibiError `missing_dependency` when danfojs-node is not installed (`npm install danfojs-node`)
 * @throws DuibiError `invalid_dataset` when the input does not match the schema
 * @example
 * const df = await toDataFrame(align(loadSeeds(), { regions: ["武隆", "万州"], period: 2023, kind: "actual" }));
 * df.columns; // => ["indicator", "measure", "unit", "verdict", "武隆区", "万州区"]
 */
export async function toDataFrame(input: ComparisonTable | readonly Observation[] | Dataset): Promise<DataFrameLike> {
  checkArgs({ input: [input, "readable"] });
  const columns = toColumns(input);
  const danfo = await loadOptional(() => import("danfojs-node"), "danfojs-node", "toDataFrame");
  const names = Object.keys(columns);
  // danfojs cannot infer column names from zero rows: give them explicitly.
  if ((columns[names[0] ?? ""]?.length ?? 0) === 0) return new danfo.DataFrame([], { columns: names });
  return new danfo.DataFrame(columns);
}

function toColumns(input: ComparisonTable | readonly Observation[] | Dataset): Record<string, FlatValue[]> {
  if (Array.isArray(input)) return observationsToColumns(validObservations(input, "observations"));
  if (typeof input === "object" && input !== null && "rows" in input) return tableColumns(input as ComparisonTable);
  if (typeof input === "object" && input !== null && "observations" in input) {
    return observationsToColumns(validObservations((input as Dataset).observations, "dataset.observations"));
  }
  throw duibiError("invalid_option", {
    option: "toDataFrame input",
    detail: "expected a ComparisonTable, an array of observations or a Dataset",
    fix: "Pass align(dataset, …), dataset.observations or the dataset itself.",
  });
}

function validObservations(observations: readonly unknown[], prefix: string): Observation[] {
  const result = ObservationSchema.array().safeParse(observations);
  if (!result.success) throw invalidDataset(result.error, prefix, "toDataFrame");
  return result.data;
}

function tableColumns(input: ComparisonTable): Record<string, FlatValue[]> {
  const parsed = ComparisonTableSchema.safeParse(input);
  if (!parsed.success) throw invalidDataset(parsed.error, "table", "toDataFrame");
  const table = parsed.data;
  const labels = regionLabels(table.regions);
  const columns: Record<string, FlatValue[]> = {
    indicator: table.rows.map((r) => r.indicator),
    measure: table.rows.map((r) => r.measure),
    unit: table.rows.map((r) => rowUnit(Object.values(r.cells))),
    verdict: table.rows.map((r) => r.verdict),
  };
  table.regions.forEach((region, i) => {
    columns[labels[i] ?? region.code] = table.rows.map((r) => r.cells[region.code]?.value ?? null);
  });
  return columns;
}

// 鼓楼区 names four districts: a name alone is a column only while it is unique in the table.
function regionLabels(regions: readonly { code: string; name: string }[]): string[] {
  const counts = new Map<string, number>();
  for (const r of regions) counts.set(r.name, (counts.get(r.name) ?? 0) + 1);
  return regions.map((r) => ((counts.get(r.name) ?? 0) > 1 ? `${r.name}(${r.code})` : r.name));
}

function rowUnit(cells: readonly ({ unit: string } | null)[]): string | null {
  const units = [...new Set(cells.flatMap((c) => (c === null ? [] : [c.unit])))];
  return units.length === 0 ? null : units.join(" / ");
}
