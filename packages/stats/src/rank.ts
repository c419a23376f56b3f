import { checkArgs, type Direction, findIndicator } from "@duibi/core";
import { parseTable, skipReason, sortedRegions, tablePanel } from "./internal/table.js";
import { rankOptions, rankPanel } from "./panel/rankPanel.js";
import type { MissingPolicy, RankMethod, RankResult, RankRow } from "./types.js";

/** Options for `rank`: ranking method and how to treat missing values. */
export interface RankOptions {
  /** competition (1,2,2,4, the default), dense (1,2,2,3), average (1,2.5,2.5,4), ordinal (1,2,3,4). */
  method?: RankMethod;
  /** Regions without a value: "exclude" (null, the default) or "last" (share the rank after the last). */
  missing?: MissingPolicy;
}

/**
 * Direction of an indicator from the registry; an id the registry does not know counts as neutral.
 * @param indicator - An indicator id.
 * @returns "higher", "lower" or "neutral".
 * @example
 * directionOf("unemployment.surveyed"); // => "lower"
 */
export function directionOf(indicator: string): Direction {
  return findIndicator(indicator)?.direction ?? "neutral";
}

/**
 * Ranks the regions of a comparison table on every row that may be compared, 1 = best. The
 * direction comes from the indicator registry: lower unemployment ranks first; neutral rows
 * (CPI) are ranked by value, largest first, and say so in `direction`. Incomparable rows are
 * not ranked and are listed in `skipped` with their reason; partial rows rank the regions
 * that have a value. Cost: one sort per row (see {@link rankPanel}).
 *
 * @param table - From `align(dataset, { period, kind })`; validated, never modified.
 * @param options - method and missing policy.
 * @returns Ranks per row keyed by region code, with n = regions with a value on the row.
 * @throws DuibiError invalid_option for a malformed table or an unknown method / missing policy.
 * @example
 * const table = align(loadSeeds(), { period: 2023, kind: "actual" });
 * rank(table).rows.find((r) => r.indicator === "gdp" && r.measure === "growth")?.ranks;
 * // => { "500101": 1, "500156": 2 }
 */
export function rank(table: unknown, options: RankOptions = {}): RankResult {
  checkArgs({ table: [table, "readable"], options: [options, { "method?": "string", "missing?": "string" }] });
  const { method, missing } = rankOptions(options);
  const parsed = parseTable(table);
  const regions = sortedRegions(parsed);
  const skipped: RankResult["skipped"] = [];
  const rows = parsed.rows.filter((row) => {
    const reason = skipReason(row);
    if (reason !== null) skipped.push({ indicator: row.indicator, measure: row.measure, reason });
    return reason === null;
  });
  const directions = rows.map((row) => directionOf(row.indicator));
  const panel = tablePanel(regions, rows, parsed.period, parsed.kind);
  const { ranks, n } = rankPanel(panel, { method, missing, direction: (_, g) => directions[g] ?? "neutral" });
  const width = regions.length;
  const out: RankRow[] = rows.map((row, g) => {
    const cells: Record<string, number | null> = {};
    regions.forEach((region, r) => {
      const value = ranks[g * width + r] as number;
      cells[region.code] = Number.isNaN(value) ? null : value;
    });
    return {
      indicator: row.indicator,
      measure: row.measure,
      verdict: row.verdict,
      direction: directions[g] ?? "neutral",
      n: n[g] as number,
      ranks: cells,
    };
  });
  return { period: parsed.period, kind: parsed.kind, method, missing, rows: out, skipped };
}
