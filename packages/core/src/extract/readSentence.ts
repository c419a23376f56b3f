import { matchIndicator } from "../registry/indicators.js";
import type { Qualifier } from "../schema/observation.js";
import { type ListName, listNames } from "./listNames.js";
import { type Lead, noteStart, readLead } from "./readLead.js";
import { FLAT_BASE, type Mention } from "./scanMentions.js";

/** One figure tied to a name, before the registry is consulted. Offsets into the normalized text. */
export interface Fact {
  /** The name as written, or a list item ({@link ListName}) when the figure came from 分别/均. */
  name: string;
  /** The name was read after the figure (103个重点项目): matched by its longest head, not tail. */
  following?: boolean;
  /** 累计/总量 after a flow (新增…1万亩、累计28万亩): the stock, not the flow. */
  total?: boolean;
  /**
   * 国家高新技术企业达到1617家: a count its own name reaches (达到, 突破, 增至) with no verb of new
   * ones in the name or its clause: the stock when the registry has one, else the total under its
   * own name (5G基站达3058个), never the new ones a bare name reads as.
   */
  reached?: boolean;
  /** 占比/比重 of the figure before: a share of it. */
  share?: boolean;
  /** What a share of the figure before is written of (占GDP比重 after 研发经费支出增长20%), else "". */
  whole: string;
  /** True when `name` came from a list and is already complete (no suffix search). */
  listed: boolean;
  /** Items of the list the name came from, so heads can be shared (城镇、农村…). */
  list?: ListName[];
  listIndex?: number;
  /** A verb shared by a list's names (分别新增 → 新增科技型企业). */
  verb?: string;
  /** The name of the figure before this one in the same run (粮食播种面积 … 、产量): a prefix to share. */
  prior?: string;
  nameStart: number;
  /** The span quoted as the source: name through figure. */
  start: number;
  end: number;
  mention: Mention;
  change: "growth" | "decline" | null;
  /** The change verb as written (增长, 提升), "" when none. */
  changeWord: string;
  qualifier: Qualifier | null;
  estimate: boolean;
  /** 年均 (an average over several years). */
  average: boolean;
  /** 分别 with a different number of names and values: reported, not guessed. */
  mismatch: boolean;
}

const MAX_LEAD = 80;
/**
 * ，：；。！？ and the line feed (a clause ends there). Comparisons, not a Set: this runs for
 * every character of every lead, and CJK characters fail the first three.
 */
function isClause(code: number): boolean {
  return (
    code === 0x0a ||
    code === 0x3002 ||
    (code >= 0xff01 && (code === 0xff0c || code === 0xff1a || code === 0xff1b || code === 0xff01 || code === 0xff1f))
  );
}
const SEPARATORS = codes("、，和及");
const DUN = "、".charCodeAt(0);

// Scans read UTF-16 code units: `text[i]` would allocate a string per CJK character.
function codes(chars: string): ReadonlySet<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}

/** `text[from, to)` is nothing or one of 、，和及 (SEPARATOR), tested without slicing. */
const COMMA = "，".charCodeAt(0);

function separates(text: string, from: number, to: number): boolean {
  return to - from <= 0 || (to - from === 1 && SEPARATORS.has(text.charCodeAt(from)));
}
/** 占比提高1.5个百分点 after …产值59.5亿元: the share of the figure before. */
const ZHAN = "占".charCodeAt(0);
/**
 * 占全市29.7%, 占全国份额3%: a share of a larger region's total; 占年度计划146.3%: the plan done.
 * Neither is the figure before's share of a whole of its region.
 */
