/**
 * The k-th smallest of a[0, n) (0-based), rearranging a in place: Hoare quickselect with a
 * median-of-three pivot, expected O(n). Callers pass a scratch copy, never user data.
 */
export function selectInPlace(a: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    // median of three as the pivot keeps sorted and tied input from going quadratic
    const x = a[lo] as number;
    const y = a[mid] as number;
    const z = a[hi] as number;
    let pivot = z;
    if (x < y === y < z) pivot = y;
    else if (y < x === x < z) pivot = x;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i] = a[j] as number;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k] as number;
  }
  return a[k] as number;
}

/**
 * Median of the non-NaN values in values[offset, offset + width), using `scratch` (length ≥ width);
 * NaN when there are none.
 */
export function medianOfSlice(values: Float64Array, offset: number, width: number, scratch: Float64Array): number {
  let n = 0;
  for (let j = 0; j < width; j++) {
    const v = values[offset + j] as number;
    if (!Number.isNaN(v)) scratch[n++] = v;
  }
  if (n === 0) return Number.NaN;
  const k = n >>> 1;
  const upper = selectInPlace(scratch, n, k);
  if (n % 2 === 1) return upper;
  // after selection everything before k is <= the upper middle: the lower middle is their maximum
  let lower = scratch[0] as number;
  for (let i = 1; i < k; i++) if ((scratch[i] as number) > lower) lower = scratch[i] as number;
  return (lower + upper) / 2;
}

/** Mean of the non-NaN values in values[offset, offset + width); NaN when there are none. */
export function meanOfSlice(values: Float64Array, offset: number, width: number): number {
  let n = 0;
  let sum = 0;
  for (let j = 0; j < width; j++) {
    const v = values[offset + j] as number;
    if (!Number.isNaN(v)) {
      sum += v;
      n++;
    }
  }
  return n === 0 ? Number.NaN : sum / n;
}
