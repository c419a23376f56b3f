import type { Config } from "vega-lite";

/**
 * Font stack of every chart. The first family is the one `toSvg`/`toPng`
 * measure and draw with (Noto Sans CJK SC from Debian's fonts-noto-cjk);
 * the others are what browsers showing the SVG or HTML fall back to.
 */
export const FONT_FAMILY = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** Grey for the reference line, the source line and other furniture. */
export const MUTED = "#6b6b6b";

/**
 * The theme as a Vega-Lite `config`: the CJK font stack everywhere, titles
 * anchored left, horizontal labels with a width limit (Chinese is never
 * rotated), light grid, no view border.
 *
 * @returns A Vega-Lite config object.
 * @example
 * chartConfig().font; // => '"Noto Sans CJK SC", …, sans-serif'
 */
export function chartConfig(): Config {
  return {
    font: FONT_FAMILY,
    background: "white",
    padding: { left: 8, right: 16, top: 8, bottom: 8 },
    view: { stroke: null },
    title: {
      anchor: "start",
      fontSize: 16,
      fontWeight: "bold",
      subtitleFontSize: 12,
      subtitleColor: MUTED,
      offset: 12,
    },
    axis: {
      labelFontSize: 12,
      titleFontSize: 12,
      titleFontWeight: "normal",
      titleColor: "#333333",
      labelColor: "#333333",
      labelAngle: 0,
      labelLimit: 220,
      gridColor: "#e6e6e6",
      domainColor: "#999999",
      tickColor: "#999999",
    },
    axisY: { titleAngle: 0, titleAlign: "left", titleY: -12, titleX: 0, titleBaseline: "bottom" },
    axisBand: { grid: false, ticks: false, domain: false, labelPadding: 6 },
    // point scales (a dumbbell without any link) read like band scales: no ticks, no domain line
    axisPoint: { grid: false, ticks: false, domain: false, labelPadding: 6 },
    legend: {
      labelFontSize: 12,
      titleFontSize: 12,
      titleFontWeight: "normal",
      orient: "bottom",
      direction: "horizontal",
      labelLimit: 260,
    },
    header: { labelFontSize: 13, labelFontWeight: "bold", titleFontSize: 12, labelLimit: 400 },
    text: { fontSize: 12 },
    concat: { spacing: 24 },
    facet: { spacing: 24 },
  };
}
