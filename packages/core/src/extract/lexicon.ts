import { indicatorIndex } from "../registry/indicators/indicatorIndex.js";
import { matchIndicator, variantsOf } from "../registry/indicators.js";
import { units } from "../registry/units.js";
import type { Indicator } from "../schema/indicator.js";
import type { Quantity } from "../schema/unit.js";
import { type ListName, shareHeads } from "./listNames.js";

/**
 * The registry as the extractor consults it: written unit → unit id, written
 * name → indicator. Built once per {@link extract} call: its memos live for that call only; the
 * registry tables behind it are constant data, built on first use and shared.
 */
export interface Lexicon {
  /** The registry unit id for a unit as written (亿元, 万人次, %), or undefined. */
  unit(written: string): string | undefined;
  /**
   * The written units (keys of {@link Lexicon.unit}) that start with this UTF-16 code unit,
   * longest first: the unit scan tries only these instead of slicing every length.
   */
  unitsStartingWith(code: number): readonly string[];
  /** The quantity a registry unit measures. */
  quantity(unit: string): Quantity | undefined;
  /** The indicator a name as written stands for, trying the spelling variants reports use. */
  indicator(name: string): Indicator | undefined;
  /**
   * Whether a name may start with this UTF-16 code unit: the first character of some alias, or a
   * quote. Lets the tail search skip most positions without a lookup (a code, not a one-character
   * string: reading `name[s]` allocates a string per CJK character).
   */
  startsName(code: number): boolean;
  /**
   * The items of a 分别/均 list completed by `shareHeads`, a name counting as known when it maps
   * with or without `verb` in front. Remembered per list and verb for this call: every figure of
   * a list asks for the same completion.
   */
  completeList(list: readonly ListName[], verb: string): readonly ListName[];
  /** Other indicators of the same family (variants). */
  variants(id: string): readonly Indicator[];
  /** The indicator that is the share of `part` in `whole` by name (rnd.intensity), or undefined. */
  shareIndicator(part: string, whole: string): Indicator | undefined;
  /** Whether some indicator is a share of `part` by name (rnd.spending: rnd.intensity). */
  hasShareByName(part: string): boolean;
  /** Unit ids for percent, percentage points and ratios (2.3:1), as the registry spells them. */
  readonly percent: string;
  readonly points: string;
  readonly ratio: string | undefined;
}

/**
 * Builds the lexicon from the registry.
 * @returns a lexicon over `units()` and `matchIndicator`
 * @example
 * buildLexicon().unit("亿元"); // => "亿元"
 */
export function buildLexicon(): Lexicon {
  const { firsts, ids, quantities, byFirst, percent, points, ratio } = registryTables();
  // null: looked up and not found (one Map read per lookup instead of has + get).
  const memo = new Map<string, Indicator | null>();
  const indicator = (name: string): Indicator | undefined => {
    // The same tails are tried for many figures: remember each answer for this call.
    const known = memo.get(name);
    if (known !== undefined) return known ?? undefined;
    const found = matchVariants(name);
    memo.set(name, found ?? null);
    return found;
  };
  const completed = new WeakMap<readonly ListName[], Map<string, readonly ListName[]>>();
  return {
    unit: (written) => ids.get(written),
    unitsStartingWith: (code) => byFirst.get(code) ?? NONE,
    quantity: (unit) => quantities.get(unit),
    variants: (id) => variantsOf(id),
    shareIndicator: (part, whole) => indicatorIndex().byShare.get(`${part}|${whole}`),
    hasShareByName: (part) => indicatorIndex().shareParts.has(part),
    startsName: (code) => firsts[code] === 1,
    indicator,
    completeList: (list, verb) => {
      let byVerb = completed.get(list);
      if (byVerb === undefined) {
        byVerb = new Map();
        completed.set(list, byVerb);
      }
      let items = byVerb.get(verb);
      if (items === undefined) {
        items = shareHeads(list, (name) => indicator(verb + name) !== undefined || indicator(name) !== undefined);
        byVerb.set(verb, items);
      }
      return items;
    },
    percent,
    points,
    ratio,
  };
}

