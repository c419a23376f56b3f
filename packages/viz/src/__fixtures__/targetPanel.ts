/**
 * A generated panel of county-level regions with GDP growth targets and outcomes over ten
 * years, for the charts of target attainment (the seeds span one year only).
 */
import { type Dataset, type Document, type Observation, regions } from "@duibi/core";

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
