import { createRequire } from "node:module";
import { type Dataset, type Document, type Observation, regions } from "@duibi/core";
import { attainment } from "@duibi/stats";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { dataOf, innerOf, renderClean } from "../__fixtures__/renderClean.js";
import { attainmentMatrix } from "./attainmentMatrix.js";
import { targetHistory } from "./targetHistory.js";

const schema = createRequire(import.meta.url)("vega-lite/vega-lite-schema.json");
const check = new Ajv({ strict: false, allowUnionTypes: true, logger: false }).compile(schema);

const QUALIFIERS = ["exact", "at_least", "about", "at_most", "range"] as const;

/**
 * A panel of `n` county-level regions over 2015–2024: each report of year y sets a GDP growth
 * target for y and states the outcome of y − 1; figures vary deterministically by region and year.
 */
export function panel(n: number): Dataset {
  const counties = regions()
    .filter((r) => r.level === "county")
    .slice(0, n);
  const observations: Observation[] = [];
  const documents: Document[] = [];
  counties.forEach((region, i) => {
    for (let year = 2015; year <= 2024; year++) {
      const id = `${region.code}-${year}.txt`;
      documents.push({
        id,
        title: `${year}年${region.name}政府工作报告`,
        regionCode: region.code,
        year,
        type: "work_report",
        chars: 1000,
        sha256: "0".repeat(64),
      });
      const base = { regionCode: region.code, regionName: region.name, indicator: "gdp", measure: "growth" as const };
      const q = QUALIFIERS[(i + year) % QUALIFIERS.length]!;
      const target = 5 + ((i * 7 + year) % 5) / 2;
      observations.push({
        ...base,
        period: year,
        kind: "target",
        value: q === "range" ? target + 0.25 : target,
        unit: "%",
        qualifier: q,
        ...(q === "range" ? { bounds: { low: target, high: target + 0.5 } } : {}),
        nameAsWritten: "地区生产总值",
        source: { document: id, start: 100, end: 112, quote: `地区生产总值增长${target}%` },
      });
      // the report of 2019 states no outcome: a gap year
      if (year === 2019) continue;
      const actual = 3 + ((i * 13 + year * 3) % 9) / 2;
      observations.push({
        ...base,
        period: year - 1,
        kind: "actual",
        value: actual,
        unit: "%",
        qualifier: "exact",
        nameAsWritten: "地区生产总值",
        source: { document: id, start: 10, end: 22, quote: `地区生产总值增长${actual}%` },
      });
    }
  });
  return { version: 1, regions: counties, documents, observations, conflicts: [] };
}

describe.each([3, 300])("attainment charts of %i regions", (n) => {
  const dataset = panel(n);
  const result = attainment(dataset);

  it("the matrix is schema-valid, renders without warnings and keeps a row per region", async () => {
    const spec = attainmentMatrix(result, { documents: dataset.documents });
    expect(check(spec), JSON.stringify(check.errors?.slice(0, 3))).toBe(true);
    const cells = dataOf(spec);
    expect(new Set(cells.map((c) => c.region)).size).toBe(n);
    expect(cells).toHaveLength(n * 10);
    // the report of 2019 states no 2018 outcome: incomplete for every region
    expect(cells.filter((c) => c.year === "2018").every((c) => c.verdict === "缺数据")).toBe(true);
    expect(innerOf(spec).height).toEqual({ step: n <= 30 ? 26 : 14 });
    const svg = await renderClean(spec);
    expect(svg).toContain("目标完成情况");
  });

  it("the history of one region is schema-valid and renders without warnings", async () => {
    const spec = targetHistory(result, { region: result.rows[0]!.regionCode, documents: dataset.documents });
    expect(check(spec), JSON.stringify(check.errors?.slice(0, 3))).toBe(true);
    const svg = await renderClean(spec);
    expect(svg).toContain("目标与实际");
  });
});

describe("attainment charts in English", () => {
  const result = attainment(panel(3));
  it("label verdicts in English", async () => {
    const spec = attainmentMatrix(result, { lang: "en" });
    expect(dataOf(spec).some((c) => c.verdict === "missed")).toBe(true);
    const svg = await renderClean(targetHistory(result, { lang: "en" }));
    expect(svg).toContain("targets and outcomes");
  });
});
