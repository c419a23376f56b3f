import { partNamedIn } from "../registry/findRegion.js";
import { HEADLINE_INDICATORS } from "../registry/headline.js";
import type { Indicator } from "../schema/indicator.js";
import type { Region } from "../schema/region.js";
import type { Lexicon } from "./lexicon.js";
import type { Fact } from "./readSentence.js";
import { type Resolved, resolved as resolvedAs } from "./resolveFact.js";
import type { UnmappedReason } from "./types.js";

/** How far back a figure's sentence and clause are read (bounded: this runs for every figure). */
const MAX_BACK = 240;
/** 。！？ and the line feed: a sentence (joined by ；) ends there. */
const SENTENCE_END = codes("。！？\n");
/** ，；。：！？ and the line feed: a clause ends there (、 joins list items, not clauses). */
const CLAUSE_END = codes("，,；;。：:！？\n");
const CLAUSE_MARK = /[，,；;。：:！？\n]/;
const LINE_END = codes("\n");
/** 前三季度, 上半年, 1—11月, 前10个月: the figures after it cover part of the year. */
const PART_YEAR =
  /前[一二三]季度|[一二三四]季度|上半年|下半年|前\d{1,2}个月|前[一二三四五六七八九十]{1,3}个月|(?:1|一)\s*[—\-－~～至到]\s*(?:1[01]|[2-9]|十一|[二三四五六七八九十])\s*月/g;
