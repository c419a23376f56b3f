/** Charts of one mark row per region show every region up to this many … */
export const SHOW_ALL_UP_TO = 25;

/** … and beyond it the highest and the lowest this many, plus the highlighted ones. */
export const SHOW_EACH_END = 10;

/**
 * Which regions a chart of one row per region shows, in display order: all of
 * them up to {@link SHOW_ALL_UP_TO} (in the given order); beyond that the
 * {@link SHOW_EACH_END} highest and lowest by `value`, plus the highlighted
 * ones, highest first (ties by code). Regions without a value sort last.
 *
 * @param items - Regions with the value they are ranked by, in the order to keep when all are shown.
 * @param highlighted - Codes always shown.
 * @returns The shown codes in order, and whether the list was cut.
 * @example
 * shownRegions([{ code: "a", value: 1 }, { code: "b", value: 2 }], new Set()); // => { codes: ["a", "b"], cut: false }
 */
export function shownRegions(
  items: readonly { code: string; value: number | null }[],
  highlighted: ReadonlySet<string>,
): { codes: string[]; cut: boolean } {
  if (items.length <= SHOW_ALL_UP_TO) return { codes: items.map((i) => i.code), cut: false };
  const ranked = [...items].sort(
    (a, b) =>
      (b.value ?? Number.NEGATIVE_INFINITY) - (a.value ?? Number.NEGATIVE_INFINITY) || a.code.localeCompare(b.code),
  );
  const valued = ranked.filter((i) => i.value !== null);
  const ends = new Set([...valued.slice(0, SHOW_EACH_END), ...valued.slice(-SHOW_EACH_END)].map((i) => i.code));
  return { codes: ranked.filter((i) => ends.has(i.code) || highlighted.has(i.code)).map((i) => i.code), cut: true };
}
