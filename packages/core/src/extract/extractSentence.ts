import type { NormalizedText } from "../clean/normalizeText.js";
import { getIndicator } from "../registry/indicators.js";
import { canConvert, convert } from "../registry/units.js";
import { unregisteredId } from "../registry/unregistered.js";
import type { Bounds, Kind, Observation } from "../schema/observation.js";
import type { Region } from "../schema/region.js";
import type { Source } from "../schema/source.js";
import { LAST_YEAR_WORDS, type Parts } from "./findParts.js";
import { kindAt } from "./kindAt.js";
import type { Lexicon } from "./lexicon.js";
import { rescope } from "./outOfScope.js";
import type { Fact } from "./readSentence.js";
import { LIST_JOIN, readSentence } from "./readSentence.js";
import type { Resolved } from "./resolveFact.js";
import { resolveFact } from "./resolveFact.js";
import { scanMentions } from "./scanMentions.js";
import type { Unmapped, UnmappedReason } from "./types.js";

/**
 * What every sentence of one report is read against, set once per {@link extract} call, and the
 * lists its figures go to. One object of one shape: the per-sentence and per-figure code below
 * reads it at every call.
 */
export interface ReportReading {
  original: string;
  normalized: NormalizedText;
  text: string;
  /** The `kind` option: every figure is of this kind when given. */
  kind: Kind | undefined;
  region: Region | null;
  year: number | null;
  parts: Parts;
  lexicon: Lexicon;
  document: string;
  /** 2023年 in the 2024 report ("" without a year). */
  lastYearWord: string;
  /** Where the review's 预计数，下同 note starts: the figures from there to the plan are estimates. */
  estimatesFrom: number;
  observations: Observation[];
  unmapped: Unmapped[];
}

/** What one sentence says about all of its figures. */
interface SentenceReading {
  start: number;
  words: string;
  kind: Kind;
  /** Offset in the text from which the sentence's figures are estimates (NO_ESTIMATE: none). */
  estimateAt: number;
  /** In a five-year review (过去五年…): a level reached is the review year's. */
  pastFive: boolean;
  multiYear: boolean;
  /** The sentence's size classes (NO_CLASSES when it has none, the usual case). */
  sized: SizeClasses;
}

const SEMICOLON = "；".charCodeAt(0);
/** Past every offset (and a small integer, as offsets are): no figure of the sentence is an estimate. */
const NO_ESTIMATE = 0x3fffffff;

/**
 * Reads one sentence `text[start, end)` of a report: finds its figures, ties them to names,
 * resolves them and appends them to `report.observations` or `report.unmapped`.
 *
 * @param report - the report being read
 * @param start - sentence start (normalized text)
 * @param end - sentence end
 * @param carried - whether a 预计 of the sentence before reaches over the ； into this one
 * @returns whether this sentence's 预计 reaches into the next one
 * @example
 * // 预计全年地区生产总值完成600亿元，增长10.5%；固定资产投资完成416亿元: true after the first
 */
export function extractSentence(report: ReportReading, start: number, end: number, carried: boolean): boolean {
  const text = report.text;
  // 预计全年地区生产总值完成600亿元，增长10.5%；固定资产投资完成416亿元: 预计 reaches over the
  // clauses a ； joins, to the end of the sentence (。).
  const joined = text.charCodeAt(end - 1) === SEMICOLON;
  const estimateOpen = joined && (carried || hasWord(text, "预计", start, end));
  const mentions = scanMentions(text, start, end, report.lexicon);
  if (mentions.length === 0) return estimateOpen;
  const facts = readSentence(text, start, end, mentions);
  if (facts.length === 0) return estimateOpen;
  const read = readSentenceContext(report, start, end, carried);
  read.sized = sizeClasses(text, facts);
  const firstOfSentence = report.observations.length;
  let listed: ListedFigure[] | undefined;
  for (let i = 0; i < facts.length; i++) {
    const fact = facts[i]!;
    const at = report.observations.length;
    extractFact(report, read, fact);
    if (fact.list === undefined || report.observations.length === at) continue;
    if (listed === undefined) listed = [{ fact, at }];
    else listed.push({ fact, at });
  }
  if (listed !== undefined && listed.length > 1) unshareList(report.observations, listed, report.lexicon);
  if (report.observations.length - firstOfSentence > 1) {
    dropMilestones(report.observations, report.unmapped, firstOfSentence, false);
    dropOtherCounts(report.observations, report.unmapped, firstOfSentence);
  }
  // 地区生产总值预计增长6%左右；一般公共预算收入完成224.7亿元: a 预计 after the first name is that
  // figure's alone, and does not reach over the ；.
  const first = facts[0]!;
  return (
    estimateOpen && (carried || first.name === "" || hasWord(text, "预计", start, first.nameStart + first.name.length))
  );
}

