/**
 * The seeds (武隆 and 万州, see `wulongWanzhou.ts`) with generated county-level districts that
 * state fewer indicators, as a new user adding regions would see: charts must compare each
 * figure among the regions that state it and say who is missing.
 */
import { type Dataset, type Document, getRegion, type Observation, regions } from "@duibi/core";
import { dataset as seeds } from "./wulongWanzhou.js";

type Figure = Pick<Observation, "indicator" | "measure" | "period" | "kind" | "value" | "unit" | "qualifier">;

/**
 * What the `i`-th generated district states (0-based), deterministic in `i`: GDP growth and
 * level always; retail sales, investment and budget revenue growth for some; a GDP growth target
 * for two districts in three, with varying qualifiers. The first (the third region of a
 * three-region report) states no target and neither retail sales nor investment.
 */
function figuresOf(i: number): Figure[] {
  const growth = (indicator: string, value: number): Figure => ({
    indicator,
    measure: "growth",
    period: 2023,
    kind: "actual",
    value,
    unit: "%",
    qualifier: "exact",
  });
  const qualifiers = ["at_least", "about", "exact"] as const;
  return [
    growth("gdp", 2 + ((i * 37) % 61) / 10),
    { ...growth("gdp", 40 + ((i * 53) % 997)), measure: "level", unit: "亿元" },
    ...(i % 3 === 1 ? [growth("retail_sales", 1 + ((i * 29) % 71) / 10)] : []),
    ...(i % 2 === 1 ? [growth("investment.fixed_assets", -4 + ((i * 17) % 150) / 10)] : []),
    ...(i % 4 !== 0 ? [growth("budget_revenue", -10 + ((i * 43) % 400) / 10)] : []),
    ...(i % 3 !== 0
      ? [
          {
            ...growth("gdp", 4 + ((i * 11) % 31) / 10),
            period: 2024,
            kind: "target" as const,
            qualifier: qualifiers[i % 3] ?? "exact",
          },
        ]
      : []),
  ];
}

/** Quote of a generated figure, as a report would write it. */
function quoteOf(name: string, f: Figure): string {
  const what = f.indicator === "gdp" ? "地区生产总值" : f.indicator;
  const number = f.measure === "level" ? `${f.value}亿元` : `增长${f.value}%`;
  return `${f.kind === "target" ? "预期目标：" : ""}${what}${number}（${name}）`;
}

/**
 * A dataset of `n` regions (n ≥ 2): 武隆 and 万州 as the seeds state them, then `n − 2`
 * county-level districts of the registry (in registry order) stating some of their figures,
 * each from its own report "2024年<name>政府工作报告".
 *
 * @param n - Number of regions.
 * @param base - The two seed regions' dataset (default: the seeds fixture; a report test passes `loadSeeds()`).
 * @returns The dataset.
 */
export function manyDistricts(n: number, base: Dataset = seeds): Dataset {
  const taken = new Set(base.regions.map((r) => r.code));
  const generated = regions()
    .filter((r) => r.level === "county" && !taken.has(r.code))
    .slice(0, Math.max(0, n - 2));
  const documents: Document[] = generated.map((r) => ({
    id: `gen_${r.code}.txt`,
    title: `2024年${r.name}政府工作报告`,
    regionCode: r.code,
    year: 2024,
    type: "work_report",
    chars: 1000,
    sha256: "2".repeat(64),
  }));
  const observations = generated.flatMap((r, i) =>
    figuresOf(i).map((f, k): Observation => {
      const quote = quoteOf(r.name, f);
      return {
        regionCode: r.code,
        regionName: r.name,
        ...f,
        nameAsWritten: f.indicator === "gdp" ? "地区生产总值" : f.indicator,
        source: { document: `gen_${r.code}.txt`, start: 40 * k, end: 40 * k + quote.length, quote },
      };
    }),
  );
  // the seeds' regions as the registry has them (the parent of a district of 重庆 is 500000)
  const seedRegions = base.regions.map((r) => getRegion(r.code) ?? r);
  return {
    ...base,
    regions: [...seedRegions, ...generated],
    documents: [...base.documents, ...documents],
    observations: [...base.observations, ...observations],
  };
}
