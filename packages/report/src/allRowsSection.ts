import type { ComparisonTable } from "@duibi/core";
import { headlineFirst } from "@duibi/core";
import { regionCells, type SectionContext, verdictCell } from "./figureCell.js";
import { labels } from "./labels.js";
import type { ReportSection } from "./model.js";
import { rowLabel } from "./rowLabel.js";

/**
 * Every row of a comparison, headline indicators first, then by indicator id, for
 * readers who want the full picture behind the headline.
 * @param table - a comparison table
 * @param ctx - language, regions, citation
 * @returns the section
 * @example
 * allRowsSection(actual2023, ctx).tables[0]?.rows.length; // => actual2023.rows.length
 */
export function allRowsSection(table: ComparisonTable, ctx: SectionContext): ReportSection {
  const l = labels(ctx.lang);
  return {
    id: "all",
    title: l.allRows(table.period),
    intro: [l.allRowsIntro],
    charts: [],
    tables: [
      {
        columns: [l.indicator, ...ctx.regions.map((r) => r.name), l.verdict],
        rows: headlineFirst(table.rows).map((row) => [
          { text: rowLabel(row.indicator, row.measure, ctx.lang) },
          ...regionCells(row, ctx),
          verdictCell(row, ctx.lang, ctx.regions),
        ]),
      },
    ],
    notes: table.rows.length === 0 ? [l.noRows] : [],
  };
}
