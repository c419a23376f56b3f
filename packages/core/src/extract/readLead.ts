import { PER_HEADS } from "../registry/unregistered.js";
import type { Qualifier } from "../schema/observation.js";

/** What the words between a name and its number say. */
export interface Lead {
  /** The name part: the lead with the verbs, hedges and measure words at its end removed. */
  name: string;
  /** Offset of `name` inside the lead. */
  nameOffset: number;
  /** 增长/提高 (growth), 下降/降低 (decline), or none (a level: 实现, 达到, 为, 提高到). */
  change: "growth" | "decline" | null;
  /** A hedge written before the number: 近, 超过, 突破, 逾, 不低于, 控制在. */
  qualifier: Qualifier | null;
  /** The change verb as written (提升 in 改造提升4万亩 is part of the name when the figure is not a %). */
  changeWord: string;
  /** 分别 (one value per name) or 均/都 (one value for every name). */
  spread: "each" | "all" | null;
  /** 预计 in the lead: an estimate. */
  estimate: boolean;
  /** 年均 or 五年 in the lead: a figure over several years, not one year's. */
  average: boolean;
  /** A verb written between 分别/均 and the figures (分别新增115家): part of each listed name. */
  verb: string;
}

/** What a word between a name and its number does to the reading: one of the effects below. */
const HEDGE = 0;
const LINK = 1;
const LEVEL = 2;
const GROW = 3;
const FALL = 4;

/**
 * A word and its effect. One object shape for every word, applied by `apply`'s switch: no
 * closure per word, so the call that applies it never sees more than one function.
 */
interface Step {
  word: string;
  effect: number;
  /** The hedge a HEDGE word writes (null for the others). */
  qualifier: Qualifier | null;
}
interface Mutable {
  change: Lead["change"];
  qualifier: Qualifier | null;
  spread: Lead["spread"];
  estimate: boolean;
  level: boolean;
}

function step(word: string, effect: number, qualifier: Qualifier | null = null): Step {
  return { word, effect, qualifier };
}
const hedge = (word: string, q: Qualifier) => step(word, HEDGE, q);

function apply(s: Step, state: Mutable): void {
  switch (s.effect) {
    case HEDGE:
      state.qualifier ??= s.qualifier;
      break;
    case LEVEL:
      state.level = true;
      break;
    case GROW:
      state.change ??= "growth";
      break;
    case FALL:
      state.change ??= "decline";
      break;
  }
}

