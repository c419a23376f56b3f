import { compareObservations, compareSources, factKey } from "../align/order.js";
import { duibiError } from "../errors/catalog.js";
import { checkArgs } from "../errors/checkArgs.js";
import { canConvert, convert } from "../registry/units.js";
import type { Conflict } from "../schema/dataset.js";
import type { Observation } from "../schema/observation.js";
import type { Source } from "../schema/source.js";

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
 *   and values (each in its own unit) — except for unregistered figures, whose
 *   loose names (投资, 项目) usually name different things: they are kept, not flagged.
 *
 * The result does not depend on the input order. Cost: one sort, O(n log n).
 *
 * @param observations - observations from any number of documents (not mutated)
 * @returns the merged observations in dataset order, and the conflicts
 * @throws DuibiError `invalid_argument` when an observation's value is not a finite number
 *   (`where` names it: `observations[3].value`)
 * @example
 * const a = { ...gdpGrowth, value: 5.5, source: { document: "001_x.txt", start: 10, end: 20, quote: "…" } };
 * const b = { ...gdpGrowth, value: 5.5, source: { document: "000_y.txt", start: 5, end: 15, quote: "…" } };
 * reconcile([a, b]).observations.map((o) => [o.source.document, o.alsoIn?.length]); // => [["000_y.txt", 1]]
 * reconcile([a, { ...b, value: 5.6 }]).conflicts[0].values; // => [5.6, 5.5]
 */
export function reconcile(observations: readonly Observation[]): Reconciled {
  checkArgs({ observations: [observations, "object[]"] });
  checkValues(observations);
  const sorted = [...observations].sort(compareObservations);
  const merged: Observation[] = [];
  let start = 0;
  while (start < sorted.length) {
    const key = factKey(sorted[start]!);
    let end = start + 1;
    while (end < sorted.length && factKey(sorted[end]!) === key) end++;
    for (const observation of mergeFact(sorted.slice(start, end))) merged.push(observation);
    start = end;
  }
  // a merged source may come from a later member: sort again so indices are final
  merged.sort(compareObservations);
  return { observations: merged, conflicts: conflictsOf(merged) };
}

/** Every value a finite number, as ObservationSchema requires: the value buckets below need one. */
function checkValues(observations: readonly Observation[]): void {
  for (let i = 0; i < observations.length; i++) {
    const value: unknown = observations[i]!.value;
    if (typeof value === "number" && Number.isFinite(value)) continue;
    const where = `observations[${i}].value`;
    const got = typeof value === "number" ? String(value) : typeof value;
    throw duibiError("invalid_argument", { name: where, expected: "a finite number", got }, { where });
  }
}

/**
 * Clusters one fact's observations by value; each cluster becomes one observation. An
 * observation joins the earliest cluster whose first value is the same (see
 * {@link sameValue}). Clusters of the observation's own unit are looked up in buckets of
 * nearby values, so a fact stated with thousands of different values (a hostile or
 * garbled text) stays near-linear instead of comparing every pair.
 */
function mergeFact(group: readonly Observation[]): Observation[] {
  const clusters: { first: Observation; sources: Source[] }[] = [];
  const buckets = new Map<string, number[]>();
  const byUnit = new Map<string, number[]>();
  for (const observation of group) {
    const spans = [observation.source, ...(observation.alsoIn ?? [])];
    const index = matchingCluster(clusters, buckets, byUnit, observation);
    if (index !== undefined) {
      // A loop, not push(...spans): an observation may carry more spans than a call may take arguments.
      for (const span of spans) clusters[index]!.sources.push(span);
      continue;
    }
    append(buckets, bucketOf(observation.unit, observation.value), clusters.length);
    append(byUnit, observation.unit, clusters.length);
    clusters.push({ first: observation, sources: spans });
  }
  return clusters.map(({ first, sources }) => {
    const [source, ...alsoIn] = uniqueSources(sources);
    const { alsoIn: _dropped, ...rest } = first;
    return alsoIn.length > 0 ? { ...rest, source: source!, alsoIn } : { ...rest, source: source! };
  });
}

function append(index: Map<string, number[]>, key: string, value: number): void {
  const members = index.get(key);
  if (members) members.push(value);
  else index.set(key, [value]);
}

/** Bucket width in binary orders of magnitude below the value's: 2^-28 ≈ 3.7e-9, about sameValue's tolerance. */
const BUCKET_BITS = 28;

/** Magnitude exponent and bucket of a value: values sameValue can match sit in this or a neighbouring bucket. */
function bucketParts(value: number): [number, number] {
  const exponent = Math.floor(Math.log2(Math.max(1, Math.abs(value))));
  return [exponent, Math.floor(value / 2 ** (exponent - BUCKET_BITS))];
}

function bucketOf(unit: string, value: number): string {
  const [exponent, bucket] = bucketParts(value);
  return `${unit}|${exponent}|${bucket}`;
}

/**
 * Index of the earliest cluster whose first value is the same as the observation's.
 * Same-unit candidates come from the buckets around its value (one magnitude either
 * side, a few buckets either side: wider than sameValue's tolerance); clusters in other
 * units are compared one by one, as a fact is rarely stated in more than two units.
 */
function matchingCluster(
  clusters: readonly { first: Observation }[],
  buckets: ReadonlyMap<string, readonly number[]>,
  byUnit: ReadonlyMap<string, readonly number[]>,
  observation: Observation,
): number | undefined {
  // most facts are stated once: skip the 21 bucket lookups when there is nothing to match
  if (clusters.length === 0) return undefined;
  let best: number | undefined;
  const consider = (i: number) => {
    if ((best === undefined || i < best) && sameValue(clusters[i]!.first, observation)) best = i;
  };
  const [exponent, bucket] = bucketParts(observation.value);
  for (let e = exponent - 1; e <= exponent + 1; e++) {
    const centre = e === exponent ? bucket : Math.floor(observation.value / 2 ** (e - BUCKET_BITS));
    for (let b = centre - 3; b <= centre + 3; b++)
      for (const i of buckets.get(`${observation.unit}|${e}|${b}`) ?? []) consider(i);
  }
  for (const [unit, members] of byUnit) if (unit !== observation.unit) for (const i of members) consider(i);
  return best;
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
    // Two unregistered figures of one loose name (投资, 项目) are most often two things, not one fact.
    if (end - start > 1 && observations[start]!.unregistered !== true) {
      const indices = Array.from({ length: end - start }, (_, i) => start + i);
      conflicts.push({ key, observations: indices, values: indices.map((i) => observations[i]!.value) });
    }
    start = end;
  }
  return conflicts;
}
