import { formatFigure, type TargetActualRow } from "@duibi/core";
import { frame } from "../theme/frame.js";
import { locale } from "../theme/locale.js";
import { regionName, unitLabel } from "../theme/lookup.js";
import type { ChartOptions, ChartSpec } from "../types.js";
import { checkPairs } from "./argShapes.js";
import { documentTitle } from "./documentTitle.js";
import { drawnColors } from "./drawnColors.js";
import { expectedRegions } from "./expectedRegions.js";
import { notStatedLine } from "./notStatedLine.js";
import { orderCodes } from "./regionOrder.js";
import { regionStyle } from "./regionStyle.js";
import { rowLabel } from "./rowLabel.js";
import { valueTooltip } from "./valueTooltip.js";

/** Options for {@link slopeChart}. */
export interface SlopeChartOptions extends ChartOptions {}

/**
 * A slope per region from last year's actual to this year's target (e.g. GDP
 * growth 2023 实际 → 2024 目标), labelled at both ends; the region's name sits
 * at the right end and in the legend. Regions without last year's figure are left out.
 *
 * @param pairs - From `targetPairs(dataset, { indicator, year })` of @duibi/core: the chart draws
 *   the pairs it is given and pairs nothing itself.
 * @param options - lang, title, width, documents (for the source line), highlight, regionOrder.
 * @returns A Vega-Lite spec.
 * @throws DuibiError `invalid_argument` for a dataset instead of its pairs.
 * @example
 * slopeChart(targetPairs(loadSeeds(), { indicator: "gdp", year: 2024 })); // => 万州 6.9 → 7, 武隆 5.5 → 6.5
 */
export function slopeChart(pairs: readonly TargetActualRow[], options: SlopeChartOptions = {}): ChartSpec {
  checkPairs(pairs, options);
  const lang = options.lang ?? "zh";
  const words = locale(lang);
  const all = [...pairs];
  const style = regionStyle(
    all.map((r) => ({ code: r.regionCode, name: regionName(r.regionCode, r.regionName) })),
    options,
    words.otherRegions,
  );
  // many regions: every slope, the highlighted ones drawn last (on top) and the only ones labelled
  const rows = all
    .filter((r) => r.actual !== null)
    .sort(
      (a, b) =>
        Number(style.highlighted.has(a.regionCode)) - Number(style.highlighted.has(b.regionCode)) ||
        a.regionCode.localeCompare(b.regionCode),
    );
  const documents = options.documents;
  const names = rows.map((r) => regionName(r.regionCode, r.regionName));
  const first = rows[0] ?? all[0];
  const year = first?.target.period ?? 0;
  const steps = [words.actualOf(year - 1), words.targetOf(year)];
  const values = rows.flatMap((r, i) => {
    const region = names[i];
    return [r.actual, r.target].flatMap((v, end) => {
      if (v === null) return [];
      const label = formatFigure(v.value, unitLabel(v.unit, lang), v.qualifier, lang, v.bounds);
      return [
        {
          regionCode: r.regionCode,
          region,
          colorKey: style.keyOf({ code: r.regionCode, name: region ?? r.regionCode }),
          highlighted: style.highlighted.has(r.regionCode),
          step: steps[end],
          stepIndex: end,
          end: end === 0 ? "start" : "end",
          value: v.value,
          label: end === 0 ? label : `${region} ${label}`,
          quote: v.source.quote,
          document: documentTitle(v.source.document, documents),
        },
      ];
    });
  });
  const unit = first?.target.unit ?? "";
  const scale = drawnColors(style, values);
  const color = {
    field: "colorKey",
    type: "nominal",
    title: null,
    scale,
  };
  // many regions: grey slopes thin and faint under the highlighted ones, points and labels only on those
  const only = style.many ? " && datum.highlighted" : "";
  const width = options.width ?? 300;
  // no y axis: both ends are labelled with their values, and an axis would collide with the left labels
  const y = { field: "value", type: "quantitative", scale: { zero: false, nice: false, padding: 16 }, axis: null };
  const x = {
    field: "step",
    type: "ordinal",
    sort: { field: "stepIndex", op: "min" },
    title: null,
    scale: { padding: 0.1 },
    axis: { orient: "top", domain: false, ticks: false },
  };
  const inner = {
    data: { values },
    width,
    height: 320,
    encoding: { x, y, color },
    layer: [
      style.many
        ? {
            mark: { type: "line" },
            encoding: {
              detail: { field: "regionCode", type: "nominal" },
              strokeWidth: { condition: { test: "datum.highlighted", value: 2.5 }, value: 0.75 },
              opacity: { condition: { test: "datum.highlighted", value: 1 }, value: 0.3 },
              tooltip: valueTooltip(words),
            },
          }
        : { mark: { type: "line", strokeWidth: 2.5 }, encoding: { detail: { field: "region", type: "nominal" } } },
      {
        ...(style.many ? { transform: [{ filter: "datum.highlighted" }] } : {}),
        mark: { type: "point", filled: true, size: 80, opacity: 1 },
        encoding: { tooltip: valueTooltip(words) },
      },
      {
        transform: [{ filter: `datum.end === 'start'${only}` }],
        mark: { type: "text", align: "right", baseline: "middle", dx: -10, fontSize: 12 },
        encoding: { text: { field: "label" } },
      },
      {
        transform: [{ filter: `datum.end === 'end'${only}` }],
        mark: { type: "text", align: "left", baseline: "middle", dx: 10, fontSize: 12 },
        encoding: { text: { field: "label" } },
      },
    ],
  };
  const name = first === undefined ? "" : rowLabel(first.indicator, first.measure, "", lang);
  // the missing-region rule: slopes of the regions that state both ends, naming the others
  const notStated = notStatedLine(
    orderCodes([...expectedRegions(options), ...all.map((r) => r.regionCode)], options.regionOrder),
    new Set(rows.map((r) => r.regionCode)),
    (code) => regionName(code, all.find((r) => r.regionCode === code)?.regionName),
    words,
  );
  return frame(inner, {
    title: options.title ?? `${name}${words.colon}${steps[0]} → ${steps[1]}`,
    subtitle: [
      rowLabel(first?.indicator ?? "", first?.measure ?? "growth", unit, lang),
      ...(style.many ? [words.allOfMany(rows.length, style.highlighted.size > 0)] : []),
      ...notStated,
    ],
    sources: values.map((v) => v.document),
    documents,
    lang,
    width: width + 200,
  });
}
