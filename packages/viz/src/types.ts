import type { Document } from "@duibi/core";
import type { TopLevelSpec } from "vega-lite";

/**
 * A complete Vega-Lite spec as the builders return it: data inline, theme in
 * `config`, deterministic (same input → same JSON). vega-lite's own type.
 */
export type ChartSpec = TopLevelSpec;

/** Chart language: labels, titles and indicator names. Region names and quotes stay as the reports write them. */
export type ChartLang = "zh" | "en";

/** Options every builder takes. */
export interface ChartOptions {
  /** Label language, default "zh". */
  lang?: ChartLang;
  /** Chart title; default one built from the data (e.g. "地区生产总值：2023年实际"). */
  title?: string;
  /** Width of the plot area in px (of each panel for small multiples); default per chart. */
  width?: number;
  /**
   * The documents the cells were read from (`dataset.documents`), to name them in
   * the source line ("来源：2024年武隆区政府工作报告…"); without them the line names the files.
   */
  documents?: readonly Document[];
  /**
   * Region codes or names to pick out in a chart of many regions (more than eight):
   * they keep a colour of their own and are always shown, every other region is
   * grey ("其他地区"). Up to eight; ignored with eight regions or fewer, where each
   * region has its colour anyway.
   */
  highlight?: readonly string[];
  /**
   * Every region of the report, by code, in the order to list them (the user's): each chart
   * lists its regions in this order (others follow by code) and takes region colours from
   * `regionColors` over all of them, so a region keeps its colour and place in every chart,
   * also one that shows only some regions. Regions of the list that a chart lacks are named in
   * its subtitle as not stating the figure. Default: the chart's own regions by code.
   */
  regionOrder?: readonly string[];
}
