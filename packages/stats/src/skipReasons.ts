import { describeNotes, type PresentLang, type RegionNames, type RowNote } from "@duibi/core";
import { describeByCode, type Wording } from "./internal/describeByCode.js";

/**
 * Why a row was not computed on, as facts keyed by `code` (worded in the caller's language by
 * {@link describeSkipReason}):
 * - `incomparable`: the comparison row's verdict is incomparable; `notes` are its notes from `align` (facts);
 * - `mixed_units`: the row's cells are stated in units that were not brought to one;
 * - `too_few_values`: fewer regions have a value than the computation needs (`count` of
 *   `minimum`): a median or mean needs {@link MIN_CENTRE_VALUES}, a gap to a region needs that
 *   region and one other;
 * - `no_reference_value`: the reference region (`reference`, its name) states nothing on the row;
 * - `overflow`: the values are so large (±1.7e308) that the reference or a gap is beyond the
 *   largest double and would read as —.
 */
export type SkipReason =
  | { code: "incomparable"; notes: RowNote[] }
  | { code: "mixed_units"; units: string[] }
  | { code: "too_few_values"; count: number; minimum: number }
  | { code: "no_reference_value"; reference: string }
  | { code: "overflow" };

const ZH: Wording<SkipReason> = {
  incomparable: (r, names) => (r.notes.length === 0 ? "口径不可比" : describeNotes(r.notes, "zh", names)),
  mixed_units: (r) => `各地区单位不同（${r.units.join("、")}）`,
  too_few_values: (r) => `仅${r.count}个地区有数值，至少需要${r.minimum}个`,
  no_reference_value: (r) => `${r.reference}在此行没有数值`,
  overflow: () => "数值过大，差距超出可计算的范围（溢出）",
};

const EN: Wording<SkipReason> = {
  incomparable: (r, names) =>
    r.notes.length === 0 ? "not comparable" : `not comparable: ${describeNotes(r.notes, "en", names)}`,
  mixed_units: (r) => `cells in different units: ${r.units.join(", ")}`,
  too_few_values: (r) =>
    `only ${r.count} ${r.count === 1 ? "region has" : "regions have"} a value; at least ${r.minimum} needed`,
  no_reference_value: (r) => `${r.reference} has no value on this row`,
  overflow: () => "values too large: the gap is beyond the largest number (overflow)",
};

/**
 * One skip reason in the caller's language.
 * @param reason - the `skipped` of a `GapRow`, or the `reason` of a skipped rank or summary row
 * @param lang - `"zh"` or `"en"`
 * @param names - region names for an incomparable row's notes (the table's `regions`; default the registry's)
 * @returns the sentence, in that language (names as stated)
 * @throws DuibiError invalid_argument for another language or an unknown code
 * @example
 * describeSkipReason({ code: "too_few_values", count: 2, minimum: 3 }, "zh"); // => "仅2个地区有数值，至少需要3个"
 * describeSkipReason({ code: "too_few_values", count: 2, minimum: 3 }, "en"); // => "only 2 regions have a value; at least 3 needed"
 */
export function describeSkipReason(reason: SkipReason, lang: PresentLang, names?: RegionNames): string {
  return describeByCode({ zh: ZH, en: EN }, reason, lang, "reason", names);
}
