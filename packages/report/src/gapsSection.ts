import { formatDifference, formatNumber, formatRatio, headlineFirst, unitText } from "@duibi/core";
import { describeSkipReason, type GapsResult } from "@duibi/stats";
import type { SectionContext } from "./figureCell.js";
import { labels } from "./labels.js";
import type { ReportCell, ReportSection } from "./model.js";
import { rowLabel } from "./rowLabel.js";

/**
 * The gaps section: every computed gap row (headline indicators first), each region's
 * difference to the reference in the row's unit, with the ratio for levels. Incomparable rows
 * are listed in the comparability section; rows skipped for another reason (too few values for
 * a median or mean, no reference value) are named in the notes with their reason, in the
 * report's language.
 * @param gaps - gaps on the report year's actual comparison
 * @param ctx - language, regions, citation
 * @returns the section
 * @example
 * gapsSection(gaps, ctx).id; // => "gaps"
 */
export function gapsSection(gaps: GapsResult, ctx: SectionContext): ReportSection {
  const l = labels(ctx.lang);
  const referenceName = referenceLabel(gaps, ctx);
  const shown = ctx.regions.filter((r) => gaps.reference.kind !== "region" || r.code !== gaps.reference.code);
  const rows = headlineFirst(
    gaps.rows.filter((g) => g.skipped === undefined && shown.some((r) => g.cells[r.code] != null)),
  );
  // With one region against another, its own value sits beside the reference's; with many, only the gaps.
  const single = shown.length === 1 ? shown[0] : undefined;
  return {
    id: "gaps",
    title: l.gaps,
    intro: [l.gapsIntro(referenceName)],
    charts: ["gaps"],
    tables: [
      {
        columns: [
          l.indicator,
          ...(single === undefined ? [] : [single.shortName]),
          referenceName,
          ...shown.map((r) => `${r.shortName}−${referenceName}`),
        ],
        rows: rows.map((g) => [
          { text: rowLabel(g.indicator, g.measure, ctx.lang) },
          ...(single === undefined ? [] : [valueCell(g.cells[single.code]?.value ?? null, g.unit, g.measure, ctx)]),
          valueCell(g.referenceValue, g.unit, g.measure, ctx),
          ...shown.map((r): ReportCell => {
            const cell = g.cells[r.code];
            if (cell == null) return { text: l.missing, numeric: true };
            return {
              text: formatDifference(cell.gap, cell.unit, ctx.lang),
              numeric: true,
              ...(cell.ratio === null ? {} : { note: `${formatRatio(cell.ratio)}${l.times}` }),
            };
          }),
        ]),
      },
    ],
    notes: [
      ...(rows.length === 0 ? [l.noRows] : []),
      ...headlineFirst(gaps.rows).flatMap((g) =>
        g.skipped === undefined || g.skipped.code === "incomparable"
          ? []
          : [l.notComputed(rowLabel(g.indicator, g.measure, ctx.lang), describeSkipReason(g.skipped, ctx.lang))],
      ),
    ],
  };
}

/**
 * The reference as readers call it: a region's short name, or "the median" / "the mean".
 * @param gaps - a gaps result
 * @param ctx - language and regions
 * @returns e.g. "万州" or "中位数"
 * @example
 * referenceLabel({ reference: { kind: "median" } } as GapsResult, ctx); // => "中位数"
 */
export function referenceLabel(gaps: GapsResult, ctx: SectionContext): string {
  const { reference } = gaps;
  if (reference.kind === "region") {
    return ctx.regions.find((r) => r.code === reference.code)?.shortName ?? reference.name ?? "";
  }
  if (ctx.lang === "zh") return reference.kind === "median" ? "中位数" : "平均值";
  return reference.kind === "median" ? "the median" : "the mean";
}

// Gaps on growth rows are in 个百分点 but the reference value itself is a percentage.
function referenceUnit(gapUnit: string, measure: string): string {
  return gapUnit === "个百分点" && measure !== "change_pp" ? "%" : gapUnit;
}

function valueCell(value: number | null, gapUnit: string, measure: string, ctx: SectionContext): ReportCell {
  if (value === null) return { text: labels(ctx.lang).missing, numeric: true };
  return { text: `${formatNumber(value)}${unitText(referenceUnit(gapUnit, measure), ctx.lang)}`, numeric: true };
}
