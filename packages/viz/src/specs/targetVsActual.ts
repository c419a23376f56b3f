import { formatFigure, type Qualifier, type TargetActualRow } from "@duibi/core";
import { frame } from "../theme/frame.js";
import type { Locale } from "../theme/locale.js";
import { locale } from "../theme/locale.js";
import { indicatorName, regionName, unitLabel } from "../theme/lookup.js";
import type { ChartOptions, ChartSpec } from "../types.js";
import { checkPairs } from "./argShapes.js";
import { documentTitle } from "./documentTitle.js";
import { expectedRegions } from "./expectedRegions.js";
import { notStatedLine } from "./notStatedLine.js";
import { orderCodes } from "./regionOrder.js";
import { regionStyle } from "./regionStyle.js";
import { rowLabel } from "./rowLabel.js";
import { SHOW_EACH_END, shownRegions } from "./shownRegions.js";
import { BY_SORT_INDEX, sortIndex } from "./sortIndex.js";
import { valueTooltip } from "./valueTooltip.js";

/** Options for {@link targetVsActual}. */
export interface TargetVsActualOptions extends ChartOptions {}

/** How a target's qualifier is drawn. */
export type TargetForm = "exact" | "floor" | "about" | "ceiling";
type Form = TargetForm;

/** The marker form of each qualifier (shared by the charts that draw targets). */
export const FORM: Record<Qualifier, Form> = {
  exact: "exact",
  range: "exact",
  at_least: "floor", // 以上, 不低于: open-ended upwards
  more_than: "floor", // 突破, 超过
  about: "about", // 左右: a point
  nearly: "about",
  at_most: "ceiling", // 以内, 控制在: a cap
};

/** Marker shapes; the ceiling is a thick vertical bar (a cap), the floor points the open way. */
export const SHAPE: Record<Form | "actual", string> = {
  actual: "circle",
  exact: "diamond",
  floor: "triangle-right",
  about: "circle",
  ceiling: "M-0.25,-1H0.25V1H-0.25Z",
};

const markerLabel = (words: Locale, form: Form | "actual") =>
  form === "actual" ? words.actualMarker : words.targetMarker[form];

/**
 * Dumbbells from each region's previous-year actual (hollow circle) to its
 * target (filled marker). The qualifier is visible: 以上 points right with a
 * dashed open end, 左右 is a point, 以内 a ceiling bar, a range a thick band.
 *
 * @param pairs - From `targetPairs(dataset, { indicator, year })` of @duibi/core: the chart draws
 *   the pairs it is given and pairs nothing itself.
 * @param options - lang, title, width, documents (for the source line), highlight, regionOrder.
 * @returns A Vega-Lite spec.
 * @throws DuibiError `invalid_argument` for a dataset instead of its pairs.
 * @example
 * const seeds = loadSeeds();
 * targetVsActual(targetPairs(seeds, { indicator: "gdp", year: 2024 }), { documents: seeds.documents });
 * // => 武隆 5.5% → 6.5%, 万州 6.9% → 7%
 */