/** 过去一年，地区生产总值达到1.95万亿元: a sentence that opens on last year is that year's, in a five-year part too. */
const LAST_YEAR_OPENING = new RegExp(`^[\\s*“]*(?:${LAST_YEAR_WORDS})`);
const PAST_PART = /过去|回顾|年来|以来|成就/;

function readSentenceContext(report: ReportReading, start: number, end: number, carried: boolean): SentenceReading {
  const { text, year, parts } = report;
  const words = text.slice(start, end);
  // A five-year part (过去五年, 今后五年) or a 年均 figure states no single year's value.
  // A sentence there naming last year (2022年，地区生产总值增长…) is that year's.
  // 全年…, 预计全年…: a five-year part's sentence about the last year alone.
  const lastYear =
    year !== null &&
    (namesYear(words, report.lastYearWord) ||
      words.includes("全年") ||
      LAST_YEAR_OPENING.test(words) ||
      rangeAt(parts.lastYear, start) >= 0);
  const five = lastYear ? -1 : rangeAt(parts.multiYear, start);
  // 过去五年…生产总值从2007年的4676亿元增加到11459亿元: the level reached is the review year's.
  const fiveFrom = five < 0 ? 0 : parts.multiYear[five]![0];
  const pastFive = five >= 0 && PAST_PART.test(text.slice(fiveFrom, fiveFrom + 16));
  const kind = report.kind ?? kindAt(words, start, parts, year);
  // 预计 covers the figures after it: 新增授权专利86件，全社会研发经费投入预计增长20% — only the second.
  const estimateFrom =
    carried || (start >= report.estimatesFrom && (parts.plan < 0 || start < parts.plan)) ? 0 : words.indexOf("预计");
  const estimateAt = estimateFrom < 0 ? NO_ESTIMATE : start + estimateFrom;
  return { start, words, kind, estimateAt, pastFive, multiYear: five >= 0, sized: NO_CLASSES };
}

/** 比2020年, 较2020年, 与2020年相比, 是2020年的1.5倍: the year a figure is measured against. */
const AGAINST_BEFORE = new Set([..."比较与是为"].map((c) => c.charCodeAt(0)));
/** 在2020年的基础上, 2020年基础上, 2020年相比, 2020年水平: the year as a base, not the figure's. */
const AGAINST_AFTER = /^(?:的?基础上|相比|的?水平)/;

/**
 * Whether `words` dates something in `yearWord` (2020年): an occurrence that is not only the base
 * a figure is measured against ("工业总产值…在2020年的基础上基本实现翻一番" in a five-year outline).
 */
function namesYear(words: string, yearWord: string): boolean {
  for (let at = words.indexOf(yearWord); at >= 0; at = words.indexOf(yearWord, at + 1)) {
    if (at > 0 && AGAINST_BEFORE.has(words.charCodeAt(at - 1))) continue;
    if (AGAINST_AFTER.test(words.slice(at + yearWord.length, at + yearWord.length + 4))) continue;
    return true;
  }
  return false;
}

/** The index of the first [start, end) range holding `at`, or -1. */
function rangeAt(ranges: ReadonlyArray<readonly [number, number]>, at: number): number {
  for (let i = 0; i < ranges.length; i++) {
    const range = ranges[i]!;
    if (at >= range[0] && at < range[1]) return i;
  }
  return -1;
}

const DE = "的".charCodeAt(0);
/** 控制, 预期, 年度, 调控: the words that may stand between 的 and 目标 (的控制目标). */
const TARGET_WORDS = ["控制", "预期", "年度", "调控"];

/** `^的(?:控制|预期|年度|调控)?目标` at `at`, tested without slicing. */
function targetAfter(text: string, at: number): boolean {
  if (at >= text.length || text.charCodeAt(at) !== DE) return false;
  if (text.startsWith("目标", at + 1)) return true;
  for (const word of TARGET_WORDS) if (text.startsWith(word, at + 1)) return text.startsWith("目标", at + 3);
  return false;
}

