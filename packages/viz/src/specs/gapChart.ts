import { ARGS, checkArgs, duibiError, formatDifference, formatFigure, type Measure } from "@duibi/core";
import { describeSkipReason, type GapReference, type GapRow, type GapsResult } from "@duibi/stats";
import { frame } from "../theme/frame.js";
import { locale } from "../theme/locale.js";
import { indicatorName, regionName, unitLabel } from "../theme/lookup.js";
import type { ChartLang, ChartOptions, ChartSpec } from "../types.js";
import { CHART_OPTIONS, GAPS } from "./argShapes.js";
import { cellQuote } from "./cellQuote.js";
import { drawnColors } from "./drawnColors.js";
import { notStatedLine } from "./notStatedLine.js";
import { orderCodes } from "./regionOrder.js";
import { regionStyle } from "./regionStyle.js";
import { rowLabel } from "./rowLabel.js";
import { SHOW_EACH_END, shownRegions } from "./shownRegions.js";
import { BY_SORT_INDEX, sortIndex } from "./sortIndex.js";
import { type SourceContext, sourcesFor } from "./sourcesFor.js";

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
    // say why the row was skipped (too few values for a median, no reference value …) when it was
    const skipped = gaps.rows.find((row) => row.indicator === options.indicator && row.skipped !== undefined)?.skipped;
    throw duibiError("invalid_option", {
      option: "indicator",
      detail: `no computed gap for ${options.indicator}${skipped === undefined ? "" : ` (${describeSkipReason(skipped, "en")})`}`,
      fix: `Choose one of: ${[...new Set(computed.map((r) => r.indicator))].join(", ")}.`,
    });
  }
  return [first];
}

/** "+1.4个百分点", "−1.4个百分点". */
const gapLabel = (gap: number, unit: string, lang: ChartLang) => formatDifference(gap, unitLabel(unit, lang), lang);

/**
 * The x domain: zero, every gap, and about a third of the span more on each side
 * that has bars (on both sides with `bothSides`, where region names sit across the
 * zero line from their bars), so the labels stay clear of the axis labels.
 */
