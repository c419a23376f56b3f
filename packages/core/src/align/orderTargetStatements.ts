import { checkArgs } from "../errors/checkArgs.js";
import type { Observation } from "../schema/observation.js";
import { compareStrings } from "./order.js";

/**
 * The statements of one target, the one that counts first: the report of the target's own year
 * (the 2024 report sets 2024's targets), else a December report of the year before, else the
 * earliest report stating it; then by document and position. The others are restatements.
 * `targetPairs` and `attainment` (@duibi/stats) choose targets by this one rule.
 *
 * @param statements - target observations of one region, indicator, measure and period (not mutated)
 * @param years - each document's report year (`reportYears(dataset)`); an unknown year ranks last
 * @returns a new array, the chosen target first
 * @example
 * // 2024's target restated by the 2025 report: the 2024 report's statement counts
 * orderTargetStatements([in2025, in2024], new Map([["a-2025.txt", 2025], ["b-2024.txt", 2024]]))[0] === in2024; // => true
 */
export function orderTargetStatements(
  statements: readonly Observation[],
  years: ReadonlyMap<string, number | null>,
): Observation[] {
  checkArgs({ statements: [statements, "object[]"] });
  const yearOf = (o: Observation) => years.get(o.source.document) ?? null;
  const rank = (o: Observation) => {
    const y = yearOf(o);
    if (y === o.period) return 0;
    return y === o.period - 1 ? 1 : 2;
  };
  return [...statements].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (yearOf(a) ?? Number.POSITIVE_INFINITY) - (yearOf(b) ?? Number.POSITIVE_INFINITY) ||
      compareStrings(a.source.document, b.source.document) ||
      a.source.start - b.source.start,
  );
}
