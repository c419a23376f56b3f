import { factKey, type Observation } from "@duibi/core";

function bySource(a: Observation, b: Observation): number {
  if (a.source.document !== b.source.document) return a.source.document < b.source.document ? -1 : 1;
  return a.source.start - b.source.start;
}

/**
 * Observations indexed by region, indicator, measure, period and kind; when a fact is stated
 * more than once, actuals and estimates of the latest report come first (the latest final
 * figure, when `years` gives each document's report year), then by document and position.
 */
export function indexObservations(
  observations: readonly Observation[],
  years?: ReadonlyMap<string, number | null>,
): Map<string, Observation[]> {
  const index = new Map<string, Observation[]>();
  for (const o of observations) {
    const key = factKey(o);
    const list = index.get(key);
    if (list === undefined) index.set(key, [o]);
    else list.push(o);
  }
  const yearOf = (o: Observation) => years?.get(o.source.document) ?? Number.NEGATIVE_INFINITY;
  const order = (a: Observation, b: Observation) => (a.kind === "target" ? 0 : yearOf(b) - yearOf(a)) || bySource(a, b);
  for (const list of index.values()) list.sort(order);
  return index;
}
