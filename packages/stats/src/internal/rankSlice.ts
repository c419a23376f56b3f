import type { MissingPolicy, RankMethod } from "../types.js";

/** Reusable buffers for {@link rankSlice}, sized for the widest row. */
export interface RankScratch {
  sorted: Float64Array;
  counts: Int32Array;
  /** The median of the last ranked slice (NaN when it had no values), read off the sort for free. */
  median: number;
}

/** Buffers for rows of up to `width` regions. */
export function rankScratch(width: number): RankScratch {
  return { sorted: new Float64Array(width), counts: new Int32Array(width + 1), median: Number.NaN };
}

/** First index i in s[0, n) with s[i] >= key (s sorted ascending). */
function lowerBound(s: Float64Array, n: number, key: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((s[mid] as number) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index i in s[0, n) with s[i] > key (s sorted ascending). */
function upperBound(s: Float64Array, n: number, key: number, from: number): number {
  let lo = from;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((s[mid] as number) <= key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Ranks `values[offset, offset + width)` into `out` at the same positions, 1 = best; NaN marks an
 * unranked cell. `sign` is −1 when higher is better (keys are sign × value, smallest key first), so
 * one ascending native sort of the valid keys serves every method: a cell's competition rank is one
 * plus the number of keys strictly before its own (a binary search), which keeps ties exact without
 * an index sort. Ordinal ties go to the earlier position (regions are in code order).
 * Returns the number of cells with a value.
 */
export function rankSlice(
  values: Float64Array,
  offset: number,
  width: number,
  sign: number,
  method: RankMethod,
  missing: MissingPolicy,
  out: Float64Array,
  scratch: RankScratch,
): number {
  const { sorted, counts } = scratch;
  let n = 0;
  for (let j = 0; j < width; j++) {
    const v = values[offset + j] as number;
    // missing values never enter the sort
    if (!Number.isNaN(v)) sorted[n++] = sign * v;
  }
  if (n === 0) {
    out.fill(Number.NaN, offset, offset + width);
    scratch.median = Number.NaN;
    return 0;
  }
  sorted.subarray(0, n).sort();
  const middle = n >>> 1;
  scratch.median =
    sign *
    (n % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2);
  let missingRank = Number.NaN;
  if (method === "competition") {
    for (let j = 0; j < width; j++) {
      const v = values[offset + j] as number;
      out[offset + j] = !Number.isNaN(v) ? lowerBound(sorted, n, sign * v) + 1 : Number.NaN;
    }
    missingRank = n + 1;
  } else if (method === "average") {
    for (let j = 0; j < width; j++) {
      const v = values[offset + j] as number;
      if (!Number.isNaN(v)) {
        const key = sign * v;
        const lo = lowerBound(sorted, n, key);
        out[offset + j] = (lo + 1 + upperBound(sorted, n, key, lo)) / 2;
      } else out[offset + j] = Number.NaN;
    }
    missingRank = (n + 1 + width) / 2;
  } else if (method === "dense") {
    // counts[i] = number of distinct keys in sorted[0, i]
    let distinct = 0;
    for (let i = 0; i < n; i++) {
      if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
      counts[i] = distinct;
    }
    for (let j = 0; j < width; j++) {
      const v = values[offset + j] as number;
      out[offset + j] = !Number.isNaN(v) ? (counts[lowerBound(sorted, n, sign * v)] as number) : Number.NaN;
    }
    missingRank = distinct + 1;
  } else {
    counts.fill(0, 0, n);
    let nextMissing = n + 1;
    for (let j = 0; j < width; j++) {
      const v = values[offset + j] as number;
      if (!Number.isNaN(v)) {
        const lo = lowerBound(sorted, n, sign * v);
        out[offset + j] = lo + 1 + (counts[lo] as number);
        counts[lo] = (counts[lo] as number) + 1;
      } else out[offset + j] = missing === "last" ? nextMissing++ : Number.NaN;
    }
    return n;
  }
  if (missing === "last" && n < width) {
    for (let j = 0; j < width; j++) {
      if (Number.isNaN(out[offset + j] as number)) out[offset + j] = missingRank;
    }
  }
  return n;
}
