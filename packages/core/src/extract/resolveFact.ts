import type { Indicator } from "../schema/indicator.js";
import type { Measure, Qualifier } from "../schema/observation.js";
import type { Lexicon } from "./lexicon.js";
import { type Fact, FLOW_VERB } from "./readSentence.js";
import type { UnmappedReason } from "./types.js";

/** A fact read against the registry: the indicator (if any), the measure and the number to record. */
export interface Resolved {
  indicator: Indicator | undefined;
  nameAsWritten: string;
  measure: Measure;
  value: number;
  unit: string;
  qualifier: Qualifier;
  /** Why it cannot be an observation, if it cannot. */
  problem: UnmappedReason | null;
}

const MAX_NAME = 24;
/** Words that, written just before a known name, make it another indicator the registry lacks. */
const MODIFIERS = [
  "人均",
  "亩均",
  "户均",
  "日均",
  // 每平方公里土地产出GDP: output per square kilometre, not GDP (area words are PER_AREA's)
  "产出",
  "单位",
  "万人",
  "每万人",
  "规上",
  "限上",
  "规模以上",
  "城镇",
  "农村",
  "城区",
  "城市",
  "县城",
  "乡村",
  "全口径",
  // 户籍人口城镇化率 is not 常住人口城镇化率 (the registry's 人口城镇化率)
  "户籍",
  "民营",
  "国有",
  "外资",
  "非公",
  "重点",
  "新兴",
  // a part of the whole the name counts: 发明专利授权量, 跨境电商交易额, 普惠小微企业贷款余额,
  // 新型基础设施投资, 新型农业经营主体, 大数据市场主体, 现代服务业增加值, 数字经济总量
  "发明",
  "跨境",
  "小微企业",
  "新型",
  "农业",
  "大数据",
  "现代",
  // 减免税收118.1亿元: the tax given up, not the tax collected; 制造业税收, 制造业贷款余额: a sector's
  "减免",
  "制造业",
  // 制造业中长期贷款余额, 涉农贷款余额, 普惠小微贷款余额: a kind of loan, not all of them
  "中长期",
  "涉农",
  "小微",
  // 先进制造业增加值, 装备制造业增加值, 高端装备: a branch of manufacturing, not all of it
  "先进",
  "装备",
  "高端",
  "高技术",
  // 数字经济总量, 海洋生产总值: a sector's output, not the region's GDP
  "数字",
  "海洋",
  // A级景区接待游客, 景区门票收入: the scenic areas' visitors, not all of the region's
  "景区",
  // 民生支出占一般公共预算支出81.42%: the share of what comes before 占, not the whole after it
  "占",
];
/** 占比, 比重, 比例, 占…: a part of a whole, not a rate. */
/** Per area of land anywhere before the tail (每平方公里土地生产总值): not the region's total. */
const PER_AREA = /每平方公里|地均|单位面积/;
/** MODIFIERS by last code unit: only those ending just before a tail can touch it. */
const MODIFIERS_BY_LAST: ReadonlyMap<number, readonly string[]> = (() => {
  const map = new Map<number, string[]>();
  for (const word of MODIFIERS) {
    const last = word.charCodeAt(word.length - 1);
    map.set(last, [...(map.get(last) ?? []), word]);
  }
  return map;
})();
const SHARE = /占|比重|比例/;
const ECONOMY = /^(?:实现|全年|预计)?((?:全[市区县州省盟旗]|我[市区县州省盟旗])?经济)$/;
/** Indicators reports state as a year-on-year change (涨幅), whatever verb precedes the %. */
const PRICE_INDEX: ReadonlySet<string> = new Set(["cpi"]);
const SHARE_OF = /^(.{2,24}?)占.{0,12}?(?:比重|比例)$/;
/** 占GDP比重, 占全市地区生产总值的比重: the whole a share is of. */
const WHOLE_OF = /占([^占]{1,12}?)的?(?:比重|比例)/;

/**
 * The indicator a share of `part` is by name, when the whole written after 占 is its whole
 * (研发投入占GDP比重 → rnd.intensity); null when `part` has such a share and the whole written is
 * another (研发经费投入占营收比重: a firm's ratio, not the region's); undefined otherwise.
 */
function shareByName(written: string, part: Indicator, lexicon: Lexicon): Indicator | null | undefined {
  const whole = WHOLE_OF.exec(written)?.[1];
  const of = whole === undefined ? undefined : lexicon.indicator(whole);
  const named = of === undefined ? undefined : lexicon.shareIndicator(part.id, of.id);
  if (named !== undefined) return named;
  return whole !== undefined && lexicon.hasShareByName(part.id) && of?.id !== part.id ? null : undefined;
}

