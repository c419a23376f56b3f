// A seeded synthetic national panel: regions × indicators × years × (actual, target),
// about 2% NaN and 1% absent, values rounded to one decimal so ties are common.

export const FULL = { regions: 2844, indicators: 80, years: 10, kinds: ["actual", "target"] };

/** mulberry32: a small, fast, seedable PRNG (same stream on every machine). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Region codes: six digits, distinct, not in order of generation (so sorting is real work). */
export function regionCodes(count) {
  return Array.from({ length: count }, (_, i) => String(110000 + ((i * 7919) % 889997)).padStart(6, "0"));
}

/**
 * Long columns for `scale` (1, 0.1, 0.01) of the regions. Rows are listed region by region, as
 * reports are; strings come from one dictionary per column, as a CSV reader that interns would give.
 */
export function generate(scale = 1, seed = 20240101) {
  const random = mulberry32(seed);
  const regionCount = Math.max(2, Math.round(FULL.regions * scale));
  const regions = regionCodes(regionCount);
  const indicators = Array.from({ length: FULL.indicators }, (_, i) => `indicator_${String(i).padStart(2, "0")}`);
  const years = Array.from({ length: FULL.years }, (_, i) => 2015 + i);
  const capacity = regionCount * FULL.indicators * FULL.years * FULL.kinds.length;
  const region = new Array(capacity);
  const indicator = new Array(capacity);
  const period = new Int32Array(capacity);
  const kind = new Array(capacity);
  const value = new Float64Array(capacity);
  let rows = 0;
  for (const r of regions) {
    for (let i = 0; i < indicators.length; i++) {
      const scaleOf = 1 + (i % 7) * 10;
      for (const y of years) {
        for (const k of FULL.kinds) {
          const u = random();
          if (u < 0.01) continue; // absent
          region[rows] = r;
          indicator[rows] = indicators[i];
          period[rows] = y;
          kind[rows] = k;
          value[rows] = u < 0.03 ? Number.NaN : Math.round(random() * scaleOf * 10) / 10;
          rows++;
        }
      }
    }
  }
  region.length = rows;
  indicator.length = rows;
  kind.length = rows;
  return { region, indicator, period: period.slice(0, rows), kind, value: value.slice(0, rows), regionCount };
}

/**
 * Order-independent checksum over every ranked cell: Σ hash(region, indicator, period, kind) ×
 * (rank × 2) + hash' × round(gap × 100), mod 2³². Ranks are integers or halves and gaps to a
 * median of one-decimal values are multiples of 0.05, so both quantize exactly.
 */
export function makeChecksum(columns) {
  const regionId = new Map();
  const indicatorId = new Map();
  for (const r of columns.region) if (!regionId.has(r)) regionId.set(r, regionId.size);
  for (const i of columns.indicator) if (!indicatorId.has(i)) indicatorId.set(i, indicatorId.size);
  let sum = 0;
  let count = 0;
  const mix = (a, b) => {
    let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  };
  return {
    add(regionCode, indicatorIdText, periodValue, kindText, rank, gap) {
      const key = mix(
        mix(mix(regionId.get(regionCode), indicatorId.get(indicatorIdText)), periodValue),
        kindText === "actual" ? 1 : 2,
      );
      sum = (sum + Math.imul(key, Math.round(rank * 2)) + Math.imul(mix(key, 7), Math.round(gap * 100))) >>> 0;
      count++;
    },
    result: () => ({ checksum: sum.toString(16).padStart(8, "0"), ranked: count }),
  };
}
