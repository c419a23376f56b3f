/**
 * Levenshtein distance between two strings (insert, delete, substitute = 1).
 * O(a × b) time, O(b) memory; used only to suggest ids, on short strings.
 *
 * @param a - first string
 * @param b - second string
 * @returns the number of edits turning a into b
 * @example
 * editDistance("gpd", "gdp"); // => 2
 */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
