import {
  type Cell,
  type ComparisonRow,
  describeNotes,
  formatFigure,
  type RegionNames,
  type Source,
  verdictLabel,
} from "@duibi/core";
import { directionOf } from "@duibi/stats";
import { labels } from "./labels.js";
import type { ReportCell, ReportLang } from "./model.js";
import { rowLabel } from "./rowLabel.js";

/** What every section builder needs: the language, the regions in column order, and a way to cite. */
export interface SectionContext {
  lang: ReportLang;
  regions: { code: string; name: string; shortName: string }[];
  cite: (source: Source) => string;
}

/**
 * A comparison cell as a report cell: the figure as stated (with its hedge), linked to
 * its source and to any other document stating the same fact; a note when the figure
 * was converted (原文：8477万元) or is a variant of the row's indicator.
 * @param cell - a comparison table cell, or null when the region does not state it
 * @param row - the row the cell sits on
 * @param ctx - language and citation
 * @returns the report cell ("—" for a missing figure)
 * @example
 * figureCell(row.cells["500156"], row, ctx).text; // => "5.5%"
 */
export function figureCell(cell: Cell | null | undefined, row: ComparisonRow, ctx: SectionContext): ReportCell {
  const l = labels(ctx.lang);
  if (cell === null || cell === undefined) return { text: l.missing, numeric: true };
  const notes: string[] = [];
  if (cell.indicator !== undefined && cell.indicator !== row.indicator) {
    notes.push(rowLabel(cell.indicator, row.measure, ctx.lang));
  }
  if (cell.original !== undefined) {
    notes.push(l.originally(formatFigure(cell.original.value, cell.original.unit, cell.qualifier, ctx.lang)));
  }
  return {
    text: formatFigure(cell.value, cell.unit, cell.qualifier, ctx.lang, cell.bounds),
    sources: [ctx.cite(cell.source)],
    numeric: true,
    ...(notes.length > 0 ? { note: notes.join(ctx.lang === "zh" ? "；" : "; ") } : {}),
  };
}

/**
 * The cells of a row in the context's region order, with the best and worst marked
 * when the row may be compared (comparable or converted, two or more figures, the
 * indicator has a direction, values differ).
 * @param row - a comparison row
 * @param ctx - language, regions and citation
 * @returns one report cell per region
 * @example
 * regionCells(gdpGrowthRow, ctx).map((c) => c.tone); // => ["worse", "better"]
 */
export function regionCells(row: ComparisonRow, ctx: SectionContext): ReportCell[] {
  const cells = ctx.regions.map((r) => figureCell(row.cells[r.code], row, ctx));
  const direction = directionOf(row.indicator);
  if (row.verdict !== "comparable" && row.verdict !== "converted") return cells;
  if (direction === "neutral") return cells;
  const values = ctx.regions.map((r) => row.cells[r.code]?.value ?? null);
  const present = values.filter((v): v is number => v !== null);
  if (present.length < 2) return cells;
  const best = direction === "higher" ? Math.max(...present) : Math.min(...present);
  const worst = direction === "higher" ? Math.min(...present) : Math.max(...present);
  if (best === worst) return cells;
  return cells.map((c, i) => {
    if (values[i] === best) return { ...c, tone: "better" };
    if (values[i] === worst) return { ...c, tone: "worse" };
    return c;
  });
}

/**
 * A verdict as a badge cell, with the row's notes beneath in the report's language.
 * @param row - a comparison row
 * @param lang - the report language
 * @param names - the report's regions, naming the regions a note cites (default the region registry)
 * @returns the badge cell
 * @example
 * verdictCell(unemploymentRow, "zh").text; // => "不可比"
 */
export function verdictCell(row: ComparisonRow, lang: ReportLang, names?: RegionNames): ReportCell {
  const note = describeNotes(row.notes, lang, names);
  return {
    text: verdictLabel(row.verdict, lang),
    badge: row.verdict,
    ...(note === "" ? {} : { note }),
  };
}
