import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { row, seedsLike, table } from "./__fixtures__/tables.js";
import { composite } from "./composite.js";
import { sensitivity } from "./sensitivity.js";

const regions = ["500101", "500102", "500103", "500104"].map((code) => ({ code, name: code }));
const four = table(
  [
    row("gdp", "growth", { "500101": 6, "500102": 5, "500103": 4, "500104": 5 }),
    row(
      "unemployment.surveyed",
      "rate",
      { "500101": 5, "500102": 4, "500103": 6, "500104": null },
      { verdict: "partial" },
    ),
  ],
  regions,
);

describe("composite(table, options)", () => {
  it("minmax with equal weights; lower unemployment is better; coverage counts weight", () => {
    const result = composite(four);
    expect(result.weights).toEqual([0.5, 0.5]);
    expect(result.indicators.map((i) => i.direction)).toEqual(["higher", "lower"]);
    // gdp: 6→1, 5→0.5, 4→0; unemployment (flipped): 4→1, 5→0.5, 6→0
    expect(result.scores.map((s) => [s.regionCode, s.score, s.rank, s.coverage])).toEqual([
      ["500101", 0.75, 1, 1],
      ["500102", 0.75, 1, 1],
      ["500103", 0, 4, 1],
      ["500104", 0.5, 3, 0.5],
    ]);
  });

  it("minCoverage leaves regions without enough weight unscored", () => {
    const result = composite(four, { minCoverage: 0.75 });
    expect(result.scores.find((s) => s.regionCode === "500104")).toMatchObject({
      score: null,
      rank: null,
      coverage: 0.5,
    });
  });

  it("zscore and rank normalisation; explicit indicators and weights", () => {
    // gdp 6, 5, 4, 5: mean 5, sample sd √(2/3), so z = ±√1.5
    const z = composite(four, { normalize: "zscore", indicators: ["gdp:growth"] });
    expect(z.scores.map((s) => s.score)).toEqual([1.22474487139, 0, -1.22474487139, 0]);
    const ranked = composite(four, { normalize: "rank", indicators: ["gdp"], weights: [2] });
    expect(ranked.scores.map((s) => s.score)).toEqual([1, 0.5, 0, 0.5]);
    expect(ranked.weights).toEqual([1]);
  });

  it("skips incomparable rows by default and rejects them by name", () => {
    expect(composite(seedsLike).indicators.map((i) => i.indicator)).toEqual(["gdp", "gdp"]);
    expect(() => composite(seedsLike, { indicators: ["unemployment.registered"] })).toThrow(/not a comparable row/);
  });

  it("all-equal values and one region give finite scores", () => {
    const equal = composite(table([row("gdp", "growth", { "500101": 3, "500102": 3 })], regions.slice(0, 2)));
    expect(equal.scores.map((s) => s.score)).toEqual([0.5, 0.5]);
    const one = composite(table([row("gdp", "growth", { "500101": 3 })], regions.slice(0, 1)), { normalize: "zscore" });
    expect(one.scores).toEqual([{ regionCode: "500101", regionName: "500101", score: 0, rank: 1, coverage: 1 }]);
  });

  it("rejects bad weights and options", () => {
    expect(() => composite(four, { weights: [1] })).toThrow(/1 weights for 2 rows/);
    expect(() => composite(four, { weights: [0, 0] })).toThrow(/all weights are 0/);
    expect(() => composite(four, { weights: [-1, 2] })).toThrow(/weights/);
    expect(() => composite(four, { minCoverage: 2 })).toThrow(/minCoverage/);
    // @ts-expect-error testing input from JavaScript
    expect(() => composite(four, { normalize: "max" })).toThrow(/normalize/);
  });

  it("is invariant to the order of regions", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.option(fc.integer({ min: 0, max: 9 }), { nil: null })), {
          minLength: 1,
          maxLength: 10,
        }),
        fc.constantFrom("minmax", "zscore", "rank") as fc.Arbitrary<"minmax" | "zscore" | "rank">,
        (pairs, normalize) => {
          const rs = pairs.map((_, i) => ({ code: `5001${String(i).padStart(2, "0")}`, name: `区${i}` }));
          const cells = (k: 0 | 1) => Object.fromEntries(rs.map((r, i) => [r.code, pairs[i]?.[k] ?? null]));
          const rows = [
            row("gdp", "growth", cells(0)),
            row("unemployment.surveyed", "rate", cells(1), { verdict: "partial" }),
          ];
          const forward = composite(table(rows, rs), { normalize });
          const backward = composite(table(rows, [...rs].reverse()), { normalize });
          expect(backward).toEqual(forward);
        },
      ),
    );
  });
});

describe("sensitivity(table, options)", () => {
  it("is deterministic for a seed and its probabilities sum to 1 for regions always scored", () => {
    const a = sensitivity(four, { draws: 300, seed: 42, minCoverage: 0 });
    expect(sensitivity(four, { draws: 300, seed: 42, minCoverage: 0 })).toEqual(a);
    expect(sensitivity(four, { draws: 300, seed: 43, minCoverage: 0 })).not.toEqual(a);
    for (const p of Object.values(a.probabilities)) {
      expect(p).toHaveLength(4);
      expect(p.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 9);
    }
  });

  it("a region best on every row ranks first in every draw", () => {
    const dominant = table(
      [
        row("gdp", "growth", { "500101": 9, "500102": 5, "500103": 4 }),
        row("retail_sales", "growth", { "500101": 9, "500102": 3, "500103": 4 }),
      ],
      regions.slice(0, 3),
    );
    const result = sensitivity(dominant, { draws: 200, seed: 1 });
    expect(result.probabilities["500101"]).toEqual([1, 0, 0]);
    expect(result.meanRank["500101"]).toBe(1);
  });

  it("seeded draws: any seed gives the same answer twice", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expect(sensitivity(four, { draws: 20, seed })).toEqual(sensitivity(four, { draws: 20, seed }));
      }),
      { numRuns: 30 },
    );
  });

  it("rejects bad draws, seed and concentration", () => {
    expect(() => sensitivity(four, { draws: 0 })).toThrow(/draws/);
    expect(() => sensitivity(four, { seed: 1.5 })).toThrow(/seed/);
    expect(() => sensitivity(four, { concentration: -1 })).toThrow(/concentration/);
  });
});
