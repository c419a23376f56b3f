import { describe, expect, it } from "vitest";
import { row, seedsLike, table } from "./__fixtures__/tables.js";
import { summarize } from "./summarize.js";

const regions = ["500101", "500102", "500103", "500104"].map((code) => ({ code, name: code }));

describe("summarize(table)", () => {
  it("GDP growth 武隆 5.5 and 万州 6.9: mean 6.2, sd 0.98995 (R: sd(c(5.5, 6.9)))", () => {
    const summary = summarize(seedsLike);
    const growth = summary.rows[0];
    expect(growth).toMatchObject({ n: 2, mean: 6.2, median: 6.2, min: 5.5, max: 6.9, sd: 0.989949493661 });
    // R quantile(c(5.5, 6.9), c(.1, .25, .5, .75, .9)) (type 7): 5.64 5.85 6.20 6.55 6.76
    expect(growth?.quantiles).toEqual({ p10: 5.64, p25: 5.85, p50: 6.2, p75: 6.55, p90: 6.76 });
    // ±(6.9 − 6.2) / 0.98995 = ±1/√2
    expect(growth?.zScores["500101"]).toBeCloseTo(Math.SQRT1_2, 11);
    expect(growth?.zScores["500156"]).toBeCloseTo(-Math.SQRT1_2, 11);
    expect(summary.correlation).toBeNull();
    expect(summary.skipped.map((s) => s.indicator)).toEqual(["unemployment.registered"]);
  });

  it("correlation across rows with 3+ regions (R: cor(1:4, c(2,4,5,9)) = 11/√130 = 0.964764)", () => {
    const summary = summarize(
      table(
        [
          row("gdp", "growth", { "500101": 1, "500102": 2, "500103": 3, "500104": 4 }),
          row("retail_sales", "growth", { "500101": 2, "500102": 4, "500103": 5, "500104": 9 }),
          row("cpi", "growth", { "500101": 1, "500102": 1, "500103": 1, "500104": 1 }),
        ],
        regions,
      ),
    );
    expect(summary.correlation?.labels).toEqual(["gdp:growth", "retail_sales:growth", "cpi:growth"]);
    expect(summary.correlation?.matrix[0]?.[1]).toBeCloseTo(0.964764, 6);
    expect(summary.correlation?.matrix[0]?.[0]).toBe(1);
    // a constant row has no correlation: null, not NaN
    expect(summary.correlation?.matrix[2]).toEqual([null, null, null]);
    expect(summary.rows[2]).toMatchObject({ sd: 0, zScores: { "500101": null } });
  });

  it("empty and one-value rows give nulls", () => {
    const summary = summarize(
      table(
        [
          row("gdp", "growth", { "500101": 5, "500102": null }, { verdict: "partial" }),
          row("retail_sales", "growth", { "500101": null, "500102": null }, { verdict: "partial" }),
        ],
        regions.slice(0, 2),
      ),
    );
    expect(summary.rows[0]).toMatchObject({ n: 1, mean: 5, sd: null, zScores: { "500101": null, "500102": null } });
    expect(summary.rows[1]).toMatchObject({ n: 0, mean: null, median: null, sd: null, quantiles: null });
  });
});