/**
 * Maps a fact's name to an indicator and decides its measure:
 * - a name from a list is completed by shared heads, then looked up whole;
 * - any other name is looked up by its longest tail that the registry knows
 *   (全区规上工业增加值 → 规上工业增加值), at most 24 characters, so a long lead
 *   costs a bounded number of lookups;
 * - 2.35:1 is a `ratio`; 个百分点 a `change_pp`; a % after 增长/下降 a `growth`
 *   (下降 negative); a % of a name with 占比/比重 a `share`; another % a `rate`;
 *   a figure in a count unit (个, 家, 户) a `count`; anything else a `level`. 增加3000人 (a change in a level) is `unsupported_measure`.
 *
 * @param fact - a fact from {@link readSentence}
 * @param lexicon - registry lookups
 * @returns the resolved fact
 */
export function resolveFact(fact: Fact, lexicon: Lexicon): Resolved {
  const m = fact.mention;
  const own = fact.listed ? listedName(fact, lexicon) : ownName(fact, lexicon);
  // 经济增长13.6%: the economy's growth is GDP's (经济 alone names no other figure).
  const economy =
    own.indicator === undefined && fact.change !== null && m.unit === lexicon.percent && ECONOMY.exec(fact.name);
  const named = economy ? { indicator: lexicon.indicator("地区生产总值"), name: economy[1] ?? "经济" } : own;
  const flow = flowVerbBefore(fact.name, named.name, named.indicator);
  const stock =
    fact.total || fact.reached
      ? stockOf(named.indicator, lexicon)
      : flow === ""
        ? named.indicator
        : flowOf(named.indicator, flow, lexicon);
  // 科技型中小企业1367家、累计9239家, 5G基站达3058个: a count's running total or a count reached is
  // not the count of new ones; with no stock of it in the registry, it is kept under the name of
  // the total (unregistered).
  const untold =
    (fact.total || fact.reached) &&
    stock !== undefined &&
    stock.stock === "flow" &&
    lexicon.quantity(m.unit) === "count";
  const indicator = untold ? undefined : stock;
  const name = untold
    ? `${named.name.replace(FLOW_VERB, "")}总数`
    : flow !== "" && stock === undefined
      ? flow + named.name
      : named.name;
  // Values come exact from the scanner (see scanMentions); negation keeps them exact.
  const signed = fact.change === "decline" ? -m.value : m.value;
  const qualifier: Qualifier = m.qualifier ?? fact.qualifier ?? "exact";
  const problem = problemOf(indicator, m.unit, m.known, lexicon);
  const unit = m.unit;
  if (m.ratio) return resolved(indicator, name, "ratio", m.value, unit, qualifier, problem);
  if (lexicon.quantity(unit) === "percentage_points") {
    return resolved(indicator, name, "change_pp", signed, unit, qualifier, problem);
  }
  if (fact.change !== null) {
    if (unit === lexicon.percent) return resolved(indicator, name, "growth", signed, unit, qualifier, problem);
    // 增长1.3倍 is a multiple, never a growth of 130% (reports use 增长N倍 for both N and N+1 times).
    if (unit === "倍") return resolved(indicator, name, "ratio", m.value, unit, qualifier, "unsupported_measure");
    // 高标准农田改造提升4万亩: with a unit other than %, 提升 is part of the name (a level) when the
    // registry writes it there; 城乡居民人均可支配收入分别提高7119元 is an increment (the registry's
    // lookup drops a trailing 提高, so the word is tested against the names themselves).
    const level = tailName(fact.name + fact.changeWord, lexicon);
    if (level.indicator && (namesWord(level.indicator, fact.changeWord) || WORK_VERB.test(fact.name))) {
      const issue = problemOf(level.indicator, unit, m.known, lexicon);
      return resolved(level.indicator, level.name, levelOf(unit, lexicon), m.value, unit, qualifier, issue);
    }
    return resolved(indicator, name, "level", m.value, unit, qualifier, problem ?? "unsupported_measure");
  }
  // 人口自然增长率控制在6‰以内: a rate in ‰ is a rate, as one in % is
  if (unit === lexicon.percent || lexicon.quantity(unit) === "percent") {
    // 居民消费价格指数控制在3.5%左右: a price index is stated as its change, whatever the verb.
    if (indicator !== undefined && PRICE_INDEX.has(indicator.id)) {
      return resolved(indicator, name, "growth", m.value, unit, qualifier, problem);
    }
    const share =
      fact.share ||
      ("share" in own && own.share === true) ||
      SHARE.test(name) ||
      (indicator !== undefined && SHARE.test(indicator.zh)) ||
      SHARE.test(fact.name);
    // 研发投入占GDP比重2.5%: a share with a name of its own is that indicator (研发投入强度)
    const byName =
      share && indicator !== undefined ? shareByName(fact.whole || fact.name, indicator, lexicon) : undefined;
    if (byName !== undefined) {
      const at = fact.name.lastIndexOf(name);
      const written = at < 0 ? fact.name : fact.name.slice(at);
      if (byName === null) {
        return resolved(
          undefined,
          written,
          "share",
          m.value,
          unit,
          qualifier,
          problemOf(undefined, m.unit, m.known, lexicon),
        );
      }
      return resolved(byName, written, "rate", m.value, unit, qualifier, problemOf(byName, m.unit, m.known, lexicon));
    }
    // 常住人口…60.9%: a rate of an indicator that counts people or money is another indicator's
    const mismatch = !share && indicator !== undefined && indicator.quantity !== "percent";
    return resolved(
      indicator,
      name,
      share ? "share" : "rate",
      m.value,
      unit,
      qualifier,
      problem ?? (mismatch ? "unit_mismatch" : null),
    );
  }
  // 新增市场主体6403户: a count of things, not an amount.
  return resolved(indicator, name, levelOf(unit, lexicon), m.value, unit, qualifier, problem);
}

