import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gapsPanel, MIN_CENTRE_VALUES } from "./gapsPanel.js";
import { panelFromColumns } from "./panelFromColumns.js";
import { rankPanel } from "./rankPanel.js";

const one = (values: number[], regions = values.map((_, i) => `5001${String(i).padStart(2, "0")}`)) =>
  panelFromColumns({
    region: regions,
    indicator: values.map(() => "gdp"),
    period: values.map(() => 2023),
    kind: values.map(() => "actual"),
    value: values,
  });

describe("panelFromColumns", () => {
  it("sorts regions by code and groups by indicator, period, kind", () => {
    const panel = panelFromColumns({
      region: ["500156", "500101", "500156", "500101"],
      indicator: ["retail_sales", "gdp", "gdp", "gdp"],
      period: [2023, 2023, 2023, 2024],
      kind: ["actual", "actual", "actual", "target"],
      value: [1, 6.9, 5.5, 7],
    });
    expect(panel.regions).toEqual(["500101", "500156"]);
    expect(panel.groups).toEqual([
      { indicator: "gdp", period: 2023, kind: "actual" },
      { indicator: "gdp", period: 2024, kind: "target" },
      { indicator: "retail_sales", period: 2023, kind: "actual" },
    ]);
    expect([...panel.values]).toEqual([6.9, 5.5, 7, Number.NaN, Number.NaN, 1]);
    expect(panel.duplicates).toBe(0);
  });

  it("counts duplicates, the last one wins", () => {
    const panel = one([1, 2], ["500101", "500101"]);
    expect([...panel.values]).toEqual([2]);
    expect(panel.duplicates).toBe(1);
  });

  it("rejects columns of different lengths and unknown kinds", () => {
    expect(() =>
      panelFromColumns({ region: ["500101"], indicator: [], period: [2023], kind: ["actual"], value: [1] }),
    ).toThrow(/indicator/);
    expect(() =>
      panelFromColumns({ region: ["500101"], indicator: ["gdp"], period: [2023], kind: ["plan"], value: [1] }),
    ).toThrow(/plan/);
  });

  it("accepts no rows", () => {
    const panel = panelFromColumns({ region: [], indicator: [], period: [], kind: [], value: [] });
    expect(panel.groups).toEqual([]);
    expect(panel.values.length).toBe(0);
  });
});

describe("rankPanel(panel, options)", () => {
  const values = [5.5, 6.1, 5.5, 4.0, Number.NaN];
  it.each([
    ["competition", [2, 1, 2, 4, Number.NaN]],
    ["dense", [2, 1, 2, 3, Number.NaN]],
    ["average", [2.5, 1, 2.5, 4, Number.NaN]],
    ["ordinal", [2, 1, 3, 4, Number.NaN]],
  ] as const)("method %s", (method, expected) => {
    const { ranks, n } = rankPanel(one(values), { method });
    expect([...ranks]).toEqual(expected);
    expect(n[0]).toBe(4);
  });

  it.each([
    ["competition", 5],
    ["dense", 4],
    ["average", 5],
    ["ordinal", 5],
  ] as const)("missing last with %s puts missing after the last ranked", (method, last) => {
    const { ranks } = rankPanel(one(values), { method, missing: "last" });
    expect(ranks[4]).toBe(last);
  });

  it("lower is better ranks the smallest first", () => {
    expect([...rankPanel(one([5.4, 2.71, 3]), { direction: "lower" }).ranks]).toEqual([3, 1, 2]);
  });

  it("all equal values share rank 1; one region is rank 1; no values stay unranked", () => {
    expect([...rankPanel(one([3, 3, 3])).ranks]).toEqual([1, 1, 1]);
    expect([...rankPanel(one([3, 3, 3]), { method: "average" }).ranks]).toEqual([2, 2, 2]);
    expect([...rankPanel(one([7])).ranks]).toEqual([1]);
    expect([...rankPanel(one([Number.NaN, Number.NaN]), { missing: "last" }).ranks]).toEqual([Number.NaN, Number.NaN]);
  });

  it("rejects an unknown method", () => {
    // @ts-expect-error testing input from JavaScript
    expect(() => rankPanel(one([1]), { method: "min" })).toThrow(/method/);
  });

  const arbValues = fc.array(
    fc.oneof(
      fc.integer({ min: -20, max: 20 }).map((x) => x / 2),
      fc.constant(Number.NaN),
    ),
    {
      minLength: 1,
      maxLength: 40,
    },
  );

  it("ranks agree with counting better values (competition) and are a permutation (ordinal)", () => {
    fc.assert(
      fc.property(arbValues, (vs) => {
        const competition = [...rankPanel(one(vs)).ranks];
        const ordinal = [...rankPanel(one(vs), { method: "ordinal" }).ranks].filter((r) => !Number.isNaN(r));
        vs.forEach((v, i) => {
          if (Number.isNaN(v)) expect(competition[i]).toBeNaN();
          else expect(competition[i]).toBe(1 + vs.filter((w) => w > v).length);
        });
        expect([...ordinal].sort((a, b) => a - b)).toEqual(ordinal.map((_, i) => i + 1));
      }),
    );
  });

  it("permuting regions permutes the ranks (permutation consistency)", () => {
    fc.assert(
      fc.property(
        arbValues.chain((vs) =>
          fc.tuple(
            fc.constant(vs),
            fc.shuffledSubarray(
              vs.map((_, i) => i),
              { minLength: vs.length },
            ),
          ),
        ),
        ([vs, order]) => {
          const codes = vs.map((_, i) => `5${String(i).padStart(5, "0")}`);
          const ranked = rankPanel(one(vs, codes), { method: "average" }).ranks;
          const shuffled = panelFromColumns({
            region: order.map((i) => codes[i] as string),
            indicator: order.map(() => "gdp"),
            period: order.map(() => 2023),
            kind: order.map(() => "actual"),
            value: order.map((i) => vs[i] as number),
          });
          expect([...rankPanel(shuffled, { method: "average" }).ranks]).toEqual([...ranked]);
        },
      ),
    );
  });
});

