import { type NormalizedText, normalizeText } from "../clean/normalizeText.js";
import { isDuibiError } from "../errors/DuibiError.js";
import { findRegion } from "../registry/regions.js";
import { canConvert, convert } from "../registry/units.js";
import { unregisteredId } from "../registry/unregistered.js";
import type { Kind, Observation } from "../schema/observation.js";
import type { Region } from "../schema/region.js";
import type { Source } from "../schema/source.js";
import { detectRegion } from "./detectRegion.js";
import { detectYear } from "./detectYear.js";
import { findParts, LAST_YEAR_WORDS } from "./findParts.js";
import { kindAt } from "./kindAt.js";
import { buildLexicon } from "./lexicon.js";
import { rescope } from "./outOfScope.js";
import type { Fact } from "./readSentence.js";
import { readSentence } from "./readSentence.js";
import { resolveFact } from "./resolveFact.js";
import { scanMentions } from "./scanMentions.js";
import { splitSentences } from "./splitSentences.js";
import type { Diagnostic, ExtractOptions, ExtractResult, Unmapped, UnmappedReason } from "./types.js";

/**
 * Reads the figures a government work report states and returns them as
 * sourced observations. Pure and synchronous; never throws, whatever the string
 * (a failure becomes an `internal_error` diagnostic).
 *
 * 1. normalize the text, keeping a map back to the original (`normalizeText`);
 * 2. read the region and year from the header unless the options give them;
 * 3. find the review (→ last year's actuals, 预计 → estimates) and the plan
 *    (→ this year's targets) (`findParts`, `kindAt`);
 * 4. per sentence, find the figures (`scanMentions`) and tie each to its name
 *    (`readSentence`: 分别, 均, shared subjects);
 * 5. map names to indicators through the registry's aliases and decide the
 *    measure (`resolveFact`); a name the registry lacks keeps its figure as an
 *    observation flagged `unregistered` (indicator `unregistered:` + the name,
 *    see `unregisteredId`); what cannot be an observation at all (a five-year
 *    figure, a 分别 list that does not pair, no region or year) goes to `unmapped`.
 *
 * Every `source` holds offsets into the ORIGINAL text and `quote === text.slice(start, end)`.
 *
 * @param text - the report's text as read (BOM stripped, line endings untouched)
 * @param options - `document` id; `region`, `year`, `kind` override what the text says
 * @returns observations in text order, unmapped figures, diagnostics, the region and year used
 * @example
 * const r = extract("2024年重庆市万州区政府工作报告\n一、2023年工作回顾\n实现地区生产总值1179.4亿元、增长6.9%。", { document: "wz.txt" });
 * r.observations.map((o) => [o.indicator, o.measure, o.period, o.value]);
 * // => [["gdp", "level", 2023, 1179.4], ["gdp", "growth", 2023, 6.9]]
 */
export function extract(text: string, options: ExtractOptions): ExtractResult {
  const diagnostics: Diagnostic[] = [];
  try {
    return run(typeof text === "string" ? text : "", options, diagnostics);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    diagnostics.push({ code: "internal_error", message: `extraction stopped: ${message}` });
    return { observations: [], unmapped: [], diagnostics, region: null, year: null };
  }
}

