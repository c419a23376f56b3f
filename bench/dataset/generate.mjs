import { mulberry32 } from "../stats/generate.mjs";
// A seeded synthetic Dataset of N observations that passes DatasetSchema: real county codes
// from core's regions(), real indicator ids from indicators() (one per definition family, so
// align keeps one row per indicator × measure), one document per region, source spans with
// short quotes. Shared by bench/dataset/run.mjs and tests/hardening/million.test.ts.
//
// Layout: region-major blocks of 352 facts per county (22 indicators × level/growth ×
// actual 2020–2023 and target 2021–2024), cut at N, so every county in the dataset states
// every fact of a full block except possibly the last one.

/** Indicators per region block; with 2 measures, 4 actual and 4 target periods: 352 facts. */
export const INDICATORS_PER_REGION = 22;
const MEASURES = ["level", "growth"];
const ACTUAL_PERIODS = [2020, 2021, 2022, 2023];
const TARGET_PERIODS = [2021, 2022, 2023, 2024];
/** The period and kind the benchmark aligns. */
export const ALIGN = { period: 2023, kind: "actual" };
/** Facts (observations) per county block. */
export const FACTS_PER_REGION =
  INDICATORS_PER_REGION * MEASURES.length * (ACTUAL_PERIODS.length + TARGET_PERIODS.length);
/** Rows `align` gives for {@link ALIGN}: one per indicator × measure. */
export const EXPECTED_ROWS = INDICATORS_PER_REGION * MEASURES.length;

/**
 * @param core - the @duibi/core module (regions, indicators)
 * @param count - observations to generate
 * @param seed - PRNG seed
 * @returns a Dataset of exactly `count` observations (plain objects, not validated)
 */
export function generateDataset(core, count, seed = 20261126) {
  const random = mulberry32(seed);
  const counties = core.regions().filter((r) => r.level === "county");
  const families = new Map();
  for (const indicator of core.indicators()) families.set(indicator.family, (families.get(indicator.family) ?? 0) + 1);
  const chosen = core
    .indicators()
    .filter((i) => families.get(i.family) === 1)
    .slice(0, INDICATORS_PER_REGION);
  if (chosen.length < INDICATORS_PER_REGION) throw new Error("not enough single-variant indicators");
  const facts = [];
  for (const indicator of chosen) {
    for (const measure of MEASURES) {
      for (const period of ACTUAL_PERIODS) facts.push({ indicator, measure, period, kind: "actual" });
      for (const period of TARGET_PERIODS) facts.push({ indicator, measure, period, kind: "target" });
    }
  }
  const regionCount = Math.ceil(count / facts.length);
  if (regionCount > counties.length) throw new Error(`${count} observations need ${regionCount} counties`);
  const regions = counties.slice(0, regionCount);
  const documents = regions.map((region) => ({
    id: `synthetic/${region.code}_2024.txt`,
    title: `${region.name}2024年政府工作报告`,
    regionCode: region.code,
    year: 2024,
    type: "work_report",
    chars: 40_000,
    sha256: region.code
      .repeat(11)
      .slice(0, 64)
      .replace(/\d/g, (d) => "0123456789abcdef"[(Number(d) * 7) % 16]),
  }));
  const observations = new Array(count);
  let n = 0;
  for (let r = 0; r < regions.length && n < count; r++) {
    const region = regions[r];
    const document = documents[r].id;
    let offset = 0;
    for (const fact of facts) {
      if (n >= count) break;
      const growth = fact.measure === "growth";
      // one decimal, so many ties, as in the reports
      const value = Math.round((growth ? random() * 20 - 4 : random() * 5000) * 10) / 10;
      const unit = growth ? "%" : fact.indicator.unit;
      const hedge = random();
      const qualifier = fact.kind === "target" && hedge < 0.3 ? "at_least" : hedge < 0.05 ? "about" : "exact";
      const quote = growth ? `增长${value}%` : `${value}${unit}`;
      offset += 37 + Math.floor(random() * 200);
      const observation = {
        regionCode: region.code,
        regionName: region.name,
        indicator: fact.indicator.id,
        measure: fact.measure,
        period: fact.period,
        kind: fact.kind,
        value,
        unit,
        qualifier,
        nameAsWritten: fact.indicator.zh,
        source: { document, start: offset, end: offset + quote.length, quote },
      };
      if (random() < 0.01) {
        observation.alsoIn = [{ document, start: offset + 5000, end: offset + 5000 + quote.length, quote }];
      }
      observations[n++] = observation;
    }
  }
  return { version: 1, regions, documents, observations, conflicts: [] };
}

/**
 * The memory budget the benchmark states and the test enforces: a V8 heap of 128 MB plus
 * 2 KB per observation (measured: about 1.45 KB per observation after a 1M load + align),
 * and a peak RSS of that heap plus 512 MB (the file text while it is parsed, code, buffers).
 * @param count - observations
 * @returns { heapMb, rssMb, rule }
 */
export function budgetFor(count) {
  const heapMb = 128 + Math.ceil((2 * count) / 1000);
  return {
    heapMb,
    rssMb: heapMb + 512,
    rule: "a V8 heap of 128 MB + 2 KB per observation, peak RSS that heap + 512 MB",
  };
}
