import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { datasetArbitrary } from "./__fixtures__/arbitraries.js";
import { fixtureDataset } from "./__fixtures__/dataset.js";
import { readArrow } from "./readArrow.js";
import { writeArrow } from "./writeArrow.js";

describe("writeArrow / readArrow", () => {
  it("readArrow(writeArrow(dataset)) is the dataset, conflicts and alsoIn included", async () => {
    const bytes = await writeArrow(fixtureDataset);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(await readArrow(bytes)).toEqual(fixtureDataset);
  });

  it("writes an Arrow IPC file (ARROW1 magic) with typed columns and the metadata key", async () => {
    const bytes = await writeArrow(fixtureDataset);
    expect(new TextDecoder().decode(bytes.subarray(0, 6))).toBe("ARROW1");
    const { tableFromIPC } = await import("apache-arrow");
    const table = tableFromIPC(bytes);
    expect(table.numRows).toBe(7);
    const types = Object.fromEntries(table.schema.fields.map((f) => [f.name, String(f.type)]));
    expect(types).toMatchObject({ region_code: "Utf8", period: "Int32", value: "Float64", bound_low: "Float64" });
    expect(JSON.parse(table.schema.metadata.get("duibi.dataset") ?? "{}").regions).toHaveLength(2);
  });

  it("writeArrow is deterministic and does not modify its input", async () => {
    const before = structuredClone(fixtureDataset);
    const [a, b] = [await writeArrow(fixtureDataset), await writeArrow(fixtureDataset)];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(fixtureDataset).toEqual(before);
  });

  it("an empty dataset round-trips", async () => {
    const empty = { ...fixtureDataset, observations: [], conflicts: [] };
    expect(await readArrow(await writeArrow(empty))).toEqual(empty);
  });

  it("readArrow rejects rows that break the schema, naming row and field", async () => {
    const { tableFromArrays, tableToIPC } = await import("apache-arrow");
    const bytes = tableToIPC(tableFromArrays({ region_code: ["5001"], value: [1] }), "stream");
    await expect(readArrow(bytes, "bad.arrow")).rejects.toMatchObject({
      code: "invalid_dataset",
      where: "bad.arrow",
      message: expect.stringContaining("rows[0].region_code"),
    });
  });

  it("readArrow(writeArrow(dataset)) is the dataset for any observations (CJK, astral, empty text, extreme numbers)", async () => {
    await fc.assert(
      fc.asyncProperty(datasetArbitrary, async (dataset) => {
        expect(await readArrow(await writeArrow(dataset))).toEqual(dataset);
      }),
      { numRuns: 60 },
    );
  });
});