function run(original: string, options: ExtractOptions, diagnostics: Diagnostic[]): ExtractResult {
  const normalized = normalizeText(original);
  const text = normalized.text;
  const region = chooseRegion(text, options.region, diagnostics);
  const year = chooseYear(text, options.year, diagnostics);
  const parts = findParts(text, year);
  const lexicon = buildLexicon();
  const observations: Observation[] = [];
  const unmapped: Unmapped[] = [];
  const document = String(options.document ?? "");
  const lastYearWord = year === null ? "" : `${year - 1}年`;
  // 实现地区生产总值1418亿元（预计数，下同）: every later figure of the review is an estimate.
  const estimatesFrom = estimatesFollow(text, parts.plan);
  // 预计全年地区生产总值完成600亿元，增长10.5%；固定资产投资完成416亿元: 预计 reaches over the
  // clauses a ； joins, to the end of the sentence (。).
  let estimateOpen = false;
  for (const sentence of splitSentences(text)) {
    // 预计2015年，实现地区生产总值2700亿元；一般公共预算收入350亿元: the year too reaches over the ；.
    let lastYearOpen = false;
    const carried: boolean = estimateOpen;
    const joined = text.charCodeAt(sentence.end - 1) === SEMICOLON;
    estimateOpen = joined && (carried || hasWord(text, "预计", sentence.start, sentence.end));
    const mentions = scanMentions(text, sentence.start, sentence.end, lexicon);
    const lastYearCarried: boolean = lastYearOpen;
    lastYearOpen = false;
    if (mentions.length === 0) continue;
    const words = text.slice(sentence.start, sentence.end);
    // A five-year part (过去五年, 今后五年) or a 年均 figure states no single year's value.
    // A sentence there naming last year (2022年，地区生产总值增长…) is that year's.
    // 全年…, 预计全年…: a five-year part's sentence about the last year alone.
    const lastYear: boolean =
      year !== null &&
      (lastYearCarried ||
        words.includes(lastYearWord) ||
        words.includes("全年") ||
        LAST_YEAR_OPENING.test(words) ||
        parts.lastYear.some(([start, end]) => sentence.start >= start && sentence.start < end));
    lastYearOpen = joined && lastYear;
    const fiveYears = lastYear
      ? undefined
      : parts.multiYear.find(([start, end]) => sentence.start >= start && sentence.start < end);
    const multiYear = fiveYears !== undefined;
    // 过去五年…生产总值从2007年的4676亿元增加到11459亿元: the level reached is the review year's.
    const pastFive = fiveYears !== undefined && PAST_PART.test(text.slice(fiveYears[0], fiveYears[0] + 16));
    const sentenceKind = options.kind ?? kindAt(words, sentence.start, parts, year);
    // 预计 covers the figures after it: 新增授权专利86件，全社会研发经费投入预计增长20% — only the second.
    const estimateFrom =
      carried || (sentence.start >= estimatesFrom && (parts.plan < 0 || sentence.start < parts.plan))
        ? 0
        : words.indexOf("预计");
    const facts = readSentence(text, sentence.start, sentence.end, mentions);
    const firstOfSentence = observations.length;
    const sized = sizeClasses(text, facts);
    for (const fact of facts) {
      // 失业率3.8%，低于4.5%的控制目标: the figure after 低于 restates the target it beat.
      if (TARGET_AFTER.test(text.slice(fact.mention.end, fact.mention.end + 8))) continue;
      const estimated = fact.estimate || (estimateFrom >= 0 && fact.mention.start >= sentence.start + estimateFrom);
      const kind: Kind = options.kind ?? (estimated && sentenceKind !== "target" ? "estimate" : sentenceKind);
      const period = year === null ? null : kind === "target" ? year : year - 1;
      // A figure of part of the year, of a sub-area or of another year is not the region's own.
      const r = rescope(text, fact, resolveFact(fact, lexicon), period, region, lexicon);
      const from = sized.starts.get(fact) ?? nameStartOf(fact, r.nameAsWritten);
      const source = sourceOf(original, normalized, from, fact.end, document);
      const reached = pastFive && kind !== "target" && r.measure === "level" && reachedLevel(text, fact, words);
      const problem = sized.thresholds.has(fact)
        ? "size_class"
        : problemOf(fact, r.problem, multiYear && !reached, region, period);
      const bounds = fact.mention.bounds;
      const loose =
        region === null || period === null
          ? undefined
          : unregisteredOf(fact, sized.names.get(fact) ?? r.nameAsWritten, problem, sized.names.has(fact));
      if (loose !== undefined && region !== null && period !== null) {
        // Nothing stated is lost: a name the registry lacks keeps its figure, flagged unregistered.
        observations.push({
          regionCode: region.code,
          regionName: region.name,
          indicator: loose.id,
          measure: r.measure,
          period,
          kind,
          value: r.value,
          unit: r.unit,
          qualifier: r.qualifier,
          bounds:
            bounds && (r.value < 0 ? { low: -bounds.high, high: -bounds.low } : { low: bounds.low, high: bounds.high }),
          nameAsWritten: loose.name,
          source,
          unregistered: true,
        });
        continue;
      }
      if (problem !== null || r.indicator === undefined || region === null || period === null) {
        unmapped.push({
          nameAsWritten: r.nameAsWritten,
          value: r.value,
          unit: r.unit,
          measure: r.measure,
          period,
          kind,
          qualifier: r.qualifier,
          reason: problem ?? "unknown_indicator",
          source,
        });
        continue;
      }
      observations.push({
        regionCode: region.code,
        regionName: region.name,
        indicator: r.indicator.id,
        measure: r.measure,
        period,
        kind,
        value: r.value,
        unit: enterpriseUnit(r.indicator.unit, r.unit),
        qualifier: r.qualifier,
        // Absent bounds stay undefined (dropped by JSON): one object shape for every observation.
        bounds:
          bounds && (r.value < 0 ? { low: -bounds.high, high: -bounds.low } : { low: bounds.low, high: bounds.high }),
        nameAsWritten: r.nameAsWritten,
        source,
      });
    }
    dropMilestones(observations, firstOfSentence, unmapped);
  }
  return { observations, unmapped, diagnostics, region, year };
}