/** Longest first within each group; groups are tried from the number backwards. */
const HEDGES: readonly Step[] = [
  hedge("控制在", "at_most"),
  hedge("不低于", "at_least"),
  hedge("远低于", "at_most"),
  hedge("低于", "at_most"),
  hedge("不少于", "at_least"),
  hedge("不超过", "at_most"),
  hedge("不高于", "at_most"),
  hedge("首次超过", "more_than"),
  hedge("超过", "more_than"),
  hedge("首次突破", "more_than"),
  hedge("突破", "more_than"),
  hedge("首超", "more_than"),
  hedge("首破", "more_than"),
  hedge("跨过", "more_than"),
  hedge("跨越", "more_than"),
  hedge("迈过", "more_than"),
  hedge("再破", "more_than"),
  hedge("再超", "more_than"),
  // a milestone passed: 迈上3万亿元新台阶, 跃上5098亿元新台阶
  hedge("迈上", "more_than"),
  hedge("跃上", "more_than"),
  hedge("站上", "more_than"),
  hedge("跨上", "more_than"),
  hedge("登上", "more_than"),
  hedge("高于", "more_than"),
  hedge("接近", "nearly"),
  hedge("大约", "about"),
  hedge("逾", "more_than"),
  hedge("超", "more_than"),
  hedge("近", "nearly"),
  hedge("约", "about"),
];
const LINKS: readonly Step[] = [
  step("增加到", LEVEL),
  step("增加至", LEVEL),
  step("提高到", LEVEL),
  step("提高至", LEVEL),
  step("提升到", LEVEL),
  step("提升至", LEVEL),
  step("下降到", LEVEL),
  step("下降至", LEVEL),
  step("降低到", LEVEL),
  step("降低至", LEVEL),
  step("下降为", LEVEL),
  step("降低为", LEVEL),
  step("提高为", LEVEL),
  step("提升为", LEVEL),
  step("增加为", LEVEL),
  step("降为", LEVEL),
  step("压降到", LEVEL),
  step("压降至", LEVEL),
  step("降到", LEVEL),
  step("缩小到", LEVEL),
  step("缩小至", LEVEL),
  step("扩大到", LEVEL),
  step("扩大至", LEVEL),
  // 地区生产总值增长保持在8.1%-8.6%: the growth is held there, not the level
  step("增长保持在", GROW),
  step("增速保持在", GROW),
  step("增长稳定在", GROW),
  step("增速稳定在", GROW),
  step("稳定在", LEVEL),
  step("保持在", LEVEL),
  step("增至", LEVEL),
  step("降至", LEVEL),
  step("拟按", LINK),
  step("按照", LINK),
  step("按", LINK),
  step("达到", LINK),
  step("实现", LINK),
  step("完成", LINK),
  step("累计", LINK),
  step("共计", LINK),
  step("合计", LINK),
  step("达", LINK),
  step("为", LINK),
  step("是", LINK),
  step("在", LINK),
  step("至", LEVEL),
  step("到", LEVEL),
];
const CHANGES: readonly Step[] = [
  step("增长了", GROW),
  step("提高了", GROW),
  step("下降了", FALL),
  step("同比增长", GROW),
  step("比上年增长", GROW),
  step("较上年增长", GROW),
  step("年均增长", GROW),
  step("增长", GROW),
  step("增速", GROW),
  step("增幅", GROW),
  step("涨幅", GROW),
  step("上涨", GROW),
  step("提高", GROW),
  step("提升", GROW),
  step("上升", GROW),
  step("增加", GROW),
  step("同比下降", FALL),
  step("比上年下降", FALL),
  step("下降", FALL),
  step("降低", FALL),
  step("减少", FALL),
  step("回落", FALL),
  step("下滑", FALL),
  step("压缩", FALL),
  step("压减", FALL),
  step("压降", FALL),
  step("缩短", FALL),
];
/** Words between a name and its verb that belong to neither: 预计, 同比, 力争 … */
const FILLERS = [
  "各",
  "实际",
  "名义",
  "比上年",
  "较上年",
  // 按自然口径计算下降9.9%, 同口径对比增长29.1%: the basis of the change, not a name
  "按可比口径计算",
  "按自然口径计算",
  "按同口径计算",
  "按可比价格计算",
  "同口径对比",
  "自然口径",
  "按可比口径",
  "可比口径",
  "同口径比",
  "同口径",
  "可比价",
  "可比",
  "仍",
  "同比",
  "预计",
  "力争",
  "力保",
  "力求",
  "确保",
  "争取",
  "努力",
  "预期",
  "全年",
  "年均",
  // 五年年均增长3.9%: the span, not a name (the figure keeps the subject before it)
  "过去五年",
  "近五年",
  "五年来",
  "五年",
  // a part of the year between the name and its verb (地区生产总值一季度下降5.4%): not the name's
  "前三季度",
  "前两季度",
  "第一季度",
  "第二季度",
  "第三季度",
  "第四季度",
  "一季度",
  "二季度",
  "三季度",
  "四季度",
  "上半年",
  "下半年",
  "分别",
  "均",
  "都",
  "将",
  "要",
  "再",
  "也",
  "已",
  "共",
  "总计",
  // how or when it happened (接连突破三千亿元、四千亿元, 有望历史性突破): neither name nor verb
  "接连",
  "相继",
  "先后",
  "历史性",
  "有望",
  "再次",
  "一举",
];

/**
 * Reads the words before a number, from the number backwards: hedges (近, 突破,
 * 控制在), links (达到, 为, 稳定在; 提高到 makes the figure a level), the
 * change verb (增长, 下降), 分别/均, fillers (预计, 同比). What is left is the
 * name. Each step looks at a bounded suffix, so reading is linear in the lead.
 *
 * @param lead - text between the previous figure (or clause start) and the number
 * @param percent - whether the number is a percentage (then 增 and 降 alone are 增长 and 下降)
 * @returns the name and what the verbs say about the number
 * @example
 * readLead("城镇调查失业率控制在").qualifier; // => "at_most"
 * readLead("工业增加值、固定资产投资分别增长").spread; // => "each"
 */