describe("gapsPanel(panel, options)", () => {
  it("median of an odd and an even count, mean, and a reference region", () => {
    expect([...gapsPanel(one([1, 3, 2])).reference]).toEqual([2]);
    expect([...gapsPanel(one([1, 4, 2, 3, Number.NaN])).reference]).toEqual([2.5]);
    expect([...gapsPanel(one([1, 4, 2, 3]), { reference: "mean" }).reference]).toEqual([2.5]);
    const byRegion = gapsPanel(one([5.5, 6.9], ["500156", "500101"]), { reference: "500101", ratio: true });
    expect([...byRegion.gaps].map((g) => Math.round(g * 10) / 10)).toEqual([0, -1.4]);
    expect(byRegion.ratios?.[0]).toBe(1);
  });

  it("ratios to a zero or negative base are NaN", () => {
    const zero = gapsPanel(one([0, 2], ["500101", "500102"]), { reference: "500101", ratio: true });
    expect([...(zero.ratios ?? [])]).toEqual([Number.NaN, Number.NaN]);
  });

  it("the median agrees with sorting", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 60 }), (vs) => {
        const s = [...vs].sort((a, b) => a - b);
        const m =
          s.length % 2
            ? (s[s.length >> 1] as number)
            : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
        expect(gapsPanel(one(vs)).reference[0]).toBe(vs.length < 3 ? Number.NaN : m);
      }),
    );
  });

  it("takes no median or mean of fewer than MIN_CENTRE_VALUES values, and counts them", () => {
    expect(MIN_CENTRE_VALUES).toBe(3);
    for (const reference of ["median", "mean"] as const) {
      const two = gapsPanel(one([5.5, 6.9, Number.NaN]), { reference });
      expect([...two.reference]).toEqual([Number.NaN]);
      expect([...two.gaps]).toEqual([Number.NaN, Number.NaN, Number.NaN]);
      expect([...two.n]).toEqual([2]);
    }
    // a region reference is not a centre: two values are enough
    expect([...gapsPanel(one([5.5, 6.9]), { reference: "500101" }).reference]).toEqual([6.9]);
    expect([...rankPanel(one([5.5, 6.9])).median]).toEqual([Number.NaN]);
    expect([...rankPanel(one([5.5, 6.9, 6.2])).median]).toEqual([6.2]);
  });

  it("rejects a reference region outside the panel", () => {
    expect(() => gapsPanel(one([1]), { reference: "110101" })).toThrow(/110101/);
  });
});

describe("rankPanel median and gapsPanel with per-group references", () => {
  it("the median from ranking equals the median gapsPanel finds", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -9, max: 9 }), fc.constant(Number.NaN)), { maxLength: 30 }),
        (vs) => {
          if (vs.length === 0) return;
          const panel = one(vs);
          const fromRank = rankPanel(panel, { direction: "lower" }).median;
          expect([...fromRank]).toEqual([...gapsPanel(panel).reference]);
          expect([...gapsPanel(panel, { reference: fromRank }).gaps]).toEqual([...gapsPanel(panel).gaps]);
        },
      ),
    );
  });

  it("rejects a reference array of the wrong length", () => {
    expect(() => gapsPanel(one([1, 2]), { reference: new Float64Array(3) })).toThrow(/3 reference values/);
  });
});
