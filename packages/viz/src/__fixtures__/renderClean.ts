import { expect } from "vitest";
import { toSvg } from "../render/toSvg.js";
import type { ChartSpec } from "../types.js";

/** Renders with vega-lite and vega, failing the test on any warning either logs. */
export async function renderClean(spec: ChartSpec): Promise<string> {
  const warnings: string[] = [];
  const svg = await toSvg(spec, { onWarning: (m) => warnings.push(m) });
  expect(warnings).toEqual([]);
  return svg;
}

/** The inline data of the chart (the single item of the frame's vconcat, or its layers). */
export function dataOf(spec: ChartSpec, layer?: number): Record<string, unknown>[] {
  const inner = (spec as unknown as { vconcat: Record<string, unknown>[] }).vconcat[0] as {
    data?: { values: Record<string, unknown>[] };
    layer?: { data?: { values: Record<string, unknown>[] } }[];
  };
  if (layer !== undefined) return inner.layer?.[layer]?.data?.values ?? [];
  return inner.data?.values ?? [];
}

// biome-ignore lint/suspicious/noExplicitAny: tests walk the spec tree freely
type Tree = any;

/** The chart inside the frame. */
export function innerOf(spec: ChartSpec): Record<string, Tree> {
  return (spec as unknown as { vconcat: Record<string, Tree>[] }).vconcat[0] as Record<string, Tree>;
}