export function readLead(lead: string, percent = false): Lead {
  const state: Mutable = { change: null, qualifier: null, spread: null, estimate: false, level: false };
  // 地区生产总值（现价）4977亿元: a note in brackets right before the number is no part of the name
  let end = noteStart(lead, lead.length);
  // Hedges, links, hedges again: one call site in a loop, so the optimized code holds one copy of
  // the strip, not three.
  for (let phase = 0; phase < BEFORE_CHANGE.length; phase++) end = strip(lead, end, BEFORE_CHANGE[phase]!, state, 4);
  const beforeChange = end;
  end = strip(lead, end, CHANGE_INDEX, state, 1);
  // 生产总值同比增9%左右: 增/降 alone before a percentage is 增长/下降 (新增, 净增 name a flow)
  if (percent && end === beforeChange) end = shortChange(lead, end, state);
  const changeWord = lead.slice(end, beforeChange);
  if (state.level) state.change = null;
  end = stripFillers(lead, end, state);
  end = stripBaseYear(lead, end);
  if (end === beforeChange) end = strip(lead, end, CHANGE_INDEX, state, 1);
  let verb = "";
  if (state.spread === null) {
    const split = spreadVerb(lead, end);
    if (split) {
      state.spread = split.spread;
      verb = lead.slice(split.at + split.width, end);
      end = stripFillers(lead, split.at, state);
    }
  }
  let start = 0;
  for (;;) {
    if (start < end && LEADING.has(lead.charCodeAt(start))) start++;
    else if (lead.startsWith("其中", start) && start + 2 <= end) start += 2;
    else break;
  }
  return {
    name: lead.slice(start, end),
    nameOffset: start,
    change: state.change,
    qualifier: state.qualifier,
    spread: state.spread,
    estimate: state.estimate || lead.includes("预计"),
    average: lead.includes("年均") || lead.includes("五年"),
    verb,
    changeWord,
  };
}

/** Characters before 均 that make it part of a name (人均, 亩均, 年均, 地均), not "each". */
const NOT_SPREAD = codes(PER_HEADS);
const MAX_VERB = 4;

/** 分别/均 followed by a short verb (分别新增, 均新建) at the end of the name part `lead[0, end)`. */
function spreadVerb(lead: string, end: number): { at: number; width: number; spread: "each" | "all" } | null {
  // lastIndexOf from end - width: the word must end by `end` (no slice of the name part).
  const each = end < 2 ? -1 : lead.lastIndexOf("分别", end - 2);
  if (each >= 0 && end - each - 2 <= MAX_VERB) return { at: each, width: 2, spread: "each" };
  const all = end < 1 ? -1 : lead.lastIndexOf("均", end - 1);
  if (all > 0 && end - all - 1 <= MAX_VERB && !NOT_SPREAD.has(lead.charCodeAt(all - 1))) {
    return { at: all, width: 1, spread: "all" };
  }
  return null;
}

const LEADING = codes("，、；：及与并");

// Lookups read UTF-16 code units: `lead[i]` would allocate a string per CJK character.
function codes(chars: string): ReadonlySet<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}

/** Words grouped by their last code unit, in list order, so a lookup tries only the few that can end here. */
function byLastCode<T>(items: readonly T[], word: (item: T) => string): ReadonlyMap<number, readonly T[]> {
  const map = new Map<number, T[]>();
  for (const item of items) {
    const w = word(item);
    const last = w.charCodeAt(w.length - 1);
    map.set(last, [...(map.get(last) ?? []), item]);
  }
  return map;
}
type StepIndex = ReadonlyMap<number, readonly Step[]>;
const HEDGE_INDEX: StepIndex = byLastCode(HEDGES, (s) => s.word);
const LINK_INDEX: StepIndex = byLastCode(LINKS, (s) => s.word);
const CHANGE_INDEX: StepIndex = byLastCode(CHANGES, (s) => s.word);
const FILLER_INDEX = byLastCode(FILLERS, (w) => w);
/** The words stripped before the change verb, in order: hedges (突破), links (达到), hedges (近). */
const BEFORE_CHANGE: readonly StepIndex[] = [HEDGE_INDEX, LINK_INDEX, HEDGE_INDEX];

