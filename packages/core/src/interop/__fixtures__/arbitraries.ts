import * as fc from "fast-check";
import type { Dataset, Observation } from "../../schema/index.js";

// Text with CJK, astral characters and the empty string: what a report quote can hold.
const text = fc.string({ unit: "grapheme", maxLength: 12 });
const name = fc.string({ unit: "grapheme", minLength: 1, maxLength: 8 });
// Source offsets are int32 columns: texts up to 2 GB.
const offset = fc.integer({ min: 0, max: 2 ** 31 - 1 });
const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

const source = fc.record({ document: name, start: offset, end: offset, quote: text });

export const observationArbitrary: fc.Arbitrary<Observation> = fc.record(
  {
    regionCode: fc.stringMatching(/^\d{6}$/),
    regionName: name,
    indicator: name,
    measure: fc.constantFrom("level", "growth", "change_pp", "share", "rate", "count", "ratio"),
    period: fc.integer({ min: 1949, max: 2100 }),
    kind: fc.constantFrom("actual", "estimate", "target"),
    value: finite,
    unit: name,
    qualifier: fc.constantFrom("exact", "at_least", "about", "at_most", "more_than", "nearly", "range"),
    bounds: fc.tuple(finite, finite).map(([a, b]) => ({ low: Math.min(a, b), high: Math.max(a, b) })), // low ≤ high
    nameAsWritten: text,
    source,
    alsoIn: fc.array(source, { maxLength: 2 }),
    unregistered: fc.constant(true as const),
  },
  {
    requiredKeys: [
      "regionCode",
      "regionName",
      "indicator",
      "measure",
      "period",
      "kind",
      "value",
      "unit",
      "qualifier",
      "nameAsWritten",
      "source",
    ],
  },
);

/** Datasets of arbitrary observations (no regions, documents or conflicts: those travel as JSON metadata). */
export const datasetArbitrary: fc.Arbitrary<Dataset> = fc
  .array(observationArbitrary, { maxLength: 20 })
  .map((observations) => ({ version: 1 as const, regions: [], documents: [], observations, conflicts: [] }));
