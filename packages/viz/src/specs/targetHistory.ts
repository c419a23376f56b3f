import { checkArgs, duibiError, formatFigure, formatSigned, outcomeLabel } from "@duibi/core";
import type { AttainmentResult, AttainmentRow } from "@duibi/stats";
import { frame } from "../theme/frame.js";
import { locale } from "../theme/locale.js";
import { indicatorName, regionName, unitLabel } from "../theme/lookup.js";
import type { ChartOptions, ChartSpec } from "../types.js";
import { ATTAINMENT, CHART_OPTIONS } from "./argShapes.js";
import { rowLabel } from "./rowLabel.js";
import { FORM, type TargetForm } from "./targetVsActual.js";

/** Options for {@link targetHistory}. */
export interface TargetHistoryOptions extends ChartOptions {
  /** The region (code or name as in the result); default the first region of the result. */
  region?: string;
  /** The indicator id; default gdp when the result has it, else its first indicator. */
  indicator?: string;
}

/**
 * Marker shapes with the value on the vertical axis: the floor (以上) points up, the ceiling
 * (以内) is a horizontal cap, 左右 a square, an exact target a diamond; the outcome is a hollow
 * circle ringed in its verdict's colour (as in `targetVsActual`, turned a quarter).
 */
const SHAPE: Record<TargetForm | "outcome", string> = {
  outcome: "circle",
  exact: "diamond",
  floor: "triangle-up",
  about: "square",
  ceiling: "M-1,-0.25H1V0.25H-1Z",
};

/** Verdict colours: met green, missed orange-red, others grey (shared with the matrix). */
export const VERDICT_COLORS: Record<AttainmentRow["verdict"], string> = {
  met: "#1a7f4b",
  missed: "#d0461b",
  not_comparable: "#8c6bb1",
  incomplete: "#b5b5b5",
};

/** The indicator a chart of attainment rows draws: the one asked for, else gdp, else the first. */
export function attainmentIndicator(rows: readonly AttainmentRow[], indicator: string | undefined): string {
  if (indicator !== undefined) return indicator;
  return rows.some((r) => r.indicator === "gdp") ? "gdp" : (rows[0]?.indicator ?? "gdp");
}

/**
 * A region's targets against its outcomes over the years: each year's target as a filled marker
 * whose shape is its qualifier (以上 a floor pointing up, 以内 a cap, 左右 a point, a range a band),
 * the outcome later reports stated as a hollow circle coloured by the verdict, both joined across
 * the years. Tooltips quote both sentences.
 *
 * @param result - from `attainment` (@duibi/stats)
 * @param options - region, indicator, lang, title, width, documents (for the source line)
 * @returns A Vega-Lite spec.
 * @throws DuibiError `invalid_argument` for a result or option of the wrong type; `invalid_option`
 *   when the region has no target of the indicator.
 * @example
 * targetHistory(attainment(dataset), { region: "重庆市", indicator: "gdp" }); // => 2004–2026 targets and outcomes
 */
