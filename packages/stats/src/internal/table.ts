import { type ComparisonRow, type ComparisonTable, ComparisonTableSchema, duibiError } from "@duibi/core";
import type { Panel } from "../panel/Panel.js";
import type { SkipReason } from "../skipReasons.js";

/** Validates a comparison table at the package boundary (zod), naming the first bad path. */
export function parseTable(table: unknown, where = "table"): ComparisonTable {
  const parsed = ComparisonTableSchema.safeParse(table);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join(".") ?? "";
    throw duibiError(
      "invalid_option",
      {
        option: where,
        detail: `${path === "" ? "" : `${path}: `}${issue?.message ?? "not a comparison table"}`,
        fix: "Pass a table made by align(dataset, { period, kind }).",
      },
      { where: path === "" ? where : `${where}.${path}` },
    );
  }
  return parsed.data;
}

/** The table's regions sorted by code (output order), without repeats. */
export function sortedRegions(table: ComparisonTable): { code: string; name: string }[] {
  const byCode = new Map(table.regions.map((r) => [r.code, r]));
  return [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** Why a row must not be computed on, or null when it may be. */
export function skipReason(row: ComparisonRow): SkipReason | null {
  if (row.verdict === "incomparable") return { code: "incomparable", notes: row.notes };
  const units = new Set<string>();
  for (const cell of Object.values(row.cells)) if (cell) units.add(cell.unit);
  if (units.size > 1) return { code: "mixed_units", units: [...units].sort() };
  return null;
}

/** The unit a row's cells are stated in (they share one once {@link skipReason} passed). */
export function rowUnit(row: ComparisonRow): string {
  for (const cell of Object.values(row.cells)) if (cell) return cell.unit;
  return "";
}

/** A one-group-per-row panel over the given rows, regions in code order. */
export function tablePanel(
  regions: readonly { code: string }[],
  rows: readonly ComparisonRow[],
  period: number,
  kind: ComparisonTable["kind"],
): Panel {
  const width = regions.length;
  const values = new Float64Array(rows.length * width).fill(Number.NaN);
  rows.forEach((row, g) => {
    regions.forEach((region, r) => {
      const cell = row.cells[region.code];
      if (cell != null) values[g * width + r] = cell.value;
    });
  });
  return {
    regions: regions.map((r) => r.code),
    groups: rows.map((row) => ({ indicator: row.indicator, measure: row.measure, period, kind })),
    values,
    duplicates: 0,
  };
}

/** A finite number rounded to 12 significant digits (5.5 − 6.9 reads −1.4), or null. */
export function clean(x: number): number | null {
  if (!Number.isFinite(x)) return null;
  const y = Number(x.toPrecision(12));
  return Object.is(y, -0) ? 0 : y;
}
