/**
 * Property tests across the flow (fast-check, fixed seeds, modest run counts so the
 * suite stays bounded): extract never throws and quotes exactly, normalization is
 * idempotent, conversions round-trip, align ignores input order, ranks and gaps keep
 * their invariants, and every chart spec built from a random table compiles.
 */

import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  align,
  buildDataset,
  canConvert,
  convert,
  type Dataset,
  type Document,
  datasetFromCsv,
  datasetToCsv,
  extract,
  isDuibiError,
  loadSeeds,
  normalizeText,
  type Observation,
  parseDataset,
  reconcile,
  regions,
  targetPairs,
  units,
} from "@duibi/core";
import { composite, gaps, rank, sensitivity } from "@duibi/stats";
import { compareBars, gapChart, rankHeatmap, scatter, scorecard, slopeChart, targetVsActual } from "@duibi/viz";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareObservations } from "../../packages/core/src/align/order.js";
import { ROOT, SEED_TEXTS } from "./helpers.js";

const SEED = 20241;
// vega-lite is a dependency of @duibi/viz, not of the root: resolve it from there.
const VEGA_LITE = pathToFileURL(createRequire(join(ROOT, "packages/viz/package.json")).resolve("vega-lite")).href;

/** A seed text with slices deleted, inserted from another seed, or duplicated. */
const mutatedSeed = fc
  .record({
    base: fc.nat({ max: SEED_TEXTS.length - 1 }),
    donor: fc.nat({ max: SEED_TEXTS.length - 1 }),
    edits: fc.array(
      fc.record({
        op: fc.constantFrom("delete", "insert", "duplicate", "noise"),
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        from: fc.double({ min: 0, max: 1, noNaN: true }),
        length: fc.nat({ max: 400 }),
        noise: fc.string({ unit: "binary", maxLength: 20 }),
      }),
      { minLength: 1, maxLength: 6 },
    ),
  })
  .map(({ base, donor, edits }) => {
    let text = SEED_TEXTS[base]!.text;
    const other = SEED_TEXTS[donor]!.text;
    for (const e of edits) {
      const at = Math.floor(e.at * text.length);
      if (e.op === "delete") text = text.slice(0, at) + text.slice(at + e.length);
      else if (e.op === "noise") text = text.slice(0, at) + e.noise + text.slice(at);
      else {
        const source = e.op === "insert" ? other : text;
        const from = Math.floor(e.from * source.length);
        text = text.slice(0, at) + source.slice(from, from + e.length) + text.slice(at);
      }
    }
    return text;
  });

/** Report-like text: figures, units, hedges and punctuation in random order. */
const reportish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "地区生产总值",
        "增长",
        "亿元",
        "万元",
        "%",
        "％",
        "左右",
        "以上",
        "个百分点",
        "，",
        "。",
        "\n",
        "2024年",
        "预计",
        "城镇调查失业率",
        "分别",
        "、",
        "（",
        "）",
        "一、",
        "主要预期目标",
        "５．５",
      ),
      fc.float({ min: -1e6, max: 1e6, noNaN: true }).map(String),
      fc.string({ maxLength: 4 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(""));

function checkSpans(text: string): void {
  const result = extract(text, { document: "fuzz.txt" });
  for (const item of [...result.observations, ...result.unmapped]) {
    const { start, end, quote } = item.source;
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThanOrEqual(start);
    expect(end).toBeLessThanOrEqual(text.length);
    expect(quote).toBe(text.slice(start, end));
  }
}

describe("extract(text) on arbitrary input", () => {
  it("never throws and every span quotes the original exactly (arbitrary strings)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => checkSpans(text)),
      { seed: SEED, numRuns: 200 },
    );
  });

  it("never throws and every span quotes the original exactly (report-like fragments)", () => {
    fc.assert(
      fc.property(reportish, (text) => checkSpans(text)),
      { seed: SEED, numRuns: 200 },
    );
  });

  it("never throws and every span quotes the original exactly (mutated seed reports)", () => {
    fc.assert(
      fc.property(mutatedSeed, (text) => checkSpans(text)),
      { seed: SEED, numRuns: 25 },
    );
  });
});

