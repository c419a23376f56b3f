/** A name in a list distributed with 分别 or 均, with where its text begins. */
export interface ListName {
  /** The full name the item stands for (城镇 → 城镇常住居民人均可支配收入 once heads are shared). */
  text: string;
  /** The item as written. */
  written: string;
}

const ORDINAL = { 一: "第一", 二: "第二", 三: "第三" } as const;
const SECTORS = /^第?([一二三])、?第?([一二三])(?:、?第?([一二三]))?(?:次)?产业?(.*)$/;
const ALL_SECTORS = /^三次产业(.*)$/;
/** Two names packed in one word: 存贷款余额 is 存款余额 and 贷款余额. */
const PAIRS: ReadonlyArray<readonly [string, readonly [string, string]]> = [
  ["存贷款", ["存款", "贷款"]],
  ["进出口", ["进口", "出口"]],
  ["城乡居民", ["城镇居民", "农村居民"]],
  ["城乡常住居民", ["城镇常住居民", "农村常住居民"]],
  ["营收和利润", ["营业收入", "利润"]],
  // after the 城乡居民 forms: 城乡养老服务覆盖率, 城乡低保标准
  ["城乡", ["城镇", "农村"]],
  ["存出栏", ["存栏", "出栏"]],
];
const TRADE = /^“?批零住餐”?(.*)$/;

/**
 * 和, 与, 及 between two names; not inside a word (普及率, 涉及, 及时, 参与, 和谐, 总和) nor the 及 of
 * 县级及以上, 及其, 以及.
 */
const AND = /(?<![总饱缓温平调])和(?!谐)|(?<![参给赋])与|(?<![普涉波以危顾企])及(?![时格早其]|以[上下])/;

/**
 * Splits the names before 分别/均 into items, expanding the packed forms
 * reports use: 一二三产业增加值 / 一、二、三产业 / 三次产业 → 第一/第二/第三产业增加值;
 * 批零住餐营业额 → 批发业、零售业、住宿业、餐饮业营业额. Items are split at 、 and,
 * when that gives fewer items than values, also at 和/及/与.
 *
 * @param part - the names as written (规上工业增加值、固定资产投资)
 * @param count - how many values follow (0: unknown, as for 均)
 * @returns the items, heads not yet shared (see `shareHeads`)
 * @example
 * listNames("一二三产业增加值", 3).map((n) => n.text); // => ["第一产业增加值", "第二产业增加值", "第三产业增加值"]
 */
export function listNames(part: string, count: number): ListName[] {
  const sectors = SECTORS.exec(part);
  if (sectors) {
    const tail = sectors[4] ?? "";
    const picked = [sectors[1], sectors[2], sectors[3]].filter((d): d is keyof typeof ORDINAL => d !== undefined);
    return picked.map((d) => ({ text: `${ORDINAL[d]}产业${tail}`, written: part }));
  }
  const all = ALL_SECTORS.exec(part);
  if (all) return (["第一", "第二", "第三"] as const).map((o) => ({ text: `${o}产业${all[1] ?? ""}`, written: part }));
  const trade = TRADE.exec(part);
  if (trade && (count === 0 || count === 4)) {
    const tail = trade[1] ?? "";
    return ["批发业", "零售业", "住宿业", "餐饮业"].map((t) => ({ text: t + tail, written: part }));
  }
  const pair = PAIRS.find(([packed]) => part.includes(packed));
  if (pair && count === 2 && !part.includes("、")) {
    return pair[1].map((one) => ({ text: part.replace(pair[0], one), written: part }));
  }
  let items = part.split("、");
  if (count > items.length) items = items.flatMap((item) => item.split(AND));
  // 地区生产总值、城乡居民人均可支配收入分别完成215.4亿元、38100元、15874元: a packed item is two
  if (count > items.length) items = items.flatMap(unpack);
  // 城市居民人均可支配收入和农村居民人均纯收入分别增长9%: one value for the names 和 joins.
  if (count <= 1 && items.length === 1) items = part.split(AND);
  return items.filter((item) => item !== "").map((item) => ({ text: item, written: item }));
}

