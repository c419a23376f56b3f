import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { editDistance } from "./editDistance.js";

describe("editDistance(a, b)", () => {
  it("counts the classic Levenshtein examples", () => {
    // kitten → sitting: 3 edits (Levenshtein 1965; the standard textbook pair)
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("gdp", "gdp")).toBe(0);
  });

  it("counts a swap of adjacent characters as one edit", () => {
    expect(editDistance("gpd", "gdp")).toBe(1);
    expect(editDistance("ab", "ba")).toBe(1);
  });

  it("is symmetric and bounded by the longer length (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b);
        expect(d).toBe(editDistance(b, a));
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(d === 0).toBe(a === b);
      }),
    );
  });
});
