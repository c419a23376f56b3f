import { checkArgs } from "../errors/checkArgs.js";
import { cleanIndicatorName } from "./indicators/normalizeIndicatorName.js";
import { findIndicator, TRAILING_ADVERB } from "./indicators.js";

/** Prefix of the indicator id of a figure whose name the registry does not know (`unregistered:重点项目`). */
export const UNREGISTERED_PREFIX = "unregistered:";

/** Region words, verbs and particles that open a name cut out of a sentence and add nothing to what it counts. */
const LEADING =
  /^(?:全区|全市|全县|全州|全省|全旗|我区|我市|我县|本区|本市|本县|实现|完成|达到|力争|确保|其中|全年|累计|、|，|,|和|及|的(?![士哥姐]))+/u;
/** The characters before 均 that make it "per" or "on average" (人均, 亩均, 平均, 月均), not "each". */
export const PER_HEADS = "人亩年平户日月地";
/** Marks and particles that cling to the end of a name: 建设的, 重大任务、, 民生实事和 (not 及: 惠及; not 人均's 均). */
const TRAILING = new RegExp(`(?:、|，|,|的|和|为|达|分别|(?<![${PER_HEADS}])均)+$`, "u");

/**
 * The indicator id of a figure the registry has no name for, derived from the
 * name as written: NFKC (full-width letters and digits folded), no spaces,
 * quotes or bracketed asides, Latin letters in the case written (占GDP比重: see
 * `cleanIndicatorName`), without the
 * region words and verbs a sentence puts in front (全区, 实现, 完成) or the marks
 * after it (、, 的). The same name always gives the same id; two ids are equal
 * exactly when the normalized names are.
 *
 * @param nameAsWritten - the name as the report writes it
 * @returns `unregistered:` + the normalized name, or undefined when nothing of the name is left
 * @example
 * unregisteredId(" 完成重点项目 "); // => "unregistered:重点项目"
 * unregisteredId("“四好农村路”"); // => "unregistered:四好农村路"
 * unregisteredId("主导产业增加值占ＧＤＰ比重"); // => "unregistered:主导产业增加值占GDP比重"
 * unregisteredId("实现"); // => undefined
 */
export function unregisteredId(nameAsWritten: string): string | undefined {
  const name = cleanIndicatorName(nameAsWritten)
    .replace(LEADING, "")
    .replace(TRAILING, "")
    .replace(TRAILING_ADVERB, "");
  return name === "" ? undefined : UNREGISTERED_PREFIX + name;
}

/**
 * Whether an indicator id is an unregistered one (see {@link unregisteredId}).
 *
 * @param id - an indicator id
 * @returns true for `unregistered:…`
 * @example
 * isUnregistered("unregistered:重点项目"); // => true
 * isUnregistered("gdp"); // => false
 */
export function isUnregistered(id: string): boolean {
  if (typeof id !== "string") checkArgs({ id: [id, "string"] }); // hot: a sort's comparator
  return id.startsWith(UNREGISTERED_PREFIX);
}

/**
 * The name an unregistered id stands for, as shown to a reader (the name as
 * written, normalized); undefined for a registry id.
 *
 * @param id - an indicator id
 * @returns the name, or undefined when the id is not unregistered
 * @example
 * unregisteredName("unregistered:重点项目"); // => "重点项目"
 * unregisteredName("gdp"); // => undefined
 */
export function unregisteredName(id: string): string | undefined {
  return isUnregistered(id) ? id.slice(UNREGISTERED_PREFIX.length) : undefined;
}

/**
 * The name a reader sees for an indicator id: the registry's zh or en name, the
 * name as written for an unregistered id (in both languages: it has no
 * translation), else the id itself (a dataset may carry ids of its own). The
 * one owner of this fallback for tables, charts and reports.
 *
 * @param id - an indicator id
 * @param lang - "zh" or "en"
 * @returns the name
 * @example
 * indicatorDisplayName("trade.total", "zh"); // => "进出口总额"
 * indicatorDisplayName("unregistered:重点项目", "en"); // => "重点项目"
 * indicatorDisplayName("x.custom", "zh"); // => "x.custom"
 */
export function indicatorDisplayName(id: string, lang: "zh" | "en"): string {
  checkArgs({ id: [id, "string"], lang: [lang, "string"] });
  const indicator = findIndicator(id);
  if (indicator === undefined) return unregisteredName(id) ?? id;
  return lang === "en" ? indicator.en : indicator.zh;
}
