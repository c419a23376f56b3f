import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canConvert, convert } from "./convert.js";
import { units } from "./units.js";

describe("convert(value, from, to)", () => {
  it("restates report figures exactly", () => {
    // 武隆: 进出口总额8477万元; 万州: 进出口总额73.1亿元.
    expect(convert(8477, "万元", "亿元")).toBe(0.8477);
    expect(convert(73.1, "亿元", "万元")).toBe(731000);
    expect(convert(273.46, "亿元", "元")).toBe(27346000000);
    expect(convert(1.5, "万人次", "人次")).toBe(15000);
    expect(convert(3, "万亩", "公顷")).toBe(2000); // 1 亩 = 1/15 公顷
    expect(convert(1, "亩", "平方米")).toBe(666.666666667);
    expect(convert(2.5, "万吨", "千克")).toBe(25000000);
    expect(convert(12, "万户", "户")).toBe(120000);
    expect(convert(5, "‰", "%")).toBe(0.5);
  });

  it("passes the same unit, zero and non-finite values through", () => {
    expect(convert(0.1 + 0.2, "万元", "万元")).toBe(0.1 + 0.2);
    expect(convert(0, "亿元", "万元")).toBe(0);
    expect(convert(Number.NaN, "亿元", "万元")).toBeNaN();
    expect(convert(Number.POSITIVE_INFINITY, "亿元", "万元")).toBe(Number.POSITIVE_INFINITY);
  });

  it("never converts dollars to yuan", () => {
    expect(() => convert(1, "万美元", "万元")).toThrow(
      expect.objectContaining({ code: "unit_mismatch", message: expect.stringContaining("currencies") }),
    );
    expect(convert(2, "亿美元", "万美元")).toBe(20000);
  });

  it("never converts percent to percentage points", () => {
    expect(() => convert(1, "%", "个百分点")).toThrow(expect.objectContaining({ code: "unit_mismatch" }));
    expect(() => convert(1, "个百分点", "%")).toThrow(expect.objectContaining({ code: "unit_mismatch" }));
  });

  it("never converts between different quantities or count words", () => {
    expect(() => convert(1, "万元", "万人")).toThrow(expect.objectContaining({ code: "unit_mismatch" }));
    expect(() => convert(1, "家", "户")).toThrow(
      expect.objectContaining({ code: "unit_mismatch", message: expect.stringContaining("count different things") }),
    );
    expect(() => convert(1, "万吨标准煤", "万千瓦时")).toThrow(expect.objectContaining({ code: "unit_mismatch" }));
  });

  it("converts 斤 (half a kilogram) to tonnes: 粮食产量1.3万亿斤 is 6,500万吨", () => {
    expect(convert(1.3, "万亿斤", "万吨")).toBe(65000);
    expect(convert(13908, "亿斤", "万吨")).toBe(69540);
  });

  it("throws unknown_unit for an unregistered unit", () => {
    expect(() => convert(1, "担", "吨")).toThrow(expect.objectContaining({ code: "unknown_unit" }));
  });

  it("round-trips within 1e-9 relative for every convertible pair", () => {
    const ids = units().map((u) => u.id);
    const pairs = ids.flatMap((a) => ids.filter((b) => canConvert(a, b)).map((b) => [a, b] as const));
    expect(pairs.length).toBeGreaterThan(units().length);
    fc.assert(
      fc.property(
        fc.constantFrom(...pairs),
        fc.double({ min: -1e15, max: 1e15, noNaN: true }).filter((x) => x === 0 || Math.abs(x) > 1e-9),
        ([from, to], value) => {
          const back = convert(convert(value, from, to), to, from);
          return Math.abs(back - value) <= 1e-9 * Math.abs(value);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("canConvert(from, to)", () => {
  it("agrees with convert and is symmetric", () => {
    const ids = units().map((u) => u.id);
    for (const a of ids) {
      for (const b of ids) {
        expect(canConvert(a, b)).toBe(canConvert(b, a));
        if (!canConvert(a, b)) expect(() => convert(1, a, b)).toThrow();
      }
    }
  });

  it("is false for unknown units rather than throwing", () => {
    expect(canConvert("担", "吨")).toBe(false);
    expect(canConvert("万元", "亿元")).toBe(true);
    expect(canConvert("个", "家")).toBe(false);
  });
});
