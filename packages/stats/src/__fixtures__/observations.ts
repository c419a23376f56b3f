import type { Observation } from "@duibi/core";

const NAMES: Record<string, string> = { "500156": "武隆区", "500101": "万州区", "500102": "涪陵区" };
const DOCUMENTS: Record<string, string> = { "500156": "001.txt", "500101": "004.txt" };

/**
 * An observation as extraction would produce it; the source span is illustrative (each call
 * gets its own offsets). Levels are in 亿元, everything else in %.
 */
export function observation(
  regionCode: string,
  indicator: string,
  measure: Observation["measure"],
  period: number,
  kind: Observation["kind"],
  value: number,
  extra: Partial<Observation> = {},
): Observation {
  const unit = measure === "level" ? "亿元" : "%";
  const start = (period - 2000) * 1000 + Math.round(value * 10);
  return {
    regionCode,
    regionName: NAMES[regionCode] ?? regionCode,
    indicator,
    measure,
    period,
    kind,
    value,
    unit,
    qualifier: "exact",
    nameAsWritten: indicator,
    source: { document: DOCUMENTS[regionCode] ?? `${regionCode}.txt`, start, end: start + 4, quote: `${value}${unit}` },
    ...extra,
  };
}