describe("normalizeText(text)", () => {
  it("is idempotent and maps back inside the original", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), reportish), (text) => {
        const once = normalizeText(text);
        expect(normalizeText(once.text).text).toBe(once.text);
        for (let i = 0; i <= once.text.length; i++) {
          const o = once.toOriginal(i);
          expect(o).toBeGreaterThanOrEqual(0);
          expect(o).toBeLessThanOrEqual(text.length);
        }
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it("is idempotent on mutated seed reports", () => {
    fc.assert(
      fc.property(mutatedSeed, (text) => {
        const once = normalizeText(text).text;
        expect(normalizeText(once).text).toBe(once);
      }),
      { seed: SEED, numRuns: 10 },
    );
  });
});

describe("convert(value, from, to)", () => {
  const pairs = units().flatMap((a) => units().flatMap((b) => (canConvert(a.id, b.id) ? [[a.id, b.id]] : [])));

  it("has convertible pairs to test", () => {
    expect(pairs.length).toBeGreaterThan(10);
  });

  it("round-trips within 1e-9 relative", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...pairs),
        fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }),
        ([from, to], value) => {
          const back = convert(convert(value, from!, to!), to!, from!);
          expect(Math.abs(back - value)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(value)));
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });
});

/* ───────────── random datasets: many regions, a few indicators ───────────── */

const COUNTIES = regions()
  .filter((r) => r.level === "county")
  .slice(0, 40);
const INDICATORS = [
  { indicator: "gdp", measure: "growth", unit: "%" },
  { indicator: "gdp", measure: "level", unit: "亿元" },
  { indicator: "retail_sales", measure: "growth", unit: "%" },
  { indicator: "unemployment.surveyed", measure: "rate", unit: "%" },
] as const;

const DOCUMENT: Document = {
  id: "random.txt",
  title: "random",
  regionCode: null,
  year: 2024,
  type: "other",
  chars: 1000,
  sha256: "0".repeat(64),
};

const observations = fc
  .uniqueArray(
    fc.record({
      region: fc.nat({ max: COUNTIES.length - 1 }),
      row: fc.nat({ max: INDICATORS.length - 1 }),
      kind: fc.constantFrom("actual", "target"),
      value: fc.double({ min: -50, max: 5000, noNaN: true, noDefaultInfinity: true }),
      qualifier: fc.constantFrom("exact", "exact", "about", "at_least"),
    }),
    { minLength: 1, maxLength: 40, selector: (o) => `${o.region}/${o.row}/${o.kind}` },
  )
  // align refuses a period with no data at all; that refusal has its own tests
  .filter((items) => items.some((o) => o.kind === "actual"))
  .map((items) =>
    items.map((o, i): Observation => {
      const region = COUNTIES[o.region]!;
      const row = INDICATORS[o.row]!;
      return {
        regionCode: region.code,
        regionName: region.name,
        indicator: row.indicator,
        measure: row.measure,
        period: o.kind === "actual" ? 2023 : 2024,
        kind: o.kind,
        value: Math.round(o.value * 100) / 100,
        unit: row.unit,
        qualifier: o.qualifier,
        nameAsWritten: row.indicator,
        source: { document: DOCUMENT.id, start: i, end: i + 1, quote: "x" },
      } as Observation;
    }),
  );

const datasetOf = (obs: readonly Observation[]): Dataset => buildDataset({ observations: obs, documents: [DOCUMENT] });
const codesOf = (obs: readonly Observation[]) => [...new Set(obs.map((o) => o.regionCode))].sort();

describe("align(dataset) over random datasets", () => {
  it("does not depend on the order of the observations", () => {
    fc.assert(
      fc.property(
        observations.chain((obs) => fc.tuple(fc.constant(obs), fc.shuffledSubarray(obs, { minLength: obs.length }))),
        ([obs, shuffled]) => {
          const options = { regions: codesOf(obs), period: 2023, kind: "actual" as const };
          expect(align(datasetOf(shuffled), options)).toEqual(align(datasetOf(obs), options));
        },
      ),
      { seed: SEED, numRuns: 60 },
    );
  });
});