/** 全年: the part-year reading ends (预计全年地区生产总值…). */
const WHOLE_YEAR = "全年";
/** 2014年, 到 2020 年: a year a figure may belong to. */
const YEAR = /((?:19|20)\d{2})\s*年/g;
/** A year after these is a base of comparison (是2008年的1.83倍, 比2019年增长), not the figure's year. */
const COMPARED = /(?:比|较|是|与|同|相比|于|超过|相当于|从|由)\s*$/;
/** （1990年不变价）, （2016—2020年）: a note in brackets dates no figure. */
const BRACKETED = /（[^（）]*）|\([^()]*\)/g;
/** 年均, 累计, 五年, “十三五”期间: the figure sums or averages several years. */
const SEVERAL_YEARS = /年均|累计|五年|两年平均|三年平均|\d+年来|多年来|十[一二三四五]五[”"’']?(?:期间|时期|以来)/;
/**
 * A part of the region: a zone, a park, a corridor, a group of areas, outside money (州外新增固定资产投资),
 * the government's own level (市本级), towns, the counties of a city (县域) or a count of areas
 * (36个乡镇财政收入超千万元).
 */
const SUB_AREA =
  /重点区域|功能区|片区|园区|开发区|高新区|新区|合作区|试验区|保税区|自贸区|产业园|工业园|产业带|中心城区|主城区|经济圈|经济带|经济区|都市区|都市圈|城市群|走廊|示范区|产业城|集聚区|集中区|[州市县省]外|[州市县省]域外|[市区县]?本级|经开区|项目|乡镇|镇街|街镇|县域|湾区|\d+个(?:镇|街道|村|社区|县|区|市)|[两三四五六七八九十]个?(?:市|县|区)(?!委|政府|人民)/;
/** How many characters before a name are read for a sub-area or group word. */
const NEAR_NAME = 12;
/** Output and investment, where 地方 before the name leaves out the central enterprises (for revenue it is the usual name). */
const WITHOUT_CENTRAL: ReadonlySet<string> = new Set([
  "gdp",
  "investment.fixed_assets",
  "value_added.industry",
  "value_added.industry.above_scale",
  "output.industry.above_scale",
]);
/** A figure and 、 before the name in its clause: the name is a later item of a run. */
const RUN_BEFORE = /\d[^、]*、[^\d]*$/;
/** A group of residents, not all of them (低收入农户人均可支配收入): the group word and whom it names. */
const SUB_GROUP =
  /(?:低收入|贫困|脱贫|建档立卡|低保|困难|农民工|退役)(?:农户|人口|户|群众|家庭|地区|村|县|人员|对象|军人)/;
/** 占全市比重: a share of a whole, not the region's own level or rate. */
const SHARE_OF_WHOLE = /占[^，；。]{0,10}(?:比重|比例)/;
/** 高于GDP增速2倍, 拉动GDP增长2个百分点, 上拉全市地区生产总值3.5个百分点: the figure compares something with, or adds it to, the indicator named after the word. */
const COMPARISON = /高于|低于|快于|慢于|超过|超出|高出|拉动|上拉/g;
/** 五年增长52.4%, 五年来, 年均增长5.2%: the paragraph reviews several years (not 连续五年, 五年规划). */
const FIVE_YEARS = /(?<!连续|第|近)五年(?!规划|计划|行动|规划纲要)|年均/;
/** How far back the paragraph of a figure is read for a five-year review. */
const MAX_PARAGRAPH = 400;
/** 来源于深圳辖区的一般公共预算收入: the revenue raised in the region, the central share included. */
const RAISED_IN = /来源于/;
/** 辖区公共财政收入: 辖区 opening the name says the same. */
const AREA_WIDE = /辖区/;
/** 公共财政收入7901亿元，其中地方一般公共预算收入3136亿元: the local part named after it, so the first is the wider total. */
const LOCAL_PART_AFTER = /^[^。；;]{0,20}?其中(?:地方|本级)/;
const REVENUE_NARROWER: ReadonlySet<string> = new Set(["budget_revenue", "revenue.local_fiscal"]);
/**
 * The indicators whose names as written are read for a sub-area, a group, a comparison or a
 * multi-year word: the headline ones and the wider revenue totals. A long-tail name often holds
 * such a word itself (脱贫人口人均纯收入, 功能区环境噪声达标率), and its registry entry says so.
 */
const HEADLINE: ReadonlySet<string> = new Set<string>([
  ...HEADLINE_INDICATORS,
  "revenue.fiscal_total",
  "revenue.local_fiscal",
  "income.rural_net",
]);
/** 到2025年, 至 2020 年: a horizon that reaches over the commas after it. */
const HORIZON = /(?:到|至)\s*((?:19|20)\d{2})\s*年/g;
/** 未来五年, 今后三年, 未来3年: the sentence speaks of a horizon, not of the plan year. */
const AHEAD = /(?:未来|今后)(?:[两二三四五六七八九十]|[2-9]|1[0-9])年|今后一个时期/g;
/** 2014年，…: a sentence opening on a year. */
const OPENING_YEAR = /^\s*(?:在|截至)?\s*((?:19|20)\d{2})\s*年[，,]/;

/** The start of the text that a figure at `at` reads back to: after the last mark `end` matches, at most MAX_BACK back. */
function backTo(text: string, at: number, end: ReadonlySet<number>, max = MAX_BACK): number {
  const from = Math.max(0, at - max);
  for (let i = at - 1; i >= from; i--) if (end.has(text.charCodeAt(i))) return i + 1;
  return from;
}

function codes(chars: string): ReadonlySet<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}

/**
 * Reads a resolved fact against what its sentence says about whose figure it is and for
 * which stretch of time, and keeps it only when it is the region's own figure for the year
 * it is filed under (`period`). Otherwise the fact comes back with a `problem`:
 * - `part_year`: after 前三季度, 上半年, 1—11月 (until 全年) in the same sentence;
 * - `multi_year`: 年均, 累计, 五年 in its clause; the start A of 从/由A…到B; a year the
 *   sentence names (2014年，…; 到2025年…) other than `period`; a change over a base year
 *   other than the year before (与1996年相比，增长68.9%; 比2000年提高7个百分点);
 * - `out_of_scope`: a sub-area (“4+2”重点区域, 十大功能区, 州外) or a region within the report's
 *   (铁山港区 in a report of 北海市), a group of residents
 *   (低收入农户), a share of a whole (占全市比重), a comparison with the indicator
 *   (高于GDP增速8个百分点, 拉动GDP增长2个百分点);
 * - `unsupported_measure`: a multiple (增长1.2倍) is never a growth in %.
 *
 * It also reads two names the registry cannot tell apart by themselves: a price index
 * (居民消费价格指数104%左右) is a change of 4%, and revenue 来源于 the region (辖区) is the
 * wider total (`revenue.fiscal_total`), not 一般公共预算收入.
 *
 * @param text - normalized text
 * @param fact - the fact as read
 * @param resolved - what {@link resolveFact} made of it
 * @param period - the year the fact would be filed under, null when unknown
 * @param region - the report's region, null when unknown (its own name is no sub-area)
 * @param lexicon - registry lookups
 * @returns the resolved fact, re-read or with a problem
 * @example
 * // 前三季度，实现全州地区生产总值1586.99亿元: problem "part_year"
 */
