import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { BoundsSchema, KindSchema, MeasureSchema, QualifierSchema } from "../../schema/observation.js";
import { findIndicator, matchIndicator } from "../indicators.js";

// Hand-checked expectations for the extractor (issue 4); see gold/README.md for the rules.
const goldDir = fileURLToPath(new URL("../../extract/__fixtures__/gold/", import.meta.url));
const sourcesDir = fileURLToPath(new URL("../../../../../seeds/sources/", import.meta.url));

const GoldFactSchema = z.strictObject({
  indicator: z.string(),
  measure: MeasureSchema,
  period: z.int(),
  kind: KindSchema,
  value: z.number(),
  unit: z.string().min(1),
  qualifier: QualifierSchema,
  bounds: BoundsSchema.optional(),
  nameAsWritten: z.string().min(1),
  /** The number as the text writes it when that is not the value itself (5倍 for growth 500). */
  valueAsWritten: z.string().optional(),
  quote: z.string().min(1),
  /** Why the name alone does not decide the indicator (the paragraph does). */
  note: z.string().optional(),
});
const GoldFileSchema = z.strictObject({
  document: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/),
  regionCode: z.string().regex(/^\d{6}$/),
  year: z.int(),
  /** Where the plan (targets) starts; the review (actuals, estimates) comes before it. */
  planMarker: z.string().nullable(),
  /** Where the covered section ends, when the facts cover only part of the document (a gazette). */
  sectionEnd: z.string().optional(),
  facts: z.array(GoldFactSchema).min(1),
});
type GoldFact = z.infer<typeof GoldFactSchema>;

// Whole documents at the top; gold for one section of a longer document (the
// gazette reprints other plans and the report itself) under sections/.
const files = [
  ...readdirSync(goldDir).filter((f) => f.endsWith(".json")),
  ...readdirSync(`${goldDir}sections/`)
    .filter((f) => f.endsWith(".json"))
    .map((f) => `sections/${f}`),
].sort();
const golds = files.map((file) => ({
  file,
  gold: GoldFileSchema.parse(JSON.parse(readFileSync(goldDir + file, "utf8"))),
}));
const sourceOf = (document: string) => readFileSync(sourcesDir + document, "utf8").replace(/^\uFEFF/, "");
const PERCENT_MEASURES = new Set(["growth", "share", "rate"]);

function written(fact: GoldFact): string {
  return fact.valueAsWritten ?? String(Math.abs(fact.value));
}

describe("gold expectations", () => {
  it("cover both district reports and the 武隆 industry plan", () => {
    expect(files).toEqual(expect.arrayContaining(["001.json", "004.json", "sections/003.json"]));
  });

  describe.each(golds)("$file", ({ gold }) => {
    const text = sourceOf(gold.document);
    const planStart = gold.planMarker === null ? 0 : text.indexOf(gold.planMarker);
    const sectionEnd = gold.sectionEnd === undefined ? text.length : text.indexOf(gold.sectionEnd);

    it("finds the plan marker and the section end in the source", () => {
      expect(planStart).toBeGreaterThanOrEqual(0);
      expect(sectionEnd).toBeGreaterThan(planStart);
    });

    it("quotes the source: every quote occurs in the text and contains the value as written", () => {
      for (const fact of gold.facts) {
        expect(text.indexOf(fact.quote), fact.quote).toBeGreaterThanOrEqual(0);
        expect(text.indexOf(fact.quote) + fact.quote.length, fact.quote).toBeLessThanOrEqual(sectionEnd);
        expect(fact.quote, fact.indicator).toContain(written(fact));
      }
    });

    it("names registry indicators, with count measures exactly for count quantities", () => {
      for (const fact of gold.facts) {
        const indicator = findIndicator(fact.indicator);
        expect(indicator, fact.indicator).toBeDefined();
        if (fact.measure === "level" || fact.measure === "count") {
          expect(fact.measure === "count", fact.quote).toBe(indicator?.quantity === "count");
        }
      }
    });

    it("maps each name as written to its indicator through the aliases, unless a note says the paragraph decides", () => {
      for (const fact of gold.facts) {
        if (fact.note !== undefined) continue;
        expect(matchIndicator(fact.nameAsWritten)?.id, fact.nameAsWritten).toBe(fact.indicator);
      }
    });

    it("puts review facts before the plan and targets after it, with the right period", () => {
      for (const fact of gold.facts) {
        const at = text.indexOf(fact.quote);
        if (fact.kind === "target") {
          expect(fact.period, fact.quote).toBe(gold.year);
          expect(at, fact.quote).toBeGreaterThanOrEqual(planStart);
        } else {
          expect(fact.period, fact.quote).toBe(gold.year - 1);
          expect(at, fact.quote).toBeLessThan(planStart);
        }
      }
    });

    it("writes percentages in % and percentage points in 个百分点 (or 个基点)", () => {
      for (const fact of gold.facts) {
        if (PERCENT_MEASURES.has(fact.measure)) expect(fact.unit, fact.quote).toBe("%");
        if (fact.measure === "change_pp") expect(["个百分点", "个基点"], fact.quote).toContain(fact.unit);
        if (fact.qualifier === "range") expect(fact.bounds, fact.quote).toBeDefined();
      }
    });

    it("states each fact once", () => {
      const keys = gold.facts.map((f) => `${f.indicator}|${f.measure}|${f.period}|${f.kind}|${f.quote}`);
      expect(keys.length - new Set(keys).size).toBe(0);
    });
  });
});
