import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ALIGN_SET, seedDocuments, seedObservations, WULONG } from "../../../../tests/fixtures/seeds.js";
import type { Observation } from "../schema/observation.js";
import { buildDataset } from "./buildDataset.js";
import { reconcile } from "./reconcile.js";

const facts = seedObservations(ALIGN_SET);
const trade = facts.find((o) => o.regionCode === WULONG.code && o.indicator === "trade.total")!;
// the newspaper copy (000) restates the same 进出口总额 in 亿元
const inYi: Observation = {
  ...trade,
  value: 0.8477,
  unit: "亿元",
  source: { document: "000_3db5707b76206cf6.txt", start: 100, end: 110, quote: "进出口总额0.8477亿元" },
};

describe("reconcile(observations)", () => {
  it("merges one fact stated twice with the same value (8477万元 = 0.8477亿元), keeping the first source", () => {
    const { observations, conflicts } = reconcile([trade, inYi]);
    expect(conflicts).toEqual([]);
    expect(observations).toHaveLength(1);
    // 000 sorts before 001: the newspaper copy becomes the source, the report goes to alsoIn
    expect(observations[0]).toMatchObject({ value: 0.8477, unit: "亿元", source: inYi.source, alsoIn: [trade.source] });
  });

  it("keeps different values of one fact and flags a conflict", () => {
    const other = { ...inYi, value: 0.9 };
    const { observations, conflicts } = reconcile([trade, other]);
    expect(observations).toHaveLength(2);
    expect(conflicts).toEqual([
      { key: "500156|trade.total|level|2023|actual", observations: [0, 1], values: [0.9, 8477] },
    ]);
  });

  it("does not repeat a source given twice, and leaves the input untouched", () => {
    const input = [trade, { ...trade }, inYi];
    const before = structuredClone(input);
    expect(reconcile(input).observations[0]!.alsoIn).toEqual([trade.source]);
    expect(input).toEqual(before);
  });

  it("sorts by region code, indicator, measure, period, kind, then source", () => {
    const keys = reconcile(facts).observations.map((o) => `${o.regionCode} ${o.indicator} ${o.measure} ${o.kind}`);
    expect(keys.slice(0, 4)).toEqual([
      "500101 air_quality.good_days.urban level actual",
      "500101 fdi.actual level actual",
      "500101 gdp level actual",
      "500101 gdp growth actual",
    ]);
  });

  it("refuses a value that is not a finite number, naming the observation", () => {
    for (const value of [Number.POSITIVE_INFINITY, Number.NaN, "8477" as unknown as number]) {
      const stated = [trade, { ...trade, value, source: { ...trade.source, start: 1 } }];
      expect(() => reconcile(stated)).toThrow(
        expect.objectContaining({ code: "invalid_argument", where: "observations[1].value" }),
      );
    }
  });

  it("ignores input order and is idempotent", () => {
    const pool = [...facts, inYi, { ...inYi, value: 1.2, source: { ...inYi.source, start: 200, end: 210 } }];
    const expected = reconcile(pool);
    fc.assert(
      fc.property(fc.shuffledSubarray(pool, { minLength: pool.length, maxLength: pool.length }), (shuffled) => {
        const result = reconcile(shuffled);
        expect(result).toEqual(expected);
        expect(reconcile(result.observations)).toEqual(result);
      }),
      { numRuns: 50 },
    );
  });
});

describe("buildDataset({ observations, documents })", () => {
  it("takes regions from the registry, sorted by code, and documents by id", () => {
    const dataset = buildDataset({ observations: facts, documents: [...seedDocuments()].reverse() });
    expect(dataset.regions.map((r) => [r.code, r.name, r.shortName])).toEqual([
      ["500101", "万州区", "万州"],
      ["500156", "武隆区", "武隆"],
    ]);
    expect(dataset.documents.map((d) => d.id)).toEqual(["001_8f9e7cf461ee1142.txt", "004_4fe08f7bbbc0cf7d.txt"]);
  });

  it("keeps the name of a code the registry does not know", () => {
    const dataset = buildDataset({
      observations: [{ ...trade, regionCode: "500199", regionName: "新区" }],
      documents: [],
    });
    expect(dataset.regions).toEqual([
      { code: "500199", name: "新区", shortName: "新区", level: "county", parent: null },
    ]);
  });

  it("is idempotent", () => {
    const once = buildDataset({ observations: [...facts, inYi], documents: seedDocuments() });
    expect(buildDataset(once)).toEqual(once);
  });
});
