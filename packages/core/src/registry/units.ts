import type { Unit } from "../schema/unit.js";
import { UNIT_TABLE } from "./unitTable.js";

export { canConvert, convert } from "./convert.js";
export { daysInYear } from "./daysInYear.js";
export { findUnit, getUnit } from "./getUnit.js";

/**
 * Every registered unit, as reports write them: money in 元 … 万亿元 (CNY) and 美元 … 亿美元
 * (USD, never converted to CNY), persons, person-times, area (亩 = 2000/3 m²), mass, length,
 * energy, power, volume, %, 个百分点, 天, ratio and count words (个, 家, 户 … each its own base).
 * @returns the units grouped by quantity, base unit first (shared and frozen)
 * @example
 * units().find((u) => u.id === "万元"); // => { id: "万元", quantity: "money", factor: 10000, currency: "CNY", base: "元", en: "10k yuan" }
 */
export function units(): readonly Unit[] {
  return UNIT_TABLE;
}
