import { canConvert, convert } from "../registry/units.js";
import type { Conflict } from "../schema/dataset.js";
import type { Observation } from "../schema/observation.js";
import type { Source } from "../schema/source.js";
import { compareObservations, compareSources, factKey } from "./order.js";

/** Reconciled observations and the facts stated with different values. */
export interface Reconciled {
  /** In dataset order (see `compareObservations`); one per distinct value of each fact. */
  observations: Observation[];
  /** Facts with two or more values; indices point into `observations`. */
  conflicts: Conflict[];
}

/**
 * Merges observations that state the same fact (same region, indicator,
 * measure, period and kind) with the same value, and flags those that state it
 * with different values.
 *
 * - Same value (after unit conversion: 8477万元 = 0.8477亿元): one observation;
 *   the earliest source by document and offset becomes `source`, the others
 *   (and any `alsoIn` they carried) go to `alsoIn`, sorted, without repeats.
 * - Different values: all are kept and a {@link Conflict} lists their indices
 *   and values (each in its own unit).
 *
 * The result does not depend on the input order. Cost: one sort, O(n log n).
 *
 * @param observations - observations from any number of documents (not mutated)
 * @returns the merged observations in dataset order, and the conflicts
 * @example
 * const a = { ...gdpGrowth, value: 5.5, source: { document: "001_x.txt", start: 10, end: 20, quote: "…" } };
 * const b = { ...gdpGrowth, value: 5.5, source: { document: "000_y.txt", start: 5, end: 15, quote: "…" } };
 * reconcile([a, b]).observations.map((o) => [o.source.document, o.alsoIn?.length]); // => [["000_y.txt", 1]]
 * reconcile([a, { ...b, value: 5.6 }]).conflicts[0].values; // => [5.6, 5.5]
 */
export function reconcile(observations: readonly Observation[]): Reconciled {
  const sorted = [...observations].sort(compareObservations);
  const merged: Observation[] = [];
  let start = 0;
  while (start < sorted.length) {
    const key = factKey(sorted[start]!);
    let end = start + 1;
    while (end < sorted.length && factKey(sorted[end]!) === key) end++;
    merged.push(...mergeFact(sorted.slice(start, end)));
    start = end;
  }
  // a merged source may come from a later member: sort again so indices are final
  merged.sort(compareObservations);
  return { observations: merged, conflicts: conflictsOf(merged) };
}

/** Clusters one fact's observations by value; each cluster becomes one observation. */
function mergeFact(group: readonly Observation[]): Observation[] {
  const clusters: { first: Observation; sources: Source[] }[] = [];
  for (const observation of group) {
    const spans = [observation.source, ...(observation.alsoIn ?? [])];
    const cluster = clusters.find((c) => sameValue(c.first, observation));
    if (cluster) cluster.sources.push(...spans);
    else clusters.push({ first: observation, sources: spans });
  }
  return clusters.map(({ first, sources }) => {
    const [source, ...alsoIn] = uniqueSources(sources);
    const { alsoIn: _dropped, ...rest } = first;
    return alsoIn.length > 0 ? { ...rest, source: source!, alsoIn } : { ...rest, source: source! };
  });
}

function uniqueSources(sources: readonly Source[]): Source[] {
  const sorted = [...sources].sort(compareSources);
  return sorted.filter((s, i) => i === 0 || compareSources(s, sorted[i - 1]!) !== 0);
}

/** Equal within floating-point noise, after converting b to a's unit when the registry can. */
export function sameValue(a: Pick<Observation, "value" | "unit">, b: Pick<Observation, "value" | "unit">): boolean {
  let value = b.value;
  if (a.unit !== b.unit) {
    if (!canConvert(b.unit, a.unit)) return false;
    value = convert(b.value, b.unit, a.unit);
  }
  return Math.abs(a.value - value) <= 1e-9 * Math.max(1, Math.abs(a.value), Math.abs(value));
}

function conflictsOf(observations: readonly Observation[]): Conflict[] {
  const conflicts: Conflict[] = [];
  let start = 0;
  while (start < observations.length) {
    const key = factKey(observations[start]!);
    let end = start + 1;
    while (end < observations.length && factKey(observations[end]!) === key) end++;
    if (end - start > 1) {
      const indices = Array.from({ length: end - start }, (_, i) => start + i);
      conflicts.push({ key, observations: indices, values: indices.map((i) => observations[i]!.value) });
    }
    start = end;
  }
  return conflicts;
}
