import { duibiError } from "../errors/catalog.js";
import { checkArgs } from "../errors/checkArgs.js";
import type { Unit } from "../schema/unit.js";
import { findUnit, getUnit } from "./getUnit.js";

// Factors are powers of ten or 2000/3; 12 significant digits drop the binary noise
// (8477 × 1e4 / 1e8 = 0.8477000000000001) yet keep every digit a report writes.
const PRECISION = 12;

const baseOf = (unit: Unit) => unit.base ?? unit.quantity;

/** Why two known units do not convert, or `undefined` when they do. */
function mismatch(from: Unit, to: Unit): string | undefined {
  if (from.quantity !== to.quantity) return `${from.quantity} is not ${to.quantity}`;
  if (from.currency !== to.currency) return `${from.currency} and ${to.currency} are different currencies`;
  if (baseOf(from) !== baseOf(to)) {
    const what = from.quantity === "count" ? "count different things" : "have no fixed conversion factor";
    return `${baseOf(from)} and ${baseOf(to)} ${what}`;
  }
  return undefined;
}

/**
 * True when a value in `from` can be restated in `to`: same quantity, same currency, same
 * thing counted. Unknown units are simply not convertible.
 * @param from - unit id as written
 * @param to - unit id as written
 * @returns whether {@link convert} would succeed
 * @example
 * canConvert("万元", "亿元");     // => true
 * canConvert("万美元", "万元");   // => false
 * canConvert("%", "个百分点");    // => false
 * canConvert("家", "户");         // => false
 */
export function canConvert(from: string, to: string): boolean {
  checkArgs({ from: [from, "string"], to: [to, "string"] });
  const a = findUnit(from);
  const b = findUnit(to);
  return a !== undefined && b !== undefined && mismatch(a, b) === undefined;
}

/**
 * Restates a value in another unit of the same quantity, rounded to 12 significant digits
 * so that report figures come out exact and conversions round-trip.
 * @param value - the number in `from` units
 * @param from - unit id as written ("万元")
 * @param to - unit id wanted ("亿元")
 * @returns the value in `to` units (NaN and ±Infinity pass through)
 * @throws DuibiError `unknown_unit` when either id is not registered
 * @throws DuibiError `unit_mismatch` across quantities (% vs 个百分点), currencies (万美元 vs 万元)
 * or count words (家 vs 户)
 * @example
 * convert(8477, "万元", "亿元");  // => 0.8477
 * convert(73.1, "亿元", "万元");  // => 731000
 * convert(3, "万亩", "公顷");     // => 2000
 */
export function convert(value: number, from: string, to: string): number {
  checkArgs({ value: [value, "number"], from: [from, "string"], to: [to, "string"] });
  const a = getUnit(from);
  const b = getUnit(to);
  const reason = mismatch(a, b);
  if (reason !== undefined) throw duibiError("unit_mismatch", { from: a.id, to: b.id, reason });
  if (a.factor === b.factor || value === 0 || !Number.isFinite(value)) return value;
  const result = (value * a.factor) / b.factor;
  return Number.isFinite(result) ? Number(result.toPrecision(PRECISION)) : result;
}
