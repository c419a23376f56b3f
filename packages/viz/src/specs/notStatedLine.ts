import type { Locale } from "../theme/locale.js";

/**
 * The subtitle line naming the regions a chart lacks (the missing-region rule: a figure is
 * drawn among the regions that state it, and the chart says who does not): empty when every
 * expected region is present.
 *
 * @param expected - Codes of the regions the chart is about, in display order.
 * @param present - Codes of the regions it draws.
 * @param nameOf - A region's name by code.
 * @param words - The chart's locale.
 * @param what - What they do not state ("2024年目标"); default "此项" / "this figure".
 * @returns No line or one: "东城区未说明2024年目标".
 * @example
 * notStatedLine(["500101", "110101"], new Set(["500101"]), () => "东城区", locale("zh")); // => ["东城区未说明此项"]
 */
export function notStatedLine(
  expected: readonly string[],
  present: ReadonlySet<string>,
  nameOf: (code: string) => string,
  words: Locale,
  what?: string,
): string[] {
  const missing = [...new Set(expected)].filter((code) => !present.has(code));
  return missing.length === 0 ? [] : [words.notStated(missing.map(nameOf), what)];
}