export function rescope(
  text: string,
  fact: Fact,
  resolved: Resolved,
  period: number | null,
  region: Region | null,
  lexicon: Lexicon,
): Resolved {
  if (resolved.indicator === undefined && resolved.problem === "unknown_indicator") {
    return spanOfYears(text, fact, resolved, period) ? withProblem(resolved, "multi_year") : resolved;
  }
  if (resolved.indicator === undefined || resolved.problem !== null) return resolved;
  const at = fact.mention.start;
  const nameAt = Math.min(fact.nameStart, at);
  const clauseStart = Math.min(backTo(text, nameAt, CLAUSE_END), backTo(text, at, CLAUSE_END));
  const clause = text.slice(clauseStart, at);
  // 财政收入年均增长9.5%，总量达74.04亿元: 年均 is the first figure's; only the figure's own clause counts.
  const own = text.slice(backTo(text, at, CLAUSE_END), at);
  const sentence = text.slice(backTo(text, at, SENTENCE_END), at);
  if (fact.mention.unit === "倍") return withProblem(resolved, "unsupported_measure");
  if (partYear(sentence)) return withProblem(resolved, "part_year");
  if (period !== null && (fact.change !== null || resolved.measure === "change_pp") && otherBase(clause, period)) {
    return withProblem(resolved, "multi_year");
  }
  if (startOfFromTo(text, own, fact.mention.end)) return withProblem(resolved, "multi_year");
  if (period !== null && otherYear(sentence, clause, period)) return withProblem(resolved, "multi_year");
  if (period !== null && ahead(sentence, period)) return withProblem(resolved, "multi_year");
  // 6县（市）固定资产投资占全市比重达73.7% in a city's report: a part's share of the region
  if (
    resolved.measure === "share" &&
    region !== null &&
    TOTALS.has(resolved.indicator.id) &&
    shareOfSelf(clause, region)
  ) {
    return withProblem(resolved, "out_of_scope");
  }
  // 企业研发投入占全社会研发投入比重94%: a part's share of the indicator's own total
  if (resolved.measure === "share" && shareOfItself(clause, resolved.indicator, lexicon)) {
    return withProblem(resolved, "out_of_scope");
  }
  // 实际利用外资累计达到31亿美元, “专精特新”中小企业累计达160户: a flow summed over the years
  if (!fact.total && resolved.indicator.stock === "flow" && own.includes("累计")) {
    return withProblem(resolved, "multi_year");
  }
  // The words before the name as the registry knows it (十大功能区实现GDP → 十大功能区实现).
  const named = clause.lastIndexOf(resolved.nameAsWritten);
  const before = named >= 0 ? clause.slice(0, named) : clause;
  // The words right before the name (低收入农户人均…, 重点区域完成年度固定资产投资), not a clause's
  // opening (在困难中实现地区生产总值…).
  const modifier = before.slice(-NEAR_NAME);
  // A long-tail name may hold a multi-year or group word itself: the rest is read for the headline
  // ones. A zone or a region within the report's written onto the name is a part's, whatever the
  // indicator (园区规上工业产值, 产业园新增签约项目, 铁山港区实际利用外资).
  if (!HEADLINE.has(resolved.indicator.id)) {
    return zoneOnName(modifier, region) ? withProblem(resolved, "out_of_scope") : resolved;
  }
  // 新增…1万亩、累计28万亩: 累计 after a flow names the stock (fact.total), a year's figure.
  if (!fact.total && SEVERAL_YEARS.test(own)) return withProblem(resolved, "multi_year");
  // In a five-year review a level reached is the review year's (从A增加到B), but a flow added
  // (新增城镇就业26.4万人) sums the five years.
  if (period !== null && added(resolved) && fiveYearParagraph(text, at, sentence, period))
    return withProblem(resolved, "multi_year");
  if (fiveYearChange(text, at, resolved)) return withProblem(resolved, "multi_year");
  if (namedPart(modifier, region)) return withProblem(resolved, "out_of_scope");
  // 地方规上工业增加值, 地方固定资产投资 (oil and mining cities): without the central enterprises
  if (modifier.endsWith("地方") && WITHOUT_CENTRAL.has(resolved.indicator.id)) {
    return withProblem(resolved, "out_of_scope");
  }
  // 合作区地区生产总值增长15%以上、规上工业增加值增长20%以上: the run's subject is every figure's
  if (RUN_BEFORE.test(before) && subArea(clause.slice(0, NEAR_NAME), region)) {
    return withProblem(resolved, "out_of_scope");
  }
  // 铁山港区完成固定资产投资111.8亿元 in a report of 北海市: a district's figure, not the city's
  if (region !== null && partSubject(sentence, clause, region)) {
    return withProblem(resolved, "out_of_scope");
  }
  if (branchSubject(sentence, clause, resolved.indicator.id)) return withProblem(resolved, "out_of_scope");
  if (region !== null && beatsWhole(text, fact.end, region)) return withProblem(resolved, "out_of_scope");
  if (resolved.measure !== "share" && SHARE_OF_WHOLE.test(clause)) return withProblem(resolved, "out_of_scope");
  if (compared(clause, resolved.nameAsWritten)) return withProblem(resolved, "out_of_scope");
  // 财政收入277.92亿元，其中公共财政预算收入…达112.11亿元，增长16.4%: the figure after 其中 is the part's.
  if (named >= 0 && clause.indexOf("其中", named) >= 0) return withProblem(resolved, "out_of_scope");
  return reread(text, clause, resolved, lexicon, fact);
}