function extractFact(report: ReportReading, read: SentenceReading, fact: Fact): void {
  const { text, region, year } = report;
  const m = fact.mention;
  // 失业率3.8%，低于4.5%的控制目标: the figure after 低于 restates the target it beat.
  if (targetAfter(text, m.end)) return;
  const estimated = fact.estimate || m.start >= read.estimateAt;
  // The sentence's kind is tested first, for every figure: a test reached only by the rare
  // estimate would make the optimized code bail out when the first one comes.
  const kind: Kind = report.kind ?? (read.kind === "target" || !estimated ? read.kind : "estimate");
  const period = periodOf(year, kind);
  // A figure of part of the year, of a sub-area or of another year is not the region's own.
  const r = rescope(text, fact, resolveFact(fact, report.lexicon), period, region, report.lexicon);
  const sized = read.sized;
  const classStart = sized.starts.get(fact);
  const from = classStart ?? nameStartOf(fact, r.nameAsWritten);
  const source = sourceOf(report.original, report.normalized, from, fact.end, report.document);
  const reached = read.pastFive && kind !== "target" && r.measure === "level" && reachedLevel(text, fact, read.words);
  const problem =
    sized.thresholds.has(fact) || classBound(text, fact.end, r.measure)
      ? "size_class"
      : problemOf(fact, r.problem, read.multiYear && !reached, region, period);
  const className = sized.names.get(fact);
  const loose =
    region === null || period === null
      ? undefined
      : unregisteredOf(fact, className ?? r.nameAsWritten, problem, className !== undefined);
  if (loose !== undefined && region !== null && period !== null) {
    // Nothing stated is lost: a name the registry lacks keeps its figure, flagged unregistered.
    report.observations.push(looseObservation(region, loose, r, period, kind, boundsOf(m.bounds, r.value), source));
    return;
  }
  if (problem !== null || r.indicator === undefined || region === null || period === null) {
    report.unmapped.push(unmappedOf(r, period, kind, problem ?? "unknown_indicator", source));
    return;
  }
  const unit = enterpriseUnit(r.indicator.unit, r.unit);
  report.observations.push(
    observationOf(region, r.indicator.id, r, period, kind, unit, boundsOf(m.bounds, r.value), source),
  );
}

function periodOf(year: number | null, kind: Kind): number | null {
  if (year === null) return null;
  return kind === "target" ? year : year - 1;
}

/** A range's bounds in the sign of its value: 下降1%-2% is [-2, -1]. */
function boundsOf(bounds: Bounds | undefined, value: number): Bounds | undefined {
  if (bounds === undefined) return undefined;
  return value < 0 ? { low: -bounds.high, high: -bounds.low } : { low: bounds.low, high: bounds.high };
}

function observationOf(
  region: Region,
  indicator: string,
  r: Resolved,
  period: number,
  kind: Kind,
  unit: string,
  bounds: Bounds | undefined,
  source: Source,
): Observation {
  return {
    regionCode: region.code,
    regionName: region.name,
    indicator,
    measure: r.measure,
    period,
    kind,
    value: r.value,
    unit,
    qualifier: r.qualifier,
    // Absent bounds stay undefined (dropped by JSON): one object shape for every observation.
    bounds,
    nameAsWritten: r.nameAsWritten,
    source,
  };
}

function looseObservation(
  region: Region,
  loose: { id: string; name: string },
  r: Resolved,
  period: number,
  kind: Kind,
  bounds: Bounds | undefined,
  source: Source,
): Observation {
  return {
    regionCode: region.code,
    regionName: region.name,
    indicator: loose.id,
    measure: r.measure,
    period,
    kind,
    value: r.value,
    unit: r.unit,
    qualifier: r.qualifier,
    bounds,
    nameAsWritten: loose.name,
    source,
    unregistered: true,
  };
}

function unmappedOf(r: Resolved, period: number | null, kind: Kind, reason: UnmappedReason, source: Source): Unmapped {
  return {
    nameAsWritten: r.nameAsWritten,
    value: r.value,
    unit: r.unit,
    measure: r.measure,
    period,
    kind,
    qualifier: r.qualifier,
    reason,
    source,
  };
}

