import { duibiError, type Measure } from "@duibi/core";
import type { GapReference, GapRow, GapsResult } from "@duibi/stats";
import { frame } from "../theme/frame.js";
import { locale } from "../theme/locale.js";
import { indicatorName, regionName, unitLabel } from "../theme/lookup.js";
import { formatValue, regionColors } from "../theme.js";
import type { ChartLang, ChartOptions, ChartSpec } from "../types.js";
import { cellQuote, rowLabel, type SourceContext, sourcesFor } from "./common.js";

/** Options for {@link gapChart}. */
export interface GapChartOptions extends ChartOptions, SourceContext {
  /** One indicator: a bar per region. Without it: every row measured in 个百分点 (growth, rates, shares). */
  indicator?: string;
  /** With `indicator`: which measure (default the first computed row of the indicator). */
  measure?: Measure;
  /** Region names by code (default the registry's). */
  regionNames?: Readonly<Record<string, string>>;
}

function referenceName(reference: GapReference, lang: ChartLang, names: GapChartOptions["regionNames"]): string {
  if (reference.kind === "region")
    return reference.name ?? regionName(reference.code ?? "", names?.[reference.code ?? ""]);
  if (lang === "en") return reference.kind === "median" ? "the median" : "the mean";
  return reference.kind === "median" ? "中位数" : "平均值";
}

