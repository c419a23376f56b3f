import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { row, seedsLike, table, WANZHOU, WULONG } from "./__fixtures__/tables.js";
import { rank } from "./rank.js";

describe("rank(table, options)", () => {
  it("ranks 2023 GDP growth: 万州 6.9% first, 武隆 5.5% second (the 2024 reports)", () => {
    const result = rank(seedsLike);
    expect(result.rows[0]).toEqual({
      indicator: "gdp",
      measure: "growth",
      verdict: "comparable",
      direction: "higher",
      n: 2,
      ranks: { "500101": 1, "500156": 2 },
    });
    expect(result.method).toBe("competition");
  });

  it("skips incomparable rows with their reason (登记 vs 调查 unemployment)", () => {
    const result = rank(seedsLike);
    expect(result.rows.map((r) => r.indicator)).toEqual(["gdp", "gdp"]);
    expect(result.skipped).toEqual([
      {
        indicator: "unemployment.registered",
        measure: "rate",
        reason: { code: "incomparable", notes: [expect.objectContaining({ code: "variants" })] },
      },
    ]);
  });

  it("lower unemployment ranks first; neutral CPI ranks largest first and says neutral", () => {
    const regions = [WULONG, WANZHOU, { code: "500102", name: "涪陵区" }];
    const result = rank(
      table(
        [
          row("unemployment.surveyed", "rate", { "500156": 5.0, "500101": 5.4, "500102": 4.8 }),
          row("cpi", "growth", { "500156": 0.2, "500101": 0.5, "500102": 0.1 }),
        ],
        regions,
      ),
    );
    expect(result.rows[0]?.direction).toBe("lower");
    expect(result.rows[0]?.ranks).toEqual({ "500101": 3, "500102": 1, "500156": 2 });
    expect(result.rows[1]?.direction).toBe("neutral");
    expect(result.rows[1]?.ranks).toEqual({ "500101": 1, "500102": 3, "500156": 2 });
  });

  it("partial rows: missing excluded (null) or last", () => {
    const regions = [WULONG, WANZHOU, { code: "500102", name: "涪陵区" }];
    const t = table(
      [row("gdp", "growth", { "500156": 5.5, "500101": null, "500102": 6 }, { verdict: "partial" })],
      regions,
    );
    expect(rank(t).rows[0]).toMatchObject({ n: 2, ranks: { "500101": null, "500102": 1, "500156": 2 } });
    expect(rank(t, { missing: "last" }).rows[0]?.ranks).toEqual({ "500101": 3, "500102": 1, "500156": 2 });
  });

  it("ties by method; one region; all equal", () => {
    const regions = ["500101", "500102", "500103", "500104"].map((code) => ({ code, name: code }));
    const t = table([row("gdp", "growth", { "500101": 5.5, "500102": 6.1, "500103": 5.5, "500104": 4 })], regions);
    const ranksOf = (method: "competition" | "dense" | "average" | "ordinal") =>
      Object.values(rank(t, { method }).rows[0]?.ranks ?? {});
    expect(ranksOf("competition")).toEqual([2, 1, 2, 4]);
    expect(ranksOf("dense")).toEqual([2, 1, 2, 3]);
    expect(ranksOf("average")).toEqual([2.5, 1, 2.5, 4]);
    expect(ranksOf("ordinal")).toEqual([2, 1, 3, 4]);
    expect(rank(table([row("gdp", "growth", { "500156": 5.5 })], [WULONG])).rows[0]?.ranks).toEqual({ "500156": 1 });
    const equal = table([row("gdp", "growth", { "500101": 3, "500102": 3 })], regions.slice(0, 2));
    expect(rank(equal, { method: "average" }).rows[0]?.ranks).toEqual({ "500101": 1.5, "500102": 1.5 });
  });

  it("validates its input and options", () => {
    expect(() => rank({ regions: [] })).toThrow(/table/);
    // @ts-expect-error testing input from JavaScript
    expect(() => rank(seedsLike, { method: "min" })).toThrow(/method/);
    // @ts-expect-error testing input from JavaScript
    expect(() => rank(seedsLike, { missing: "first" })).toThrow(/missing/);
  });

  it("never modifies the table", () => {
    const copy = structuredClone(seedsLike);
    rank(seedsLike, { missing: "last" });
    expect(seedsLike).toEqual(copy);
  });

  it("is a function of the values: reordering the table's regions changes nothing", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 8 }), { nil: null }), { minLength: 1, maxLength: 12 }),
        fc.integer(),
        (values, salt) => {
          const regions = values.map((_, i) => ({ code: `5001${String(i).padStart(2, "0")}`, name: `r${i}` }));
          const cells = Object.fromEntries(regions.map((r, i) => [r.code, values[i] ?? null]));
          const shuffled = [...regions].sort(
            (a, b) => ((a.code.charCodeAt(5) * salt) % 7) - ((b.code.charCodeAt(5) * salt) % 7),
          );
          const a = rank(table([row("gdp", "growth", cells, { verdict: "partial" })], regions), { method: "average" });
          const b = rank(table([row("gdp", "growth", cells, { verdict: "partial" })], shuffled), { method: "average" });
          expect(b).toEqual(a);
        },
      ),
    );
  });
});