/**
 * 地区生产总值突破5000亿元，达5025.4亿元: a level passed (突破, 迈上, 首超 … a floor) that an exact
 * level of the same fact reaches says nothing more; kept, it would stand as a second value of the
 * fact, and the first one stated would be the one a comparison takes. It moves to `unmapped` as a
 * milestone, in text order among the others.
 *
 * Called for each sentence (`from`: its first observation; `wholeReport` false), and once for
 * the whole report ( 服务业增加值首次突破千亿元 … 服务业增加值达1045亿元). Across sentences only registered
 * figures count: the loose names of unregistered ones (投资, 产值) name different things from one
 * sentence to the next. One pass over the observations from `from` on, grouped by fact.
 *
 * @param observations - observations in text order (those from `from` on are filtered in place)
 * @param unmapped - unmapped figures in text order (milestones merged in)
 * @param from - the first observation to consider
 * @param wholeReport - false for one sentence's observations
 * @example
 * // 地区生产总值突破2000亿元 … GDP历史性完成2071.4亿元: the 2000亿元 moves to unmapped
 */
export function dropMilestones(observations: Observation[], unmapped: Unmapped[], from = 0, wholeReport = true): void {
  const exact = new Map<string, Observation[]>();
  for (let i = from; i < observations.length; i++) {
    const o = observations[i]!;
    if (o.measure !== "level" || o.kind === "target" || o.qualifier !== "exact") continue;
    if (wholeReport && o.unregistered) continue;
    const key = milestoneKey(o);
    const list = exact.get(key);
    if (list === undefined) exact.set(key, [o]);
    else list.push(o);
  }
  if (exact.size === 0) return;
  const moved = moveOut(observations, from, (o) => passed(o, exact), "milestone");
  if (moved.length === 0) return;
  if (!wholeReport) {
    for (const u of moved) unmapped.push(u);
    return;
  }
  const merged = [...unmapped, ...moved].sort((a, b) => a.source.start - b.source.start);
  unmapped.length = 0;
  for (const u of merged) unmapped.push(u);
}

/** A figure of a 分别/均 list and the index of the observation it became. */
interface ListedFigure {
  fact: Fact;
  at: number;
}

