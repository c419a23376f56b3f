import { indicators, matchIndicator, normalizeIndicatorName, variantsOf } from "../registry/indicators.js";
import { units } from "../registry/units.js";
import type { Indicator } from "../schema/indicator.js";
import type { Quantity } from "../schema/unit.js";

/**
 * The registry as the extractor consults it: written unit → unit id, written
 * name → indicator. Built once per {@link extract} call (no module state).
 */
export interface Lexicon {
  /** The registry unit id for a unit as written (亿元, 万人次, %), or undefined. */
  unit(written: string): string | undefined;
  /** The quantity a registry unit measures. */
  quantity(unit: string): Quantity | undefined;
  /** The indicator a name as written stands for, trying the spelling variants reports use. */
  indicator(name: string): Indicator | undefined;
  /**
   * Whether a name may start with this character: the first character of some alias, or a
   * quote. Lets the tail search skip most positions without a lookup.
   */
  startsName(ch: string): boolean;
  /** Other indicators of the same family (variants). */
  variants(id: string): readonly Indicator[];
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
  const memo = new Map<string, Indicator | undefined>();
  const firsts = new Set([...'“”"‘’「《（(']);
  for (const indicator of indicators()) {
    for (const name of [indicator.zh, ...indicator.aliases]) {
      const first = normalizeIndicatorName(name)[0];
      if (first !== undefined) {
        firsts.add(first);
        firsts.add(first.toUpperCase());
      }
    }
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
  return {
    unit: (written) => ids.get(written),
    quantity: (unit) => quantities.get(unit),
    variants: (id) => variantsOf(id),
    startsName: (ch) => firsts.has(ch),
    indicator: (name) => {
      // The same tails are tried for many figures: remember each answer for this call.
      if (memo.has(name)) return memo.get(name);
      const found = matchVariants(name);
      memo.set(name, found);
      return found;
    },
    percent,
    points,
    ratio: units().find((u) => u.quantity === "ratio")?.id,
  };
}

/** Spellings of one name that reports use interchangeably: quotes, 一产业 for 第一产业, 规上 for 规模以上. */
function matchVariants(name: string): Indicator | undefined {
  const bare = name.replace(/[“”"‘’「」《》]/g, "");
  if (bare.length < 2) return undefined;
  const direct = matchIndicator(bare);
  if (direct) return direct;
  if (/^[一二三]产/.test(bare)) return matchIndicator(`第${bare}`);
  if (bare.includes("规模以上")) return matchIndicator(bare.replace("规模以上", "规上"));
  return undefined;
}