function labelRoom(gaps: readonly number[], bothSides: boolean): [number, number] {
  const low = gaps.reduce((a, g) => Math.min(a, g), 0);
  const high = gaps.reduce((a, g) => Math.max(a, g), 0);
  const room = (high - low || 1) * 0.4;
  return [low < 0 || bothSides ? low - room : 0, high > 0 || bothSides ? high + room : 0];
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
  checkArgs({
    gaps: [gaps, GAPS],
    options: [
      options,
      {
        ...CHART_OPTIONS,
        "indicator?": "string",
        "measure?": "string",
        "regionNames?": "object",
        "table?": ARGS.table,
      },
    ],
  });
  const lang = options.lang ?? "zh";
  const words = locale(lang);
  const rows = pickRows(gaps, options);
  const referenceCode = gaps.reference.kind === "region" ? gaps.reference.code : undefined;
  const drawnCodes = [...new Set(rows.flatMap((row) => Object.keys(row.cells)))].filter((c) => c !== referenceCode);
  const allCodes = orderCodes(drawnCodes, options.regionOrder);
  const single = options.indicator !== undefined;
  // stable colours over every region of the result, as before; grey for all but the highlighted when many
  const everyCode = [...new Set(gaps.rows.flatMap((row) => Object.keys(row.cells)))];
  const style = regionStyle(
    everyCode.map((code) => ({ code, name: regionName(code, options.regionNames?.[code]) })),
    options,
    words.otherRegions,
  );
  // one indicator and many regions: the largest and smallest gaps (and the highlighted), largest first
  const shown = single
    ? shownRegions(
        allCodes.map((code) => ({ code, value: rows[0]?.cells[code]?.gap ?? null })),
        style.many ? style.highlighted : new Set(),
      )
    : { codes: allCodes, cut: false };
  const codes = shown.codes;
  const order = sortIndex(codes);
  // many regions on many rows: a strip of ticks per row, not a bar per region
  const strip = !single && style.many;
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
          rowIndex: i,
          sortIndex: order.get(code) ?? 0,
          colorKey: style.keyOf({ code, name: regionName(code, options.regionNames?.[code]) }),
          highlighted: style.highlighted.has(code),
          indicator: row.indicator,
          measure: row.measure,
          regionCode: code,
          region: regionName(code, options.regionNames?.[code]),
          gap: cell.gap,
          value: cell.value,
          label: gapLabel(cell.gap, cell.unit, lang),
          valueLabel: formatFigure(
            cell.value,
            unitLabel(row.unit === "个百分点" ? "%" : row.unit, lang),
            "exact",
            lang,
          ),
          quote: cellQuote(options.table, row, code),
        },
      ];
    }),
  );
  const reference = referenceName(gaps.reference, lang, options.regionNames);
  const unit = rows[0]?.unit ?? "个百分点";
  // the colour scale lists the regions of the result, as the legend of the rows view names them
  const scale = drawnColors(style, values);
  const color = {
    field: "colorKey",
    type: "nominal",
    title: null,
    scale,
    // a full-strength legend symbol, although the grey ticks are drawn faint
    legend: single ? null : strip ? { symbolOpacity: 1 } : {},
  };
  const width = options.width ?? 420;
  const y = single
    ? { field: "region", type: "nominal", sort: BY_SORT_INDEX, title: null }
    : { field: "row", type: "nominal", sort: { field: "rowIndex", op: "min" }, title: null };
  const x = {
    field: "gap",
    type: "quantitative",
    title: words.unitInTitle(words.gapTo(reference), unitLabel(unit, lang)),
    scale: {
      domain: labelRoom(
        values.map((v) => v.gap),
        !single && !strip,
      ),
      nice: false,
    },
    axis: { tickCount: 5 },
  };
  const tooltip = [
    { field: "region", type: "nominal", title: words.region },
    { field: "row", type: "nominal", title: words.indicator },
    { field: "valueLabel", type: "nominal", title: words.value },
    { field: "label", type: "nominal", title: words.gapTo(reference) },
    ...(options.table === undefined ? [] : [{ field: "quote", type: "nominal", title: words.quote }]),
  ];
  const bars = strip
    ? [
        // grey ticks first, the highlighted regions' on top; no value labels, they would collide (tooltips have them)
        {
          transform: [{ filter: "!datum.highlighted" }],
          mark: { type: "tick", thickness: 1, bandSize: 18, opacity: 0.35 },
          encoding: { color, tooltip },
        },
        {
          transform: [{ filter: "datum.highlighted" }],
          mark: { type: "tick", thickness: 2.5, bandSize: 22, opacity: 1 },
          encoding: { color, tooltip },
        },
      ]
    : [
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
        // bars grouped by row: each bar names its region across the zero line, not only by colour
        ...(single
          ? []
          : [
              {
                mark: {
                  type: "text",
                  baseline: "middle",
                  fontSize: 11,
                  color: "#555555",
                  align: { expr: "datum.gap < 0 ? 'left' : 'right'" },
                  dx: { expr: "datum.gap < 0 ? 4 : -4" },
                },
                encoding: { x: { datum: 0, type: "quantitative" }, text: { field: "region" } },
              },
            ]),
      ];
  const inner = {
    width,
    // with yOffset (bars grouped by row) the step is that of one region's bar within its row
    height: { step: single ? 40 : strip ? 36 : 22 },
    layer: [
      {
        data: { values },
        encoding: {
          y,
          x,
          ...(single || strip ? {} : { yOffset: { field: "region", type: "nominal", sort: BY_SORT_INDEX } }),
        },
        layer: bars,
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
  const selected = style.highlighted.size > 0;
  // the missing-region rule: each row compares the regions that state it, and says who does not
  const expected = orderCodes(
    [...everyCode, ...(options.regionOrder ?? [])].filter((c) => c !== referenceCode),
    options.regionOrder,
  );
  const notStated = rows.flatMap((row, i) =>
    notStatedLine(
      expected,
      new Set(Object.keys(row.cells).filter((code) => row.cells[code] != null)),
      (code) => regionName(code, options.regionNames?.[code]),
      words,
      single ? undefined : labels[i],
    ),
  );
  const many = !style.many
    ? []
    : [
        shown.cut
          ? words.shownOfMany(allCodes.length, SHOW_EACH_END, selected)
          : words.allOfMany(allCodes.length, selected),
      ];
  return frame(inner, {
    title,
    subtitle: [...many, ...notStated],
    sources: sourcesFor([...codes, ...(referenceCode ? [referenceCode] : [])], rows, options),
    documents: options.documents,
    lang,
    width: width + 120,
  });
}