const NONE: readonly string[] = [];

/** What the lexicon reads from the registry alone: the same for every call. */
interface RegistryTables {
  /**
   * 1 at the code units a name may start with (see {@link Lexicon.startsName}), 0 elsewhere: one
   * table read per position of every tail search, where a Set would hash the number.
   */
  firsts: Uint8Array;
  /** Unit as written → unit id. */
  ids: ReadonlyMap<string, string>;
  quantities: ReadonlyMap<string, Quantity>;
  /** Keys of `ids` by first code unit, longest first. */
  byFirst: ReadonlyMap<number, readonly string[]>;
  percent: string;
  points: string;
  ratio: string | undefined;
}

// The registry is constant data: build its tables on first use, then reuse them (as
// indicatorIndex does). A one-sentence extract call no longer rebuilds them.
let cachedTables: RegistryTables | undefined;

function registryTables(): RegistryTables {
  cachedTables ??= buildTables();
  return cachedTables;
}

function buildTables(): RegistryTables {
  const firsts = new Uint8Array(0x10000);
  for (const c of '“”"‘’「《（(') firsts[c.charCodeAt(0)] = 1;
  // The index's name keys are every zh name and alias, already normalized (and none empty).
  for (const name of indicatorIndex().byName.keys()) {
    const first = name.charAt(0);
    firsts[first.charCodeAt(0)] = 1;
    // A one-unit character can only equal a one-unit upper case (ß → SS never matches one unit).
    const upper = first.toUpperCase();
    if (upper.length === 1) firsts[upper.charCodeAt(0)] = 1;
  }
  const ids = new Map<string, string>();
  const quantities = new Map<string, Quantity>();
  for (const u of units()) {
    ids.set(u.id, u.id);
    quantities.set(u.id, u.quantity);
  }
  const percent = ids.get("%") ?? units().find((u) => u.quantity === "percent")?.id ?? "%";
  const points = ids.get("个百分点") ?? units().find((u) => u.quantity === "percentage_points")?.id ?? "个百分点";
  ids.set("%", percent);
  ids.set("个百分点", points);
  ids.set("百分点", points);
  const byFirst = new Map<number, string[]>();
  for (const written of ids.keys()) {
    if (written === "") continue;
    const code = written.charCodeAt(0);
    byFirst.set(code, [...(byFirst.get(code) ?? []), written]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return { firsts, ids, quantities, byFirst, percent, points, ratio: units().find((u) => u.quantity === "ratio")?.id };
}

/** Spellings of one name that reports use interchangeably: quotes, 一产业 for 第一产业, 规上 for 规模以上. */
function matchVariants(name: string): Indicator | undefined {
  // Most names hold no quote: skip the replace's scan and copy for them.
  const bare = hasQuote(name) ? name.replace(QUOTES, "") : name;
  if (bare.length < 2) return undefined;
  const direct = matchIndicator(bare);
  if (direct) return direct;
  if (SECTOR_DIGITS.has(bare.charCodeAt(0)) && bare.charCodeAt(1) === CHAN) return matchIndicator(`第${bare}`);
  if (bare.includes("规模以上")) return matchIndicator(bare.replace("规模以上", "规上"));
  return undefined;
}

const QUOTES = /[“”"‘’「」《》]/g;
const QUOTE_CODES: ReadonlySet<number> = new Set([...'“”"‘’「」《》'].map((c) => c.charCodeAt(0)));
/** 一产, 二产, 三产: the sector names reports write without 第. */
const SECTOR_DIGITS: ReadonlySet<number> = new Set([..."一二三"].map((c) => c.charCodeAt(0)));
const CHAN = "产".charCodeAt(0);

/** Whether `name` holds a character QUOTES removes. */
function hasQuote(name: string): boolean {
  for (let i = 0; i < name.length; i++) if (QUOTE_CODES.has(name.charCodeAt(i))) return true;
  return false;
}
