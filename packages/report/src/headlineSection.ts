import {
  type ComparisonRow,
  type ComparisonTable,
  formatDifference,
  formatRatio,
  HEADLINE_INDICATORS,
  headlineFirst,
} from "@duibi/core";
import type { GapsResult } from "@duibi/stats";
import { regionCells, type SectionContext, verdictCell } from "./figureCell.js";
import { labels } from "./labels.js";
import type { ReportCell, ReportSection } from "./model.js";
import { rowLabel } from "./rowLabel.js";

/**
 * The rows of a table on headline indicators, in {@link HEADLINE_INDICATORS} order then
 * by measure; rows nobody states are left out.
 * @param table - a comparison table
 * @returns the headline rows
 * @example
 * headlineRows(table).map((r) => r.indicator).slice(0, 2); // => ["gdp", "gdp"]
 */
export function headlineRows(table: ComparisonTable): ComparisonRow[] {
  const headline = new Set<string>(HEADLINE_INDICATORS);
  return headlineFirst(
    table.rows.filter((r) => headline.has(r.indicator) && Object.values(r.cells).some((c) => c !== null)),
  );
}

/**
 * The headline comparison for the report year: one row per headline indicator and
 * measure, each region's figure linked to its source, the gap to the reference region
 * when there are two regions, and the verdict.
 * @param table - the report year's actual comparison
 * @param gaps - gaps on that table (to the reference region)
 * @param ctx - language, regions, citation
 * @returns the section
 * @example
 * headlineSection(actual2023, gaps, ctx).tables[0]?.columns[0]; // => "指标"
 */
export function headlineSection(table: ComparisonTable, gaps: GapsResult, ctx: SectionContext): ReportSection {
  const l = labels(ctx.lang);
  const stated = headlineRows(table);
  // The headline sets regions side by side; a figure only one region states waits in the full table.
  const rows = ctx.regions.length > 1 ? stated.filter((r) => r.verdict !== "partial") : stated;
  const reference = gaps.reference.kind === "region" ? gaps.reference.code : undefined;
  const subjects = ctx.regions.filter((r) => r.code !== reference);
  const showGap = ctx.regions.length === 2 && reference !== undefined && subjects.length === 1;
  const gapByRow = new Map(gaps.rows.map((g) => [`${g.indicator}:${g.measure}`, g]));
  const gapHeader = showGap ? [`${subjects[0]?.shortName}−${nameOf(ctx, reference)}`] : [];
  return {
    id: "headline",
    title: l.headline(table.period),
    intro: [l.headlineIntro(ctx.regions.length)],
    charts: ["growth", "levels"],
    tablesFirst: true,
    tables: [
      {
        columns: [l.indicator, ...ctx.regions.map((r) => r.name), ...gapHeader, l.verdict],
        rows: rows.map((row) => {
          const gapCells: ReportCell[] = [];
          if (showGap) {
            const gap = gapByRow.get(`${row.indicator}:${row.measure}`)?.cells[subjects[0]?.code ?? ""];
            gapCells.push(
              gap == null
                ? { text: l.missing, numeric: true }
                : {
                    text: formatDifference(gap.gap, gap.unit, ctx.lang),
                    numeric: true,
                    ...(gap.ratio === null ? {} : { note: `${formatRatio(gap.ratio)}${l.times}` }),
                  },
            );
          }
          return [
            { text: rowLabel(row.indicator, row.measure, ctx.lang) },
            ...regionCells(row, ctx),
            ...gapCells,
            verdictCell(row, ctx.lang, ctx.regions),
          ];
        }),
      },
    ],
    notes: [
      ...(rows.length === 0 ? [l.noRows] : []),
      ...(stated.length > rows.length ? [l.partialHeadline(stated.length - rows.length)] : []),
    ],
  };
}

function nameOf(ctx: SectionContext, code: string | undefined): string {
  return ctx.regions.find((r) => r.code === code)?.shortName ?? code ?? "";
}