describe("rank(table) and gaps(table) over random datasets", () => {
  it("ranks: ordinal ranks are a permutation of 1..n; competition ranks follow the values", () => {
    fc.assert(
      fc.property(observations, (obs) => {
        const table = align(datasetOf(obs), { regions: codesOf(obs), period: 2023, kind: "actual" });
        const ordinal = rank(table, { method: "ordinal", missing: "exclude" });
        for (const row of ordinal.rows) {
          const ranks = Object.values(row.ranks).filter((r): r is number => r !== null);
          expect([...ranks].sort((a, b) => a - b)).toEqual(ranks.map((_, i) => i + 1));
        }
        const competition = rank(table, { method: "competition", missing: "exclude" });
        for (const row of competition.rows) {
          const source = table.rows.find((r) => r.indicator === row.indicator && r.measure === row.measure)!;
          const sign = row.direction === "lower" ? -1 : 1;
          const entries = Object.entries(row.ranks).filter((e): e is [string, number] => e[1] !== null);
          for (const [a, ra] of entries)
            for (const [b, rb] of entries) {
              const va = source.cells[a]!.value * sign;
              const vb = source.cells[b]!.value * sign;
              if (va > vb) expect(ra).toBeLessThan(rb);
              if (va === vb) expect(ra).toBe(rb);
            }
        }
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it("gaps to a region: the reference's own gap is 0 and every gap is value minus the reference", () => {
    fc.assert(
      fc.property(observations, (obs) => {
        const codes = codesOf(obs);
        const table = align(datasetOf(obs), { regions: codes, period: 2023, kind: "actual" });
        const reference = codes[0]!;
        const result = gaps(table, { reference });
        for (const row of result.rows) {
          if (row.referenceValue === null) continue;
          for (const [code, cell] of Object.entries(row.cells)) {
            if (cell === null) continue;
            if (code === reference) expect(cell.gap).toBeCloseTo(0, 9);
            expect(cell.gap).toBeCloseTo(cell.value - row.referenceValue, 6);
          }
        }
      }),
      { seed: SEED, numRuns: 60 },
    );
  });
});

describe("every chart spec built from a random table compiles with vega-lite", () => {
  it("compareBars, gapChart, rankHeatmap, scatter, scorecard, targetVsActual, slopeChart", async () => {
    const { compile } = (await import(VEGA_LITE)) as { compile: (spec: unknown) => unknown };
    const samples = fc.sample(observations, { seed: SEED, numRuns: 12 });
    let compiled = 0;
    let refused = 0;
    for (const obs of samples) {
      const dataset = datasetOf(obs);
      const codes = codesOf(obs);
      const table = align(dataset, { regions: codes, period: 2023, kind: "actual" });
      const documents = dataset.documents;
      const ids = [...new Set(table.rows.map((r) => `${r.indicator}:${r.measure}`))];
      const builders: Array<() => unknown> = [
        () => compareBars(table, { documents }),
        () => compareBars(table, { documents, lang: "en" }),
        () => gapChart(gaps(table, { reference: "median" }), { table, documents }),
        () => rankHeatmap(rank(table, { method: "competition", missing: "exclude" }), { table, documents }),
        () => scatter(table, { documents, indicator: "gdp" }),
        () => targetVsActual(targetPairs(dataset, { indicator: "gdp", year: 2024 }), { documents: dataset.documents }),
        () =>
          slopeChart(targetPairs(dataset, { indicator: "gdp", year: 2024 }), {
            lang: "en",
            documents: dataset.documents,
          }),
        () => {
          const chosen = { indicators: ids };
          return scorecard(composite(table, chosen), sensitivity(table, { ...chosen, draws: 50, seed: 1 }), { table });
        },
      ];
      for (const build of builders) {
        let spec: unknown;
        try {
          spec = build();
        } catch (error) {
          // A builder may refuse a table it cannot draw (no gdp level for a scatter), with a DuibiError only.
          expect(isDuibiError(error), String(error)).toBe(true);
          refused++;
          continue;
        }
        expect(() => compile(spec)).not.toThrow();
        compiled++;
      }
    }
    expect(compiled).toBeGreaterThan(refused);
  });
});

/* ───────────── mutated dataset files: only DuibiErrors ───────────── */

const SMALL = (() => {
  const seeds = loadSeeds();
  return { ...seeds, observations: seeds.observations.slice(0, 40) };
})();

/** Replaces the value at a random path of `value` (chosen by `steps`) with `replacement`. */
function mutateAt(value: unknown, steps: readonly number[], replacement: unknown): unknown {
  if (steps.length === 0 || value === null || typeof value !== "object") return replacement;
  const [step, ...rest] = steps;
  if (Array.isArray(value)) {
    if (value.length === 0) return replacement;
    const i = step! % value.length;
    return value.map((v, j) => (j === i ? mutateAt(v, rest, replacement) : v));
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return replacement;
  const key = keys[step! % keys.length]!;
  return { ...value, [key]: mutateAt((value as Record<string, unknown>)[key], rest, replacement) };
}

function onlyDuibiErrors(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    expect(isDuibiError(error), String(error)).toBe(true);
  }
}

describe("parseDataset and datasetFromCsv on mutated datasets", () => {
  it("parseDataset(mutated JSON) returns a dataset or throws a DuibiError; align on it likewise", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 3 }),
        fc.array(fc.jsonValue({ maxDepth: 2 }), { minLength: 3, maxLength: 3 }),
        (paths, values) => {
          let json: unknown = SMALL;
          for (const [i, path] of paths.entries()) json = mutateAt(json, path, values[i]);
          onlyDuibiErrors(() => {
            const dataset = parseDataset(json);
            align(dataset, { period: 2023, kind: "actual" });
          });
        },
      ),
      { seed: SEED, numRuns: 150 },
    );
  });

  it("datasetFromCsv(mutated CSV) returns a dataset or throws a DuibiError", () => {
    const csv = datasetToCsv(SMALL);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            at: fc.double({ min: 0, max: 1, noNaN: true }),
            length: fc.nat({ max: 30 }),
            insert: fc.oneof(
              fc.constantFrom('"', ",", "\n", '""', "\r\n", "NaN", "-", "亿元"),
              fc.string({ maxLength: 8 }),
            ),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        (edits) => {
          let text = csv;
          for (const e of edits) {
            const at = Math.floor(e.at * text.length);
            text = text.slice(0, at) + e.insert + text.slice(at + e.length);
          }
          onlyDuibiErrors(() => datasetFromCsv(text, { where: "fuzz.csv" }));
        },
      ),
      { seed: SEED, numRuns: 150 },
    );
  });
});

