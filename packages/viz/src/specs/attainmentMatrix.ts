import { checkArgs, formatNumber, formatSigned, outcomeLabel } from "@duibi/core";
import type { AttainmentResult, AttainmentRow } from "@duibi/stats";
import { frame } from "../theme/frame.js";
import { locale } from "../theme/locale.js";
import { indicatorName, regionName } from "../theme/lookup.js";
import type { ChartOptions, ChartSpec } from "../types.js";
import { ATTAINMENT, CHART_OPTIONS } from "./argShapes.js";
import { SHOW_EACH_END, shownRegions } from "./shownRegions.js";
import { attainmentIndicator, VERDICT_COLORS } from "./targetHistory.js";

/** Options for {@link attainmentMatrix}. */
export interface AttainmentMatrixOptions extends ChartOptions {
  /** The indicator id; default gdp when the result has it, else its first indicator. */
  indicator?: string;
}

const VERDICTS = ["met", "missed", "not_comparable", "incomplete"] as const;

/**
 * Regions × years, each cell the verdict on the region's target for the year (met, missed, not
 * comparable, incomplete), with the gap in 个百分点 written in the cell for up to 30 regions.
 * Regions are sorted by their share of targets met (then code), from those that kept their
 * targets to those that did not; beyond 25 regions the chart shows the 10 highest and 10 lowest
 * shares (plus the `highlight`ed regions), and its subtitle says so, so its height stays capped.
 *
 * @param result - from `attainment` (@duibi/stats)
 * @param options - indicator, lang, title, width, documents (for the source line)
 * @returns A Vega-Lite spec.
 * @example
 * attainmentMatrix(attainment(dataset), { indicator: "gdp" }); // => regions × years, coloured by verdict
 */
export function attainmentMatrix(result: AttainmentResult, options: AttainmentMatrixOptions = {}): ChartSpec {
  checkArgs({ result: [result, ATTAINMENT], options: [options, { ...CHART_OPTIONS, "indicator?": "string" }] });
  const lang = options.lang ?? "zh";
  const words = locale(lang);
  const indicator = attainmentIndicator(result.rows, options.indicator);
  const ofIndicator = result.rows.filter((r) => r.indicator === indicator);
  const measure = ofIndicator.some((r) => r.measure === "growth") ? "growth" : (ofIndicator[0]?.measure ?? "growth");
  const measured = ofIndicator.filter((r) => r.measure === measure);
  const byRegion = new Map<string, AttainmentRow[]>();
  for (const r of measured) byRegion.set(r.regionCode, [...(byRegion.get(r.regionCode) ?? []), r]);
  const rate = (list: readonly AttainmentRow[]) => {
    const judged = list.filter((r) => r.verdict === "met" || r.verdict === "missed");
    return judged.length === 0 ? -1 : judged.filter((r) => r.verdict === "met").length / judged.length;
  };
  const every = [...byRegion.keys()].sort(
    (a, b) => rate(byRegion.get(b) ?? []) - rate(byRegion.get(a) ?? []) || (a < b ? -1 : a > b ? 1 : 0),
  );
  // many regions: the highest and lowest shares of targets met (and the highlighted), highest first
  const wanted = new Set(options.highlight ?? []);
  const highlighted = new Set(
    every.filter((c) => wanted.has(c) || wanted.has(regionName(c, byRegion.get(c)?.[0]?.regionName))),
  );
  const shown = shownRegions(
    every.map((code) => {
      const share = rate(byRegion.get(code) ?? []);
      return { code, value: share < 0 ? null : share };
    }),
    highlighted,
  );
  const codes = shown.cut ? every.filter((c) => shown.codes.includes(c)) : every;
  // a name two regions share (城关区) is told apart by its code
  const names = new Map(codes.map((c) => [c, regionName(c, byRegion.get(c)?.[0]?.regionName)]));
  const counts = new Map<string, number>();
  for (const n of names.values()) counts.set(n, (counts.get(n) ?? 0) + 1);
  const label = (c: string) => {
    const n = names.get(c) ?? c;
    return (counts.get(n) ?? 0) > 1 ? `${n}（${c}）` : n;
  };
  const order = new Map(codes.map((c, i) => [c, i]));
  const rows = measured.filter((r) => order.has(r.regionCode));
  const years = [...new Set(rows.map((r) => r.period))].sort((a, b) => a - b).map(String);
  const documents = options.documents;
  const titleOf = (id: string) => documents?.find((d) => d.id === id)?.title || id;
  const values = rows.map((r) => ({
    region: label(r.regionCode),
    sortIndex: order.get(r.regionCode) ?? 0,
    year: String(r.period),
    verdict: outcomeLabel(r.verdict, lang),
    text: r.gapPp === null ? "" : formatSigned(r.gapPp),
    target: r.target.source.quote,
    actual: r.actual?.source.quote ?? words.noData,
    gap: r.gapPp === null ? "—" : formatNumber(r.gapPp),
  }));
  const present = VERDICTS.filter((v) => rows.some((r) => r.verdict === v));
  const cellWidth = 44;
  const longest = codes.reduce((m, c) => Math.max(m, [...label(c)].length), 2);
  const x = {
    field: "year",
    type: "ordinal",
    title: null,
    sort: years,
    axis: { orient: "top", labelAngle: years.length <= 12 ? 0 : -90, labelPadding: 4 },
  };
  const y = {
    field: "region",
    type: "nominal",
    title: null,
    sort: { field: "sortIndex", op: "min" },
    axis: { labelFontSize: 12, labelLimit: 0 },
  };
  const width = options.width ?? Math.max(200, cellWidth * years.length);
  const inner = {
    data: { values },
    width,
    height: { step: 26 },
    encoding: { x, y },
    layer: [
      {
        mark: { type: "rect", stroke: "white", strokeWidth: 2 },
        encoding: {
          color: {
            field: "verdict",
            type: "nominal",
            title: null,
            scale: { domain: present.map((v) => outcomeLabel(v, lang)), range: present.map((v) => VERDICT_COLORS[v]) },
            legend: { orient: "right", direction: "vertical" },
          },
          tooltip: [
            { field: "region", type: "nominal", title: words.region },
            { field: "year", type: "ordinal", title: words.yearTitle },
            { field: "verdict", type: "nominal", title: words.verdictTitle },
            { field: "gap", type: "nominal", title: words.gapPp },
            { field: "target", type: "nominal", title: words.kind.target },
            { field: "actual", type: "nominal", title: words.kind.actual },
          ],
        },
      },
      {
        mark: { type: "text", fontSize: 11 },
        encoding: { text: { field: "text" }, color: { value: "white" } },
      },
    ],
  };
  const name = indicatorName(indicator, lang) + words.measureSuffix[measure];
  return frame(inner, {
    title: options.title ?? words.attainmentTitle(name),
    subtitle: [
      ...(every.length > 1 ? [words.matrixOrder(every.length)] : []),
      ...(shown.cut ? [words.shownOfMany(every.length, SHOW_EACH_END, highlighted.size > 0)] : []),
    ],
    sources: rows.map((r) => titleOf(r.target.source.document)),
    lang,
    width: width + Math.min(240, longest * 12) + 90,
  });
}