/**
 * One resolved fact, always built here and in this property order: every `Resolved` shares one
 * object shape (a spread copy would give another), so the code reading them stays monomorphic.
 *
 * @param indicator - the indicator, if any
 * @param nameAsWritten - the name as written
 * @param measure - the measure
 * @param value - the number to record
 * @param unit - its unit
 * @param qualifier - its qualifier
 * @param problem - why it cannot be an observation, or null
 * @returns the resolved fact
 * @example
 * resolved(undefined, "重点项目", "count", 103, "个", "exact", "unknown_indicator").measure; // => "count"
 */
export function resolved(
  indicator: Indicator | undefined,
  nameAsWritten: string,
  measure: Measure,
  value: number,
  unit: string,
  qualifier: Qualifier,
  problem: UnmappedReason | null,
): Resolved {
  return { indicator, nameAsWritten, measure, value, unit, qualifier, problem };
}

/** The stock variant of a flow indicator (新增在地特色产业 → 特色产业在地面积), when the registry has exactly one. */
function stockOf(indicator: Indicator | undefined, lexicon: Lexicon): Indicator | undefined {
  if (indicator === undefined || indicator.stock === "stock") return indicator;
  const stocks = lexicon.variants(indicator.id).filter((v) => v.stock === "stock");
  return stocks.length === 1 ? stocks[0] : indicator;
}

/** 新增, 新设 or 净增 before a stock's name, with only 各类/市场 between (新设市场经营主体5.2万户). */
const FLOW_BEFORE = /(新增|新设|新登记|净增)(?:各类|市场)*$/;

/** The scope a flow verb before the name of a stock names (新增 or 净增), "" when none. */
function flowVerbBefore(written: string, name: string, indicator: Indicator | undefined): string {
  if (indicator?.stock !== "stock" || !written.endsWith(name)) return "";
  const verb = FLOW_BEFORE.exec(written.slice(0, written.length - name.length))?.[1];
  if (verb === undefined) return "";
  return verb === "净增" ? "净增" : "新增";
}

/**
 * The flow variant of a stock whose scope is the verb written (新增市场主体 → market_entities.new);
 * undefined when the registry has none (净增市场主体: a net figure is neither the total nor the gross new).
 */
function flowOf(indicator: Indicator | undefined, verb: string, lexicon: Lexicon): Indicator | undefined {
  if (indicator === undefined) return undefined;
  const flows = lexicon.variants(indicator.id).filter((v) => v.stock === "flow" && v.scope === verb);
  return flows.length === 1 ? flows[0] : undefined;
}

/** A verb of work before 提升 (农村卫生厕所改造提升3000户): the compound names the work done, a level. */
const WORK_VERB = /(?:改造|建设|升级|整治|修缮|新建)$/;

/** The indicator's name or one of its aliases contains `word` (提升 in 高标准农田改造提升). */
function namesWord(indicator: Indicator, word: string): boolean {
  return word !== "" && (indicator.zh.includes(word) || indicator.aliases.some((alias) => alias.includes(word)));
}

function levelOf(unit: string, lexicon: Lexicon): Measure {
  return lexicon.quantity(unit) === "count" ? "count" : "level";
}

