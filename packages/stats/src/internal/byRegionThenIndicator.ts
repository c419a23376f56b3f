/** Sorts rows by region code, then indicator id (the package's output order). */
export function byRegionThenIndicator(a: { regionCode: string; indicator: string }, b: typeof a): number {
  if (a.regionCode !== b.regionCode) return a.regionCode < b.regionCode ? -1 : 1;
  return a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : 0;
}
