/**
 * @duibi/viz — Vega-Lite charts of duibi comparisons, and renderers that draw
 * them to SVG, PNG and standalone HTML with correct Chinese text.
 *
 * vega and vega-lite load lazily inside the renderers (they use top-level
 * await), so this module can be required from CommonJS (tslab notebooks).
 *
 * @packageDocumentation
 */

export { type CjkFontFiles, findCjkFont, KNOWN_CJK_FONT_PATHS } from "./render/findCjkFont.js";
export { type CjkFont, type FontFace, loadCjkFont } from "./render/loadCjkFont.js";
export type { RenderOptions } from "./render/prepareView.js";
export { type ShowOptions, show } from "./render/show.js";
export { type HtmlOptions, toHtml } from "./render/toHtml.js";
export { type PngOptions, toPng } from "./render/toPng.js";
export { toSvg } from "./render/toSvg.js";
export { type AttainmentMatrixOptions, attainmentMatrix } from "./specs/attainmentMatrix.js";
export { CHART_INDICATORS } from "./specs/chartIndicators.js";
export { type CompareBarsOptions, compareBars } from "./specs/compareBars.js";
export { type GapChartOptions, gapChart } from "./specs/gapChart.js";
export { type RankHeatmapOptions, rankHeatmap } from "./specs/rankHeatmap.js";
export { type AxisRow, type ScatterOptions, scatter } from "./specs/scatter.js";
export { type ScorecardOptions, scorecard } from "./specs/scorecard.js";
export { type SlopeChartOptions, slopeChart } from "./specs/slopeChart.js";
export type { SourceContext } from "./specs/sourcesFor.js";
export { type TargetHistoryOptions, targetHistory, VERDICT_COLORS } from "./specs/targetHistory.js";
export { type TargetVsActualOptions, targetVsActual } from "./specs/targetVsActual.js";
export { sourceLine } from "./theme/frame.js";
export { type Locale, locale } from "./theme/locale.js";
export {
  MANY_REGIONS,
  OTHER_COLOR,
  REGION_PALETTE,
  type RegionColorOptions,
  regionColors,
} from "./theme/regionColors.js";
export { chartConfig, FONT_FAMILY } from "./theme.js";
export type { ChartLang, ChartOptions, ChartSpec } from "./types.js";