/**
 * 三甲医院由3家增至10家: the start of a span (3家), and a change over a base year other than the
 * year before (从2015年的130.67亿元增加到170.15亿元、增长30.21%). Read for figures the registry
 * lacks too: they keep their names, and must not keep a year they do not state.
 */
function spanOfYears(text: string, fact: Fact, resolved: Resolved, period: number | null): boolean {
  const at = fact.mention.start;
  const own = text.slice(backTo(text, at, CLAUSE_END), at);
  if (startOfFromTo(text, own, fact.mention.end)) return true;
  if (period === null || (fact.change === null && resolved.measure !== "change_pp")) return false;
  const nameAt = Math.min(fact.nameStart, at);
  const clauseStart = Math.min(backTo(text, nameAt, CLAUSE_END), backTo(text, at, CLAUSE_END));
  return otherBase(text.slice(clauseStart, at), period);
}

/** A part-year mark in the sentence before the figure, with no 全年 after it. */
function partYear(sentence: string): boolean {
  let last = -1;
  PART_YEAR.lastIndex = 0;
  for (let hit = PART_YEAR.exec(sentence); hit !== null; hit = PART_YEAR.exec(sentence)) last = hit.index;
  return last >= 0 && sentence.indexOf(WHOLE_YEAR, last) < 0;
}

/**
 * 与1996年相比，增长68.9%; 比2015年增长: a year of comparison before the figure; and the start of a
 * span (由2017年的3150.2亿元增加至4715.7亿元，增长13.3%: the growth is the span's).
 */
const BASE_YEAR = /(?:比|较|与|同|从|由)\s*((?:19|20)\d{2})\s*年/g;

/** A change over a base year other than the year before `period`: several years' change, not one year's. */
function otherBase(clause: string, period: number): boolean {
  if (!clause.includes("年")) return false;
  const year = lastYear(unbracketed(clause), BASE_YEAR, false);
  return year !== undefined && Number(year) !== period - 1;
}

/** Totals of the whole region: their share of the region (占全市比重) is a part's. */
const TOTALS: ReadonlySet<string> = new Set([
  "gdp",
  "investment.fixed_assets",
  "retail_sales",
  "budget_revenue",
  "tax_revenue",
  "trade.total",
  "trade.exports",
  "fdi.actual",
  "output.industry.above_scale",
  "value_added.industry.above_scale",
]);