/* ───────────── reconcile: bucketed clustering equals the pairwise definition ───────────── */

describe("reconcile(observations) of one fact stated many times", () => {
  const base = loadSeeds().observations.find((o) => o.indicator === "gdp" && o.measure === "level")!;
  const same = (a: Observation, b: Observation) => {
    let value = b.value;
    if (a.unit !== b.unit) {
      if (!canConvert(b.unit, a.unit)) return false;
      value = convert(b.value, b.unit, a.unit);
    }
    return Math.abs(a.value - value) <= 1e-9 * Math.max(1, Math.abs(a.value), Math.abs(value));
  };
  /** The definition: in dataset order, each observation joins the earliest cluster whose first value is the same. */
  const pairwise = (obs: readonly Observation[]) => {
    const clusters: { first: Observation; starts: number[] }[] = [];
    for (const o of [...obs].sort(compareObservations)) {
      const c = clusters.find((k) => same(k.first, o));
      if (c) c.starts.push(o.source.start);
      else clusters.push({ first: o, starts: [o.source.start] });
    }
    return clusters.map((c) => `${c.first.value} ${c.first.unit}: ${c.starts.sort((a, b) => a - b).join(",")}`).sort();
  };

  it("merges exactly the observations the pairwise definition merges (near-equal values, 万元/亿元/元)", () => {
    const value = fc.oneof(
      fc.constantFrom(0, 1, -1, 273.46, 2734600, 1e-12, 2 ** 30, -(2 ** 30)),
      fc.double({ min: -1e7, max: 1e7, noNaN: true, noDefaultInfinity: true }),
    );
    const statement = fc.record({
      value,
      nudge: fc.constantFrom(0, 0, 1, -1, 5e-10, -5e-10, 1.5e-9, 3e-9),
      unit: fc.constantFrom("亿元", "亿元", "万元", "元"),
    });
    fc.assert(
      fc.property(fc.array(statement, { minLength: 1, maxLength: 40 }), (items) => {
        const obs = items.map(
          (s, i): Observation => ({
            ...base,
            value: s.value * (1 + s.nudge),
            unit: s.unit,
            source: { ...base.source, start: i, end: i + 1 },
          }),
        );
        const merged = reconcile(obs).observations.map(
          (o) =>
            `${o.value} ${o.unit}: ${[o.source, ...(o.alsoIn ?? [])]
              .map((s) => s.start)
              .sort((a, b) => a - b)
              .join(",")}`,
        );
        expect(merged.sort()).toEqual(pairwise(obs));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  // Regression: clustering compared every pair, so 50,000 different values of one fact took
  // minutes (a garbled text repeating one sentence with different figures).
  it("keeps 200,000 different values of one fact apart without comparing every pair", () => {
    const obs = Array.from(
      { length: 200_000 },
      (_, i): Observation => ({ ...base, value: i / 100, source: { ...base.source, start: i, end: i + 1 } }),
    );
    const { observations, conflicts } = reconcile(obs);
    expect(observations).toHaveLength(200_000);
    expect(conflicts).toHaveLength(1);
  });
});
