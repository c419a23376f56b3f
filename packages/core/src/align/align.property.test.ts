import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildDataset } from "../dataset/buildDataset.js";
import { describeNotes } from "../present/describeNote.js";
import { conversionBetween, findIndicator } from "../registry/indicators.js";
import type { ComparisonTable } from "../schema/comparison.js";
import type { Dataset } from "../schema/dataset.js";
import type { Observation } from "../schema/observation.js";
import { align } from "./align.js";

/** Synthetic figures over real registry variants: families with definitions that differ and one that converts. */
const REGIONS = [
  ["500101", "万州区"],
  ["500102", "涪陵区"],
  ["500156", "武隆区"],
  ["110105", "朝阳区"],
] as const;
const SLOTS = [
  { indicator: "unemployment.registered", measure: "rate", units: ["%"] },
  { indicator: "unemployment.surveyed", measure: "rate", units: ["%"] },
  { indicator: "value_added.industry", measure: "growth", units: ["%"] },
  { indicator: "value_added.industry.above_scale", measure: "growth", units: ["%"] },
  { indicator: "trade.total", measure: "level", units: ["万元", "亿元", "元"] },
  { indicator: "fdi.actual", measure: "level", units: ["万美元", "亿元"] },
  { indicator: "air_quality.good_days.urban", measure: "level", units: ["天"] },
  { indicator: "air_quality.good_days_ratio.urban", measure: "rate", units: ["%"] },
  { indicator: "gdp", measure: "growth", units: ["%"] },
] as const;

const observation = fc
  .record({
    region: fc.constantFrom(...REGIONS),
    slot: fc.constantFrom(...SLOTS),
    unitIndex: fc.nat(2),
    value: fc.integer({ min: 1, max: 360 }),
    kind: fc.constantFrom("actual", "target"),
    qualifier: fc.constantFrom("exact", "at_least", "about"),
    start: fc.nat(5000),
    document: fc.constantFrom("001_a.txt", "004_b.txt"),
  })
  .map(
    ({ region, slot, unitIndex, value, kind, qualifier, start, document }): Observation => ({
      regionCode: region[0],
      regionName: region[1],
      indicator: slot.indicator,
      measure: slot.measure,
      period: 2023,
      kind,
      value,
      unit: slot.units[unitIndex % slot.units.length]!,
      qualifier,
      nameAsWritten: findIndicator(slot.indicator)!.zh,
      source: { document, start, end: start + 8, quote: "一二三四五六七八" },
    }),
  );
const datasets = fc
  .array(observation, { minLength: 1, maxLength: 40 })
  .map((o) => buildDataset({ observations: o, documents: [] }));

function tableOf(dataset: Dataset) {
  const kinds = new Set(dataset.observations.map((o) => o.kind));
  const kind = kinds.has("actual") ? "actual" : "target";
  return align(dataset, { period: 2023, kind });
}

