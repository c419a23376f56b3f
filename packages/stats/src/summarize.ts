import { checkArgs } from "@duibi/core";
import { mean, median, quantileSorted, sampleCorrelation, sampleStandardDeviation } from "simple-statistics";
import { clean, parseTable, rowUnit, skipReason, sortedRegions } from "./internal/table.js";
import type { Summary, SummaryRow } from "./types.js";

const QUANTILES = [0.1, 0.25, 0.5, 0.75, 0.9] as const;

/** Pearson correlation over the regions both rows have; null with fewer than 3 or no variance. */
function correlation(a: readonly (number | null)[], b: readonly (number | null)[]): number | null {
  const x: number[] = [];
  const y: number[] = [];
  a.forEach((v, i) => {
    const w = b[i];
    if (v !== null && w != null) {
      x.push(v);
      y.push(w);
    }
  });
  if (x.length < 3) return null;
  // sampleCorrelation divides by the standard deviations: a constant row gives NaN, cleaned to null
  return clean(sampleCorrelation(x, y));
}

/**
 * Describes each comparable row of a table across its regions: mean, median, sample standard
 * deviation, min, max, quantiles (p10 … p90, linear interpolation as numpy's default / R type 7,
 * via simple-statistics) and each region's z-score; and, with at least 3 regions, the Pearson
 * correlation matrix between rows (pairwise complete). Incomparable rows are left out, listed
 * in `skipped`. Empty and one-value rows give nulls, never NaN.
 *
 * @param table - From `align(dataset, { period, kind })`; validated, never modified.
 * @returns The summary; rows in the table's order.
 * @throws DuibiError invalid_option for a malformed table.
 * @example
 * summarize(align(loadSeeds(), { period: 2023, kind: "actual" }))
 *   .rows.find((r) => r.indicator === "gdp" && r.measure === "growth")?.mean; // => 6.2
 */
export function summarize(table: unknown): Summary {
  checkArgs({ table: [table, "readable"] });
  const parsed = parseTable(table);
  const regions = sortedRegions(parsed);
  const skipped: Summary["skipped"] = [];
  const columns: (number | null)[][] = [];
  const rows: SummaryRow[] = [];
  for (const row of parsed.rows) {
    const reason = skipReason(row);
    if (reason !== null) {
      skipped.push({ indicator: row.indicator, measure: row.measure, reason });
      continue;
    }
    const byRegion = regions.map((r) => row.cells[r.code]?.value ?? null);
    const values = byRegion.filter((v): v is number => v !== null);
    const n = values.length;
    const sorted = [...values].sort((a, b) => a - b);
    const m = n > 0 ? mean(values) : null;
    const sd = n > 1 ? clean(sampleStandardDeviation(values)) : null;
    const zScores: Record<string, number | null> = {};
    regions.forEach((r, i) => {
      const v = byRegion[i];
      zScores[r.code] = v == null || m === null || sd === null || sd === 0 ? null : clean((v - m) / sd);
    });
    const [p10, p25, p50, p75, p90] = QUANTILES.map((p) => (n > 0 ? (clean(quantileSorted(sorted, p)) ?? 0) : 0));
    rows.push({
      indicator: row.indicator,
      measure: row.measure,
      verdict: row.verdict,
      unit: rowUnit(row),
      n,
      mean: m === null ? null : clean(m),
      median: n > 0 ? clean(median(values)) : null,
      sd,
      min: n > 0 ? (sorted[0] as number) : null,
      max: n > 0 ? (sorted[n - 1] as number) : null,
      quantiles: n > 0 ? { p10: p10 ?? 0, p25: p25 ?? 0, p50: p50 ?? 0, p75: p75 ?? 0, p90: p90 ?? 0 } : null,
      zScores,
    });
    columns.push(byRegion);
  }
  const correlationMatrix =
    regions.length >= 3
      ? {
          labels: rows.map((r) => `${r.indicator}:${r.measure}`),
          matrix: columns.map((a) => columns.map((b) => correlation(a, b))),
        }
      : null;
  return { period: parsed.period, kind: parsed.kind, rows, correlation: correlationMatrix, skipped };
}
