import { ARGS, checkArgs, formatPercent, formatRounded } from "@duibi/core";
import type { CompositeResult, SensitivityResult } from "@duibi/stats";
import { frame } from "../theme/frame.js";
import { locale } from "../theme/locale.js";
import { indicatorName, regionName } from "../theme/lookup.js";
import type { ChartOptions, ChartSpec } from "../types.js";
import { CHART_OPTIONS } from "./argShapes.js";
import { regionStyle } from "./regionStyle.js";
import { SHOW_EACH_END, shownRegions } from "./shownRegions.js";
import { BY_SORT_INDEX } from "./sortIndex.js";
import { type SourceContext, sourcesFor } from "./sourcesFor.js";

/** Options for {@link scorecard}. */
export interface ScorecardOptions extends ChartOptions, SourceContext {}

/** Most indicators named with their weights under the title before "等N项". */
const MAX_NAMED = 8;

/** Sequential blues for ranks 1…k (dark = first), enough for the rank legend of up to nine regions. */
const RANK_BLUES = ["#08306b", "#2171b5", "#6baed6", "#c6dbef", "#deebf7", "#eff3ff", "#f7fbff", "#fcfdff", "#ffffff"];

/**
 * Composite scores beside how robust each region's rank is: on the left a bar
 * per region (score and rank), on the right the probability of each rank when
 * the weights are drawn at random around the chosen ones (`sensitivity`).
 * Regions are ordered by rank, then code; regions below the coverage threshold
 * have no score and are listed without a bar.
 *
 * @param composite - The result of `composite(table, …)`.
 * @param sensitivity - The result of `sensitivity(table, …)` for the same indicators.
 * @param options - lang, title, width, and `table`/`documents` for the source line.
 * @returns A Vega-Lite spec.
 * @example
 * scorecard(composite(table, opts), sensitivity(table, { ...opts, draws: 1000, seed: 1 })); // => two panels
 */