function problemOf(
  indicator: Indicator | undefined,
  unit: string,
  known: boolean,
  lexicon: Lexicon,
): UnmappedReason | null {
  if (indicator === undefined) return "unknown_indicator";
  if (!known) return "unknown_unit";
  const quantity = lexicon.quantity(unit);
  if (quantity === undefined || quantity === "percent" || quantity === "percentage_points" || quantity === "ratio") {
    return null;
  }
  // 103个重点项目 is not 重点项目完成投资 (money): the unit must count what the indicator counts.
  const people = (q: string) => q === "persons" || q === "person_times";
  return quantity === indicator.quantity || (people(quantity) && people(indicator.quantity)) ? null : "unit_mismatch";
}

/** The last words of a name that measures something itself: 进出口总值, 签约额, 贷款, CPI. */
const OWN_MEASURE = /(?:额|值|量|数|率|收入|支出|投资|贷款|资金|指数|面积|CPI|GDP|PPI)$/i;

function listedName(fact: Fact, lexicon: Lexicon): { indicator: Indicator | undefined; name: string; share?: boolean } {
  // 工业投资、民间投资占固定资产投资比重分别达到47%、60%: the items are the parts, each a share
  const last = fact.list?.[fact.list.length - 1]?.text;
  const shareOf = last === undefined ? null : SHARE_OF.exec(last);
  if (shareOf?.[1] !== undefined) {
    const own = fact.listIndex === fact.list!.length - 1 ? shareOf[1] : fact.name;
    const found = tailName(own, lexicon);
    if (found.indicator) return { ...found, share: true };
  }
  const verb = fact.verb ?? "";
  const completed =
    fact.list && fact.listIndex !== undefined ? lexicon.completeList(fact.list, verb)[fact.listIndex] : undefined;
  const name = completed?.text ?? fact.name;
  const direct = verb === "" ? undefined : lexicon.indicator(verb + name);
  if (direct) return { indicator: direct, name: verb + name };
  const plain = lexicon.indicator(name);
  if (plain) return { indicator: plain, name };
  const found = tailName(verb + name, lexicon);
  // 固定资产投资、进出口总值、一般公共预算收入分别增长…: an item that ends on a measure of its own
  // (总值, 额, 率) and was completed with the next item's tail (进出口总值 + 预算收入) is not the next
  // item's indicator when the name found lies in the borrowed tail. A head (城镇职工、城乡居民
  // 基本养老保险参保率) shares the tail.
  const borrowed = completed !== undefined && name !== fact.name && name.startsWith(fact.name);
  if (
    found.indicator &&
    borrowed &&
    OWN_MEASURE.test(fact.name) &&
    found.name.length <= name.length - fact.name.length
  ) {
    return tailName(verb + fact.name, lexicon);
  }
  return found;
}

/**
 * The name's own tail; failing that, the same name with what reports insert
 * into it removed, or completed by the figure before:
 * - 森林防火生物隔离带建设 (after the figure): its longest head;
 * - 签约傲得航空器等项目 → 签约项目 (examples before 等);
 * - “3+1”生态工业实现产值 → “3+1”生态工业产值 (a verb inside);
 * - 粮食播种面积…、产量 → 粮食产量 (the prior figure's name).
 */
function ownName(fact: Fact, lexicon: Lexicon) {
  if (fact.following) return headName(fact.name, fact.verb ?? "", lexicon);
  const own = tailName(fact.name, lexicon);
  if (own.indicator) return own;
  const examples = fact.name.lastIndexOf("等");
  if (examples > 0) {
    // The verb is the first word: 签约 in 签约傲得航空器等项目.
    for (let k = 2; k <= Math.min(4, examples); k++) {
      const found = tailName(fact.name.slice(0, k) + fact.name.slice(examples + 1), lexicon);
      if (found.indicator) return found;
    }
  }
  // The test first: the replace backtracks over the whole name when no verb is in it.
  const inner = withoutInnerVerb(fact.name);
  if (inner !== fact.name) {
    const found = tailName(inner, lexicon);
    if (found.indicator) return found;
  }
  // 生产总值从2007年的4676亿元增加到11459亿元: the name ends before 从/由.
  const since = SINCE.exec(fact.name);
  // 一般公共预算总收入从2015年的…: unregistered, the name is still the words before 从
  const unknown = since?.[1] ? { indicator: undefined, name: since[1] } : own;
  if (since?.[1]) {
    const found = tailName(since[1], lexicon);
    if (found.indicator) return found;
  }
  // 工业增加值占GDP比重: the share of 工业增加值.
  const part = SHARE_OF.exec(fact.name);
  if (part?.[1]) {
    const found = tailName(part[1], lexicon);
    if (found.indicator) return found;
  }
  if (fact.prior === undefined) return unknown;
  const prior = tailName(fact.prior, lexicon);
  if (!prior.indicator) return unknown;
  const full = prior.name;
  for (let p = Math.max(1, full.length - fact.name.length - 2); p < full.length; p++) {
    const candidate = full.slice(0, p) + fact.name;
    const indicator = lexicon.indicator(candidate);
    if (indicator) return { indicator, name: candidate };
  }
  return unknown;
}

