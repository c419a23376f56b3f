import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { row, seedsLike, table, WANZHOU, WULONG } from "./__fixtures__/tables.js";
import { gaps } from "./gaps.js";
import { MIN_CENTRE_VALUES } from "./panel/gapsPanel.js";
import { describeSkipReason } from "./skipReasons.js";

const allFinite = (x: unknown): boolean =>
  typeof x === "number"
    ? Number.isFinite(x)
    : x === null || typeof x !== "object"
      ? true
      : Object.values(x as object).every(allFinite);

describe("gaps(table, options)", () => {
  it("GDP growth 武隆 vs 万州: 5.5 − 6.9 = −1.4 个百分点 (2024 reports)", () => {
    const result = gaps(seedsLike, { reference: "万州区" });
    expect(result.reference).toEqual({ kind: "region", code: "500101", name: "万州区" });
    const growth = result.rows[0];
    expect(growth).toMatchObject({ indicator: "gdp", measure: "growth", unit: "个百分点", referenceValue: 6.9 });
    expect(growth?.cells["500156"]).toEqual({ gap: -1.4, unit: "个百分点", ratio: null, value: 5.5 });
    expect(growth?.cells["500101"]).toEqual({ gap: 0, unit: "个百分点", ratio: null, value: 6.9 });
  });

  // 273.46 / 1179.4 = 0.2318636594878…, reported to 12 significant digits
  it("levels: difference in the canonical unit and the ratio (273.46 − 1179.4 亿元)", () => {
    const level = gaps(seedsLike, { reference: "500101" }).rows[1];
    expect(level?.cells["500156"]).toEqual({ gap: -905.94, unit: "亿元", ratio: 0.231863659488, value: 273.46 });
  });

  // 2023 GDP growth: 武隆 5.5%, 万州 6.9% (the 2024 reports), 涪陵 made up to make three
  const FULING = { code: "500102", name: "涪陵区" };
  const three = table(
    [row("gdp", "growth", { "500156": 5.5, "500101": 6.9, "500102": 6.2 })],
    [WULONG, WANZHOU, FULING],
  );

  it("accepts a short name and the median / mean of three or more values", () => {
    expect(gaps(seedsLike, { reference: "万州" }).reference.code).toBe("500101");
    const median = gaps(three);
    expect(median.reference).toEqual({ kind: "median" });
    expect(median.rows[0]?.referenceValue).toBe(6.2);
    expect(median.rows[0]?.cells["500156"]?.gap).toBe(-0.7);
    // (5.5 + 6.9 + 6.2) / 3 = 6.2
    expect(gaps(three, { reference: "mean" }).rows[0]?.cells["500101"]?.gap).toBe(0.7);
  });

  it(`a median or mean of fewer than ${MIN_CENTRE_VALUES} values is skipped, saying how many there were`, () => {
    for (const reference of ["median", "mean"]) {
      const [growth] = gaps(seedsLike, { reference }).rows;
      expect(growth).toMatchObject({ skipped: { code: "too_few_values", count: 2, minimum: 3 }, referenceValue: null });
      expect(growth?.cells).toEqual({ "500101": null, "500156": null });
    }
    const one = table(
      [row("gdp", "growth", { "500156": 5.5, "500101": 6.9, "500102": null })],
      [WULONG, WANZHOU, FULING],
    );
    expect(gaps(one).rows[0]?.skipped).toEqual({ code: "too_few_values", count: 2, minimum: 3 });
  });

  it("a gap to a region needs that region and one other", () => {
    expect(gaps(seedsLike, { reference: "万州区" }).rows[0]?.skipped).toBeUndefined();
    const alone = table([row("gdp", "growth", { "500156": null, "500101": 6.9 }, { verdict: "partial" })]);
    expect(gaps(alone, { reference: "万州区" }).rows[0]?.skipped).toEqual({
      code: "too_few_values",
      count: 1,
      minimum: 2,
    });
  });

  it("skips incomparable rows with their reason, all cells null", () => {
    const skipped = gaps(seedsLike, { reference: "万州区" }).rows[2];
    expect(skipped).toMatchObject({
      skipped: { code: "incomparable", notes: [{ code: "variants" }] },
      notes: [{ code: "variants" }],
      referenceValue: null,
    });
    expect(skipped?.cells).toEqual({ "500101": null, "500156": null });
  });

  it("partial rows: null cells where missing; no reference value skips the row, naming the reference", () => {
    const t = table(
      [row("gdp", "growth", { "500156": 5.5, "500101": null, "500102": 6.2 }, { verdict: "partial" })],
      [WULONG, WANZHOU, FULING],
    );
    expect(gaps(t, { reference: "涪陵区" }).rows[0]?.cells).toEqual({
      "500101": null,
      "500102": { gap: 0, unit: "个百分点", ratio: null, value: 6.2 },
      "500156": { gap: -0.7, unit: "个百分点", ratio: null, value: 5.5 },
    });
    const skipped = gaps(t, { reference: "万州区" }).rows[0]?.skipped;
    expect(skipped).toEqual({ code: "no_reference_value", reference: "万州区" });
    expect(describeSkipReason(skipped!, "zh")).toBe("万州区在此行没有数值");
  });

  it("zero and negative bases give a null ratio, never Infinity or NaN", () => {
    const t = table([row("fdi.actual", "level", { "500156": 3, "500101": 0 }, { unit: "亿元" })]);
    expect(gaps(t, { reference: "万州区" }).rows[0]?.cells["500156"]).toEqual({
      gap: 3,
      unit: "亿元",
      ratio: null,
      value: 3,
    });
    const negative = table([row("budget_revenue", "level", { "500156": 3, "500101": -2 }, { unit: "亿元" })]);
    expect(gaps(negative, { reference: "万州区" }).rows[0]?.cells["500156"]?.ratio).toBeNull();
  });

  it("rejects a reference outside the table", () => {
    expect(() => gaps(seedsLike, { reference: "涪陵区" })).toThrow(/not one of the table's regions/);
  });

  it("gaps against yourself are zero, and nothing is ever NaN or Infinity", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.constantFrom("level", "growth") as fc.Arbitrary<"level" | "growth">,
        (values, measure) => {
          const regions = values.map((_, i) => ({ code: `5001${String(i).padStart(2, "0")}`, name: `区${i}` }));
          const cells = Object.fromEntries(regions.map((r, i) => [r.code, values[i] ?? null]));
          const t = table(
            [row("gdp", measure, cells, { verdict: "partial", unit: measure === "level" ? "亿元" : "%" })],
            regions,
          );
          for (const reference of ["median", "mean", ...regions.map((r) => r.code)]) {
            const result = gaps(t, { reference });
            expect(allFinite(result)).toBe(true);
            if (reference === "median" || reference === "mean") continue;
            const own = result.rows[0]?.cells[reference];
            if (own) expect(own.gap).toBe(0);
          }
        },
      ),
    );
  });

  it("never modifies the table", () => {
    const copy = structuredClone(seedsLike);
    gaps(seedsLike, { reference: "万州区" });
    expect(seedsLike).toEqual(copy);
  });
});
