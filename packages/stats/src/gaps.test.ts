import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { row, seedsLike, table } from "./__fixtures__/tables.js";
import { gaps, NO_REFERENCE_VALUE } from "./gaps.js";

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

  it("accepts a short name and the median / mean", () => {
    expect(gaps(seedsLike, { reference: "万州" }).reference.code).toBe("500101");
    const median = gaps(seedsLike);
    expect(median.reference).toEqual({ kind: "median" });
    expect(median.rows[0]?.referenceValue).toBe(6.2);
    expect(median.rows[0]?.cells["500156"]?.gap).toBe(-0.7);
    expect(gaps(seedsLike, { reference: "mean" }).rows[0]?.cells["500101"]?.gap).toBe(0.7);
  });

  it("skips incomparable rows with their reason, all cells null", () => {
    const skipped = gaps(seedsLike).rows[2];
    expect(skipped).toMatchObject({
      skipped: "different definitions: Registered urban unemployment rate vs Surveyed urban unemployment rate",
      notes: [{ code: "variants" }],
      referenceValue: null,
    });
    expect(skipped?.cells).toEqual({ "500101": null, "500156": null });
  });

  it("partial rows: null cells where missing; no reference value skips the row", () => {
    const t = table([row("gdp", "growth", { "500156": 5.5, "500101": null }, { verdict: "partial" })]);
    expect(gaps(t).rows[0]?.cells).toEqual({
      "500101": null,
      "500156": { gap: 0, unit: "个百分点", ratio: null, value: 5.5 },
    });
    expect(gaps(t, { reference: "万州区" }).rows[0]?.skipped).toBe(NO_REFERENCE_VALUE);
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