/**
 * 地区生产总值突破5000亿元，达5025.4亿元: a level passed (突破, 迈上, 首超 … a floor) beside the
 * exact level of the same fact in the same sentence says nothing more; kept, it would stand as a
 * second value of the fact. It moves to `unmapped` as a milestone. Observations from `from` on are
 * the sentence's.
 */
function dropMilestones(observations: Observation[], from: number, unmapped: Unmapped[]): void {
  if (observations.length - from < 2) return;
  const sentence = observations.slice(from);
  const passed = (o: Observation) =>
    o.measure === "level" &&
    (o.qualifier === "more_than" || o.qualifier === "at_least") &&
    sentence.some(
      (e) =>
        e !== o &&
        e.qualifier === "exact" &&
        e.indicator === o.indicator &&
        e.measure === o.measure &&
        e.period === o.period &&
        e.kind !== "target" &&
        o.kind !== "target" &&
        (e.unit === o.unit ? e.value : canConvert(e.unit, o.unit) ? convert(e.value, e.unit, o.unit) : Number.NaN) >=
          o.value,
    );
  if (!sentence.some(passed)) return;
  observations.length = from;
  for (const o of sentence) {
    if (!passed(o)) {
      observations.push(o);
      continue;
    }
    const { nameAsWritten, value, unit, measure, period, kind, qualifier, source } = o;
    unmapped.push({ nameAsWritten, value, unit, measure, period, kind, qualifier, reason: "milestone", source });
  }
}

const SEMICOLON = "；".charCodeAt(0);

/** Whether `word` (two code units) occurs in text[from, to), without slicing. */
function hasWord(text: string, word: string, from: number, to: number): boolean {
  const first = word.charCodeAt(0);
  const second = word.charCodeAt(1);
  for (let i = from; i < to - 1; i++)
    if (text.charCodeAt(i) === first && text.charCodeAt(i + 1) === second) return true;
  return false;
}
const PAST_PART = /过去|回顾|年来|以来|成就/;
/** 过去一年，地区生产总值达到1.95万亿元: a sentence that opens on last year is that year's, in a five-year part too. */
const LAST_YEAR_OPENING = new RegExp(`^[\\s*“]*(?:${LAST_YEAR_WORDS})`);
const TARGET_AFTER = /^的(?:控制|预期|年度|调控)?目标/;
/** 增加到, 扩大到, 达到, 提高至: the words before a level the five years ended at. */
const REACHED = /(?:到|至|达)$/;
const SUMMED = /累计|总计|合计|共计|五年|年均/;

const SINCE = /(?:从|由)(?:\d{4}年(?:末|底)?的?)?$/;
/** A level a five-year review says was reached (增加到11459亿元), not a sum over the years (累计完成2.8万亿元). */
function reachedLevel(text: string, fact: Fact, sentence: string): boolean {
  // 城镇新增就业52万人 in a five-year paragraph: what was added over the five years.
  if (fact.total || fact.average || fact.name.includes("新增")) return false;
  if (SUMMED.test(text.slice(Math.max(0, fact.mention.start - 16), fact.mention.start))) return false;
  // 完成财政总收入853亿元…，年均增长7.2%: the level whose average growth is given is the last year's.
  const before = text.slice(Math.max(fact.nameStart, fact.mention.start - 8), fact.mention.start);
  // 从2007年的4676亿元: where the five years started.
  if (SINCE.test(before)) return false;
  // 城乡居民收入分别达28120元和13210元: the list's verb is before its first value.
  const listed = fact.list !== undefined && /到|至|达/.test(text.slice(fact.nameStart, fact.mention.start));
  return REACHED.test(before) || listed || sentence.includes("年均增长");
}
const ESTIMATES_FOLLOW = /预计(?:数|数据|值)?[，、]?(?:下同|以下同)/;

/** Where a 预计数，下同 note starts (its figures and all after it in the review are estimates); Infinity when none. */
function estimatesFollow(text: string, plan: number): number {
  const hit = ESTIMATES_FOLLOW.exec(plan > 0 ? text.slice(0, plan) : text);
  if (hit === null) return Number.POSITIVE_INFINITY;
  // The note follows the first figure it covers: start at that figure's sentence.
  const before = text.lastIndexOf("。", hit.index);
  return Math.max(before + 1, 0);
}

function problemOf(
  fact: Fact,
  found: UnmappedReason | null,
  multiYear: boolean,
  region: Region | null,
  period: number | null,
): UnmappedReason | null {
  if (fact.mismatch) return "list_mismatch";
  if (found !== null) return found;
  if (multiYear || fact.average) return "multi_year";
  if (region === null) return "unknown_region";
  return period === null ? "unknown_year" : null;
}