const NOT_A_WHOLE = /^占(?:全[国省市区县州疆盟旗](?:份额)?|(?:年度|全年|年)?计划)$/;
const SHARE_OF_PRIOR = /^(?:占比|比重|占全区比重|占全市比重|占全省比重)$/;
const STOCK = /累计|总量|总数|累计达/;
const TOTAL_NAME = /^(?:总量|总数|累计|总计)$/;
/** The verb that makes a count's name the new ones' (新增, 净增, 新入库 …), left off the name of their total. */
export const FLOW_VERB = /^(?:新增|净增|新入库|新培育|新认定)/;
const MAX_AFTER = 12;
/** 地方财政收入增长31.1%，达到206.9亿元: a level after the growth of the figure before. */
const LINKED = /^(?:并|总量|总额|规模)?(?:达到|达|增至|增加到|提高到)$/;
const MAX_LIST = 12;
/** 是2010年的, 分别相当于2015年末的: the base year a multiple (1.83倍) is of. */
const BASE_MULTIPLE = /^(?:分别|均)?(?:是|为|相当于)(?:19|20)\d{2}年(?:末|底)?的$/u;

/** The names of the last 分别 list, for a second list of as many values with no name of its own. */
interface Listed {
  names: ListName[];
  nameStart: number;
}

/**
 * Where the reading of one sentence stands. One object of one shape, passed to the small
 * functions each figure goes through (each compiled on its own, not one giant loop body).
 */
interface SentenceState {
  text: string;
  from: number;
  to: number;
  mentions: readonly Mention[];
  facts: Fact[];
  /** The named figures of the current run (joined by 、 or within a clause), for 分别/均 after them. */
  chain: Fact[];
  /**
   * Named figures of the sentence across its commas (城镇居民人均可支配收入8094元，农村居民人均纯收入2215元，
   * 分别增长11.8%和5.6%): a 分别 with no name of its own pairs its values with the last of them.
   */
  named: Fact[];
  /**
   * The names of the last 分别 list (城乡居民人均可支配收入分别达到X元和Y元，增长a%和b%): a second
   * list of as many values, with no name of its own, is theirs too.
   */
  listed: Listed | null;
  last: Fact | null;
  /** The figure before was a multiple of a base year's (是2010年的1.83倍): so is a bare one after it. */
  multiples: boolean;
  prevEnd: number;
  /** The mention being read; a list reading moves it to the list's last value. */
  i: number;
}

/**
 * Ties each figure of one sentence to its name, following the grammar of work
 * reports:
 * - `实现/完成 NAME V单位、增长g%`: a figure with no name of its own takes the previous one;
 * - `A、B、C分别增长a%、b%、c%`: names and figures paired in order (see {@link listNames});
 * - `A、B均增长g%` and `A V1、B V2，均增长g%`: one figure for every name;
 * - `103个重点项目`: a count with nothing before it names what follows.
 *
 * @param text - normalized text
 * @param from - sentence start
 * @param to - sentence end
 * @param mentions - the sentence's figures ({@link scanMentions})
 * @returns one fact per name×figure pair
 */
export function readSentence(text: string, from: number, to: number, mentions: readonly Mention[]): Fact[] {
  const s: SentenceState = {
    text,
    from,
    to,
    mentions,
    facts: [],
    chain: [],
    named: [],
    listed: null,
    last: null,
    multiples: false,
    prevEnd: from,
    i: 0,
  };
  for (; s.i < mentions.length; s.i++) tieFigure(s);
  return s.facts;
}

/** The lead of a 持平: the name before its base (与上年基本, 同比: no part of the name), and a change (of 0%) on the year before. */
function flatLead(lead: string): Lead {
  const read = readLead(lead.replace(FLAT_BASE, ""), true);
  return { ...read, change: "growth" };
}