/**
 * 占全市比重 in a report of a 市, with no other whole named before 比重 (占全市生产总值的比重 names
 * one): the share of a part of the region in its total.
 */
function shareOfSelf(clause: string, region: Region): boolean {
  const suffix = region.name.at(-1);
  if (suffix === undefined) return false;
  const at = clause.lastIndexOf(`占全${suffix}`);
  return at >= 0 && /^的?(?:比重|比例)/.test(clause.slice(at + 3));
}

/** 占全社会研发投入比重, 占全部税收的比重: the whole a share is of, without the words that make it whole. */
const SHARE_WHOLE = /占(?:全社会|全部|全市|全区|全县|全省|全州|全国|总)?(.{2,12}?)的?(?:比重|比例)/g;

/**
 * 企业研发投入占全社会研发投入比重94%: the whole the share is of is the indicator itself, so the
 * figure is a part's share of it (the enterprises'), not the region's share of anything.
 */
function shareOfItself(clause: string, indicator: Indicator, lexicon: Lexicon): boolean {
  if (!clause.includes("占")) return false;
  let whole: string | undefined;
  SHARE_WHOLE.lastIndex = 0;
  for (let hit = SHARE_WHOLE.exec(clause); hit !== null; hit = SHARE_WHOLE.exec(clause)) whole = hit[1];
  return whole !== undefined && lexicon.indicator(whole)?.id === indicator.id;
}

/** 从3.24万元提高到3.63万元: the figure sits after 从/由 and before its 到/至. */
function startOfFromTo(text: string, clause: string, end: number): boolean {
  const from = Math.max(clause.lastIndexOf("从"), clause.lastIndexOf("由"));
  if (from < 0 || /到|至/.test(clause.slice(from))) return false;
  const after = text.slice(end, end + 40);
  const stop = after.search(CLAUSE_MARK);
  return /到|至/.test(stop < 0 ? after : after.slice(0, stop));
}

/**
 * The year the figure is stated for, when the text names one, is not `period`: the last year of
 * its own clause (unless a base of comparison: 是2008年的1.83倍), else the last 到2025年 of the
 * sentence, else the year the sentence opens on (2014年，…). A year elsewhere in a long sentence
 * (完成2023年度…评价工作，力争…增长5%) dates another clause.
 */
function otherYear(sentence: string, clause: string, period: number): boolean {
  if (!sentence.includes("年")) return false;
  const year =
    lastYear(unbracketed(clause), YEAR, true) ??
    lastYear(unbracketed(sentence), HORIZON, false) ??
    OPENING_YEAR.exec(unbracketed(sentence))?.[1];
  return year !== undefined && Number(year) !== period;
}

/** 未来五年，全市新增城镇就业60万人: a horizon word before the figure, with no 今年 or `period` after it. */
function ahead(sentence: string, period: number): boolean {
  let last = -1;
  AHEAD.lastIndex = 0;
  for (let hit = AHEAD.exec(sentence); hit !== null; hit = AHEAD.exec(sentence)) last = hit.index;
  if (last < 0) return false;
  const after = sentence.slice(last);
  return !after.includes("今年") && !after.includes(`${period}年`);
}

function unbracketed(written: string): string {
  return written.includes("（") || written.includes("(")
    ? written.replace(BRACKETED, (note) => " ".repeat(note.length))
    : written;
}

function lastYear(written: string, pattern: RegExp, skipCompared: boolean): string | undefined {
  let year: string | undefined;
  pattern.lastIndex = 0;
  for (let hit = pattern.exec(written); hit !== null; hit = pattern.exec(written)) {
    if (skipCompared && COMPARED.test(written.slice(Math.max(0, hit.index - 4), hit.index))) continue;
    year = hit[1];
  }
  return year;
}

/** 全市, 我县, 全区: the sentence turns back to the whole region. */
const WHOLE_REGION = /全[市区县州省旗盟]|我[市区县州省旗盟]|全域/;

/** 过去的一年, 一年来, 2015年: a sentence's opening clause that says when, not who. */
const TIME_OPENING = /^\s*(?:过去的?一年|一年来|(?:19|20)\d{2}\s*年)$/;

