import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALIGN_SET, seedDocuments, seedObservations } from "../../../../tests/fixtures/seeds.js";
import { buildDataset } from "../dataset/buildDataset.js";
import { formatOf, parseJson, readDataset } from "./readDataset.js";
import { serializeDataset, writeDataset } from "./writeDataset.js";

const dataset = buildDataset({ observations: seedObservations(ALIGN_SET), documents: seedDocuments() });
let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "duibi-io-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("writeDataset(dataset, path, options) and readDataset(path, options)", () => {
  it("round-trips JSON", async () => {
    const path = join(dir, "d.json");
    await writeDataset(dataset, path);
    expect(await readDataset(path)).toEqual(dataset);
  });

  it("round-trips CSV, chosen by the extension, given the documents", async () => {
    const path = join(dir, "d.csv");
    await writeDataset(dataset, path);
    expect((await readFile(path, "utf8")).startsWith("region_code,region_name,")).toBe(true);
    expect(await readDataset(path, { documents: dataset.documents })).toEqual(dataset);
  });

  it("honours an explicit format over the extension", async () => {
    const path = join(dir, "d.txt");
    await writeDataset(dataset, path, { format: "csv" });
    expect((await readDataset(path, { format: "csv" })).observations).toEqual(dataset.observations);
  });

  it("writes the same bytes for the same dataset, whatever its key order, and leaves no temporary file", async () => {
    const reordered = Object.fromEntries(Object.entries(dataset).reverse()) as typeof dataset;
    expect(serializeDataset(reordered, "json")).toBe(serializeDataset(dataset, "json"));
    const path = join(dir, "twice.json");
    await writeDataset(dataset, path);
    await writeDataset(reordered, path);
    expect(await readFile(path, "utf8")).toBe(serializeDataset(dataset, "json"));
    expect((await readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("refuses to write an invalid dataset and leaves the old file", async () => {
    const path = join(dir, "keep.json");
    await writeDataset(dataset, path);
    const broken = { ...dataset, version: 3 } as unknown as typeof dataset;
    await expect(writeDataset(broken, path)).rejects.toMatchObject({ code: "invalid_dataset" });
    expect(await readDataset(path)).toEqual(dataset);
  });

  it("names a missing folder when writing", async () => {
    await expect(writeDataset(dataset, join(dir, "no", "d.json"))).rejects.toMatchObject({
      code: "file_unwritable",
      message: expect.stringContaining("folder does not exist"),
    });
  });

  it("throws file_not_found for a missing file", async () => {
    await expect(readDataset(join(dir, "missing.json"))).rejects.toMatchObject({ code: "file_not_found" });
  });

  it("throws invalid_json with line and column", async () => {
    const path = join(dir, "bad.json");
    await writeFile(path, '{\n  "version": 1,\n  "regions": [,]\n}\n');
    await expect(readDataset(path)).rejects.toMatchObject({ code: "invalid_json", where: `${path}:3:15` });
  });

  it("throws invalid_dataset naming the JSON path", async () => {
    const path = join(dir, "schema.json");
    const broken = structuredClone(dataset) as unknown as { observations: Record<string, unknown>[] };
    broken.observations[2]!.unit = null;
    await writeFile(path, JSON.stringify(broken));
    await expect(readDataset(path)).rejects.toMatchObject({
      code: "invalid_dataset",
      where: `${path} at observations[2].unit`,
    });
  });

  it("drops a UTF-8 BOM", async () => {
    const path = join(dir, "bom.json");
    await writeFile(path, `\ufeff${JSON.stringify(dataset)}`);
    expect(await readDataset(path)).toEqual(dataset);
  });
});

describe("parseJson(text, where)", () => {
  it("places the error at line:col for each kind of V8 message", () => {
    const where = (text: string) => {
      try {
        parseJson(text, "x.json");
      } catch (error) {
        return (error as { where: string }).where;
      }
      return "parsed";
    };
    expect(where('{"a": 1,}')).toBe("x.json:1:9");
    expect(where('{\n"a": [1,2,]}')).toBe("x.json:2:11");
    expect(where('{"a": 1')).toBe("x.json:1:8");
    expect(where("[1]")).toBe("parsed");
  });

  it("keeps the message short, without V8's quoted context", () => {
    expect(() => parseJson("[1,2,]")).toThrow("Not valid JSON: Unexpected token ']'.");
  });
});

describe("formatOf(path)", () => {
  it("reads .csv in any case as CSV, anything else as JSON", () => {
    expect(formatOf("a/b.CSV")).toBe("csv");
    expect(formatOf("a/b.json")).toBe("json");
    expect(formatOf("a/b")).toBe("json");
  });
});