export function targetHistory(result: AttainmentResult, options: TargetHistoryOptions = {}): ChartSpec {
  checkArgs({
    result: [result, ATTAINMENT],
    options: [options, { ...CHART_OPTIONS, "region?": "string", "indicator?": "string" }],
  });
  const lang = options.lang ?? "zh";
  const words = locale(lang);
  const code =
    options.region === undefined
      ? result.rows[0]?.regionCode
      : result.rows.find((r) => r.regionCode === options.region || r.regionName === options.region)?.regionCode;
  const ofRegion = result.rows.filter((r) => r.regionCode === code);
  const indicator = attainmentIndicator(ofRegion, options.indicator);
  const rows = ofRegion.filter((r) => r.indicator === indicator);
  const first = rows[0];
  if (first === undefined) {
    throw duibiError("invalid_option", {
      option: "region",
      detail: `no ${indicator} target for ${options.region ?? "any region"}`,
      fix: "Choose a region and indicator that attainment lists.",
    });
  }
  const measure = rows.some((r) => r.measure === "growth") ? "growth" : first.measure;
  const shown = rows.filter((r) => r.measure === measure);
  const unit = unitLabel(first.target.unit, lang);
  const documents = options.documents;
  const point = (r: AttainmentRow) =>
    r.target.bounds ? (r.target.bounds.low + r.target.bounds.high) / 2 : r.target.value;
  const targetText = (r: AttainmentRow) =>
    formatFigure(r.target.value, unit, r.target.qualifier, lang, r.target.bounds);
  const points = shown.flatMap((r) => {
    const year = String(r.period);
    const form = FORM[r.target.qualifier];
    const target = {
      year,
      role: "target",
      marker: words.targetMarker[form],
      value: point(r),
      label: targetText(r),
      verdict: outcomeLabel(r.verdict, lang),
      gap: r.gapPp === null ? "—" : formatSigned(r.gapPp),
      quote: r.target.source.quote,
      document: documents?.find((d) => d.id === r.target.source.document)?.title || r.target.source.document,
    };
    if (r.actual === null) return [target];
    const estimate = r.actual.kind === "estimate" ? `（${words.kind.estimate}）` : "";
    return [
      target,
      {
        ...target,
        role: "outcome",
        marker: words.outcomeMarker,
        value: r.actual.value,
        label: formatFigure(r.actual.value, unitLabel(r.actual.unit, lang), "exact", lang) + estimate,
        quote: r.actual.source.quote,
        document: documents?.find((d) => d.id === r.actual?.source.document)?.title || r.actual.source.document,
      },
    ];
  });
  const bands = shown.flatMap((r) =>
    r.target.bounds ? [{ year: String(r.period), low: r.target.bounds.low, high: r.target.bounds.high }] : [],
  );
  const forms = [...new Set(shown.map((r) => FORM[r.target.qualifier]))].sort(
    (a, b) => Object.keys(SHAPE).indexOf(a) - Object.keys(SHAPE).indexOf(b),
  );
  const legend: (TargetForm | "outcome")[] = shown.some((r) => r.actual !== null) ? ["outcome", ...forms] : forms;
  const labelOf = (f: TargetForm | "outcome") => (f === "outcome" ? words.outcomeMarker : words.targetMarker[f]);
  // every year from the first to the last, so a year without a target keeps its place on the axis
  const periods = shown.map((r) => r.period);
  const firstYear = periods.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);
  const lastYear = periods.reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => String(firstYear + i));
  const x = {
    field: "year",
    type: "ordinal",
    title: null,
    scale: { domain: years },
    axis: { labelAngle: years.length > 12 ? -45 : 0 },
  };
  const values = points.map((p) => p.value).concat(bands.flatMap((b) => [b.low, b.high]));
  const low = values.reduce((a, v) => Math.min(a, v), Number.POSITIVE_INFINITY);
  const high = values.reduce((a, v) => Math.max(a, v), Number.NEGATIVE_INFINITY);
  const pad = high > low ? (high - low) / 8 : Math.max(Math.abs(low) / 5, 1);
  const y = {
    field: "value",
    type: "quantitative",
    title: rowLabel(indicator, measure, first.target.unit, lang),
    scale: { domain: [low - pad, high + pad], nice: true, zero: false },
  };
  // the rings are outcomes: only verdicts that have one are in their legend
  const verdicts = (["met", "missed", "not_comparable", "incomplete"] as const).filter((v) =>
    shown.some((r) => r.verdict === v && r.actual !== null),
  );
  const step = years.length > 16 ? 30 : 44;
  const inner = {
    width: options.width ?? Math.max(240, step * years.length),
    height: 260,
    layer: [
      ...(bands.length === 0
        ? []
        : [
            {
              data: { values: bands },
              mark: { type: "rule", strokeWidth: 8, opacity: 0.3, color: "#555555" },
              encoding: { x, y: { ...y, field: "low" }, y2: { field: "high" } },
            },
          ]),
      {
        data: { values: points },
        layer: [
          {
            transform: [{ filter: "datum.role === 'target'" }],
            mark: { type: "line", strokeDash: [4, 3], color: "#777777", strokeWidth: 1.2 },
            encoding: { x, y },
          },
          {
            transform: [{ filter: "datum.role === 'outcome'" }],
            mark: { type: "line", color: "#333333", strokeWidth: 1.5 },
            encoding: { x, y },
          },
          {
            mark: { type: "point", filled: true, strokeWidth: 2.5, opacity: 1 },
            encoding: {
              x,
              y,
              shape: {
                field: "marker",
                type: "nominal",
                title: words.kind.target,
                scale: { domain: legend.map(labelOf), range: legend.map((f) => SHAPE[f]) },
                // the outcome's ring is explained by the verdict legend
                legend: {
                  orient: "bottom",
                  direction: "horizontal",
                  symbolSize: 110,
                  symbolFillColor: "#444444",
                  values: forms.map(labelOf),
                },
              },
              fill: {
                condition: { test: "datum.role === 'outcome'", value: "white" },
                value: "#444444",
              },
              // targets drawn dark, outcomes ringed in their verdict's colour
              stroke: {
                condition: { test: "datum.role === 'target'", value: "#444444" },
                field: "verdict",
                type: "nominal",
                title: words.outcomeMarker,
                scale: {
                  domain: verdicts.map((v) => outcomeLabel(v, lang)),
                  range: verdicts.map((v) => VERDICT_COLORS[v]),
                },
                legend: {
                  orient: "bottom",
                  direction: "horizontal",
                  symbolType: "circle",
                  symbolStrokeWidth: 2.5,
                  symbolFillColor: "white",
                },
              },
              size: { condition: { test: "datum.role === 'outcome'", value: 110 }, value: 90 },
              tooltip: [
                { field: "year", type: "ordinal", title: words.yearTitle },
                { field: "label", type: "nominal", title: words.value },
                { field: "verdict", type: "nominal", title: words.verdictTitle },
                { field: "gap", type: "nominal", title: words.gapPp },
                { field: "quote", type: "nominal", title: words.quote },
                { field: "document", type: "nominal", title: words.document },
              ],
            },
          },
        ],
      },
    ],
    resolve: { scale: { stroke: "independent" } },
  };
  const name = indicatorName(indicator, lang) + words.measureSuffix[measure];
  return frame(inner, {
    title: options.title ?? words.historyTitle(regionName(first.regionCode, first.regionName), name),
    sources: points.map((p) => p.document),
    documents: undefined,
    lang,
    width: (inner.width as number) + 80,
  });
}
