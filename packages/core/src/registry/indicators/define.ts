import type { Direction, Indicator } from "../../schema/indicator.js";
import type { Quantity } from "../../schema/unit.js";

/** The optional parts of an indicator definition. */
export interface IndicatorExtra {
  /** Definition family; defaults to the id (an indicator with no variants). */
  family?: string;
  /** How this variant differs from its family (规上, 全口径, 城区, 全区, 新建 …). */
  scope?: string;
  stock?: "flow" | "stock";
  note?: string;
  /** What this variant counts that its variants do not, shown in the verdict (see `Indicator.scopeNote`). */
  scopeNote?: string;
  /** The share this indicator is by name (see `Indicator.shareOf`). */
  shareOf?: { part: string; whole: string };
}

/**
 * Builds one registry entry in a compact, positional form so the data files
 * read as a table: id, zh, en, quantity, unit, direction, aliases.
 *
 * @param id - dotted lower-case id (`tourism.visitors`)
 * @param zh - the standard Chinese name (also matched as an alias)
 * @param en - English label
 * @param quantity - what the level counts (money, persons, percent …)
 * @param unit - canonical unit the levels are stored in (亿元, 万人次, %)
 * @param direction - "higher" if more is better, "lower" if less is, else "neutral"
 * @param aliases - other ways reports write the name
 * @param extra - family, scope, stock/flow, note
 * @returns a plain {@link Indicator}
 * @example
 * indicator("gdp", "地区生产总值", "GDP", "money", "亿元", "higher", ["GDP"]).family; // => "gdp"
 */
export function indicator(
  id: string,
  zh: string,
  en: string,
  quantity: Quantity,
  unit: string,
  direction: Direction,
  aliases: readonly string[] = [],
  extra: IndicatorExtra = {},
): Indicator {
  return {
    id,
    zh,
    en,
    aliases: [...aliases],
    quantity,
    unit,
    direction,
    family: extra.family ?? id,
    ...(extra.scope === undefined ? {} : { scope: extra.scope }),
    ...(extra.stock === undefined ? {} : { stock: extra.stock }),
    ...(extra.note === undefined ? {} : { note: extra.note }),
    ...(extra.scopeNote === undefined ? {} : { scopeNote: extra.scopeNote }),
    ...(extra.shareOf === undefined ? {} : { shareOf: { ...extra.shareOf } }),
  };
}