/**
 * The clause a sentence opens on, before the figure's clause (after a clause of when: 过去的一年，…),
 * where its subject is named; undefined when the figure's clause opens the sentence or the sentence
 * turns back to the whole region (全市, 我县).
 */
function subjectOpening(sentence: string, clause: string): string | undefined {
  const earlier = sentence.slice(0, Math.max(0, sentence.length - clause.length));
  if (earlier === "" || WHOLE_REGION.test(sentence)) return undefined;
  const clauses = earlier.split(CLAUSE_MARK);
  return (TIME_OPENING.test(clauses[0]!) && clauses.length > 2 ? clauses[1]! : clauses[0]!).trim();
}

/**
 * 过去的一年，枞阳县经济社会发展取得长足进步，生产总值达到195亿元: a part of the region is the
 * subject the sentence opens on (after a clause of when), and the sentence does not turn back to
 * the whole. A part named in a later clause (叶集区实现加快发展，…城镇化率达到48.4%) is one item of many.
 */
function partSubject(sentence: string, clause: string, region: Region): boolean {
  const opening = subjectOpening(sentence, clause);
  if (opening === undefined) return false;
  const part = partNamedIn(opening.slice(0, NEAR_NAME), region);
  return part !== undefined && opening.startsWith(part.name);
}

/** 、高于全市0.9个百分点 right after a figure: what it compares with the whole, named by its unit word. */
const AGAINST_WHOLE = /^[、，,]?\s*(?:高于|低于|快于|慢于|高出|超出|超过|比)全([市区县州省旗盟])/u;

/**
 * 6县（市）…规模以上工业增加值增长5.8%、高于全市0.9个百分点 in a report of a 市: a figure set
 * against the whole region is a part's (the region is never above itself). Against a larger
 * whole (高于全省 in a city's report) it is the region's own.
 */
function beatsWhole(text: string, end: number, region: Region): boolean {
  const hit = AGAINST_WHOLE.exec(text.slice(end, end + 12));
  return hit !== null && region.name.endsWith(hit[1]!);
}

/** A sub-area word in the clause that is not part of the region's own name (浦东新区's 新区). */
function subArea(words: string, region: Region | null): boolean {
  const hit = SUB_AREA.exec(words);
  if (hit === null || region === null) return hit !== null;
  if (region.name.includes(hit[0])) return false;
  // 县域范围地区生产总值 in a city's report counts its counties; in a county's, the county itself
  if (hit[0] === "县域") return region.level !== "county";
  // 光明新区 in a report of 光明区 (the area before it became a district) is the region itself.
  const short = region.shortName;
  return !(short.length >= 2 && words.slice(Math.max(0, hit.index - short.length - 1), hit.index).includes(short));
}

/**
 * 双江街道地区生产总值, 龙角镇实现地区生产总值: a town or a street of a county, written onto the name
 * (towns are below the registry's regions). Not 城镇, 村镇 or 城乡, nor 乡镇 (a sub-area word of its own).
 */
const TOWN_ON_NAME = /(?<![城村乡])[\u4e00-\u9fff]{1,3}(?:镇|(?<!城)乡|街道)(?:实现|完成|全年)?$/u;

/** Branches of the economy written before 业 (服务业, 金融业, 工业), and the verbs of what a branch pays or completes. */
const BRANCHES = "服务|金融|制造|建筑|旅游|文旅|房地产|物流|商贸|批发零售|住宿餐饮|交通运输|信息服务|软件|工";
const BRANCH_VERBS = "共?完成|实现|贡献|入库|上缴|缴纳";

/**
 * 服务业完成税收150.41亿元, 金融业完成地方税收6.9亿元, 首位工业产业税收超5亿元: a branch of the
 * economy written onto a whole-region name (with 完成/实现 between) is the branch's figure. Not
 * 就业, 企业, 创业 or 农业农村 (words that are not branches), and not a name that holds its branch
 * itself (服务业增加值 is a name of its own, so nothing is written onto it).
 */
const BRANCH_ON_NAME = new RegExp(`(?:(?:${BRANCHES}|农|林|牧|渔)业|产业)(?:${BRANCH_VERBS})?(?:地方|全口径)?$`, "u");

