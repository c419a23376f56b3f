/** The seeds fixture every package's tests share holds what the seed reports say. */
import { getRegion, ObservationSchema } from "@duibi/core";
import { describe, expect, it } from "vitest";
import { ALIGN_SET, REPORT_SET, seedDataset, seedObservations, seedSource, seedText } from "./fixtures/seeds.js";

describe("the seeds fixture", () => {
  const all = seedObservations();

  it("quotes each figure at its offsets, and the quote states the figure", () => {
    expect(all.length).toBeGreaterThan(20);
    for (const o of all) {
      expect(ObservationSchema.parse(o)).toEqual(o);
      expect(seedText(o.source.document).slice(o.source.start, o.source.end)).toBe(o.source.quote);
      expect(o.source.quote, `${o.indicator} ${o.value}`).toContain(String(Math.abs(o.value)));
    }
  });

  it("holds each figure once", () => {
    const keys = all.map((o) => `${o.regionCode}/${o.indicator}/${o.measure}/${o.period}/${o.kind}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("takes regions and documents from the seeds: a Chongqing district's parent is 500000", () => {
    const dataset = seedDataset();
    expect(dataset.regions.map((r) => r.code)).toEqual(["500101", "500156"]);
    for (const region of dataset.regions) expect(region.parent).toBe(getRegion(region.code)?.parent);
    expect(dataset.regions.every((r) => r.parent === "500000")).toBe(true);
    for (const d of dataset.documents) {
      expect(d.chars).toBe(seedText(d.id).length);
      expect(d.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it("selects by key, in the order asked, and refuses a key it does not hold", () => {
    expect(seedObservations(ALIGN_SET)).toHaveLength(ALIGN_SET.length);
    expect(seedObservations(REPORT_SET).map((o) => o.indicator)[0]).toBe("gdp");
    expect(() => seedObservations(["500156/gdp/level/1999/actual"])).toThrow(/no seed fact/);
    expect(() => seedSource("001_8f9e7cf461ee1142.txt", "不在报告里的句子")).toThrow(/quote not once/);
  });
});