/** Reads the lead of mention `s.i` and ties it (and the list it opens, if any) to names. */
function tieFigure(s: SentenceState): void {
  const text = s.text;
  const m = s.mentions[s.i]!;
  const leadStart = Math.max(s.prevEnd, m.start - MAX_LEAD);
  const cut = lastClauseMark(text, leadStart, m.start);
  const crossed = cut >= 0 || s.prevEnd === s.from;
  const leadFrom = leadStart + cut + 1;
  const lead = m.flat
    ? flatLead(text.slice(leadFrom, m.start))
    : readLead(text.slice(leadFrom, m.start), m.unit === "%");
  const nameStart = leadFrom + lead.nameOffset;
  // 分别是2010年的1.83、2.31倍: multiples of a base year's figures, no figure of the year; the
  // list before them (地区生产总值、财政总收入分别达到…) stays open for the values after them.
  if (m.unit === "倍" && (BASE_MULTIPLE.test(lead.name) || (s.multiples && lead.name === ""))) {
    s.multiples = true;
    s.prevEnd = m.end;
    return;
  }
  s.multiples = false;
  if (lead.name === "") {
    if (s.listed !== null && (lead.spread === "each" || lead.change !== null) && pairWithListed(s, lead, s.listed)) {
      return;
    }
    if (lead.spread === "each" && s.chain.length <= 1 && s.named.length >= 2 && pairWithNamed(s, lead)) return;
    if (lead.spread === "each" && s.chain.length > 1) {
      pairWithChain(s, lead, m);
      return;
    }
  } else if (lead.spread !== "all") {
    const implicit = lead.spread === null ? implicitList(text, lead.name, s.mentions, s.i) : null;
    if (lead.spread === "each" || implicit !== null) {
      distribute(s, lead, m, nameStart, implicit);
      return;
    }
  }
  if (lead.spread === "all") spreadAll(s, lead, m, nameStart);
  else tieOne(s, lead, m, leadStart, leadFrom, nameStart, crossed);
  s.prevEnd = m.end;
}

/** A second list of as many values as the last 分别 list, with no name of its own: theirs. */
function pairWithListed(s: SentenceState, lead: Lead, listed: Listed): boolean {
  const values = runOf(s.text, s.mentions, s.i, listed.names.length);
  if (values.length !== listed.names.length) return false;
  const { names, nameStart: at } = listed;
  for (let k = 0; k < values.length; k++) {
    const v = values[k]!;
    s.facts.push(make(lead, v, names[k]!.text, at, at, v.end, { list: names, listIndex: k }));
  }
  s.i += values.length - 1;
  s.prevEnd = values[values.length - 1]!.end;
  s.listed = null;
  return true;
}

/** 分别 with no name of its own after named figures across commas: the last of them, in order. */
function pairWithNamed(s: SentenceState, lead: Lead): boolean {
  const values = runOf(s.text, s.mentions, s.i, s.named.length);
  if (values.length < 2) return false;
  const owners = s.named.slice(-values.length);
  for (let k = 0; k < owners.length; k++) {
    const t = owners[k]!;
    const v = values[k]!;
    s.facts.push(
      make(lead, v, t.name, t.nameStart, t.start, v.end, { list: t.list, listIndex: t.listIndex, prior: t.prior }),
    );
  }
  s.i += values.length - 1;
  s.prevEnd = values[values.length - 1]!.end;
  s.chain = [];
  s.named = [];
  s.last = null;
  return true;
}

/** `A、B、C分别增长…` (or a list without 分别: {@link implicitList}): names and values paired in order. */
function distribute(s: SentenceState, lead: Lead, m: Mention, nameStart: number, implicit: ListName[] | null): void {
  const values = [m];
  while (s.i + 1 < s.mentions.length && separates(s.text, values[values.length - 1]!.end, s.mentions[s.i + 1]!.start)) {
    values.push(s.mentions[++s.i]!);
  }
  let names = implicit ?? listNames(lead.name, values.length);
  // 省外资金、利用外资分别增长5%和7%，82%以上: the values the names take end at the comma.
  if (implicit === null && names.length !== values.length) {
    const k = values.findIndex((v, i) => i > 0 && s.text.charCodeAt(values[i - 1]!.end) === COMMA);
    const cut = k > 1 ? listNames(lead.name, k) : undefined;
    if (cut !== undefined && cut.length === k) {
      s.i -= values.length - k;
      values.length = k;
      names = cut;
    }
  }
  // 亩均产值、亩均增加值、亩均税收分别增长5%以上: one figure for every name.
  const mismatch = names.length !== values.length && values.length !== 1;
  const pairs = values.length === 1 && names.length > 1 ? names.length : values.length;
  for (let k = 0; k < pairs; k++) {
    const v = k < values.length ? values[k]! : m;
    const name = names.length === 0 ? lead.name : names[Math.min(k, names.length - 1)]!.text;
    s.facts.push(make(lead, v, name, nameStart, nameStart, v.end, { list: names, listIndex: k, mismatch }));
  }
  s.prevEnd = values[values.length - 1]!.end;
  s.last = null;
  s.chain = [];
  s.named = [];
  s.listed = names.length >= 2 && names.length === values.length ? { names, nameStart } : null;
}