/** A branch of the economy a sentence opens on (服务业繁荣发展，…). */
const BRANCH_OPENING = new RegExp(`^(?:(?:${BRANCHES})业|[\\u4e00-\\u9fff]{1,6}产业)(?!园|带|区|基地|集群|链)`, "u");
/** A clause with no subject of its own: it opens on its verb. */
const VERB_OPENING = new RegExp(`^\\s*(?:全年)?(?:${BRANCH_VERBS})`, "u");

/** The government's revenue, of which a branch of the economy pays a part. */
const REVENUE: ReadonlySet<string> = new Set([
  "tax_revenue",
  "budget_revenue",
  "revenue.fiscal_total",
  "revenue.local_fiscal",
]);

/**
 * 服务业繁荣发展，完成税收150.41亿元; 建筑业完成产值293.65亿元、增长16.8%，实现税收25.7亿元: the
 * sentence opens on a branch of the economy and the revenue's clause has no subject of its own,
 * so the branch is its subject. Only revenue: what a branch completes of its own (旅游业…实现旅游收入,
 * 工业…实现工业增加值, 商贸…实现社会消费品零售总额) is the region's figure. Not when the sentence
 * turns back to the whole (全市实现税收…).
 */
function branchSubject(sentence: string, clause: string, indicator: string): boolean {
  if (!REVENUE.has(indicator) || !VERB_OPENING.test(clause.replace(/^[，,；;]/, ""))) return false;
  const opening = subjectOpening(sentence, clause);
  return opening !== undefined && BRANCH_OPENING.test(opening);
}

/** The words of `modifier` after its last figure or clause mark: those written onto the name. */
function attached(modifier: string): string {
  return modifier.replace(/^.*[\d、，,；;：:]/u, "");
}

/** A zone (园区, 开发区, 新区 …) written onto the name, with no figure or clause mark between. */
const ZONE_ON_NAME =
  /(?:园区|开发区|高新区|新区|合作区|试验区|保税区|自贸区|产业园|工业园|产业带|经开区|功能区|片区|示范区|集聚区|集中区|湾区)(?:完成|实现|新增)?$/;

/**
 * The words right before a long-tail name, after the last figure or mark in them, name a zone,
 * a part of the country or a region within the report's: 园区工业投资, 产业园新增签约项目. Not
 * 绿色园区10个、绿色工厂115个 (an item of a run) nor 项目开工率 (the region's projects).
 */
function zoneOnName(modifier: string, region: Region | null): boolean {
  const tight = attached(modifier);
  if (tight === "") return false;
  const zone = ZONE_ON_NAME.exec(tight);
  if (zone !== null && (region === null || !region.name.includes(zone[0]))) return true;
  return partOfCountry(tight, region) || (region !== null && partNamedIn(tight, region) !== undefined);
}

/** A sub-area, a group, a part of the country or a region within the report's named right before the name. */
function namedPart(modifier: string, region: Region | null): boolean {
  if (subArea(modifier, region) || SUB_GROUP.test(modifier) || partOfCountry(modifier, region)) return true;
  const tight = attached(modifier);
  if (TOWN_ON_NAME.test(tight) || BRANCH_ON_NAME.test(tight)) return true;
  return region !== null && partNamedIn(modifier, region) !== undefined;
}

/**
 * 珠三角, 粤东粤西粤北, 苏南, 渝东北, 西部 right before the name: a part of the province or of the
 * country named by its place (a delta, a compass point), not the region. A province's own name
 * ending in one (河南, 湖北, 广东, 陕西 …) is not such a part, nor is the report's region.
 */
const PLACE_PART = /(?:三角洲?|[东南西北两]翼|(?<![河湖山江广陕云海])[东南西北]部?)$/;

function partOfCountry(modifier: string, region: Region | null): boolean {
  const hit = PLACE_PART.exec(modifier);
  if (hit === null) return false;
  if (region === null) return true;
  const short = region.shortName;
  return !modifier.slice(Math.max(0, hit.index - short.length), hit.index + hit[0].length).includes(short);
}

