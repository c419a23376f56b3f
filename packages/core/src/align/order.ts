import { checkArgs } from "../errors/checkArgs.js";
import { KindSchema, MeasureSchema, type Observation } from "../schema/observation.js";
import type { Source } from "../schema/source.js";

const MEASURES: readonly string[] = MeasureSchema.options;
const KINDS: readonly string[] = KindSchema.options;

/**
 * Code-unit order, the same on every machine (unlike `localeCompare`).
 * @example
 * ["b", "a"].sort(compareStrings); // => ["a", "b"]
 */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/**
 * Measures in schema order (level, growth, change_pp, share, rate, count,
 * ratio): a level reads before its growth.
 * @example
 * compareMeasures("level", "growth") < 0; // => true
 */
export function compareMeasures(a: string, b: string): number {
  return MEASURES.indexOf(a) - MEASURES.indexOf(b) || compareStrings(a, b);
}

/**
 * Source spans by document, then start, end and quote.
 * @example
 * compareSources({ document: "a", start: 9, end: 10, quote: "" }, { document: "b", start: 0, end: 1, quote: "" }); // => -1
 */
export function compareSources(a: Source, b: Source): number {
  return (
    compareStrings(a.document, b.document) || a.start - b.start || a.end - b.end || compareStrings(a.quote, b.quote)
  );
}

/**
 * The dataset order of observations: region code, indicator, measure, period,
 * kind (actual, estimate, target), then source document and offset. The
 * remaining fields break ties so that the order never depends on the input's.
 * @example
 * [b, a].sort(compareObservations); // => [a, b] when a's region code sorts first
 */
export function compareObservations(a: Observation, b: Observation): number {
  try {
    return (
      compareStrings(a.regionCode, b.regionCode) ||
      compareStrings(a.indicator, b.indicator) ||
      compareMeasures(a.measure, b.measure) ||
      a.period - b.period ||
      KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) ||
      compareSources(a.source, b.source) ||
      a.value - b.value ||
      compareStrings(a.unit, b.unit) ||
      compareStrings(a.qualifier, b.qualifier) ||
      compareStrings(a.nameAsWritten, b.nameAsWritten) ||
      compareStrings(a.regionName, b.regionName)
    );
  } catch (error) {
    // a sort's comparator, called n log n times: the arguments are checked only when it fails
    checkArgs({ a: [a, { ...FACT, source: SOURCE }], b: [b, { ...FACT, source: SOURCE }] });
    throw error;
  }
}

const FACT = { regionCode: "string", indicator: "string", measure: "string", period: "number", kind: "string" };
const SOURCE = { document: "string", start: "number", end: "number", quote: "string" };

/**
 * The key of the fact an observation states: region, indicator, measure,
 * period and kind joined by `|`. Two observations with one key state one fact.
 * @example
 * factKey({ regionCode: "500156", indicator: "gdp", measure: "growth", period: 2023, kind: "actual" }); // => "500156|gdp|growth|2023|actual"
 */
export function factKey(o: Pick<Observation, "regionCode" | "indicator" | "measure" | "period" | "kind">): string {
  // Called once or more per observation: the full check runs only when the cheap test fails.
  if (!isFactLike(o, true)) checkArgs({ o: [o, FACT] });
  return `${o.regionCode}|${o.indicator}|${o.measure}|${o.period}|${o.kind}`;
}

/**
 * The cheap test of a hot key function: the fields of a fact key have their types (and
 * `kind` too when `withKind`). False, never an error, for anything else (a throwing getter
 * included), so that the caller's `checkArgs` then says what is wrong.
 * @internal
 */
export function isFactLike(o: unknown, withKind: boolean): boolean {
  try {
    if (typeof o !== "object" || o === null) return false;
    const f = o as Record<string, unknown>;
    return (
      typeof f.regionCode === "string" &&
      typeof f.indicator === "string" &&
      typeof f.measure === "string" &&
      typeof f.period === "number" &&
      (!withKind || typeof f.kind === "string")
    );
  } catch {
    return false;
  }
}