/** 接待游客8.5亿人次、旅游收入9800亿元，分别增长20%、25%: back over the run, in order. */
function pairWithChain(s: SentenceState, lead: Lead, m: Mention): void {
  const chain = s.chain;
  const values = [m];
  while (
    values.length < chain.length &&
    s.i + 1 < s.mentions.length &&
    separates(s.text, values[values.length - 1]!.end, s.mentions[s.i + 1]!.start)
  ) {
    values.push(s.mentions[++s.i]!);
  }
  const paired = values.length === chain.length;
  const mismatch = !paired && values.length > 1;
  for (let k = 0; k < chain.length; k++) {
    const t = chain[k]!;
    const v = values[paired ? k : 0]!;
    s.facts.push(
      make(lead, v, t.name, t.nameStart, t.start, v.end, {
        list: t.list,
        listIndex: t.listIndex,
        prior: t.prior,
        mismatch,
      }),
    );
  }
  s.prevEnd = values[values.length - 1]!.end;
  s.chain = [];
}

/** `A、B均增长g%` or `A V1、B V2，均增长g%`: one figure for every name. */
function spreadAll(s: SentenceState, lead: Lead, m: Mention, nameStart: number): void {
  if (lead.name === "") {
    for (const t of s.chain) {
      if (t.change !== null || t.mention.unit === m.unit) continue;
      s.facts.push(make(lead, m, t.name, t.nameStart, t.start, m.end, { list: t.list, listIndex: t.listIndex }));
    }
    return;
  }
  const names = listNames(lead.name, 0);
  for (let k = 0; k < names.length; k++) {
    s.facts.push(make(lead, m, names[k]!.text, nameStart, nameStart, m.end, { list: names, listIndex: k }));
  }
}

/**
 * Words that make a count the new ones' or the year's work, wherever in the name or in the clause
 * before it (城镇新增就业, 新增国家级高新技术企业, 签约项目达60个, 完成居家适老化改造超3.2万户,
 * 新增学前学位3510座、义务教育学位超1万座).
 */
const NEW_ONES =
  /新增|净增|新设|新登记|新入库|培育|认定|引进|引入|招引|新签|签约|新建|建成|开工|竣工|投产|落地|完成|改造/;
/** 专利授权量, 技术合同成交额: an amount of the year, not things that exist (拥有量 is a stock by its name). */
const AMOUNT_OF_YEAR = /[量额]$/;
/** Where the clause of a name starts: after the last ，；。：！？ or line break. */
const CLAUSE_MARK = /[，,；;。：:！？\n][^，,；;。：:！？\n]*$/;

/** 国家高新技术企业达到1617家: see {@link Fact.reached}. */
function reachedOwn(text: string, lead: Lead, m: Mention, leadStart: number): boolean {
  const written = text.slice(leadStart, m.start);
  if (lead.change !== null || !counted(m.unit) || !REACHED.test(written)) return false;
  if (AMOUNT_OF_YEAR.test(lead.name) || NEW_ONES.test(lead.name)) return false;
  // The clause opens in the lead (…100家，国家高新技术企业达到160家): its words are the lead's.
  if (CLAUSE_MARK.test(written)) return true;
  const before = text.slice(Math.max(0, leadStart - MAX_CLAUSE), leadStart);
  const mark = CLAUSE_MARK.exec(before);
  return !NEW_ONES.test(mark === null ? before : before.slice(mark.index + 1));
}
/** How far back the clause of a reached count is read for a word of new ones. */
const MAX_CLAUSE = 60;

/** 达到, 突破, 增至 … before a count with no name of its own. */
const REACHED = /(?:达到|达|增至|增加到|突破|超过|超)\s*$/;

