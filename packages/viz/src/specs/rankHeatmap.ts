import { ARGS, checkArgs } from "@duibi/core";
import type { RankResult } from "@duibi/stats";
import { frame } from "../theme/frame.js";
import { locale } from "../theme/locale.js";
import { indicatorName, regionName } from "../theme/lookup.js";
import type { ChartOptions, ChartSpec } from "../types.js";
import { CHART_OPTIONS, RANKS } from "./argShapes.js";
import { cellQuote } from "./cellQuote.js";
import { orderCodes } from "./regionOrder.js";
import { SHOW_EACH_END, shownRegions } from "./shownRegions.js";
import { BY_SORT_INDEX, sortIndex } from "./sortIndex.js";
import { type SourceContext, sourcesFor } from "./sourcesFor.js";

/** Options for {@link rankHeatmap}. */
export interface RankHeatmapOptions extends ChartOptions, SourceContext {
  /** Region names by code (default the registry's). */
  regionNames?: Readonly<Record<string, string>>;
  /** Rows ranked among fewer regions are left out (a rank of 1 among 1 says nothing); default 2. */
  minRegions?: number;
}

/** Mean rank of a region over the rows it is ranked on, negated (best = highest), null when never ranked. */
function meanRank(rows: RankResult["rows"], code: string): number | null {
  const ranks = rows.flatMap((row) => {
    const r = row.ranks[code];
    return r == null ? [] : [r];
  });
  return ranks.length === 0 ? null : -ranks.reduce((a, b) => a + b, 0) / ranks.length;
}

/** Most skipped rows named under the title before "等N项". */
const MAX_SKIPPED = 6;

/**
 * Indicators × regions, each cell coloured by the region's rank on the row
 * (dark = first) with the rank written in it. Direction-aware: ranks come from
 * `rank`, which ranks lower-is-better indicators (unemployment) ascending, and
 * such rows are marked "（越低越好）". Unranked cells are grey with "—"; rows
 * `rank` skipped (incomparable) are listed under the title; rows ranked among
 * fewer than `minRegions` regions are left out.
 *
 * @param result - The result of `rank(table, …)`.
 * @param options - lang, title, width, regionNames, and `table`/`documents` for the source line.
 * @returns A Vega-Lite spec.
 * @example
 * rankHeatmap(rank(table, { method: "competition", missing: "exclude" })); // => 6 rows × 2 regions
 */
export function rankHeatmap(result: RankResult, options: RankHeatmapOptions = {}): ChartSpec {
  checkArgs({
    result: [result, RANKS],
    options: [options, { ...CHART_OPTIONS, "regionNames?": "object", "minRegions?": "number", "table?": ARGS.table }],
  });
  const lang = options.lang ?? "zh";
  const words = locale(lang);
  const minRegions = options.minRegions ?? 2;
  const ranks = { ...result, rows: result.rows.filter((row) => row.n >= minRegions) };
  const allCodes = orderCodes(
    result.rows.flatMap((row) => Object.keys(row.ranks)),
    options.regionOrder,
  );
  // many regions: the columns of the best and worst mean ranks (and the highlighted), best first
  const highlighted = new Set(
    allCodes.filter(
      (code) =>
        options.highlight?.includes(code) || options.highlight?.includes(regionName(code, options.regionNames?.[code])),
    ),
  );
  const shown = shownRegions(
    allCodes.map((code) => ({ code, value: meanRank(ranks.rows, code) })),
    highlighted,
  );
  const codes = shown.codes;
  const order = sortIndex(codes);
  const names = codes.map((code) => regionName(code, options.regionNames?.[code]));
  const labels = ranks.rows.map((row) => {
    const name = indicatorName(row.indicator, lang) + words.measureSuffix[row.measure];
    return row.direction === "lower" ? `${name}（${words.lowerIsBetter}）` : name;
  });
  const maxN = Math.max(2, ...ranks.rows.map((row) => row.n));
  const values = ranks.rows.flatMap((row, i) =>
    codes.map((code, j) => {
      const rank = row.ranks[code] ?? null;
      return {
        row: labels[i],
        rowIndex: i,
        sortIndex: order.get(code) ?? 0,
        indicator: row.indicator,
        measure: row.measure,
        regionCode: code,
        region: names[j],
        rank,
        n: row.n,
        text: rank === null ? "—" : String(rank),
        // dark cells (the better half) get white text
        dark: rank !== null && (rank - 1) / Math.max(1, maxN - 1) < 0.5,
        tooltip: rank === null ? words.noData : `${words.rankN(rank)} / ${row.n}`,
        quote: cellQuote(options.table, row, code),
      };
    }),
  );
  const cell = 64;
  const width = options.width ?? Math.max(cell * codes.length, 120);
  const inner = {
    data: { values },
    width,
    height: { step: 30 },
    encoding: {
      x: {
        field: "region",
        type: "nominal",
        sort: BY_SORT_INDEX,
        title: null,
        // long county names are cut to their cell rather than run into the next
        axis: { orient: "top", labelAngle: 0, ...(shown.cut ? { labelLimit: cell - 6 } : {}) },
      },
      y: { field: "row", type: "nominal", sort: { field: "rowIndex", op: "min" }, title: null },
    },
    layer: [
      {
        mark: { type: "rect", stroke: "white", strokeWidth: 2 },
        encoding: {
          color: {
            condition: { test: "datum.rank === null", value: "#eeeeee" },
            field: "rank",
            type: "quantitative",
            title: words.rankLegend,
            scale: { domain: [1, maxN], scheme: "blues", reverse: true },
            legend: {
              orient: "bottom",
              direction: "horizontal",
              gradientLength: 160,
              // whole ranks only: a gradient legend would otherwise label 1.5 as "2"
              values: maxN <= 6 ? Array.from({ length: maxN }, (_, i) => i + 1) : [1, Math.round(maxN / 2), maxN],
              format: "d",
            },
          },
          tooltip: [
            { field: "region", type: "nominal", title: words.region },
            { field: "row", type: "nominal", title: words.indicator },
            { field: "tooltip", type: "nominal", title: words.rank },
            ...(options.table === undefined ? [] : [{ field: "quote", type: "nominal", title: words.quote }]),
          ],
        },
      },
      {
        mark: { type: "text", fontSize: 13, fontWeight: "bold" },
        encoding: {
          text: { field: "text" },
          color: { condition: { test: "datum.dark", value: "white" }, value: "#333333" },
        },
      },
    ],
  };
  const skipped = ranks.skipped.map((s) => indicatorName(s.indicator, lang) + words.measureSuffix[s.measure]);
  const named = skipped.slice(0, MAX_SKIPPED).join(words.listSeparator);
  const more = skipped.length > MAX_SKIPPED ? words.moreItems(skipped.length) : "";
  const cutNote = shown.cut ? [words.shownOfMany(allCodes.length, SHOW_EACH_END, highlighted.size > 0)] : [];
  const subtitle = [...cutNote, ...(skipped.length === 0 ? [] : [`${words.notRanked}${named}${more}`])];
  return frame(inner, {
    title: options.title ?? `${words.rank}${words.colon}${words.when(ranks.period, ranks.kind)}`,
    subtitle,
    sources: sourcesFor(codes, ranks.rows, options),
    documents: options.documents,
    lang,
    width: width + 200,
  });
}
