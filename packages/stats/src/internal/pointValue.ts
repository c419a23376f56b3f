import type { Observation } from "@duibi/core";

/** A target's value as a point: a range reads at its midpoint. */
export function pointValue(o: Pick<Observation, "value" | "qualifier" | "bounds">): number {
  if (o.qualifier === "range" && o.bounds !== undefined) return (o.bounds.low + o.bounds.high) / 2;
  return o.value;
}