/**
 * 新增规模以上工业企业395家，达2198家; 新增高新技术企业50家、突破300家: a count the new ones brought
 * the total to, in the same unit, is the total (the stock), not a second count of the new ones.
 */
function reachedTotal(last: Fact, lead: Lead, m: Mention, between: string): boolean {
  return (
    lead.change === null &&
    m.unit === last.mention.unit &&
    counted(m.unit) &&
    FLOW_VERB.test(last.name) &&
    REACHED.test(between)
  );
}

/**
 * 高新技术企业从466家增至2050家: a count of a bare name (no word of new ones) that the figure before
 * rose to, in the same unit, is the count reached (see {@link Fact.reached}).
 */
function reachedAgain(last: Fact, lead: Lead, m: Mention, between: string): boolean {
  return (
    lead.change === null &&
    m.unit === last.mention.unit &&
    counted(m.unit) &&
    REACHED.test(between) &&
    !NEW_ONES.test(last.name)
  );
}

/** A figure with a name of its own, one after the figure before (增长…, 占比…), or one named after it (103个项目). */
function tieOne(
  s: SentenceState,
  lead: Lead,
  m: Mention,
  leadStart: number,
  leadFrom: number,
  nameStart: number,
  crossed: boolean,
): void {
  const last = s.last;
  // 民生支出83.3亿元，占一般公共预算支出81.42%: the share of the figure before, of the whole after 占
  const ofPrior =
    last !== null &&
    (SHARE_OF_PRIOR.test(lead.name) ||
      (m.unit === "%" &&
        (lead.name.endsWith("的") || (lead.name.charCodeAt(0) === ZHAN && !NOT_A_WHOLE.test(lead.name)))));
  const totalOfPrior = last !== null && TOTAL_NAME.test(lead.name);
  if (lead.name !== "" && !ofPrior && !totalOfPrior && !lead.name.endsWith("等")) {
    const sameRun = !crossed || (leadStart < m.start && s.text.charCodeAt(leadStart) === DUN);
    const prior = sameRun && last !== null && last.list === undefined ? last.name : undefined;
    // 建成5个产业园, 新增1211家市场主体: a bare verb names nothing; what it counts follows the figure.
    // 新增15家以上高新技术企业、30家以上专精特新企业: so does each later count of the run, whose lead
    // is only the name of the count before it.
    const item = last !== null && last.following && LIST_JOIN.test(lead.name) && lead.name.slice(0, -1) === last.name;
    const verb = item ? last.verb : BARE_VERB.test(lead.name) && counted(m.unit) ? lead.name : undefined;
    const after = verb === undefined ? "" : countedName(s.text, m.end, s.to);
    const from = item ? m.start : nameStart;
    const fact =
      after === ""
        ? make(lead, m, lead.name, nameStart, nameStart, m.end, {
            prior,
            reached: reachedOwn(s.text, lead, m, leadStart),
          })
        : make(lead, m, after, m.end, from, m.end + after.length, { verb, following: true });
    s.facts.push(fact);
    // A 均 reaches back over the few figures of one run; keep the run short so a sentence of
    // thousands of figures stays linear.
    if (!sameRun || s.chain.length >= MAX_LIST) s.chain = [];
    s.chain.push(fact);
    if (s.named.length >= MAX_LIST) s.named.shift();
    s.named.push(fact);
    s.listed = null;
    s.last = fact;
  } else if (
    last !== null &&
    (ofPrior ||
      totalOfPrior ||
      !crossed ||
      lead.change !== null ||
      // Only right after the figure before: 其中公共财政预算收入突破百亿元大关，达112.11亿元 is another's.
      // A note in brackets between them counts as nothing: 增长6%（预计数，下同），达到1900亿元以上.
      (adjacent(s.text, s.prevEnd, leadFrom) && LINKED.test(s.text.slice(leadFrom, m.start))))
  ) {
    // 累计28万亩 after 新增…1万亩: the running total, not the new part.
    const between = s.text.slice(leadStart, m.start);
    const total = totalOfPrior || STOCK.test(between) || reachedTotal(last, lead, m, between);
    const name = total ? last.name.replace(FLOW_VERB, "") : last.name;
    s.facts.push(
      make(lead, m, name, last.nameStart, last.start, m.end, {
        list: last.list,
        listIndex: last.listIndex,
        share: ofPrior,
        whole: ofPrior ? lead.name : "",
        total,
        reached: !total && reachedAgain(last, lead, m, between),
      }),
    );
  } else if (last === null && s.facts.length === 0 && lead.name === "" && subjectOf(s.text, s.from, leadFrom)) {
    // 地区生产总值增速居全省第3位，预计全年完成560亿元，增长7%: the sentence's subject, stated in a
    // clause with no figure of its own, is the name of the first figure that has none.
    const subject = subjectOf(s.text, s.from, leadFrom)!;
    const fact = make(lead, m, subject.name, subject.start, subject.start, m.end);
    s.facts.push(fact);
    s.chain = [fact];
    s.named.push(fact);
    s.last = fact;
  } else {
    // 103个重点项目 / 完成老印刷厂等22个老旧改项目: the name follows the figure.
    const after = followingName(s.text, m.end, s.to);
    const verb = lead.name.endsWith("等") ? lead.name.slice(0, 2) : undefined;
    const start = verb === undefined ? m.start : nameStart;
    if (after !== "") {
      s.facts.push(make(lead, m, after, m.end, start, m.end + after.length, { verb, following: true }));
    }
  }
}

