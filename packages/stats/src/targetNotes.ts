import { checkArgs, duibiError, formatNumber, type PresentLang, type Qualifier, qualifierLabel } from "@duibi/core";

/**
 * How a growth target was read, as facts keyed by `code` (rendered in the caller's language by
 * {@link describeTargetNote}); `ambition` and `impliedLevel` rows carry them:
 * - `ceiling`: 以内 or a price target (CPI): a cap, not an ambition;
 * - `floor`: 以上 / 超过: the ambition is at least the figure;
 * - `level_ceiling` / `level_floor`: the implied level is a ceiling / floor too;
 * - `range`: a range target read at its midpoint (`low`–`high` when stated);
 * - `nearly`: 近: a little under the stated target;
 * - `targets_differ`: the sources state different targets (`statements`); the first is used;
 * - `no_baseline`: no growth stated for the `year` before;
 * - `estimate_baseline`: the `year` before is the estimate (预计);
 * - `baseline_qualified`: the `year` before's growth is hedged (`qualifier`);
 * - `baseline_floor`: the `year` before's growth is a floor (以上): the ambition is at most the difference;
 * - `both_floors`: the target and the `year` before's growth are both floors: their difference bounds nothing;
 * - `baseline_multiple`: the `year` before's figure is a multiple (倍), not a growth rate: no baseline.
 */
export type TargetNote =
  | { code: "ceiling" }
  | { code: "floor" }
  | { code: "level_ceiling" }
  | { code: "level_floor" }
  | { code: "range"; low?: number; high?: number }
  | { code: "nearly" }
  | { code: "targets_differ"; statements: { value: number; document: string }[] }
  | { code: "no_baseline"; year: number }
  | { code: "estimate_baseline"; year: number }
  | { code: "baseline_qualified"; year: number; qualifier: Qualifier }
  | { code: "baseline_floor"; year: number }
  | { code: "both_floors"; year: number }
  | { code: "baseline_multiple"; year: number };

type Words = { [C in TargetNote["code"]]: (note: Extract<TargetNote, { code: C }>) => string };

/** A hedge in words; a range has none in the catalog (its bounds say it). */
const hedge = (qualifier: Qualifier, lang: PresentLang) =>
  qualifierLabel(qualifier, lang) || (lang === "zh" ? "区间" : "range");
const span = (n: { low?: number; high?: number }, dash: string) =>
  n.low === undefined || n.high === undefined ? "" : `${formatNumber(n.low)}${dash}${formatNumber(n.high)}%`;

const ZH: Words = {
  ceiling: () => "上限（以内或价格目标），不计进取程度",
  floor: () => "目标为下限（以上）：进取程度至少如此",
  level_ceiling: () => "目标为上限：推算水平也是上限",
  level_floor: () => "目标为下限：推算水平也是下限",
  range: (n) => `区间目标${span(n, "–")}，取中值`,
  nearly: () => "近：略低于所述目标",
  targets_differ: (n) =>
    `各来源目标不同（${n.statements.map((s) => `${s.document}为${formatNumber(s.value)}%`).join("，")}），取第一个`,
  no_baseline: (n) => `未说明${n.year}年增速`,
  estimate_baseline: (n) => `${n.year}年基数为预计数`,
  baseline_qualified: (n) => `${n.year}年增速带限定词（${hedge(n.qualifier, "zh")}）`,
  baseline_floor: (n) => `${n.year}年增速为下限（以上）：进取程度至多如此`,
  both_floors: (n) => `目标与${n.year}年增速均为下限（以上）：二者之差不说明进取程度`,
  baseline_multiple: (n) => `${n.year}年所述为倍数，不是增速：无基数`,
};

const EN: Words = {
  ceiling: () => "a ceiling (at most, or a price target), not an ambition",
  floor: () => "the target is a floor (or more): the ambition is at least this",
  level_ceiling: () => "the target is a ceiling: the level is a ceiling too",
  level_floor: () => "the target is a floor: the level is a floor too",
  range: (n) => {
    const s = span(n, "–");
    return s === "" ? "range target read at its midpoint" : `range ${s}, read at its midpoint`;
  },
  nearly: () => "nearly: a little under the stated target",
  targets_differ: (n) =>
    `targets differ between sources (${n.statements.map((s) => `${formatNumber(s.value)}% in ${s.document}`).join(", ")}); the first is used`,
  no_baseline: (n) => `no ${n.year} growth stated`,
  estimate_baseline: (n) => `${n.year} baseline is the estimate`,
  baseline_qualified: (n) => `${n.year} growth stated with a qualifier (${hedge(n.qualifier, "en")})`,
  baseline_floor: (n) => `${n.year} growth was a floor (or more): the ambition is at most this`,
  both_floors: (n) => `the target and ${n.year} growth are both floors (or more): their difference bounds nothing`,
  baseline_multiple: (n) => `the ${n.year} figure is a multiple, not a growth rate: no baseline`,
};

/**
 * One note of an ambition or implied-level row in the caller's language.
 * @param note - a note of an `AmbitionRow` or `ImpliedLevelRow`
 * @param lang - `"zh"` or `"en"`
 * @returns the sentence, in that language only (document names as written)
 * @throws DuibiError `invalid_argument` for a language other than zh/en or an unknown code
 * @example
 * describeTargetNote({ code: "no_baseline", year: 2023 }, "zh"); // => "未说明2023年增速"
 * describeTargetNote({ code: "no_baseline", year: 2023 }, "en"); // => "no 2023 growth stated"
 */
export function describeTargetNote(note: TargetNote, lang: PresentLang): string {
  checkArgs({ note: [note, { code: "string" }], lang: [lang, "string"] });
  if (lang !== "zh" && lang !== "en") {
    throw duibiError(
      "invalid_argument",
      { name: "lang", expected: '"zh" or "en"', got: JSON.stringify(lang) },
      { where: "lang" },
    );
  }
  const words = lang === "en" ? EN : ZH;
  if (!Object.hasOwn(words, note.code)) {
    throw duibiError(
      "invalid_argument",
      { name: "note.code", expected: Object.keys(words).join(", "), got: JSON.stringify(note.code) },
      { where: "note.code" },
    );
  }
  return (words[note.code] as (n: TargetNote) => string)(note);
}

/**
 * A row's target notes as one line in the caller's language, joined with "；" (zh) or "; " (en).
 * @param notes - the notes of an `AmbitionRow` or `ImpliedLevelRow`
 * @param lang - `"zh"` or `"en"`
 * @returns the line; "" when there are no notes
 * @example
 * describeTargetNotes([{ code: "floor" }, { code: "estimate_baseline", year: 2023 }], "en");
 * // => "the target is a floor (or more): the ambition is at least this; 2023 baseline is the estimate"
 */
export function describeTargetNotes(notes: readonly TargetNote[], lang: PresentLang): string {
  checkArgs({ notes: [notes, "object[]"], lang: [lang, "string"] });
  return notes.map((n) => describeTargetNote(n, lang)).join(lang === "en" ? "; " : "；");
}
