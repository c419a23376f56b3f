import { describe, expect, it } from "vitest";
import type { Observation } from "../schema/index.js";
import { orderTargetStatements } from "./orderTargetStatements.js";

const target = (document: string, value: number): Observation => ({
  regionCode: "500156",
  regionName: "武隆区",
  indicator: "gdp",
  measure: "growth",
  period: 2024,
  kind: "target",
  value,
  unit: "%",
  qualifier: "exact",
  nameAsWritten: "地区生产总值",
  source: { document, start: 0, end: 4, quote: `增长${value}%` },
});

describe("orderTargetStatements(statements, years)", () => {
  const years = new Map<string, number | null>([
    ["a-2025.txt", 2025],
    ["b-2024.txt", 2024],
    ["c-2023-12.txt", 2023],
    ["d-unknown.txt", null],
  ]);

  it("the report of the target's year first, then a December report of the year before, then the earliest", () => {
    const statements = [
      target("a-2025.txt", 7),
      target("d-unknown.txt", 8),
      target("c-2023-12.txt", 6),
      target("b-2024.txt", 6.5),
    ];
    expect(orderTargetStatements(statements, years).map((o) => o.source.document)).toEqual([
      "b-2024.txt",
      "c-2023-12.txt",
      "a-2025.txt",
      "d-unknown.txt",
    ]);
    expect(statements[0]?.source.document).toBe("a-2025.txt"); // not mutated
  });

  it("ignores the input order", () => {
    const statements = [target("a-2025.txt", 7), target("c-2023-12.txt", 6)];
    const forward = orderTargetStatements(statements, years);
    expect(orderTargetStatements([...statements].reverse(), years)).toEqual(forward);
  });
});