/** Text that ends on a list join (高新技术企业、, 学科带头人、): what follows is the next item of a list. */
export const LIST_JOIN = /[、，,；;和及]\s*$/u;

/** Verbs that, alone before a count, leave what is counted to the words after it (建成5个产业园). */
const BARE_VERB =
  /^(?:新增|新建|建成|基本建成|累计建成|实施|推动|打造|推进|加快推进|建设|开工建设|新开工|竣工|引进|新引进|启动|创建|改造|培育|新培育|开展|解决|设立|推出|选派|认定|新认定|储备|招引|对)$/u;

/** A unit that counts things (个, 家, 公里, 万亩), not money or a percentage: those bound classes (3000万元以上项目). */
function counted(unit: string): boolean {
  return unit !== "%" && !unit.endsWith("元") && !unit.includes("百分点");
}

/** The figures from `i` joined by 、，和及 (at most `max`): the values of one list. */
function runOf(text: string, mentions: readonly Mention[], i: number, max: number): Mention[] {
  const values = [mentions[i]!];
  while (
    values.length < max &&
    i + values.length < mentions.length &&
    separates(text, values[values.length - 1]!.end, mentions[i + values.length]!.start)
  ) {
    values.push(mentions[i + values.length]!);
  }
  return values;
}

/**
 * One fact, always of the same shape (no spreads, no options object: this runs once per figure).
 * `verb` undefined takes the lead's own.
 */
/** What a fact may carry beyond its lead, figure and name: its list, verb, prior figure and flags. */
interface FactExtras {
  list?: ListName[] | undefined;
  listIndex?: number | undefined;
  verb?: string | undefined;
  prior?: string | undefined;
  following?: boolean;
  share?: boolean;
  whole?: string;
  total?: boolean;
  reached?: boolean;
  mismatch?: boolean;
}

function make(
  lead: Lead,
  m: Mention,
  name: string,
  nameStart: number,
  start: number,
  end: number,
  {
    list,
    listIndex,
    verb,
    prior,
    following = false,
    share = false,
    whole = "",
    total = false,
    reached = false,
    mismatch = false,
  }: FactExtras = {},
): Fact {
  return {
    name,
    listed: list !== undefined,
    list,
    listIndex,
    verb: verb ?? (lead.verb === "" ? undefined : lead.verb),
    prior,
    following,
    share,
    whole,
    total,
    reached,
    nameStart,
    start,
    end,
    mention: m,
    change: lead.change,
    changeWord: lead.changeWord,
    qualifier: lead.qualifier,
    estimate: lead.estimate,
    average: lead.average,
    mismatch,
  };
}

/**
 * 粮食播种面积和产量稳定在150万亩、120万吨: as many names as values, joined the
 * same way, with different units — a list without 分别.
 */
