import { checkArgs, duibiError } from "@duibi/core";
import { meanOfSlice, medianOfSlice } from "../internal/select.js";
import type { Panel } from "./Panel.js";

/**
 * The fewest regions with a value a median or mean is taken over: with two, the "centre" is
 * only their midpoint and each gap is half their difference, which says nothing a direct
 * comparison does not. A gap to a named region needs only that region and one other.
 * @example
 * gapsPanel(twoRegions).reference; // => Float64Array [NaN]: two values are no centre
 */
export const MIN_CENTRE_VALUES = 3;

/** Options for `gapsPanel`: the reference each group's gaps are taken from. */
export interface GapsPanelOptions {
  /**
   * "median" (default), "mean", a region code of the panel, or one reference value per group
   * (such as `rankPanel(panel).median`, which saves a second pass over the values).
   */
  reference?: "median" | "mean" | string | Float64Array;
  /** Also compute value ÷ reference (NaN when the reference is 0 or negative). Default false. */
  ratio?: boolean;
}

/** What `gapsPanel` returns: gaps as flat typed arrays aligned with the panel's rows. */
export interface PanelGaps {
  /** value − reference, in the panel's layout; NaN where the region or the reference has no value. */
  gaps: Float64Array;
  /**
   * Per group: the reference value; NaN when there is none, and for a median or mean when
   * fewer than {@link MIN_CENTRE_VALUES} regions have a value.
   */
  reference: Float64Array;
  /** Per group: regions with a value (the reference region included). */
  n: Int32Array;
  /** value ÷ reference when asked for, else null. */
  ratios: Float64Array | null;
}

function countValues(values: Float64Array, offset: number, width: number): number {
  let n = 0;
  for (let j = offset; j < offset + width; j++) if (!Number.isNaN(values[j] as number)) n++;
  return n;
}

function subtract(values: Float64Array, offset: number, width: number, base: number, out: Float64Array): void {
  for (let j = offset; j < offset + width; j++) out[j] = (values[j] as number) - base;
}

function divide(values: Float64Array, offset: number, width: number, base: number, out: Float64Array): void {
  // a ratio to a zero or negative base has no meaning as "times the reference"
  const usable = base > 0;
  for (let j = offset; j < offset + width; j++) out[j] = usable ? (values[j] as number) / base : Number.NaN;
}

/**
 * Each region's difference to a reference in every group of a panel: the group's median
 * (quickselect, expected O(R)), its mean, or one region's value. A median or mean is taken
 * only over at least {@link MIN_CENTRE_VALUES} values: a group with fewer gets a NaN reference
 * and NaN gaps (`n` says how many it had).
 *
 * @param panel - From {@link panelFromColumns}.
 * @param options - reference and whether to compute ratios.
 * @returns Gaps (and ratios) in the panel's layout and the reference per group.
 * @throws DuibiError invalid_option when the reference region is not in the panel.
 * @example
 * const panel = panelFromColumns({ region: ["500156", "500101", "500102"], indicator: ["gdp", "gdp", "gdp"],
 *   period: [2023, 2023, 2023], kind: ["actual", "actual", "actual"], value: [5.5, 6.9, 6.0] });
 * gapsPanel(panel).n; // => Int32Array [3]
 * [...gapsPanel(panel).gaps].map((g) => Math.round(g * 10) / 10); // => [0.9, 0, -0.5]
 * // reuse the medians found while ranking:
 * gapsPanel(panel, { reference: rankPanel(panel).median }).reference; // => Float64Array [6]
 */
export function gapsPanel(panel: Panel, options: GapsPanelOptions = {}): PanelGaps {
  checkArgs({
    panel: [panel, { regions: "string[]", groups: "object[]", values: "object" }],
    options: [options, { "reference?": "string|object", "ratio?": "boolean" }],
  });
  const reference = options.reference ?? "median";
  const width = panel.regions.length;
  let referenceIndex = -1;
  if (typeof reference !== "string") {
    if (reference.length !== panel.groups.length) {
      throw duibiError("invalid_option", {
        option: "reference",
        detail: `${reference.length} reference values for ${panel.groups.length} groups`,
        fix: "Give one reference value per group.",
      });
    }
  } else if (reference !== "median" && reference !== "mean") {
    referenceIndex = panel.regions.indexOf(reference);
    if (referenceIndex < 0) {
      throw duibiError("invalid_option", {
        option: "reference",
        detail: `region ${reference} is not in the table`,
        fix: "Use median, mean, or one of the table's regions.",
      });
    }
  }
  const { values } = panel;
  const gaps = new Float64Array(values.length);
  const ratios = options.ratio === true ? new Float64Array(values.length) : null;
  const referenceValues = new Float64Array(panel.groups.length);
  const n = new Int32Array(panel.groups.length);
  const scratch = new Float64Array(width);
  for (let g = 0; g < panel.groups.length; g++) {
    const offset = g * width;
    n[g] = countValues(values, offset, width);
    const centre = reference === "median" || reference === "mean";
    let base: number;
    if (typeof reference !== "string") base = reference[g] as number;
    else if (centre && (n[g] as number) < MIN_CENTRE_VALUES) base = Number.NaN;
    else if (reference === "median") base = medianOfSlice(values, offset, width, scratch);
    else if (reference === "mean") base = meanOfSlice(values, offset, width);
    else base = values[offset + referenceIndex] as number;
    referenceValues[g] = base;
    subtract(values, offset, width, base, gaps);
    if (ratios !== null) divide(values, offset, width, base, ratios);
  }
  return { gaps, reference: referenceValues, n, ratios };
}