/** Where the figure is counted before its name (103个重点项目完成投资), what it counts ends at the next verb. */
const COUNTED_UNTIL =
  /(?:完成|实现|开工|竣工|建成|投产|有序|加快|获评|获得|荣获|获批|入选|入围|纳入|进入|通过|全面|逐步|稳定|整改|序时|启动|惠及|覆盖)/u;

/**
 * The unregistered indicator a fact stands for: a name the registry lacks (or, read after a
 * count, one it knows only with another unit: 103个 counts 重点项目, not 重点项目完成投资).
 */
function unregisteredOf(
  fact: Fact,
  nameAsWritten: string,
  problem: UnmappedReason | null,
  sized: boolean,
): { id: string; name: string } | undefined {
  const counted = fact.following && problem === "unit_mismatch";
  const classed = sized && (problem === null || problem === "unknown_indicator" || problem === "unit_mismatch");
  if (problem !== "unknown_indicator" && !counted && !classed) return undefined;
  let name = nameAsWritten;
  if (fact.following && !classed) {
    const cut = fact.name.search(COUNTED_UNTIL);
    name = (fact.verb ?? "") + (cut >= 2 ? fact.name.slice(0, cut) : fact.name);
  }
  const id = unregisteredId(name);
  return id === undefined ? undefined : { id, name };
}

/**
 * Size classes: in 其中20亿元以上项目3个 the 20亿元以上 is no figure of the region but a
 * bound on which projects 3个 counts. A figure with 以上/以下, its name read after it, and
 * the next figure's name starting right where it ends: the first is a threshold, the
 * second counts the class (20亿元以上项目), never all 项目.
 */
function sizeClasses(
  text: string,
  facts: readonly Fact[],
): { thresholds: Set<Fact>; names: Map<Fact, string>; starts: Map<Fact, number> } {
  const thresholds = new Set<Fact>();
  const names = new Map<Fact, string>();
  const starts = new Map<Fact, number>();
  for (let i = 1; i < facts.length; i++) {
    const bound = facts[i - 1]!;
    const fact = facts[i]!;
    const hedged = bound.mention.qualifier === "at_least" || bound.mention.qualifier === "at_most";
    if (!bound.following || !hedged || fact.nameStart !== bound.mention.end || fact.following) continue;
    thresholds.add(bound);
    names.set(fact, text.slice(bound.mention.start, fact.nameStart) + fact.name);
    starts.set(fact, bound.mention.start);
  }
  return { thresholds, names, starts };
}

/**
 * 新增规上工业企业7户: reports count enterprises in 户 as often as in 家. When the indicator
 * counts in 家 (enterprises), a figure in 户 is that count, not households.
 */
function enterpriseUnit(indicatorUnit: string, unit: string): string {
  if (indicatorUnit !== "家") return unit;
  if (unit === "户") return "家";
  return unit === "万户" ? "万家" : unit;
}

/** Starts the quote at the name the registry knew (地区生产总值, not 实现地区生产总值) when it is a tail of the lead. */
function nameStartOf(fact: Fact, name: string): number {
  if (fact.start !== fact.nameStart || !fact.name.endsWith(name)) return fact.start;
  return fact.start + fact.name.length - name.length;
}

function sourceOf(original: string, normalized: NormalizedText, from: number, to: number, document: string): Source {
  const start = normalized.toOriginal(from);
  const end = Math.max(start, normalized.toOriginalEnd(to));
  return { document, start, end, quote: original.slice(start, end) };
}

function chooseRegion(text: string, option: string | undefined, diagnostics: Diagnostic[]): Region | null {
  if (option !== undefined) {
    try {
      return findRegion(String(option));
    } catch (error) {
      const message = isDuibiError(error) ? error.message : String(error);
      diagnostics.push({ code: "bad_option", message: `region option ignored: ${message}` });
    }
  }
  let candidates: readonly Region[] = [];
  const found = detectRegion(text, (all) => {
    candidates = all;
  });
  if (!found && candidates.length > 0)
    diagnostics.push({
      code: "ambiguous_region",
      message: `the header names a region several share (${candidates.map((r) => `${r.name} ${r.code}`).join(", ")}) and the text names none of their parents; pass the region option`,
    });
  else if (!found)
    diagnostics.push({
      code: "region_not_found",
      message: "no region named in the title or header; pass the region option",
    });
  return found;
}

function chooseYear(text: string, option: number | undefined, diagnostics: Diagnostic[]): number | null {
  if (option !== undefined) {
    if (Number.isInteger(option) && option >= 1950 && option <= 2100) return option;
    diagnostics.push({ code: "bad_option", message: `year option ignored: ${String(option)} is not a year` });
  }
  const found = detectYear(text);
  if (found === null)
    diagnostics.push({ code: "year_not_found", message: "no report year in the header; pass the year option" });
  return found;
}
