import { describe, expect, it } from "vitest";
import { loadSeeds } from "../io/loadSeeds.js";
import { DatasetSchema } from "../schema/index.js";
import { checkedMetadata } from "./checkedMetadata.js";
import { datasetMetadata } from "./datasetMetadata.js";

const MetadataSchema = DatasetSchema.omit({ observations: true });
const seeds = JSON.parse(datasetMetadata(loadSeeds()));
const base = {
  ...seeds,
  conflicts: [{ key: "500156|gdp|growth|2023|actual", observations: [3, 4], values: [5.5, 5.6] }],
};

/** The check by hand agrees with the schema: the same metadata when both accept, undefined when the schema rejects. */
function agree(value: unknown): void {
  const fast = checkedMetadata(value);
  const schema = MetadataSchema.safeParse(value);
  if (!schema.success) expect(fast).toBeUndefined();
  if (fast !== undefined) expect(JSON.stringify(fast)).toBe(JSON.stringify(schema.data));
}

describe("checkedMetadata", () => {
  it("rebuilds the seeds' metadata as the schema parses it", () => {
    expect(checkedMetadata(base)).toEqual(MetadataSchema.parse(base));
  });

  it("keeps schema keys only, in schema order, whatever the input's order or extra keys", () => {
    const [region] = base.regions;
    const [document] = base.documents;
    const shuffled = {
      extra: true,
      conflicts: base.conflicts.map((c: object) => ({ values: [1, 2], ...c, note: "x" })),
      documents: [{ sha256: document.sha256, ...document, more: 1 }],
      regions: [{ parent: region.parent, level: region.level, ...region, other: [] }],
      version: 1,
    };
    expect(JSON.stringify(checkedMetadata(shuffled))).toBe(JSON.stringify(MetadataSchema.parse(shuffled)));
  });

  it("leaves every value the schema rejects to the schema", () => {
    const [region] = base.regions;
    const [document] = base.documents;
    const [conflict] = base.conflicts;
    const bad: unknown[] = [null, undefined, "", "x", 1.5, -1, Number.NaN, Number.POSITIVE_INFINITY, [], {}, true];
    bad.push("50015", "5001566", "ABCDEF", 2 ** 53, "work", "county ");
    for (const value of bad) {
      agree({ ...base, version: value });
      agree({ ...base, regions: value });
      agree({ ...base, documents: value });
      agree({ ...base, conflicts: value });
      for (const key of Object.keys(region)) agree({ ...base, regions: [{ ...region, [key]: value }] });
      for (const key of Object.keys(document)) agree({ ...base, documents: [{ ...document, [key]: value }] });
      for (const key of Object.keys(conflict)) agree({ ...base, conflicts: [{ ...conflict, [key]: value }] });
      agree({ ...base, conflicts: [{ ...conflict, observations: [1, value] }] });
      agree({ ...base, conflicts: [{ ...conflict, values: [1, value] }] });
    }
    agree({ ...base, conflicts: [{ ...conflict, observations: [1] }] });
    agree({ ...base, regions: [{ ...region, parent: null }] });
    agree({ ...base, documents: [{ ...document, regionCode: null, year: null, title: "" }] });
  });
});
