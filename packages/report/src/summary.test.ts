import type { ComparisonTable } from "@duibi/core";
import type { AmbitionResult, RankResult } from "@duibi/stats";
import { describe, expect, it } from "vitest";
import { summarize } from "./summary.js";

const REGIONS = [
  { code: "500156", name: "武隆区", shortName: "武隆" },
  { code: "500101", name: "万州区", shortName: "万州" },
  { code: "500102", name: "涪陵区", shortName: "涪陵" },
];
const table = (kind: "actual" | "target"): ComparisonTable => ({
  regions: REGIONS.map(({ code, name }) => ({ code, name })),
  period: kind === "actual" ? 2023 : 2024,
  kind,
  rows: [],
});
/** Ranks of rows every region states: `firsts` names who ranks first on each, 涪陵 is last on all. */
const ranks = (firsts: readonly string[]): RankResult =>
  ({
    method: "competition",
    missing: "exclude",
    rows: firsts.map((first, i) => ({
      indicator: `row${i}`,
      measure: "level",
      direction: "higher",
      n: 3,
      ranks: Object.fromEntries(REGIONS.map((r) => [r.code, r.code === first ? 1 : r.code === "500102" ? 3 : 2])),
    })),
    skipped: [],
  }) as unknown as RankResult;
const input = (firsts: readonly string[]) => ({
  actual: table("actual"),
  targets: table("target"),
  ambition: { year: 2024, rows: [] } as AmbitionResult,
  ranks: ranks(firsts),
  documents: [],
});
const ctx = (lang: "zh" | "en") => ({ lang, regions: REGIONS, cite: () => "" });

describe("summarize(input, ctx) with three regions", () => {
  it("names every region tied for the most first places, in report order", () => {
    const tied = input(["500156", "500101", "500101", "500156"]);
    expect(summarize(tied, ctx("zh"))).toContain(
      "在所有地区都公布的4项指标中，武隆与万州排名第一的次数并列最多（各2项）。",
    );
    expect(summarize(tied, ctx("en"))).toContain(
      "Of the 4 indicators every region states, 武隆 and 万州 tie for ranking first most often (2 each).",
    );
  });

  it("names the one region with the most first places", () => {
    const one = input(["500101", "500101", "500156", "500101"]);
    expect(summarize(one, ctx("zh"))).toContain("在所有地区都公布的4项指标中，万州排名第一的最多（3项）。");
  });
});

describe("the summary's sources", () => {
  it("names a few reports, and counts many (a panel of years), pointing to the sources", () => {
    const few = { ...input([]), documents: ["武隆区-2024", "万州区-2024"] };
    expect(summarize(few, ctx("zh")).at(-1)).toBe(
      "所有数字均摘自《武隆区-2024》、《万州区-2024》原文；点击任一数字可查看它所在的句子。",
    );
    const many = { ...input([]), documents: Array.from({ length: 18 }, (_, i) => `南山区-${2008 + i}`) };
    expect(summarize(many, ctx("zh")).at(-1)).toBe(
      "所有数字均摘自18份报告原文（见“来源”）；点击任一数字可查看它所在的句子。",
    );
    expect(summarize(many, ctx("en")).at(-1)).toBe(
      "Every figure is quoted from 18 reports (see Sources); click a figure to see the sentence it comes from.",
    );
  });
});
