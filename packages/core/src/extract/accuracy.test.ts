import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { canConvert, convert } from "../registry/units.js";
import type { Observation } from "../schema/observation.js";
import { extract } from "./extract.js";

/**
 * Precision and recall of `extract` against hand-checked expectations
 * (__fixtures__/gold/*.json: every figure of a district's report, all tiers).
 * A fact matches on indicator, measure, period, kind and value (converted to the
 * expected unit). Precision counts distinct extracted facts. `pnpm exec vitest run --project core accuracy`
 * prints the numbers; with DUIBI_ACCURACY_DETAIL=1 it also lists every miss and false positive.
 */
interface GoldFact {
  indicator: string;
  measure: string;
  period: number;
  kind: string;
  value: number;
  unit: string;
}
interface Gold {
  document: string;
  regionCode: string;
  year: number;
  facts: GoldFact[];
}

const root = new URL("../../../../", import.meta.url);
const goldDir = new URL("./__fixtures__/gold/", import.meta.url);
const golds: Gold[] = readdirSync(goldDir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(new URL(f, goldDir), "utf8")) as Gold);

const keyOf = (f: { indicator: string; measure: string; period: number; kind: string }) =>
  `${f.indicator}|${f.measure}|${f.period}|${f.kind}`;

function sameValue(o: Observation, g: GoldFact): boolean {
  let value = o.value;
  if (o.unit !== g.unit) {
    if (!canConvert(o.unit, g.unit)) return false;
    value = convert(o.value, o.unit, g.unit);
  }
  return Math.abs(value - g.value) <= 1e-9 * Math.max(1, Math.abs(g.value));
}

function score(gold: Gold) {
  const text = readFileSync(new URL(`seeds/sources/${gold.document}`, root), "utf8");
  // The gold lists registry indicators; figures kept as unregistered are not claims about them.
  const observations = extract(text, { document: gold.document }).observations.filter((o) => !o.unregistered);
  const found = (g: GoldFact) => observations.some((o) => keyOf(o) === keyOf(g) && sameValue(o, g));
  const expected = (o: Observation) => gold.facts.some((g) => keyOf(o) === keyOf(g) && sameValue(o, g));
  const misses = gold.facts.filter((g) => !found(g));
  const falsePositives = observations.filter((o) => !expected(o));
  // Two spans of one fact (a level restated) are one true positive, not a false one.
  const distinct = new Set(observations.map((o) => `${keyOf(o)}|${o.value}|${o.unit}`));
  const wrong = new Set(falsePositives.map((o) => `${keyOf(o)}|${o.value}|${o.unit}`));
  return {
    precision: distinct.size === 0 ? 0 : (distinct.size - wrong.size) / distinct.size,
    recall: gold.facts.length === 0 ? 1 : (gold.facts.length - misses.length) / gold.facts.length,
    misses,
    falsePositives,
    count: observations.length,
  };
}

describe("extract accuracy against hand-checked gold facts", () => {
  it("has gold sets to check", () => {
    expect(golds.length).toBeGreaterThan(0);
  });

  for (const gold of golds) {
    it(`${gold.document}: precision ≥ 0.95 and recall ≥ 0.90`, () => {
      const r = score(gold);
      const show = (f: {
        indicator: string;
        measure: string;
        period: number;
        kind: string;
        value: number;
        unit: string;
      }) => `${keyOf(f)} ${f.value}${f.unit}`;
      console.log(
        `${gold.document}: precision ${r.precision.toFixed(3)}, recall ${r.recall.toFixed(3)} ` +
          `(${gold.facts.length} expected, ${r.count} extracted)`,
      );
      const report = [
        ...r.misses.map((g) => `missed: ${show(g)}`),
        ...r.falsePositives.map((o) => `false positive: ${show(o)} «${o.source.quote}»`),
      ].join("\n");
      if (r.precision < 0.95 || r.recall < 0.9 || process.env.DUIBI_ACCURACY_DETAIL) console.log(report);
      expect(r.precision, report).toBeGreaterThanOrEqual(0.95);
      expect(r.recall, report).toBeGreaterThanOrEqual(0.9);
    });
  }
});