/** “八类案件” and 八类案件 are one name. */
const QUOTES = /[“”"‘’「」《》]/g;

/**
 * 教育、医疗财政支出分别增长25%和23%; 制造业、高加工度工业、高技术工业增加值分别增长7.8%、15%、17%:
 * the items of one list are different things. An item that reaches its indicator only through the
 * head it shares with another item (高加工度工业 + 工业增加值, while 高技术工业增加值 is another) is a
 * part qualified by its own words, not the indicator: it keeps its own name, unregistered. An item
 * whose whole name is the indicator's keeps it (工业技改、制造业技改投资: 工业技改投资).
 */
function unshareList(observations: Observation[], listed: readonly ListedFigure[], lexicon: Lexicon): void {
  const names = listed.map((g) => {
    const o = observations[g.at]!;
    return o.unregistered ? o.nameAsWritten : itemName(g.fact.name, o.nameAsWritten);
  });
  const bare = names.map((n) => n.replace(QUOTES, ""));
  const parts: { at: number; name: string }[] = [];
  listed.forEach((figure, i) => {
    const o = observations[figure.at]!;
    if (o.unregistered) return;
    const matched = o.nameAsWritten;
    const completed = completedName(figure.fact, lexicon);
    if (completed === matched || (figure.fact.verb ?? "") + completed === matched) return;
    const shared = listed.some(
      (g, j) =>
        j !== i &&
        g.fact.list === figure.fact.list &&
        g.fact.listIndex !== figure.fact.listIndex &&
        bare[j]!.endsWith(matched.replace(QUOTES, "")),
    );
    if (shared) parts.push({ at: figure.at, name: names[i]! });
  });
  for (const { at, name } of parts) {
    const id = unregisteredId(name);
    if (id === undefined) continue;
    const { unregistered: _, ...rest } = observations[at]!;
    observations[at] = { ...rest, indicator: id, nameAsWritten: name, unregistered: true };
  }
}

/**
 * A list item as written, followed by the name its figure matched (教育 + 财政支出 → 教育财政支出;
 * 高加工度工业 + 工业增加值 → 高加工度工业增加值, the words they share written once).
 */
function itemName(item: string, matched: string): string {
  if (item.endsWith(matched)) return item;
  for (let k = Math.min(item.length, matched.length - 1); k > 0; k--) {
    if (item.endsWith(matched.slice(0, k))) return item + matched.slice(k);
  }
  return item + matched;
}

/** A list item's name completed by the head the items share (教育 → 教育财政支出). */
function completedName(fact: Fact, lexicon: Lexicon): string {
  if (fact.list === undefined || fact.listIndex === undefined) return fact.name;
  return lexicon.completeList(fact.list, fact.verb ?? "")[fact.listIndex]?.text ?? fact.name;
}

/**
 * 改造老旧小区61个、425栋; 老旧小区改造12个、2323户: the same things counted again in another unit
 * (buildings, households) in the sentence that counts them in the indicator's unit. Kept, the
 * second count would stand as a second value of the fact; it moves to `unmapped` (unit_mismatch).
 * A count stated only in another unit is left alone (align notes the units differ).
 */
function dropOtherCounts(observations: Observation[], unmapped: Unmapped[], from: number): void {
  // judged against the sentence as read: a copy, as moveOut filters the list in place
  const sentence = observations.slice(from);
  for (const u of moveOut(observations, from, (o) => countedAgain(o, sentence), "unit_mismatch")) unmapped.push(u);
}

/**
 * Removes the observations from `from` on that `drop` picks, in place and in order, and returns
 * them as unmapped figures with `reason`.
 */
function moveOut(
  observations: Observation[],
  from: number,
  drop: (o: Observation) => boolean,
  reason: UnmappedReason,
): Unmapped[] {
  const moved: Unmapped[] = [];
  let kept = from;
  for (let i = from; i < observations.length; i++) {
    const o = observations[i]!;
    if (!drop(o)) {
      observations[kept++] = o;
      continue;
    }
    const { nameAsWritten, value, unit, measure, period, kind, qualifier, source } = o;
    moved.push({ nameAsWritten, value, unit, measure, period, kind, qualifier, reason, source });
  }
  observations.length = kept;
  return moved;
}

/** Whether `o` is a count not in its indicator's unit that another count of the same fact states in it. */
function countedAgain(o: Observation, sentence: readonly Observation[]): boolean {
  if (o.measure !== "count" || o.unregistered) return false;
  const unit = getIndicator(o.indicator).unit;
  if (o.unit === unit || canConvert(o.unit, unit)) return false;
  for (const e of sentence) {
    if (e === o || e.indicator !== o.indicator || e.measure !== "count" || e.period !== o.period || e.kind !== o.kind) {
      continue;
    }
    if (e.unit === unit || canConvert(e.unit, unit)) return true;
  }
  return false;
}

function milestoneKey(o: Observation): string {
  return `${o.regionCode}|${o.indicator}|${o.period}`;
}

/** Whether `o` is a level passed (a floor, not a target) that an exact level of the same fact reaches. */
function passed(o: Observation, exact: ReadonlyMap<string, readonly Observation[]>): boolean {
  if (o.measure !== "level" || o.kind === "target" || (o.qualifier !== "more_than" && o.qualifier !== "at_least")) {
    return false;
  }
  for (const e of exact.get(milestoneKey(o)) ?? []) {
    const value =
      e.unit === o.unit ? e.value : canConvert(e.unit, o.unit) ? convert(e.value, e.unit, o.unit) : Number.NaN;
    if (value >= o.value) return true;
  }
  return false;
}

/** Whether `word` (two code units) occurs in text[from, to), without slicing. */
function hasWord(text: string, word: string, from: number, to: number): boolean {
  const first = word.charCodeAt(0);
  const second = word.charCodeAt(1);
  for (let i = from; i < to - 1; i++)
    if (text.charCodeAt(i) === first && text.charCodeAt(i + 1) === second) return true;
  return false;
}

/**
 * 增加到, 扩大到, 达到, 提高至, and the milestones passed (突破千亿元, 跨越1500亿元, 迈上新台阶): the
 * words before a level the five years ended at.
 */
const REACHED = /(?:到|至|达|突破|首破|首超|再破|再超|超过|跨越|跨过|迈过|迈上|跃上|站上|跨上|登上)$/;
const ADDED = /新增|新建|新改|改建|改扩建|改造/;
const SUMMED = /累计|总计|合计|共计|五年|年均/;
const SINCE = /(?:从|由)(?:\d{4}年(?:末|底)?的?)?$/;

/** A level a five-year review says was reached (增加到11459亿元), not a sum over the years (累计完成2.8万亿元). */
function reachedLevel(text: string, fact: Fact, sentence: string): boolean {
  // 城镇新增就业52万人, 新改建农村公路2000公里 in a five-year paragraph: what was added or built
  // over the five years.
  if (fact.total || fact.average || ADDED.test(fact.name)) return false;
  if (SUMMED.test(text.slice(Math.max(0, fact.mention.start - 16), fact.mention.start))) return false;
  // 完成财政总收入853亿元…，年均增长7.2%: the level whose average growth is given is the last year's.
  const before = text.slice(Math.max(fact.nameStart, fact.mention.start - 8), fact.mention.start);
  // 从2007年的4676亿元: where the five years started.
  if (SINCE.test(before)) return false;
  // 城乡居民收入分别达28120元和13210元: the list's verb is before its first value.
  const listed = fact.list !== undefined && /到|至|达/.test(text.slice(fact.nameStart, fact.mention.start));
  return REACHED.test(before) || listed || sentence.includes("年均增长");
}

function problemOf(
  fact: Fact,
  found: UnmappedReason | null,
  multiYear: boolean,
  region: Region | null,
  period: number | null,
): UnmappedReason | null {
  if (fact.mismatch) return "list_mismatch";
  // A name the registry lacks states no single year in a five-year part either: it is not kept as one.
  if (found !== null && !(found === "unknown_indicator" && multiYear)) return found;
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
  // Tests every figure reaches first: the rare ones after them.
  if (problem !== "unknown_indicator" && problem !== "unit_mismatch" && (problem !== null || !sized)) return undefined;
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

interface SizeClasses {
  thresholds: ReadonlySet<Fact>;
  names: ReadonlyMap<Fact, string>;
  starts: ReadonlyMap<Fact, number>;
}

/**
 * The size classes of a sentence that has none: read like any other (one lookup per figure
 * from the first figure on), never written.
 */
const NO_CLASSES: SizeClasses = { thresholds: new Set(), names: new Map(), starts: new Map() };

/**
 * Size classes: in 其中20亿元以上项目3个 the 20亿元以上 is no figure of the region but a
 * bound on which projects 3个 counts. A figure with 以上/以下, its name read after it, and
 * the next figure's name starting right where it ends: the first is a threshold, the
 * second counts the class (20亿元以上项目), never all 项目. NO_CLASSES when the sentence has none.
 */
function sizeClasses(text: string, facts: readonly Fact[]): SizeClasses {
  let classes: { thresholds: Set<Fact>; names: Map<Fact, string>; starts: Map<Fact, number> } | null = null;
  for (let i = 1; i < facts.length; i++) {
    const bound = facts[i - 1]!;
    const fact = facts[i]!;
    const hedged = bound.mention.qualifier === "at_least" || bound.mention.qualifier === "at_most";
    // 3名以上学科带头人、10名以上优秀全科医生: a list of counts, each with its own name, bounds no class
    const listed = LIST_JOIN.test(text.slice(bound.mention.end, fact.mention.start));
    const after = bound.following && hedged && fact.nameStart === bound.mention.end && !fact.following && !listed;
    // 地区生产总值超200亿元的区县达到2个: the class is named from the bound's name on
    const described = !after && fact.nameStart === bound.end && !fact.following && classBound(text, bound.end, "level");
    if (!after && !described) continue;
    classes ??= { thresholds: new Set(), names: new Map(), starts: new Map() };
    classes.thresholds.add(bound);
    const from = after ? bound.mention.start : bound.start;
    classes.names.set(fact, text.slice(from, fact.nameStart) + fact.name);
    classes.starts.set(fact, from);
  }
  return classes ?? NO_CLASSES;
}

/** What may follow 的 after a level that is still the level stated: 突破1000亿元的目标, 300亿元的规模. */
const AFTER_LEVEL = /^的(?:预期|奋斗)?(?:目标|水平|基础|任务|规模|成绩|好成绩|大关|台阶|历史|高位)/;

/**
 * 地区生产总值超200亿元的区县达到2个: a level or count followed by 的 and a noun is the bound of a
 * class the sentence counts (the districts above 200亿元), not the region's figure.
 */
function classBound(text: string, end: number, measure: string): boolean {
  if (measure !== "level" && measure !== "count") return false;
  if (text.charCodeAt(end) !== 0x7684) return false; // 的
  const next = text.charCodeAt(end + 1);
  return next >= 0x4e00 && next <= 0x9fff && !AFTER_LEVEL.test(text.slice(end, end + 8));
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
  // A list item's name is completed from the list (城乡居民 + 基本养老保险参保率): not a run of the text.
  if (fact.start !== fact.nameStart || fact.list !== undefined || !fact.name.endsWith(name)) return fact.start;
  return fact.start + fact.name.length - name.length;
}

function sourceOf(original: string, normalized: NormalizedText, from: number, to: number, document: string): Source {
  const start = normalized.toOriginal(from);
  const end = Math.max(start, normalized.toOriginalEnd(to));
  return { document, start, end, quote: original.slice(start, end) };
}