function implicitList(text: string, name: string, mentions: readonly Mention[], i: number): ListName[] | null {
  // 城乡居民人均可支配收入达到44240元、17130元: a packed pair of names with two values.
  const next = mentions[i + 1];
  if (
    name.includes("城乡") &&
    next !== undefined &&
    next.unit === mentions[i]!.unit &&
    separates(text, mentions[i]!.end, next.start)
  ) {
    const third = mentions[i + 2];
    const pair = listNames(name, 2);
    if (pair.length === 2 && (third === undefined || !separates(text, next.end, third.start))) return pair;
  }
  if (!/[和、]/.test(name)) return null;
  // 信访事项受理率、办结率100%; 城乡养老、医保参保率95%: rates listed with 、 share one figure.
  const single = mentions[i + 1] === undefined || !separates(text, mentions[i]!.end, mentions[i + 1]!.start);
  if (single && mentions[i]!.unit === "%" && name.includes("、") && name.endsWith("率")) {
    const items = listNames(name, 0);
    return items.length > 1 && items.every((item) => item.text.length <= 12) ? items : null;
  }
  let count = 1;
  while (
    count < MAX_LIST &&
    i + count < mentions.length &&
    separates(text, mentions[i + count - 1]!.end, mentions[i + count]!.start)
  ) {
    count++;
  }
  if (count < 2 || mentions[i]!.unit === mentions[i + 1]!.unit) return null;
  const names = listNames(name, count);
  return names.length === count ? names : null;
}

/**
 * Nothing but the clause mark before `leadFrom` lies between the figure that ended at `prevEnd`
 * and the lead, or only a bracketed note right after that figure: 6%（预计数，下同），达到.
 */
function adjacent(text: string, prevEnd: number, leadFrom: number): boolean {
  return leadFrom - prevEnd <= 1 || noteStart(text, leadFrom - 1, Number.POSITIVE_INFINITY) === prevEnd;
}

/**
 * 地区生产总值增速居全省第3位, GDP增速保持在合理区间: a clause that names an indicator's
 * growth and says where it stands, with no figure. Its name (without 增速) is the subject of the
 * sentence's first figure with no name; undefined for any other first clause.
 */
const FIGURELESS_SUBJECT =
  /^(?:全[市区县州省旗]|我[市区县])?([^，,；;：:。！？\n\d]{2,16}?)(?:增速|增幅)(?:居|位居|排|列|保持|继续|持续|稳|跃居|高于|快于|好于)[^，,；;：:。！？\n]*[，,]$/u;

function subjectOf(text: string, from: number, leadFrom: number): { name: string; start: number } | undefined {
  // the clause right before the figure's (三季度，地区生产总值增速居全省第3位，预计全年完成…)
  const clauseFrom = from + lastClauseMark(text, from, leadFrom - 1) + 1;
  const hit = FIGURELESS_SUBJECT.exec(text.slice(clauseFrom, leadFrom));
  if (hit === null || matchIndicator(hit[1]!) === undefined) return undefined;
  return { name: hit[1]!, start: clauseFrom + hit[0].indexOf(hit[1]!) };
}

function lastClauseMark(text: string, from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (isClause(text.charCodeAt(k))) return k - from;
  return -1;
}

/**
 * What a count after a bare verb counts (建成5个产业园 → 产业园): the words after it, when they
 * end at a mark or a figure within reach and on no conjunction (推动25个市级和43个区级… names
 * two classes); "" otherwise, and the verb stays the name.
 */
function countedName(text: string, at: number, to: number): string {
  const after = followingName(text, at, to);
  return after.length < MAX_AFTER && !/[和及与或]$/u.test(after) ? after : "";
}

/** The words after a leading count (103个重点项目完成投资 → 重点项目), up to a verb or a mark. */
function followingName(text: string, at: number, to: number): string {
  let end = at;
  for (; end < to && end - at < MAX_AFTER; end++) {
    const code = text.charCodeAt(end);
    if (isClause(code) || code === DUN || (code >= 0x30 && code <= 0x39)) break;
  }
  return text.slice(at, end);
}
