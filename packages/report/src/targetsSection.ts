import type { ComparisonTable } from "@duibi/core";
import { formatFigure, formatSigned, headlineFirst, unitName } from "@duibi/core";
import type { AmbitionResult, AmbitionRow } from "@duibi/stats";
import { regionCells, type SectionContext, verdictCell } from "./figureCell.js";
import { headlineRows } from "./headlineSection.js";
import { labels } from "./labels.js";
import type { ReportCell, ReportSection } from "./model.js";
import { rowLabel } from "./rowLabel.js";

/**
 * The targets section: the ambition table (target growth − last year's growth, per
 * region and indicator, with how to read floors, ranges and ceilings) and the year's
 * headline targets side by side.
 * @param ambition - ambition for the target year
 * @param targets - the target year's comparison of targets
 * @param ctx - language, regions, citation
 * @returns the section
 * @example
 * targetsSection(ambition2024, targets2024, ctx).title; // => "2024年目标与进取程度"
 */
export function targetsSection(ambition: AmbitionResult, targets: ComparisonTable, ctx: SectionContext): ReportSection {
  const l = labels(ctx.lang);
  const all = ambitionRows(ambition, ctx);
  // A target without last year's figure has no ambition to show; it stays in the targets table below.
  const rows = all.filter((r) => r.label !== "no_baseline");
  const withoutBaseline = all.length - rows.length;
  const targetRows = headlineRows(targets);
  return {
    id: "targets",
    title: l.targets(ambition.year),
    intro: [l.targetsIntro(ambition.year)],
    charts: ["target-vs-actual", "targets"],
    tables: [
      {
        caption:
          ctx.lang === "zh"
            ? `${l.ambition}（${unitName("个百分点", "zh")}）`
            : `${l.ambition} (${unitName("个百分点", "en")})`,
        columns: [l.indicator, l.region, l.target, l.actual, l.ambition],
        rows: rows.map((row, i) => {
          const cells = ambitionCells(row, ctx);
          const previous = rows[i - 1];
          // Rows of one indicator sit together; its name is written once.
          if (previous?.indicator === row.indicator && previous.measure === row.measure) cells[0] = { text: "" };
          return cells;
        }),
      },
      {
        caption: `${ambition.year}${ctx.lang === "zh" ? "年主要目标" : " headline targets"}`,
        columns: [l.indicator, ...ctx.regions.map((r) => r.name), l.verdict],
        rows: targetRows.map((row) => [
          { text: rowLabel(row.indicator, row.measure, ctx.lang) },
          ...regionCells(row, ctx),
          verdictCell(row, ctx.lang, ctx.regions),
        ]),
      },
    ],
    notes: [
      ...(rows.length === 0 ? [l.noRows] : []),
      ...(withoutBaseline > 0 ? [l.withoutBaseline(withoutBaseline)] : []),
    ],
  };
}

/** Ambition rows on the regions shown, headline indicators first, then by id and region order. */
function ambitionRows(ambition: AmbitionResult, ctx: SectionContext): AmbitionRow[] {
  const regionOrder = new Map(ctx.regions.map((r, i) => [r.code, i]));
  const byRegion = ambition.rows
    .filter((r) => regionOrder.has(r.regionCode))
    .sort((a, b) => (regionOrder.get(a.regionCode) ?? 0) - (regionOrder.get(b.regionCode) ?? 0));
  // headlineFirst sorts stably, so regions keep their column order within an indicator.
  return headlineFirst(byRegion);
}

function ambitionCells(row: AmbitionRow, ctx: SectionContext): ReportCell[] {
  const l = labels(ctx.lang);
  const region = ctx.regions.find((r) => r.code === row.regionCode);
  const target: ReportCell = {
    text: formatFigure(row.target, "%", row.qualifier, ctx.lang),
    sources: [ctx.cite(row.targetSource)],
    numeric: true,
  };
  const actual: ReportCell =
    row.actual === null
      ? { text: l.missing, numeric: true }
      : {
          text: formatFigure(row.actual, "%", "exact", ctx.lang),
          numeric: true,
          ...(row.actualSource === null ? {} : { sources: [ctx.cite(row.actualSource)] }),
          ...(row.actualKind === "estimate" ? { note: l.estimate } : {}),
        };
  // the bound of last year's hedge (增长10%以上: at most the difference) reads before the label
  const bounded = row.bound === "at_most" ? l.ambitionAtMost : "";
  const reading = [l.ambitionLabels[row.label], bounded].filter((s) => s !== "").join(ctx.lang === "zh" ? "；" : "; ");
  // A ceiling's difference is shown in brackets: it is a fact about the numbers, not an ambition.
  const text =
    row.ambitionPp !== null
      ? formatSigned(row.ambitionPp)
      : row.differencePp !== null
        ? `(${formatSigned(row.differencePp)})`
        : l.missing;
  const ambition: ReportCell = {
    text,
    numeric: true,
    ...(reading === "" ? {} : { note: reading }),
    ...(row.ambitionPp !== null && row.ambitionPp > 0 && row.bound !== "at_most" ? { tone: "better" as const } : {}),
  };
  return [
    { text: rowLabel(row.indicator, row.measure, ctx.lang) },
    { text: region?.name ?? row.regionName },
    target,
    actual,
    ambition,
  ];
}