/** An item holding a packed pair (城乡居民人均可支配收入) as its two names, else the item alone. */
function unpack(item: string): string[] {
  const pair = PAIRS.find(([packed]) => item.includes(packed));
  return pair === undefined ? [item] : pair[1].map((one) => item.replace(pair[0], one));
}

/**
 * Completes items that share a head with a later item or a prefix with an earlier one (nearest first):
 * 城镇、农村常住居民人均可支配收入 → 城镇常住居民人均可支配收入; 规上工业产值和增加值 →
 * 规上工业增加值; 国控断面、饮用水水源地水质达标率 → …达标率. An item is completed
 * only when the completed name is one `known` accepts; otherwise it is kept as written,
 * padded by analogy so the unmapped name is still readable.
 *
 * @param items - list items in order
 * @param known - whether a name maps to an indicator
 * @returns the items with `text` completed
 * @example
 * shareHeads([{ text: "城镇", written: "城镇" }, { text: "农村常住居民人均可支配收入", written: "农村常住居民人均可支配收入" }], (n) => n.endsWith("收入")).map((n) => n.text);
 * // => ["城镇常住居民人均可支配收入", "农村常住居民人均可支配收入"]
 */
export function shareHeads(items: readonly ListName[], known: (name: string) => boolean): ListName[] {
  return items.map((item, i) => {
    // 常住人口和户籍人口城镇化率: heads of one length before a longer name share its tail, even
    // when the head is a name of its own (常住人口 → 常住人口城镇化率)
    const next = items[i + 1];
    const parallel =
      next !== undefined && next.text.length > item.text.length * 1.5
        ? item.text + next.text.slice(item.text.length)
        : undefined;
    if (parallel !== undefined && known(parallel) && !known(next!.text.slice(0, item.text.length))) {
      return { text: parallel, written: item.written };
    }
    if (item.text.length >= 4 && known(item.text)) return item;
    const candidates = [
      ...items.slice(i + 1).flatMap((next) => suffixShares(item.text, next.text)),
      ...items
        .slice(0, i)
        .reverse()
        .flatMap((prev) => prefixShares(item.text, prev.text)),
    ];
    const hit = candidates.find(known) ?? candidates.slice(0, MAX_TRIES).find((c) => knownTail(c, known));
    if (hit) return { text: hit, written: item.written };
    if (known(item.text)) return item;
    return next && next.text.length > item.text.length
      ? { text: candidates[0] ?? item.text, written: item.written }
      : item;
  });
}

const MAX_TRIES = 6;

/** 万州经西部陆海新通道货运值: a known name once the region in front is dropped. */
function knownTail(name: string, known: (name: string) => boolean): boolean {
  for (let k = 1; k <= Math.min(12, name.length - 2); k++) if (known(name.slice(k))) return true;
  return false;
}

/** item + full's tail, the parallel cut first: 城镇 + (农村)常住居民… */
function suffixShares(item: string, full: string): string[] {
  if (full.length <= item.length) return [];
  const cuts = orderedCuts(full.length, item.length);
  return cuts.map((p) => item + full.slice(p));
}

/** full's head + item, the parallel cut first: (规上工业)产值 → 规上工业 + 增加值. */
function prefixShares(item: string, full: string): string[] {
  if (full.length <= item.length) return [];
  const cuts = orderedCuts(full.length, Math.max(1, full.length - item.length));
  return cuts.map((p) => full.slice(0, p) + item);
}

/** 1 … length - 1, nearest `preferred` first, the smaller of two as near: generated in order, not sorted. */
function orderedCuts(length: number, preferred: number): number[] {
  const cuts: number[] = [];
  for (let d = 0; cuts.length < length - 1; d++) {
    const below = preferred - d;
    const above = preferred + d;
    if (below >= 1 && below < length) cuts.push(below);
    if (d > 0 && above >= 1 && above < length) cuts.push(above);
  }
  return cuts;
}
