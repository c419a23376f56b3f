import { checkArgs, duibiError, isObject } from "@duibi/core";

/**
 * The shapes `checkArgs` checks the arguments of the chart builders against: what each
 * builder reads of its input and options, so a wrong type is a DuibiError naming the argument.
 */

/** What every chart builder reads of its options (see `ChartOptions`), for `checkArgs`. */
export const CHART_OPTIONS = {
  "lang?": "string",
  "title?": "string",
  "width?": "number",
  "documents?": "object[]",
  "highlight?": "string[]",
  "regionOrder?": "string[]",
} as const;

/** Target and actual pairs, as `targetPairs` (@duibi/core) returns them, for `checkArgs`. */
export const TARGET_ROWS = [
  {
    regionCode: "string",
    regionName: "string",
    indicator: "string",
    measure: "string",
    actual: "object|null",
    target: "object",
  },
] as const;

/** A dataset given where pairs are wanted; false for anything that cannot be read (a revoked or throwing Proxy). */
function isDataset(value: unknown): boolean {
  try {
    return !Array.isArray(value) && isObject(value) && "observations" in value;
  } catch {
    return false; // checkArgs names the argument that cannot be read
  }
}

/**
 * Checks the pairs a target/actual chart is given; a dataset is refused with the call that
 * makes its pairs, since pairing is core's (`targetPairs`) and the chart only draws.
 * @throws DuibiError invalid_argument for a dataset or anything but an array of pairs
 * @example
 * checkPairs(targetPairs(loadSeeds(), { indicator: "gdp" }), {}); // => undefined
 * checkPairs(loadSeeds(), {}); // => throws invalid_argument: pairs from targetPairs(dataset, …)
 */
export function checkPairs(pairs: unknown, options: unknown): void {
  if (isDataset(pairs)) {
    throw duibiError(
      "invalid_argument",
      {
        name: "pairs",
        expected: "pairs from targetPairs(dataset, { indicator, year }) of @duibi/core",
        got: "a dataset",
      },
      { where: "pairs" },
    );
  }
  checkArgs({ pairs: [pairs, TARGET_ROWS], options: [options, CHART_OPTIONS] });
}

/** An `attainment` result, for `checkArgs`: what its charts read of each row. */
export const ATTAINMENT = {
  rows: [
    {
      regionCode: "string",
      regionName: "string",
      indicator: "string",
      measure: "string",
      period: "number",
      verdict: "string",
      gapPp: "number|null",
      target: { value: "number", unit: "string", qualifier: "string", source: "object" },
      actual: "object|null",
    },
  ],
} as const;

/** A `gaps` result, for `checkArgs`. */
export const GAPS = {
  rows: [{ indicator: "string", measure: "string", cells: "object" }],
  period: "number",
  kind: "string",
  reference: "object",
} as const;

/** A `rank` result, for `checkArgs`. */
export const RANKS = {
  rows: [{ indicator: "string", measure: "string", ranks: "object" }],
  period: "number",
  kind: "string",
} as const;