/**
 * 全体居民人均可支配收入达26421元、五年增长52.4%。…新增城镇就业26.4万人: a paragraph that has
 * spoken of five years before the figure's sentence reviews them, unless the sentence names `period`.
 */
function fiveYearParagraph(text: string, at: number, sentence: string, period: number): boolean {
  if (sentence.includes(`${period}年`)) return false;
  const from = backTo(text, at - sentence.length, LINE_END, MAX_PARAGRAPH);
  return FIVE_YEARS.test(text.slice(from, at - sentence.length));
}

/** A level of something added over the year (新增城镇就业), not a level reached. */
function added(resolved: Resolved): boolean {
  return resolved.measure === "level" && resolved.nameAsWritten.includes("新增");
}

/** 这是…的五年, 回眸“十三五”, 五年来, 过去五年: a paragraph turns to review the five years. */
const REVIEWS_FIVE = /这是[^。！？\n]{0,40}的五年|回眸[“"]?十[一二三四五]五|五年来|过去的?五年/g;
/** 2021年, 全年, 去年, 一年来, 过去一年, 刚刚过去的: the paragraph turns to one year. */
const ONE_YEAR = /(?:19|20)\d{2}\s*年|全年|去年|一年来|过去一年|刚刚过去的/;

/**
 * 回眸“十三五”，这是…的五年。…城乡居民收入分别增长44.6%、51.4%: a change (growth, 个百分点) after
 * the paragraph turns to the five years, with no year named since, is the five years' change.
 */
function fiveYearChange(text: string, at: number, resolved: Resolved): boolean {
  if (resolved.measure !== "growth" && resolved.measure !== "change_pp") return false;
  const from = backTo(text, at, LINE_END, MAX_PARAGRAPH);
  const before = text.slice(from, at);
  let last = -1;
  REVIEWS_FIVE.lastIndex = 0;
  for (let hit = REVIEWS_FIVE.exec(before); hit !== null; hit = REVIEWS_FIVE.exec(before)) last = hit.index;
  return last >= 0 && !ONE_YEAR.test(before.slice(last));
}

/** 高于GDP增速8个百分点: a comparison word with the indicator's name after it. */
function compared(clause: string, name: string): boolean {
  COMPARISON.lastIndex = 0;
  let last = -1;
  for (let hit = COMPARISON.exec(clause); hit !== null; hit = COMPARISON.exec(clause)) last = hit.index;
  return last >= 0 && name !== "" && clause.indexOf(name, last) > last;
}

/** 居民消费价格指数104%: a change of 4%; 来源于…的一般公共预算收入: the wider total. */
function reread(text: string, clause: string, resolved: Resolved, lexicon: Lexicon, fact: Fact): Resolved {
  const id = resolved.indicator?.id;
  if (id === "cpi" && resolved.measure === "growth" && resolved.value >= 90 && resolved.value <= 120) {
    if (text.slice(fact.nameStart, fact.mention.start).includes("指数")) {
      const { indicator, nameAsWritten, measure, unit, qualifier, problem } = resolved;
      const change = Math.round((resolved.value - 100) * 1000) / 1000;
      return resolvedAs(indicator, nameAsWritten, measure, change, unit, qualifier, problem);
    }
  }
  const areaWide = () =>
    AREA_WIDE.test(text.slice(Math.max(0, fact.nameStart - 4), fact.nameStart + 2)) ||
    (!resolved.nameAsWritten.includes("地方") && LOCAL_PART_AFTER.test(text.slice(fact.end, fact.end + 40)));
  if (id !== undefined && REVENUE_NARROWER.has(id) && (RAISED_IN.test(clause) || areaWide())) {
    const wider = lexicon.indicator("财政总收入");
    if (wider !== undefined) {
      const { nameAsWritten, measure, value, unit, qualifier, problem } = resolved;
      return resolvedAs(wider, nameAsWritten, measure, value, unit, qualifier, problem);
    }
  }
  return resolved;
}

/** The resolved fact with a problem (built by `resolved`: one object shape, no spread copy). */
function withProblem(r: Resolved, problem: UnmappedReason): Resolved {
  return resolvedAs(r.indicator, r.nameAsWritten, r.measure, r.value, r.unit, r.qualifier, problem);
}