export function targetVsActual(pairs: readonly TargetActualRow[], options: TargetVsActualOptions = {}): ChartSpec {
  checkPairs(pairs, options);
  const lang = options.lang ?? "zh";
  const words = locale(lang);
  const all = [...pairs];
  const documents = options.documents;
  const named = all.map((r) => ({ code: r.regionCode, name: regionName(r.regionCode, r.regionName) }));
  const style = regionStyle(named, options, words.otherRegions);
  const position = sortIndex(style.ordered.map((r) => r.code));
  all.sort((a, b) => (position.get(a.regionCode) ?? 0) - (position.get(b.regionCode) ?? 0));
  // many regions: the highest and lowest targets (and the highlighted regions), highest first
  const shown = shownRegions(
    all.map((r) => ({ code: r.regionCode, value: r.target.value })),
    style.many ? style.highlighted : new Set(),
  );
  const order = sortIndex(shown.codes);
  const rows = all
    .filter((r) => order.has(r.regionCode))
    .sort((a, b) => (order.get(a.regionCode) ?? 0) - (order.get(b.regionCode) ?? 0));
  const regionOf = (r: TargetActualRow) => ({
    region: regionName(r.regionCode, r.regionName),
    sortIndex: order.get(r.regionCode) ?? 0,
    colorKey: style.keyOf({ code: r.regionCode, name: regionName(r.regionCode, r.regionName) }),
  });
  const first = all[0];
  const unit = first?.target.unit ?? "";
  const values = rows.flatMap((r) => [
    r.target.value,
    r.actual?.value ?? r.target.value,
    r.target.bounds?.high ?? r.target.value,
  ]);
  // reduce, not Math.max(...values): thousands of regions are more arguments than a call may take
  const high = values.reduce((a, v) => Math.max(a, v), Number.NEGATIVE_INFINITY);
  const low = values.reduce((a, v) => Math.min(a, v), Number.POSITIVE_INFINITY);
  const span = high - low || Math.abs(values[0] ?? 1) || 1;
  const year = first === undefined ? 0 : yearOf(first);
  const points = rows.flatMap((r) => {
    const form = FORM[r.target.qualifier];
    const target = {
      regionCode: r.regionCode,
      ...regionOf(r),
      role: "target",
      marker: markerLabel(words, form),
      value: r.target.value,
      label: formatFigure(r.target.value, unitLabel(r.target.unit, lang), r.target.qualifier, lang, r.target.bounds),
      quote: r.target.source.quote,
      document: documentTitle(r.target.source.document, documents),
      // the label sits on the far side of the target from the actual
      side: r.actual !== null && r.actual.value > r.target.value ? "before" : "after",
    };
    if (r.actual === null) return [target];
    const actualLabel = formatFigure(
      r.actual.value,
      unitLabel(r.actual.unit, lang),
      r.actual.qualifier,
      lang,
      r.actual.bounds,
    );
    return [
      {
        ...target,
        role: "actual",
        marker: markerLabel(words, "actual"),
        value: r.actual.value,
        label: r.actual.kind === "estimate" ? `${actualLabel}（${words.kind.estimate}）` : actualLabel,
        quote: r.actual.source.quote,
        document: documentTitle(r.actual.source.document, documents),
        side: target.side === "after" ? "before" : "after",
      },
      target,
    ];
  });
  const links = rows.flatMap((r) => {
    const { region, sortIndex } = regionOf(r);
    const form = FORM[r.target.qualifier];
    const link =
      r.actual === null ? [] : [{ region, sortIndex, from: r.actual.value, to: r.target.value, style: "link" }];
    const open =
      form === "floor"
        ? [{ region, sortIndex, from: r.target.value, to: r.target.value + span * 0.12, style: "open" }]
        : [];
    const band = r.target.bounds
      ? [{ region, sortIndex, from: r.target.bounds.low, to: r.target.bounds.high, style: "range" }]
      : [];
    return [...link, ...open, ...band];
  });
  const forms = [...new Set(rows.map((r) => FORM[r.target.qualifier]))].sort(
    (a, b) => Object.keys(SHAPE).indexOf(a) - Object.keys(SHAPE).indexOf(b),
  );
  const hasActual = rows.some((r) => r.actual !== null);
  // two point marks with a shape legend each (resolved independently): the actual's symbol is
  // hollow, the targets' filled; one shared legend would draw every symbol alike
  const legend = { title: null, symbolStrokeWidth: 1.5, symbolSize: 120, symbolStrokeColor: "#555555" };
  const actualShape = {
    field: "marker",
    type: "nominal",
    scale: { domain: [markerLabel(words, "actual")], range: [SHAPE.actual] },
    legend,
  };
  const targetShape = {
    field: "marker",
    type: "nominal",
    scale: { domain: forms.map((f) => markerLabel(words, f)), range: forms.map((f) => SHAPE[f]) },
    legend: { ...legend, symbolFillColor: "#555555" },
  };
  const color = {
    field: "colorKey",
    type: "nominal",
    scale: { domain: style.domain, range: style.range },
    legend: null,
  };
  const x = {
    field: "value",
    type: "quantitative",
    title: rowLabel(first?.indicator ?? "", first?.measure ?? "growth", unit, lang),
    scale: { domain: domainOf(points, links), nice: true },
    axis: { tickCount: 5 },
  };
  const y = { field: "region", type: "nominal", sort: BY_SORT_INDEX, title: null };
  const width = options.width ?? 460;
  const inner = {
    width,
    height: { step: 48 },
    layer: [
      ...(links.length === 0
        ? []
        : [
            {
              data: { values: links },
              mark: { type: "rule", color: "#9a9a9a" },
              encoding: {
                y,
                x: { ...x, field: "from" },
                x2: { field: "to" },
                strokeWidth: {
                  field: "style",
                  type: "ordinal",
                  scale: { domain: ["link", "open", "range"], range: [2, 1.5, 7] },
                  legend: null,
                },
                strokeDash: {
                  field: "style",
                  type: "ordinal",
                  scale: {
                    domain: ["link", "open", "range"],
                    range: [
                      [1, 0],
                      [4, 3],
                      [1, 0],
                    ],
                  },
                  legend: null,
                },
                opacity: { value: 0.8 },
              },
            },
          ]),
      {
        data: { values: points },
        layer: [
          ...(hasActual
            ? [
                // a white disc under the actual's ring hides the link; it has no legend of its own
                {
                  transform: [{ filter: "datum.role === 'actual'" }],
                  mark: { type: "point", shape: "circle", filled: true, color: "white", opacity: 1, size: 150 },
                  encoding: { y, x },
                },
                // the ring, hollow in its legend too (a filled mark would fill its legend symbol)
                {
                  transform: [{ filter: "datum.role === 'actual'" }],
                  mark: { type: "point", filled: false, strokeWidth: 2.5, opacity: 1, size: 150 },
                  encoding: { y, x, shape: actualShape, stroke: color, tooltip: valueTooltip(words) },
                },
              ]
            : []),
          {
            transform: [{ filter: "datum.role === 'target'" }],
            mark: { type: "point", filled: true, strokeWidth: 2.5, opacity: 1, size: 190 },
            encoding: { y, x, shape: targetShape, fill: color, stroke: color, tooltip: valueTooltip(words) },
          },
          {
            mark: {
              type: "text",
              baseline: "bottom",
              dy: -9,
              fontSize: 12,
              align: { expr: "datum.side === 'after' ? 'left' : 'right'" },
              dx: { expr: "datum.side === 'after' ? 2 : -2" },
            },
            encoding: { y, x, text: { field: "label" }, color: { value: "#333333" } },
          },
        ],
        resolve: { scale: { shape: "independent" }, legend: { shape: "independent" } },
      },
    ],
  };
  const name = first === undefined ? "" : indicatorName(first.indicator, lang) + words.measureSuffix[first.measure];
  // the missing-region rule: drawn among the regions that state a target, naming those that do not
  const notStated = notStatedLine(
    orderCodes([...expectedRegions(options), ...all.map((r) => r.regionCode)], options.regionOrder),
    new Set(all.map((r) => r.regionCode)),
    (code) => regionName(code, all.find((r) => r.regionCode === code)?.regionName),
    words,
    words.targetOf(year),
  );
  const many = !style.many
    ? []
    : [
        shown.cut
          ? words.shownOfMany(all.length, SHOW_EACH_END, style.highlighted.size > 0)
          : words.allOfMany(all.length, style.highlighted.size > 0),
      ];
  return frame(inner, {
    title: options.title ?? `${name}${words.colon}${words.actualOf(year - 1)} → ${words.targetOf(year)}`,
    subtitle: [...many, ...notStated],
    sources: points.map((p) => p.document),
    documents,
    lang,
    width: width + 80,
  });
}

/**
 * The x domain: every marker and line end, widened by a fifth of the span on each
 * side (so markers clear the axis and labels fit), and around a single value when
 * all are equal (vega would otherwise draw one tick labelled "5.500000").
 */
function domainOf(
  points: readonly { value: number }[],
  links: readonly { from: number; to: number }[],
): [number, number] {
  const all = [...points.map((p) => p.value), ...links.flatMap((l) => [l.from, l.to])];
  const low = all.reduce((a, v) => Math.min(a, v), Number.POSITIVE_INFINITY);
  const high = all.reduce((a, v) => Math.max(a, v), Number.NEGATIVE_INFINITY);
  const pad = high > low ? (high - low) / 5 : Math.max(Math.abs(low) / 5, 1);
  return [low - pad, high + pad];
}

function yearOf(row: TargetActualRow): number {
  return row.target.period;
}
