import type { ComparisonTable, Document, Measure } from "@duibi/core";
import { documentTitle } from "./documentTitle.js";

/** Where a chart drawn from stats results (which carry no sources) finds its source documents. */
export interface SourceContext {
  /** The comparison table the result was computed from: the source line names its cells' documents. */
  table?: ComparisonTable;
  /** Without a table: the dataset's documents; those of the regions shown are named. */
  documents?: readonly Document[];
}

/**
 * Document titles for the source line of a chart drawn from stats results: the
 * documents of the table cells behind the shown rows and regions, else the
 * given documents of the shown regions.
 *
 * @param regionCodes - Regions shown, in display order (the source line names their documents in it).
 * @param rows - Indicator and measure of the rows shown.
 * @param context - Table and/or documents.
 * @returns Document titles (or ids), regions in the given order.
 * @example
 * sourcesFor(["500156"], [{ indicator: "gdp", measure: "growth" }], { table, documents }); // => ["2024年武隆区政府工作报告"]
 */
export function sourcesFor(
  regionCodes: readonly string[],
  rows: readonly { indicator: string; measure: Measure }[],
  context: SourceContext,
): string[] {
  const codes = [...new Set(regionCodes)];
  const { table, documents } = context;
  if (table !== undefined) {
    const shown = table.rows.filter((row) =>
      rows.some((r) => r.indicator === row.indicator && r.measure === row.measure),
    );
    return codes.flatMap((code) =>
      shown.flatMap((row) => {
        const cell = row.cells[code];
        return cell == null ? [] : [documentTitle(cell.source.document, documents)];
      }),
    );
  }
  return codes.flatMap((code) => {
    const own = (documents ?? []).filter((d) => d.regionCode === code);
    const reports = own.filter((d) => d.type === "work_report"); // the reports state the figures; gazettes repeat them
    return (reports.length > 0 ? reports : own).sort((a, b) => a.id.localeCompare(b.id)).map((d) => d.title || d.id);
  });
}
