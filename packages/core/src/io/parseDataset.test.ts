import { describe, expect, it } from "vitest";
import { ALIGN_SET, seedDocuments, seedObservations } from "../../../../tests/fixtures/seeds.js";
import { buildDataset } from "../dataset/buildDataset.js";
import { parseDataset } from "./parseDataset.js";

const dataset = () => buildDataset({ observations: seedObservations(ALIGN_SET), documents: seedDocuments() });

describe("parseDataset(json, where)", () => {
  it("returns a valid dataset with keys in schema order", () => {
    const valid = dataset();
    const shuffled = Object.fromEntries(Object.entries(valid).reverse());
    expect(Object.keys(parseDataset(shuffled))).toEqual([
      "version",
      "regions",
      "documents",
      "observations",
      "conflicts",
    ]);
    expect(parseDataset(valid)).toEqual(valid);
  });

  it("names the JSON path and what was expected (observations[3].unit)", () => {
    const broken = structuredClone(dataset()) as unknown as { observations: Record<string, unknown>[] };
    broken.observations[3]!.unit = 7;
    const error = catchError(() => parseDataset(broken, "data.json"));
    expect(error).toMatchObject({ code: "invalid_dataset", where: "data.json at observations[3].unit" });
    expect(error.message).toContain("observations[3].unit: Invalid input: expected string, received number");
  });

  it("lists the first three issues and counts the rest", () => {
    const broken = structuredClone(dataset()) as unknown as { observations: Record<string, unknown>[] };
    for (const o of broken.observations.slice(0, 5)) o.kind = "forecast";
    const error = catchError(() => parseDataset(broken));
    expect(error.message).toMatch(/observations\[0\]\.kind: .*expected one of "actual"\|"estimate"\|"target"/);
    expect(error.message).toContain("(and 2 more)");
    expect(error.where).toBe("observations[0].kind");
  });

  it("rejects a wrong version and a non-object", () => {
    expect(() => parseDataset({ ...dataset(), version: 2 })).toThrow(/version: /);
    expect(() => parseDataset(null)).toThrow(expect.objectContaining({ code: "invalid_dataset", where: "(root)" }));
  });

  it("rejects a span that ends before it starts", () => {
    const broken = structuredClone(dataset());
    broken.observations[1]!.source.end = 0;
    expect(() => parseDataset(broken)).toThrow(
      expect.objectContaining({ where: "observations[1].source.end", message: expect.stringMatching(/before start/) }),
    );
  });

  it("rejects a conflict pointing past the observations", () => {
    const broken = { ...dataset(), conflicts: [{ key: "k", observations: [0, 999], values: [1, 2] }] };
    expect(() => parseDataset(broken)).toThrow(expect.objectContaining({ where: "conflicts[0].observations[1]" }));
  });
});

function catchError(run: () => unknown): Error & { code?: string; where?: string } {
  try {
    run();
  } catch (error) {
    return error as Error & { code?: string; where?: string };
  }
  throw new Error("expected an error");
}

describe("parseDataset(extractOutput)", () => {
  const documents = seedDocuments();
  const observations = seedObservations(ALIGN_SET);
  const output = { documents, observations, unmapped: [] };

  it("assembles what `duibi extract --format json` prints into the dataset buildDataset makes", () => {
    expect(parseDataset(output)).toEqual(buildDataset({ observations, documents }));
  });

  it("validates the extracted observations, naming the JSON path", () => {
    const broken = { ...output, observations: [{ ...observations[0], value: "5.5%" }] };
    expect(() => parseDataset(broken, "wulong.json")).toThrow(
      expect.objectContaining({ code: "invalid_dataset", where: "wulong.json at observations[0].value" }),
    );
  });
});
