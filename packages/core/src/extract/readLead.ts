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
  /** 年均 in the lead: an average over several years, not one year's figure. */
  average: boolean;
  /** A verb written between 分别/均 and the figures (分别新增115家): part of each listed name. */
  verb: string;
}

type Step = readonly [string, (lead: Mutable) => void];
interface Mutable {
  change: Lead["change"];
  qualifier: Qualifier | null;
  spread: Lead["spread"];
  estimate: boolean;
  level: boolean;
}

const hedge = (q: Qualifier) => (l: Mutable) => {
  l.qualifier ??= q;
};
const link = () => {};
const toLevel = (l: Mutable) => {
  l.level = true;
};
const grow = (l: Mutable) => {
  l.change ??= "growth";
};
const fall = (l: Mutable) => {
  l.change ??= "decline";
};

/** Longest first within each group; groups are tried from the number backwards. */
const HEDGES: readonly Step[] = [
  ["控制在", hedge("at_most")],
  ["不低于", hedge("at_least")],
  ["远低于", hedge("at_most")],
  ["低于", hedge("at_most")],
  ["不少于", hedge("at_least")],
  ["不超过", hedge("at_most")],
  ["不高于", hedge("at_most")],
  ["首次超过", hedge("more_than")],
  ["超过", hedge("more_than")],
  ["首次突破", hedge("more_than")],
  ["突破", hedge("more_than")],
  ["首超", hedge("more_than")],
  ["首破", hedge("more_than")],
  ["跨过", hedge("more_than")],
  ["跨越", hedge("more_than")],
  // a milestone passed: 迈上3万亿元新台阶, 跃上5098亿元新台阶
  ["迈上", hedge("more_than")],
  ["跃上", hedge("more_than")],
  ["站上", hedge("more_than")],
  ["跨上", hedge("more_than")],
  ["登上", hedge("more_than")],
  ["高于", hedge("more_than")],
  ["接近", hedge("nearly")],
  ["大约", hedge("about")],
  ["逾", hedge("more_than")],
  ["超", hedge("more_than")],
  ["近", hedge("nearly")],
  ["约", hedge("about")],
];
const LINKS: readonly Step[] = [
  ["增加到", toLevel],
  ["增加至", toLevel],
  ["提高到", toLevel],
  ["提高至", toLevel],
  ["提升到", toLevel],
  ["提升至", toLevel],
  ["下降到", toLevel],
  ["下降至", toLevel],
  ["降低到", toLevel],
  ["降低至", toLevel],
  ["缩小到", toLevel],
  ["缩小至", toLevel],
  ["扩大到", toLevel],
  ["扩大至", toLevel],
  ["稳定在", toLevel],
  ["保持在", toLevel],
  ["增至", toLevel],
  ["降至", toLevel],
  ["拟按", link],
  ["按照", link],
  ["按", link],
  ["达到", link],
  ["实现", link],
  ["完成", link],
  ["累计", link],
  ["共计", link],
  ["合计", link],
  ["达", link],
  ["为", link],
  ["是", link],
  ["在", link],
  ["至", toLevel],
  ["到", toLevel],
];
const CHANGES: readonly Step[] = [
  ["同比增长", grow],
  ["比上年增长", grow],
  ["较上年增长", grow],
  ["年均增长", grow],
  ["增长", grow],
  ["增速", grow],
  ["增幅", grow],
  ["涨幅", grow],
  ["上涨", grow],
  ["提高", grow],
  ["提升", grow],
  ["上升", grow],
  ["增加", grow],
  ["同比下降", fall],
  ["比上年下降", fall],
  ["下降", fall],
  ["降低", fall],
  ["减少", fall],
  ["回落", fall],
  ["下滑", fall],
  ["压缩", fall],
  ["压减", fall],
  ["缩短", fall],
];
/** Words between a name and its verb that belong to neither: 预计, 同比, 力争 … */
const FILLERS = [
  "各",
  "实际",
  "名义",
  "比上年",
  "较上年",
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
];

/**
 * Reads the words before a number, from the number backwards: hedges (近, 突破,
 * 控制在), links (达到, 为, 稳定在; 提高到 makes the figure a level), the
 * change verb (增长, 下降), 分别/均, fillers (预计, 同比). What is left is the
 * name. Each step looks at a bounded suffix, so reading is linear in the lead.
 *
 * @param lead - text between the previous figure (or clause start) and the number
 * @returns the name and what the verbs say about the number
 * @example
 * readLead("城镇调查失业率控制在").qualifier; // => "at_most"
 * readLead("工业增加值、固定资产投资分别增长").spread; // => "each"
 */
export function readLead(lead: string): Lead {
  const state: Mutable = { change: null, qualifier: null, spread: null, estimate: false, level: false };
  let end = lead.length;
  end = strip(lead, end, HEDGE_INDEX, state);
  end = strip(lead, end, LINK_INDEX, state);
  end = strip(lead, end, HEDGE_INDEX, state);
  const beforeChange = end;
  end = strip(lead, end, CHANGE_INDEX, state, 1);
  const changeWord = lead.slice(end, beforeChange);
  if (state.level) state.change = null;
  end = stripFillers(lead, end, state);
  if (end === beforeChange) end = strip(lead, end, CHANGE_INDEX, state, 1);
  let verb = "";
  if (state.spread === null) {
    const split = spreadVerb(lead, end);
    if (split) {
      state.spread = split.spread;
      verb = lead.slice(split.at + split.width, end);
      end = split.at;
      end = stripFillers(lead, end, state);
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
    average: lead.includes("年均"),
    verb,
    changeWord,
  };
}

/** Characters before 均 that make it part of a name (人均, 亩均, 年均), not "each". */
const NOT_SPREAD = codes("人亩年平户日月");
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
const HEDGE_INDEX: StepIndex = byLastCode(HEDGES, (s) => s[0]);
const LINK_INDEX: StepIndex = byLastCode(LINKS, (s) => s[0]);
const CHANGE_INDEX: StepIndex = byLastCode(CHANGES, (s) => s[0]);
const FILLER_INDEX = byLastCode(FILLERS, (w) => w);

/** The first word of `candidates` that ends at `at`, or undefined. */
function endingAt<T>(lead: string, at: number, candidates: readonly T[] | undefined, word: (item: T) => string) {
  if (candidates === undefined) return undefined;
  for (const item of candidates) {
    const w = word(item);
    if (at >= w.length && lead.startsWith(w, at - w.length)) return item;
  }
  return undefined;
}

const stepWord = (step: Step) => step[0];
const itself = (w: string) => w;

function strip(lead: string, end: number, index: StepIndex, state: Mutable, limit = 4): number {
  let at = end;
  for (let round = 0; round < limit && at > 0; round++) {
    const hit = endingAt(lead, at, index.get(lead.charCodeAt(at - 1)), stepWord);
    if (!hit) break;
    hit[1](state);
    at -= hit[0].length;
  }
  return at;
}

function stripFillers(lead: string, end: number, state: Mutable): number {
  let at = end;
  for (let round = 0; round < 4; round++) {
    const word = at > 0 ? endingAt(lead, at, FILLER_INDEX.get(lead.charCodeAt(at - 1)), itself) : undefined;
    if (!word) break;
    if (word === "分别") state.spread = "each";
    if (word === "均" || word === "都" || word === "各") state.spread ??= "all";
    if (word === "预计") state.estimate = true;
    at -= word.length;
  }
  return at;
}
