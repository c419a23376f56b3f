/**
 * Edit distance between two strings where an insertion, a deletion, a
 * substitution or a swap of two adjacent characters each cost 1 (optimal
 * string alignment), so the typo "gpd" is one edit from "gdp". O(a × b) time;
 * used only to suggest ids, on short strings.
 *
 * @param a - first string
 * @param b - second string
 * @returns the number of edits turning a into b
 * @example
 * editDistance("gpd", "gdp"); // => 1
 * editDistance("kitten", "sitting"); // => 3
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const above = rows[i - 1] ?? [];
      let best = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? 0;
}
