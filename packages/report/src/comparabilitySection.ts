import type { ComparisonRow, ComparisonTable } from "@duibi/core";
import { describeNotes, headlineFirst } from "@duibi/core";
import { regionCells, type SectionContext } from "./figureCell.js";
import { labels } from "./labels.js";
import type { ReportSection, ReportTable } from "./model.js";
import { rowLabel } from "./rowLabel.js";

/**
 * The comparability section: which rows may not be compared and why (shown, never
 * computed on), which were converted and how, and how many rows only some regions
 * state — for every table the report draws on.
 * @param tables - the comparisons the report uses (the year's actuals, next year's targets)
 * @param ctx - language, regions, citation
 * @returns the section
 * @example
 * comparabilitySection([actual2023, targets2024], ctx).tables.map((t) => t.caption);
 * // => ["不可比（只列示，不计算）：2023年实际", "经换算后可比：2023年实际", …]
 */
export function comparabilitySection(tables: readonly ComparisonTable[], ctx: SectionContext): ReportSection {
  const l = labels(ctx.lang);
  const out: ReportTable[] = [];
  const notes: string[] = [];
  for (const table of tables) {
    const name = tableName(table, ctx);
    const incomparable = headlineFirst(table.rows.filter((r) => r.verdict === "incomparable"));
    const converted = headlineFirst(table.rows.filter((r) => r.verdict === "converted"));
    const partial = table.rows.filter((r) => r.verdict === "partial");
    // A caption's colon is the sentence's: full-width in Chinese, ": " in English.
    const colon = ctx.lang === "zh" ? "：" : ": ";
    if (incomparable.length > 0) out.push(verdictTable(`${l.incomparableTitle}${colon}${name}`, incomparable, ctx));
    if (converted.length > 0) out.push(verdictTable(`${l.convertedTitle}${colon}${name}`, converted, ctx));
    if (partial.length > 0) notes.push(partialNote(name, partial.length, table.rows.length, ctx));
  }
  return {
    id: "comparability",
    title: l.comparability,
    intro: [l.comparabilityIntro],
    charts: [],
    tables: out,
    notes,
  };
}

function verdictTable(caption: string, rows: ComparisonRow[], ctx: SectionContext): ReportTable {
  const l = labels(ctx.lang);
  return {
    caption,
    columns: [l.indicator, ...ctx.regions.map((r) => r.name), l.note],
    rows: rows.map((row) => [
      { text: rowLabel(row.indicator, row.measure, ctx.lang) },
      ...regionCells(row, ctx),
      { text: describeNotes(row.notes, ctx.lang, ctx.regions) },
    ]),
  };
}

function tableName(table: ComparisonTable, ctx: SectionContext): string {
  const kinds = { actual: ["实际", "actual"], estimate: ["预计", "estimate"], target: ["目标", "target"] } as const;
  const [zh, en] = kinds[table.kind];
  return ctx.lang === "zh" ? `${table.period}年${zh}` : `${table.period} ${en}`;
}

function partialNote(name: string, partial: number, total: number, ctx: SectionContext): string {
  return ctx.lang === "zh"
    ? `${labels("zh").partialTitle}（${name}）：${total}行中有${partial}行只有部分地区的报告写到，这些行不计算差距，排名只在写到的地区之间进行。`
    : `${labels("en").partialTitle} (${name}): ${partial} of ${total} rows are stated by some regions only; they get no gaps, and ranks only among the regions that state them.`;
}
