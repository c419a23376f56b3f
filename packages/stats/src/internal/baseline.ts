import { factKey, type Observation } from "@duibi/core";

/** The previous year's figure: the actual, else the estimate (预计). */
export function baseline(
  index: Map<string, Observation[]>,
  o: Observation,
  measure: Observation["measure"],
  period: number,
): Observation | undefined {
  return (
    index.get(factKey({ ...o, measure, period, kind: "actual" }))?.[0] ??
    index.get(factKey({ ...o, measure, period, kind: "estimate" }))?.[0]
  );
}