/** Mean gap of a row over its regions (0 without any): rows are drawn largest first, as diverging bars read best sorted. */
function meanGap(row: GapRow): number {
  const values = Object.values(row.cells).flatMap((cell) => (cell == null ? [] : [cell.gap]));
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

function pickRows(gaps: GapsResult, options: GapChartOptions): GapRow[] {
  const computed = gaps.rows.filter((row) => row.skipped === undefined && row.referenceValue !== null);
  if (options.indicator === undefined) {
    return computed
      .filter((row) => row.unit === "个百分点")
      .map((row) => ({ row, mean: meanGap(row) }))
      .sort((a, b) => b.mean - a.mean || a.row.indicator.localeCompare(b.row.indicator))
      .map(({ row }) => row);
  }
  const ofIndicator = computed.filter(
    (row) => row.indicator === options.indicator && (options.measure === undefined || row.measure === options.measure),
  );
  const first = ofIndicator[0];
  if (first === undefined) {
    throw duibiError("invalid_option", {
      option: "indicator",
      detail: `no computed gap for ${options.indicator}`,
      fix: `Choose one of: ${[...new Set(computed.map((r) => r.indicator))].join(", ")}.`,
    });
  }
  return [first];
}

/** "+1.4个百分点", "−1.4个百分点". */
const gapLabel = (gap: number, unit: string, lang: ChartLang) =>
  formatValue(gap, unitLabel(unit, lang), { sign: true });

/**
 * The x domain: zero, every gap, and about a third of the span more on each side
 * that has bars, so the value labels at the bar ends stay clear of the axis labels.
 */
function labelRoom(gaps: readonly number[]): [number, number] {
  const low = Math.min(0, ...gaps);
  const high = Math.max(0, ...gaps);
  const room = (high - low || 1) * 0.4;
  return [low < 0 ? low - room : 0, high > 0 ? high + room : 0];
}

/**
 * Diverging bars of each region's gap to the reference (a region, the median
 * or the mean) around a zero line: with `indicator`, one bar per region; without,
 * every growth/rate row (all in 个百分点, so they share one axis), bars grouped
 * by indicator (largest mean gap first) and coloured by region. The reference region itself is not drawn
 * (its gap is 0 by definition). Skipped rows (incomparable) are never drawn.
 *
 * @param gaps - The result of `gaps(table, { reference })`.
 * @param options - indicator, measure, lang, title, width, and `table`/`documents` for the source line.
 * @returns A Vega-Lite spec.
 * @throws DuibiError `invalid_option` when `indicator` has no computed gap.
 * @example
 * gapChart(gaps(table, { reference: "万州区" }), { indicator: "gdp", measure: "growth" }); // => 武隆区 −1.4个百分点
 */
export function gapChart(gaps: GapsResult, options: GapChartOptions = {}): ChartSpec {
  const lang = options.lang ?? "zh";
  const words = locale(lang);
  const rows = pickRows(gaps, options);
  const referenceCode = gaps.reference.kind === "region" ? gaps.reference.code : undefined;
  const codes = [...new Set(rows.flatMap((row) => Object.keys(row.cells)))].filter((c) => c !== referenceCode).sort();
  const allCodes = [...new Set(gaps.rows.flatMap((row) => Object.keys(row.cells)))];
  const colors = regionColors(allCodes);
  const names = codes.map((code) => regionName(code, options.regionNames?.[code]));
  const labels = rows.map((row) =>
    options.indicator === undefined
      ? indicatorName(row.indicator, lang) + words.measureSuffix[row.measure]
      : rowLabel(row.indicator, row.measure, row.unit, lang),
  );
  const values = rows.flatMap((row, i) =>
    codes.flatMap((code) => {
      const cell = row.cells[code];
      if (cell == null) return [];
      return [
        {
          row: labels[i],
          indicator: row.indicator,
          measure: row.measure,
          regionCode: code,
          region: regionName(code, options.regionNames?.[code]),
          gap: cell.gap,
          value: cell.value,
          label: gapLabel(cell.gap, cell.unit, lang),
          valueLabel: formatValue(cell.value, unitLabel(row.unit === "个百分点" ? "%" : row.unit, lang)),
          quote: cellQuote(options.table, row, code),
        },
      ];
    }),
  );
  const reference = referenceName(gaps.reference, lang, options.regionNames);
  const unit = rows[0]?.unit ?? "个百分点";
  const single = options.indicator !== undefined;
  const color = {
    field: "region",
    type: "nominal",
    title: null,
    scale: { domain: names, range: codes.map((c) => colors[c]) },
    legend: single ? null : {},
  };
  const width = options.width ?? 420;
  const y = single
    ? { field: "region", type: "nominal", sort: names, title: null }
    : { field: "row", type: "nominal", sort: labels, title: null };
  const x = {
    field: "gap",
    type: "quantitative",
    title: words.unitInTitle(words.gapTo(reference), unitLabel(unit, lang)),
    scale: { domain: labelRoom(values.map((v) => v.gap)), nice: false },
    axis: { tickCount: 5 },
  };
  const tooltip = [
    { field: "region", type: "nominal", title: words.region },
    { field: "row", type: "nominal", title: words.indicator },
    { field: "valueLabel", type: "nominal", title: words.value },
    { field: "label", type: "nominal", title: words.gapTo(reference) },
    ...(options.table === undefined ? [] : [{ field: "quote", type: "nominal", title: words.quote }]),
  ];
  const inner = {
    width,
    height: { step: single ? 40 : 22 * Math.max(1, codes.length) + 10 },
    layer: [
      {
        data: { values },
        encoding: { y, x, ...(single ? {} : { yOffset: { field: "region", type: "nominal", sort: names } }) },
        layer: [
          { mark: { type: "bar", height: { band: single ? 0.6 : 0.8 } }, encoding: { color, tooltip } },
          {
            mark: {
              type: "text",
              baseline: "middle",
              fontSize: 12,
              align: { expr: "datum.gap < 0 ? 'right' : 'left'" },
              dx: { expr: "datum.gap < 0 ? -4 : 4" },
            },
            encoding: { text: { field: "label" } },
          },
        ],
      },
      {
        data: { values: [{}] },
        mark: { type: "rule", color: "#333333", strokeWidth: 1 },
        encoding: { x: { datum: 0, type: "quantitative" } },
      },
    ],
  };
  const what = single && labels[0] !== undefined ? (labels[0].split(/[（(]/)[0] ?? "") : "";
  const when =
    lang === "zh" ? `（${words.when(gaps.period, gaps.kind)}）` : ` (${gaps.period} ${words.kind[gaps.kind]})`;
  const title = options.title ?? `${what}${what ? words.colon : ""}${words.gapTo(reference)}${when}`;
  return frame(inner, {
    title,
    sources: sourcesFor([...codes, ...(referenceCode ? [referenceCode] : [])], rows, options),
    documents: options.documents,
    lang,
    width: width + 120,
  });
}