/** What may follow the head of a name read after its figure: 森林防火生物隔离带建设. */
const INNER_VERB = /(.{2,})(?:实现|完成|达到)/;
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/**
 * `name.replace(INNER_VERB, "$1")`: the last 实现/完成/达到 at index 2 or later is dropped. The
 * regex fails from every start when the only verb is at the front (实现…, the usual case), which
 * costs time quadratic in the name; lastIndexOf finds the same verb. A line break (which `.`
 * does not cross) leaves the work to the regex.
 */
function withoutInnerVerb(name: string): string {
  if (LINE_BREAK.test(name)) return name.replace(INNER_VERB, "$1");
  const at = Math.max(name.lastIndexOf("实现"), name.lastIndexOf("完成"), name.lastIndexOf("达到"));
  return at >= 2 ? name.slice(0, at) + name.slice(at + 2) : name;
}

const SINCE = /^(.{2,24}?)(?:从|由)(?:\d{4}年(?:末|底)?(?:的)?)?$/;
const AFTER_HEAD = /^(?:建设|改造|建成|治理|完工|投用|工程|项目)?$/;

/**
 * The longest head of a name read after its figure that the registry knows, with the verb
 * before 等 if given. The rest must be empty or a verb of building (建设, 改造): in
 * 6个老旧小区燃气管道更新改造 the figure counts the gas works, not 老旧小区.
 */
function headName(name: string, verb: string, lexicon: Lexicon): { indicator: Indicator | undefined; name: string } {
  for (let e = Math.min(name.length, MAX_NAME); e >= 2; e--) {
    if (!AFTER_HEAD.test(name.slice(e))) continue;
    const head = name.slice(0, e);
    const withVerb = verb === "" ? undefined : lexicon.indicator(verb + head);
    const indicator = withVerb ?? lexicon.indicator(head);
    if (indicator) return { indicator, name: withVerb ? verb + head : head };
  }
  return { indicator: undefined, name: readable(verb + name) };
}

function tailName(name: string, lexicon: Lexicon): { indicator: Indicator | undefined; name: string } {
  for (let s = Math.max(0, name.length - MAX_NAME); s <= name.length - 2; s++) {
    if (!lexicon.startsName(name.charCodeAt(s))) continue;
    const tail = name.slice(s);
    const indicator = lexicon.indicator(tail);
    if (!indicator) continue;
    // 人均地区生产总值 is not 地区生产总值: a modifier left in front changes the indicator.
    if (
      s > 0 &&
      (MODIFIERS_BY_LAST.get(name.charCodeAt(s - 1))?.some((word) => name.endsWith(word, s)) ||
        PER_AREA.test(name.slice(0, s)))
    ) {
      return { indicator: undefined, name: readable(name) };
    }
    return { indicator, name: withoutVerb(tail, indicator, lexicon) };
  }
  return { indicator: undefined, name: readable(name) };
}

const VERB = /^(?:实现|完成|达到|力争|确保|全年|累计|其中|全区|全市|全县|全省|全国)/;

/** 实现地区生产总值 → 地区生产总值, while the shorter name still means the same indicator. */
function withoutVerb(name: string, indicator: Indicator, lexicon: Lexicon): string {
  let current = name;
  for (let round = 0; round < 3; round++) {
    const shorter = current.replace(VERB, "");
    if (shorter === current || lexicon.indicator(shorter)?.id !== indicator.id) break;
    current = shorter;
  }
  return current;
}

/** An unmapped name a user can alias: the words after the last verb, at most 16 characters. */
const THROUGH_VERB = /.*(?:实现|完成|达到|其中|全年|累计)/;
const ANY_VERB = /实现|完成|达到|其中|全年|累计/;

function readable(name: string): string {
  // Most names hold none of the verbs: skip the backtracking replace for them.
  const trimmed = ANY_VERB.test(name) ? name.replace(THROUGH_VERB, "") : name;
  const text = trimmed === "" ? name : trimmed;
  return text.length > 16 ? text.slice(-16) : text;
}
