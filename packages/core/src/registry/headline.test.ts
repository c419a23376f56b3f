import { describe, expect, it } from "vitest";
import { HEADLINE_INDICATORS, headlineFirst } from "./headline.js";
import { findIndicator } from "./indicators.js";

describe("HEADLINE_INDICATORS", () => {
  it("names registered indicators, once each", () => {
    expect(HEADLINE_INDICATORS.filter((id) => findIndicator(id) === undefined)).toEqual([]);
    expect(new Set(HEADLINE_INDICATORS).size).toBe(HEADLINE_INDICATORS.length);
  });
});

describe("headlineFirst(rows)", () => {
  it("puts headline indicators first in reading order, then the rest by id, measures in schema order", () => {
    const rows = [
      { indicator: "tourism.visitors", measure: "level" as const },
      { indicator: "agriculture.film_packaging_recycled", measure: "level" as const },
      { indicator: "gdp", measure: "growth" as const },
      { indicator: "air_quality.pm25", measure: "level" as const },
      { indicator: "gdp", measure: "level" as const },
    ];
    expect(headlineFirst(rows).map((r) => `${r.indicator}:${r.measure}`)).toEqual([
      "gdp:level",
      "gdp:growth",
      "tourism.visitors:level",
      "agriculture.film_packaging_recycled:level",
      "air_quality.pm25:level",
    ]);
    expect(rows[0]?.indicator).toBe("tourism.visitors"); // input not mutated
  });

  it("puts unregistered figures after every registry row, never among the headline ones", () => {
    const rows = [
      { indicator: "unregistered:重点项目", measure: "count" as const },
      { indicator: "water_supply.projects", measure: "count" as const },
      { indicator: "gdp", measure: "level" as const },
    ];
    expect(headlineFirst(rows).map((r) => r.indicator)).toEqual([
      "gdp",
      "water_supply.projects",
      "unregistered:重点项目",
    ]);
  });
});
