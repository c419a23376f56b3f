import { checkArgs } from "@duibi/core";
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

/**
 * Formats a number as Chinese reports write it: up to `digits` decimals without
 * trailing zeros, thousands grouped only from 10,000 up (273.46, 8477, 12,345), and a
 * true minus sign (−0.5) as vega's axes write it.
 *
 * @param value - The number.
 * @param digits - Maximum decimals, default 2.
 * @returns The text.
 * @example
 * formatNumber(273.4567); // => "273.46"
 * formatNumber(6.5);      // => "6.5"
 */
export function formatNumber(value: number, digits = 2): string {
  checkArgs({ value: [value, "number"], digits: [digits, "integer 0..100"] });
  const rounded = Number(value.toFixed(digits));
  if (rounded === 0) return "0"; // also -0 and -0.001 rounded away
  const fixed = Math.abs(rounded).toFixed(digits);
  const text = fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed; // 6.50 → 6.5, but 50 stays 50
  const [integer = "", decimals] = text.split(".");
  const grouped = Math.abs(rounded) >= 10000 ? integer.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : integer;
  return `${rounded < 0 ? "−" : ""}${grouped}${decimals === undefined ? "" : `.${decimals}`}`;
}

/**
 * A number with its unit as a label: "6.5%", "273.46亿元", "+1.4个百分点".
 *
 * @param value - The number.
 * @param unit - The unit as written (%, 亿元, 个百分点 …); "%" attaches without a space.
 * @param options.sign - Show "+" before positive numbers (gaps).
 * @returns The label.
 * @example
 * formatValue(1.4, "个百分点", { sign: true }); // => "+1.4个百分点"
 */
export function formatValue(value: number, unit: string, options: { sign?: boolean; digits?: number } = {}): string {
  checkArgs({
    value: [value, "number"],
    unit: [unit, "string"],
    options: [options, { "sign?": "boolean", "digits?": "integer 0..100" }],
  });
  const number = formatNumber(value, options.digits);
  const signed = options.sign && value > 0 && number !== "0" ? `+${number}` : number;
  // "%" and Chinese units attach ("6.5%", "273.46亿元"); English ones take a space ("273.46 100m yuan")
  const spaced = unit === "" || unit === "%" || /^[\u2E80-\uFFEF]/u.test(unit) ? unit : ` ${unit}`;
  return `${signed}${spaced}`;
}
