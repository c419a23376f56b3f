import { checkArgs, type Direction, duibiError } from "@duibi/core";
import { rankScratch, rankSlice } from "../internal/rankSlice.js";
import type { MissingPolicy, RankMethod } from "../types.js";
import { MIN_CENTRE_VALUES } from "./gapsPanel.js";
import type { Panel, PanelGroup } from "./Panel.js";

/** The tie methods {@link rankPanel} and `rank` accept. */
export const RANK_METHODS: readonly RankMethod[] = ["competition", "dense", "average", "ordinal"];
/** What {@link rankPanel} and `rank` may do with regions that have no value. */
export const MISSING_POLICIES: readonly MissingPolicy[] = ["last", "exclude"];

/** Options for `rankPanel`: ranking method, missing-value policy and direction per group. */
export interface RankPanelOptions {
  /** Tie handling; default "competition" (1, 2, 2, 4). */
  method?: RankMethod;
  /** Regions without a value: "exclude" (NaN, the default) or "last". */
  missing?: MissingPolicy;
  /**
   * Which way is better, per group: a constant or a function of the group. "lower" ranks the
   * smallest value first (unemployment); "higher" and "neutral" rank the largest first. Default "higher".
   */
  direction?: Direction | ((group: PanelGroup, index: number) => Direction);
}

/** What `rankPanel` returns: ranks as flat typed arrays aligned with the panel's rows. */
export interface PanelRanks {
  /** Same layout as `panel.values`; NaN where a region is unranked. */
  ranks: Float64Array;
  /** Per group: regions with a value. */
  n: Int32Array;
  /**
   * Per group: the median value, a by-product of the sort; pass it to {@link gapsPanel}. NaN
   * when fewer than {@link MIN_CENTRE_VALUES} regions have a value, as gapsPanel's own median.
   */
  median: Float64Array;
}

/**
 * Normalizes and checks rank options once, at the entrance.
 * @param options - method and missing, possibly from JavaScript callers.
 * @returns Both options with their defaults.
 * @throws DuibiError invalid_option for an unknown method or missing policy.
 * @example
 * rankOptions({}); // => { method: "competition", missing: "exclude" }
 */
export function rankOptions(options: RankPanelOptions): Required<Pick<RankPanelOptions, "method" | "missing">> {
  const method = options.method ?? "competition";
  const missing = options.missing ?? "exclude";
  if (!RANK_METHODS.includes(method)) {
    throw duibiError("invalid_option", {
      option: "method",
      detail: `"${method}"`,
      fix: `Use ${RANK_METHODS.join(", ")}.`,
    });
  }
  if (!MISSING_POLICIES.includes(missing)) {
    throw duibiError("invalid_option", {
      option: "missing",
      detail: `"${missing}"`,
      fix: `Use ${MISSING_POLICIES.join(" or ")}.`,
    });
  }
  return { method, missing };
}

/**
 * Ranks every group of a panel, 1 = best, with exact ties. One native sort of the group's
 * valid values plus a binary search per region: O(G · R log R) time, one scratch row of memory
 * beyond the output.
 *
 * @param panel - From {@link panelFromColumns} (or the table functions).
 * @param options - method, missing policy, direction.
 * @returns Ranks in the panel's layout, the count of valued regions and the median per group.
 * @throws DuibiError invalid_option for an unknown method or missing policy.
 * @example
 * const panel = panelFromColumns({ region: ["500101", "500102", "500156"], indicator: ["gdp", "gdp", "gdp"],
 *   period: [2023, 2023, 2023], kind: ["actual", "actual", "actual"], value: [5.5, 6.9, 5.5] });
 * [...rankPanel(panel).ranks]; // => [2, 1, 2]
 */
export function rankPanel(panel: Panel, options: RankPanelOptions = {}): PanelRanks {
  checkArgs({
    panel: [panel, { regions: "string[]", groups: "object[]", values: "object" }],
    options: [options, { "method?": "string", "missing?": "string", "direction?": "string|function" }],
  });
  const { method, missing } = rankOptions(options);
  const direction = options.direction ?? "higher";
  const width = panel.regions.length;
  const ranks = new Float64Array(panel.values.length);
  const n = new Int32Array(panel.groups.length);
  const median = new Float64Array(panel.groups.length);
  const scratch = rankScratch(width);
  for (let g = 0; g < panel.groups.length; g++) {
    const d = typeof direction === "function" ? direction(panel.groups[g] as PanelGroup, g) : direction;
    n[g] = rankSlice(panel.values, g * width, width, d === "lower" ? 1 : -1, method, missing, ranks, scratch);
    median[g] = (n[g] as number) < MIN_CENTRE_VALUES ? Number.NaN : scratch.median;
  }
  return { ranks, n, median };
}
