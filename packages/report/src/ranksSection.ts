import { headlineFirst } from "@duibi/core";
import type { RankResult } from "@duibi/stats";
import type { SectionContext } from "./figureCell.js";
import { labels } from "./labels.js";
import type { ReportCell, ReportSection } from "./model.js";
import { rowLabel } from "./rowLabel.js";

/** How often each region ranks first and last over the rows ranked among all regions shown. */
export interface LeadCount {
  code: string;
  first: number;
  last: number;
  /** Rows on which every region shown has a rank. */
  of: number;
}

/**
 * Counts first and last places per region over the rows where every region has a rank
 * (a row stated by one region says nothing about who leads).
 * @param ranks - a rank result
 * @param codes - the regions shown
 * @returns one count per region, in the order of `codes`
 * @example
 * leadCounts(ranks, ["500156", "500101"]); // => [{ code: "500156", first: 9, last: 14, of: 23 }, …]
 */
export function leadCounts(ranks: RankResult, codes: readonly string[]): LeadCount[] {
  const full = ranks.rows.filter((row) => codes.every((c) => row.ranks[c] != null) && codes.length > 1);
  return codes.map((code) => ({
    code,
    first: full.filter((row) => row.ranks[code] === 1 && !allTied(row.ranks, codes)).length,
    last: full.filter((row) => row.ranks[code] === codes.length && !allTied(row.ranks, codes)).length,
    of: full.length,
  }));
}

function allTied(ranks: Record<string, number | null>, codes: readonly string[]): boolean {
  return new Set(codes.map((c) => ranks[c])).size === 1;
}

/**
 * The ranks section: first places per region, then each ranked row with every region's
 * rank of N (headline indicators first).
 * @param ranks - ranks on the report year's actual comparison
 * @param ctx - language, regions, citation
 * @returns the section
 * @example
 * ranksSection(ranks, ctx).tables.length; // => 2
 */
export function ranksSection(ranks: RankResult, ctx: SectionContext): ReportSection {
  const l = labels(ctx.lang);
  const codes = ctx.regions.map((r) => r.code);
  const counts = leadCounts(ranks, codes);
  const stated = ranks.rows.filter((row) => codes.some((c) => row.ranks[c] != null));
  // A rank of 1 of 1 says nothing: rows stated by one region are counted, not listed.
  const rows = headlineFirst(stated.filter((row) => row.n >= 2 || codes.length === 1));
  const alone = stated.length - rows.length;
  const zh = ctx.lang === "zh";
  return {
    id: "ranks",
    title: l.ranks,
    intro: [l.ranksIntro(codes.length)],
    charts: ["ranks"],
    tables: [
      {
        columns: [
          l.region,
          zh ? "排名第一的指标数" : "Rows ranked first",
          zh ? "排名末位的指标数" : "Rows ranked last",
        ],
        rows: counts.map((c) => [
          { text: ctx.regions.find((r) => r.code === c.code)?.name ?? c.code },
          { text: `${c.first}/${c.of}`, numeric: true },
          { text: `${c.last}/${c.of}`, numeric: true },
        ]),
      },
      {
        columns: [l.indicator, ...ctx.regions.map((r) => r.name)],
        rows: rows.map((row) => [
          { text: rowLabel(row.indicator, row.measure, ctx.lang) },
          ...codes.map((code): ReportCell => {
            const rank = row.ranks[code];
            if (rank == null) return { text: l.missing, numeric: true };
            const tied = allTied(row.ranks, codes);
            return {
              text: l.rankOf(rank, row.n),
              numeric: true,
              ...(rank === 1 && !tied ? { tone: "better" as const } : {}),
            };
          }),
        ]),
      },
    ],
    notes: [...(rows.length === 0 ? [l.noRows] : []), ...(alone > 0 ? [l.only(alone)] : [])],
  };
}