export function scorecard(
  composite: CompositeResult,
  sensitivity: SensitivityResult,
  options: ScorecardOptions = {},
): ChartSpec {
  checkArgs({
    composite: [composite, { scores: "object[]" }],
    sensitivity: [sensitivity, "object"],
    options: [options, { ...CHART_OPTIONS, "table?": ARGS.table }],
  });
  const lang = options.lang ?? "zh";
  const words = locale(lang);
  const nameOf = (s: { regionCode: string; regionName: string }) => regionName(s.regionCode, s.regionName);
  const style = regionStyle(
    composite.scores.map((s) => ({ code: s.regionCode, name: nameOf(s) })),
    options,
    words.otherRegions,
  );
  const byRank = [...composite.scores].sort(
    (a, b) =>
      (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) ||
      a.regionCode.localeCompare(b.regionCode),
  );
  // many regions: the best and the worst ranks (and the highlighted), best first
  const shown = shownRegions(
    byRank.map((s) => ({ code: s.regionCode, value: s.rank === null ? null : -s.rank })),
    style.many ? style.highlighted : new Set(),
  );
  const keepCodes = new Set(shown.codes);
  const ordered = byRank.filter((s) => keepCodes.has(s.regionCode));
  const names = ordered.map(nameOf);
  const scores = ordered.map((s, i) => ({
    regionCode: s.regionCode,
    region: names[i],
    sortIndex: i,
    colorKey: style.keyOf({ code: s.regionCode, name: nameOf(s) }),
    score: s.score,
    labelAt: s.score ?? 0, // regions without a score (coverage too low) still get their "无数据" label
    label: s.score === null ? words.noData : `${formatRounded(s.score, 3)}（${words.rankN(s.rank ?? 0)}）`,
    coverage: formatPercent(s.coverage),
  }));
  const k = Object.values(sensitivity.probabilities).reduce((a, p) => Math.max(a, p.length), 0);
  // more ranks than shades of blue: each region's 90% rank range instead of a bar per rank
  const ranges = k > RANK_BLUES.length;
  const rankNames = Array.from({ length: k }, (_, i) => words.rankN(i + 1));
  // stack positions computed here rather than by vega-lite, so the labels can sit at each segment's middle
  const probabilities = (ranges ? [] : ordered).flatMap((s, i) => {
    let start = 0;
    return (sensitivity.probabilities[s.regionCode] ?? []).flatMap((p, r) => {
      const segment = { start, end: start + p, mid: start + p / 2 };
      start += p;
      if (p <= 0) return [];
      return [
        {
          region: names[i],
          sortIndex: i,
          rank: rankNames[r],
          order: r,
          probability: p,
          ...segment,
          label: p >= 0.08 ? formatPercent(p) : "",
          dark: r < 2,
        },
      ];
    });
  });
  const intervals = (ranges ? ordered : []).flatMap((s, i) => {
    const p = sensitivity.probabilities[s.regionCode] ?? [];
    const low = quantileRank(p, 0.05);
    const high = quantileRank(p, 0.95);
    const median = quantileRank(p, 0.5);
    if (low === null || high === null || median === null) return [];
    return [
      {
        region: names[i],
        sortIndex: i,
        colorKey: style.keyOf({ code: s.regionCode, name: nameOf(s) }),
        low,
        high,
        median,
        label: low === high ? words.rankN(low) : `${words.rankN(low)}–${words.rankN(high)}`,
      },
    ];
  });
  const y = { field: "region", type: "nominal", sort: BY_SORT_INDEX, title: null };
  const width = options.width ?? 260;
  const left = {
    data: { values: scores },
    width,
    height: { step: 36 },
    title: { text: words.score, fontSize: 13, anchor: "start" },
    encoding: { y },
    layer: [
      {
        mark: { type: "bar", height: { band: 0.6 } },
        encoding: {
          x: { field: "score", type: "quantitative", title: null, axis: { tickCount: 4 }, scale: { nice: true } },
          color: {
            field: "colorKey",
            type: "nominal",
            scale: { domain: style.domain, range: style.range },
            legend: null,
          },
          tooltip: [
            { field: "region", type: "nominal", title: words.region },
            { field: "label", type: "nominal", title: words.score },
            { field: "coverage", type: "nominal", title: "coverage" },
          ],
        },
      },
      {
        mark: { type: "text", align: "left", baseline: "middle", dx: 4, fontSize: 12 },
        encoding: { x: { field: "labelAt", type: "quantitative" }, text: { field: "label" } },
      },
    ],
  };
  const rangeColor = {
    field: "colorKey",
    type: "nominal",
    scale: { domain: style.domain, range: style.range },
    legend: null,
  };
  const rangePanel = {
    data: { values: intervals },
    width,
    height: { step: 36 },
    title: { text: words.rankRange, fontSize: 13, anchor: "start" },
    encoding: { y: { ...y, axis: { labels: true } } },
    layer: [
      {
        mark: { type: "rule", strokeWidth: 3 },
        encoding: {
          x: {
            field: "low",
            type: "quantitative",
            title: words.rank,
            // first place on the left, as the scores panel puts the best on top
            scale: { domain: [1, Math.max(2, k)], nice: false },
            axis: { tickCount: 5, format: "d" },
          },
          x2: { field: "high" },
          color: rangeColor,
          tooltip: [
            { field: "region", type: "nominal", title: words.region },
            { field: "label", type: "nominal", title: words.rankRangeTip },
            { field: "median", type: "quantitative", title: words.medianRank },
          ],
        },
      },
      {
        mark: { type: "point", filled: true, size: 60, opacity: 1 },
        encoding: { x: { field: "median", type: "quantitative" }, color: rangeColor },
      },
    ],
  };
  const right = {
    data: { values: probabilities },
    width,
    height: { step: 36 },
    title: { text: words.rankProbability, fontSize: 13, anchor: "start" },
    encoding: { y: { ...y, axis: { labels: true } } },
    layer: [
      {
        mark: { type: "bar", height: { band: 0.6 } },
        encoding: {
          x: {
            field: "start",
            type: "quantitative",
            title: null,
            scale: { domain: [0, 1] },
            axis: { format: ".0%", tickCount: 5 },
          },
          x2: { field: "end" },
          color: {
            field: "rank",
            type: "ordinal",
            title: null,
            sort: { field: "order", op: "min" },
            scale: { domain: rankNames, range: RANK_BLUES.slice(0, Math.max(1, k)) },
          },
          tooltip: [
            { field: "region", type: "nominal", title: words.region },
            { field: "rank", type: "nominal", title: words.rank },
            { field: "probability", type: "quantitative", title: "P", format: ".1%" },
          ],
        },
      },
      {
        mark: { type: "text", baseline: "middle", fontSize: 11 },
        encoding: {
          x: { field: "mid", type: "quantitative" },
          text: { field: "label" },
          color: { condition: { test: "datum.dark", value: "white" }, value: "#333333" },
        },
      },
    ],
  };
  const named = composite.indicators
    .slice(0, MAX_NAMED)
    .map((ind) => {
      const name = indicatorName(ind.indicator, lang) + words.measureSuffix[ind.measure];
      return `${name} ${formatPercent(ind.weight, 1)}`;
    })
    .join(words.listSeparator);
  const more = composite.indicators.length > MAX_NAMED ? words.moreItems(composite.indicators.length) : "";
  const weights = named + more;
  return frame(
    { hconcat: [left, ranges ? rangePanel : right], resolve: { scale: { color: "independent" } } },
    {
      title: options.title ?? words.scorecardTitle,
      subtitle: [
        `${words.weights}${weights}`,
        words.draws(sensitivity.draws, sensitivity.seed),
        ...(shown.cut ? [words.shownOfMany(composite.scores.length, SHOW_EACH_END, style.highlighted.size > 0)] : []),
      ],
      sources: sourcesFor(
        style.ordered.map((r) => r.code),
        composite.indicators,
        options,
      ),
      documents: options.documents,
      lang,
      width: 2 * width + 160,
    },
  );
}

/** The smallest rank whose cumulative probability reaches `q` (ranks from 1), null when the region has none. */
function quantileRank(probabilities: readonly number[], q: number): number | null {
  let cumulative = 0;
  for (const [i, p] of probabilities.entries()) {
    cumulative += p;
    if (p > 0 && cumulative >= q - 1e-9) return i + 1;
  }
  return null;
}
