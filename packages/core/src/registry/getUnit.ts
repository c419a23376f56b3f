import { duibiError } from "../errors/catalog.js";
import { checkArgs } from "../errors/checkArgs.js";
import type { Unit } from "../schema/unit.js";
import { UNIT_TABLE } from "./unitTable.js";

// The full-width sign Chinese input methods and OCR produce.
const WIDTH: Readonly<Record<string, string>> = { "％": "%" };

const unitIndex: () => ReadonlyMap<string, Unit> = (() => {
  let cached: ReadonlyMap<string, Unit> | undefined;
  return () => {
    cached ??= new Map(UNIT_TABLE.map((u) => [u.id, u]));
    return cached;
  };
})();

const normalize = (id: string) => {
  const trimmed = id.replace(/[\s\u3000]+/gu, "");
  return WIDTH[trimmed] ?? trimmed;
};

/**
 * The unit with this id, or `undefined`. Spaces are ignored and ％ reads as %.
 * @param id - the unit as written: "万元", "个百分点", "%"
 * @returns the registered unit (frozen)
 * @example
 * findUnit("万元")?.factor;  // => 10000
 * findUnit("％")?.id;         // => "%"
 * findUnit("斤");             // => undefined
 */
export function findUnit(id: string): Unit | undefined {
  checkArgs({ id: [id, "string"] });
  return unitIndex().get(normalize(id));
}

/**
 * The unit with this id, for input that must name a known unit.
 * @param id - the unit as written: "万元", "个百分点", "%"
 * @returns the registered unit (frozen)
 * @throws DuibiError `unknown_unit` naming the input, with the common units as hint
 * @example
 * getUnit("亿元").quantity; // => "money"
 * getUnit("斤");             // throws unknown_unit
 */
export function getUnit(id: string): Unit {
  checkArgs({ id: [id, "string"] });
  const unit = findUnit(id);
  if (!unit) throw duibiError("unknown_unit", { input: id });
  return unit;
}
