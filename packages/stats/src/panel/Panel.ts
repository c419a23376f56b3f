import type { Kind, Measure } from "@duibi/core";

/** What one panel row (a group) holds: one indicator (and measure) for one period and kind. */
export interface PanelGroup {
  indicator: string;
  measure?: Measure;
  period: number;
  kind: Kind;
}

/**
 * A dense regions × groups matrix of values: the columnar form every stats kernel works on.
 * `values[g * regions.length + r]` is region r's value in group g; NaN marks no value.
 * Regions are sorted by code; groups by indicator id, period, then kind (actual, estimate, target).
 */
export interface Panel {
  readonly regions: readonly string[];
  readonly groups: readonly PanelGroup[];
  readonly values: Float64Array;
  /** Rows of the input that repeated a (region, group) already filled; the last one wins. */
  readonly duplicates: number;
}

/**
 * Long-format input columns, one entry per observation, all of the same length. `value` may
 * hold NaN (stated but unusable); absent observations are simply not listed.
 */
export interface PanelColumns {
  region: ArrayLike<string>;
  indicator: ArrayLike<string>;
  period: ArrayLike<number>;
  kind: ArrayLike<string>;
  value: ArrayLike<number>;
}