/** The first step of `candidates` whose word ends at `at`, or undefined. */
function stepEndingAt(lead: string, at: number, candidates: readonly Step[] | undefined): Step | undefined {
  if (candidates === undefined) return undefined;
  for (let i = 0; i < candidates.length; i++) {
    const w = candidates[i]!.word;
    if (at >= w.length && lead.startsWith(w, at - w.length)) return candidates[i];
  }
  return undefined;
}

/** The first word of `candidates` that ends at `at`, or undefined. */
function wordEndingAt(lead: string, at: number, candidates: readonly string[] | undefined): string | undefined {
  if (candidates === undefined) return undefined;
  for (let i = 0; i < candidates.length; i++) {
    const w = candidates[i]!;
    if (at >= w.length && lead.startsWith(w, at - w.length)) return w;
  }
  return undefined;
}

function strip(lead: string, end: number, index: StepIndex, state: Mutable, limit: number): number {
  let at = end;
  for (let round = 0; round < limit && at > 0; round++) {
    const hit = stepEndingAt(lead, at, index.get(lead.charCodeAt(at - 1)));
    if (hit === undefined) break;
    apply(hit, state);
    at -= hit.word.length;
  }
  return at;
}

/** 比2002年, 较2020年同期: a base of comparison between the name and its verb (rescope reads its year). */
const BASE_YEAR_END = /(?:比|较)(?:19|20)\d{2}年(?:同期)?$/;

function stripBaseYear(lead: string, end: number): number {
  // the test first: a base year is rare, and ends on 年 or 期
  const last = lead.charCodeAt(end - 1);
  if (last !== 0x5e74 && last !== 0x671f) return end;
  const hit = BASE_YEAR_END.exec(lead.slice(Math.max(0, end - 9), end));
  return hit === null ? end : end - hit[0].length;
}

/** Characters before 增/降 that make a word of them (新增, 净增, 倍增, 递增, 调增, 骤降): no change verb. */
const NOT_SHORT_CHANGE = codes("新净倍递调再激猛剧骤陡增降");

/** 增 or 降 alone at `end`, a growth or a decline; `end` when not. */
function shortChange(lead: string, end: number, state: Mutable): number {
  const c = lead.charCodeAt(end - 1);
  if (c !== 0x589e && c !== 0x964d) return end; // 增, 降
  if (end >= 2 && NOT_SHORT_CHANGE.has(lead.charCodeAt(end - 2))) return end;
  state.change ??= c === 0x589e ? "growth" : "decline";
  return end - 1;
}

/** The longest note in brackets read as one: （下同）, （预计数，下同）, （现价）. */
const MAX_NOTE = 12;

/**
 * Where a bracketed note ending at `end` opens (（下同）, (现价)), or `end` when none ends there
 * within `max` characters.
 *
 * @param lead - the text read backwards from `end`
 * @param end - just past the closing bracket
 * @param max - the longest note read
 * @returns the offset of the opening bracket, or `end`
 * @example
 * noteStart("同比（下同）", 6); // => 2
 */
export function noteStart(lead: string, end: number, max = MAX_NOTE): number {
  const close = lead.charCodeAt(end - 1);
  if (close !== 0xff09 && close !== 0x29) return end;
  const open = close === 0xff09 ? 0xff08 : 0x28;
  for (let k = end - 2; k >= Math.max(0, end - max); k--) {
    const c = lead.charCodeAt(k);
    if (c === open) return k;
    if (c === close || c === 0xff08 || c === 0x28) return end;
  }
  return end;
}

function stripFillers(lead: string, end: number, state: Mutable): number {
  let at = end;
  for (let round = 0; round < 4; round++) {
    const word = at > 0 ? wordEndingAt(lead, at, FILLER_INDEX.get(lead.charCodeAt(at - 1))) : undefined;
    // 人均, 亩均, 户均: 均 there is "per", part of the name, not "each"
    if (word === "均" && at >= 2 && NOT_SPREAD.has(lead.charCodeAt(at - 2))) break;
    if (word === undefined) {
      // 同比（下同）增长, 地区生产总值预计（下同）: a note between the fillers
      const note = noteStart(lead, at);
      if (note === at) break;
      at = note;
      continue;
    }
    if (word === "分别") state.spread = "each";
    if (word === "均" || word === "都" || word === "各") state.spread ??= "all";
    if (word === "预计") state.estimate = true;
    at -= word.length;
  }
  return at;
}
