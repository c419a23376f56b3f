import { describe, expect, it } from "vitest";
import { UnitSchema } from "../schema/unit.js";
import { daysInYear, findUnit, getUnit, units } from "./units.js";

describe("units()", () => {
  it("registers schema-valid units with unique ids", () => {
    const ids = units().map((u) => u.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const unit of units()) expect(UnitSchema.safeParse(unit).success, unit.id).toBe(true);
  });

  it("has a base unit with factor 1 for every base it names", () => {
    for (const unit of units()) {
      const base = findUnit(unit.base ?? "");
      expect(base, unit.id).toMatchObject({ quantity: unit.quantity, factor: 1 });
    }
  });

  it("covers the units the seed reports write", () => {
    for (const id of [
      "元",
      "万元",
      "亿元",
      "万美元",
      "人",
      "万人",
      "人次",
      "万人次",
      "亩",
      "万亩",
      "公顷",
      "吨",
      "万吨",
    ]) {
      expect(findUnit(id), id).toBeDefined();
    }
    for (const id of ["个", "家", "户", "%", "个百分点", "天", "ratio", "公里", "万千瓦时", "万千瓦", "万立方米"]) {
      expect(findUnit(id), id).toBeDefined();
    }
  });

  it("keeps USD money in dollars and counts 名 as persons", () => {
    expect(getUnit("万美元")).toMatchObject({ quantity: "money", currency: "USD", factor: 1e4, base: "美元" });
    expect(getUnit("亿元")).toMatchObject({ quantity: "money", currency: "CNY", factor: 1e8, base: "元" });
    expect(getUnit("名")).toMatchObject({ quantity: "persons", factor: 1 });
  });
});

describe("findUnit(id) and getUnit(id)", () => {
  it("ignore spaces and read a full-width ％ as %", () => {
    expect(findUnit(" 万元 ")?.id).toBe("万元");
    expect(findUnit("％")?.id).toBe("%");
  });

  it("findUnit returns undefined and getUnit throws unknown_unit for an unknown id", () => {
    expect(findUnit("担")).toBeUndefined();
    expect(() => getUnit("担")).toThrow(expect.objectContaining({ code: "unknown_unit", hint: expect.any(String) }));
  });
});

describe("daysInYear(year)", () => {
  it("counts Gregorian leap years", () => {
    // 2023 has 365 days (万州 优良天数 336天 → 92.1%), 2024 has 366.
    expect(daysInYear(2023)).toBe(365);
    expect(daysInYear(2024)).toBe(366);
    expect(daysInYear(2000)).toBe(366);
    expect(daysInYear(1900)).toBe(365);
  });

  it("throws invalid_option for a fractional year", () => {
    expect(() => daysInYear(2023.5)).toThrow(expect.objectContaining({ code: "invalid_option" }));
  });
});