describe("align properties", () => {
  it("ignores the order of the dataset's observations", () => {
    fc.assert(
      fc.property(datasets, fc.nat(), (dataset, seed) => {
        const shuffled = [...dataset.observations].sort((a, b) => hash(a, seed) - hash(b, seed));
        expect(tableOf({ ...dataset, observations: shuffled })).toEqual(tableOf(dataset));
      }),
      { numRuns: 150 },
    );
  });

  it("puts every stated (region, indicator, measure) in exactly one cell", () => {
    fc.assert(
      fc.property(datasets, (dataset) => {
        const table = tableOf(dataset);
        const stated = new Set(
          dataset.observations.filter((o) => o.kind === table.kind).map((o) => `${o.regionCode} ${o.indicator}`),
        );
        const shown = table.rows.flatMap((row) =>
          Object.entries(row.cells).flatMap(([code, cell]) =>
            cell ? [`${code} ${cell.indicator ?? row.indicator}`] : [],
          ),
        );
        expect(new Set(shown).size).toBe(shown.length);
        expect(new Set(shown)).toEqual(stated);
      }),
      { numRuns: 150 },
    );
  });

  it("never sets different definitions side by side unless the registry converts them", () => {
    fc.assert(
      fc.property(datasets, (dataset) => {
        for (const row of tableOf(dataset).rows) {
          const cells = Object.values(row.cells).filter((c) => c !== null);
          const ids = new Set(cells.map((c) => c.indicator ?? row.indicator));
          const units = new Set(cells.map((c) => c.unit));
          const missing = Object.values(row.cells).some((c) => c === null);
          const converted = cells.some((c) => c.original !== undefined);
          const linked = [...ids].every((id) => id === row.indicator || conversionBetween(id, row.indicator));
          if (row.verdict !== "incomparable") {
            expect(linked).toBe(true);
            expect(units.size).toBe(1);
          }
          if (!linked) expect(row.verdict).toBe("incomparable");
          // judged among the regions that state the row: a missing region changes nothing when two state it
          if (row.verdict === "comparable") expect(converted || ids.size > 1).toBe(false);
          if (row.verdict === "comparable" || row.verdict === "converted") {
            expect(cells.length >= 2 || !missing).toBe(true);
          }
          if (row.verdict === "converted") expect(converted).toBe(true);
          if (row.verdict === "partial") expect(missing && cells.length < 2).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("notes differing qualifiers on rows it still compares", () => {
    fc.assert(
      fc.property(datasets, (dataset) => {
        for (const row of tableOf(dataset).rows) {
          const qualifiers = new Set(Object.values(row.cells).flatMap((c) => (c ? [c.qualifier] : [])));
          expect(row.notes.some((n) => n.code === "qualifiers_differ")).toBe(qualifiers.size > 1);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe("align verdict rules on synthetic variants", () => {
  const base = (code: string, name: string, indicator: string, value: number, unit: string, measure = "rate") =>
    ({
      regionCode: code,
      regionName: name,
      indicator,
      measure,
      period: 2023,
      kind: "actual",
      value,
      unit,
      qualifier: "exact",
      nameAsWritten: findIndicator(indicator)?.zh ?? indicator,
      source: { document: `${code}.txt`, start: value, end: value + 1, quote: "x" },
    }) as Observation;
  const run = (observations: Observation[]) =>
    align(buildDataset({ observations, documents: [] }), { period: 2023, kind: "actual" });
  const zh = (table: ComparisonTable) => describeNotes(table.rows[0]!.notes, "zh", table.regions);

  it("splits a family into rows per variant when one region states both variants", () => {
    const table = run([
      base("500101", "万州区", "unemployment.surveyed", 5.4, "%"),
      base("500156", "武隆区", "unemployment.surveyed", 5.5, "%"),
      base("500156", "武隆区", "unemployment.registered", 2.71, "%"),
    ]);
    expect(table.rows.map((r) => [r.indicator, r.verdict])).toEqual([
      ["unemployment.registered", "partial"],
      ["unemployment.surveyed", "comparable"],
    ]);
    expect(table.rows[0]!.notes).toEqual([
      {
        code: "missing",
        regions: ["500101"],
        elsewhere: [{ region: "500101", indicators: ["unemployment.surveyed"] }],
      },
    ]);
    expect(zh(table)).toBe("缺少：万州区（万州区另报城镇调查失业率，口径不同）");
  });

  it("makes a row incomparable when currencies differ (万美元 vs 亿元)", () => {
    const table = run([
      base("500101", "万州区", "fdi.actual", 1124, "万美元", "level"),
      base("500156", "武隆区", "fdi.actual", 1, "亿元", "level"),
    ]);
    expect(table.rows[0]).toMatchObject({
      verdict: "incomparable",
      notes: [{ code: "unit_not_convertible", units: ["万美元", "亿元"] }],
    });
    expect(zh(table)).toBe("单位无法换算（万美元、亿元）");
  });

  it("notes a conflict and shows the first source's figure", () => {
    const first = base("500156", "武隆区", "gdp", 5.5, "%", "growth");
    const second = { ...first, value: 5.6, source: { ...first.source, start: 900, end: 901 } };
    const table = run([second, first, base("500101", "万州区", "gdp", 6.9, "%", "growth")]);
    expect(table.rows[0]!.cells["500156"]).toMatchObject({ value: 5.5 });
    expect(table.rows[0]).toMatchObject({
      verdict: "comparable",
      notes: [
        {
          code: "values_conflict",
          cells: [
            {
              region: "500156",
              values: [
                { value: 5.5, unit: "%" },
                { value: 5.6, unit: "%" },
              ],
            },
          ],
        },
      ],
    });
    expect(zh(table)).toBe("数值冲突，取首个来源：武隆区（5.5%、5.6%）");
  });

  it("says the scope is unstated rather than guessing (空气质量优良天数 without 城区/全区)", () => {
    const table = run([
      base("500101", "万州区", "air_quality.good_days", 336, "天", "level"),
      base("500156", "武隆区", "air_quality.good_days", 330, "天", "level"),
    ]);
    expect(table.rows[0]).toMatchObject({ verdict: "comparable", notes: [{ code: "scope_unstated" }] });
    expect(zh(table)).toBe("报告未注明口径（另有全区、城区口径）");
  });

  it("will not convert days to a ratio across scopes (城区 vs 未注明)", () => {
    const table = run([
      base("500101", "万州区", "air_quality.good_days", 336, "天", "level"),
      base("500156", "武隆区", "air_quality.good_days_ratio.urban", 94.2, "%"),
    ]);
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]!.verdict).toBe("incomparable");
    expect(table.rows[0]!.notes).toEqual([
      {
        code: "variants",
        indicators: ["air_quality.good_days", "air_quality.good_days_ratio.urban"],
        unstated: ["air_quality.good_days"],
      },
      { code: "unit_not_convertible", units: ["天", "%"] },
    ]);
    expect(zh(table)).toContain("未注明口径");
  });
});

/** A deterministic shuffle key (no Math.random in tests either). */
function hash(o: Observation, seed: number): number {
  let h = seed | 0;
  for (const ch of `${o.regionCode}${o.indicator}${o.source.start}${o.value}${o.kind}`)
    h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h;
}
