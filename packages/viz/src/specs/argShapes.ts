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

/** Target and actual pairs, as `targetPairs` returns them, for `checkArgs`. */
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

/** The options of the charts that pair targets with actuals, for `checkArgs`. */
export const PAIR_OPTIONS = {
  ...CHART_OPTIONS,
  "indicator?": "string",
  "year?": "number",
  "regions?": "string[]",
  "measure?": "string",
} as const;

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
