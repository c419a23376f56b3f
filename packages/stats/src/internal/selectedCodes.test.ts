import { loadSeeds, selectRegions } from "@duibi/core";
import { describe, expect, it } from "vitest";
import { ambition } from "../ambition.js";
import { attainment } from "../attainment.js";
import { selectedCodes } from "./selectedCodes.js";

const dataset = loadSeeds();

describe("selectedCodes(dataset, regions)", () => {
  it("resolves names, short names and codes as core's selectRegions does", () => {
    expect([...selectedCodes(dataset, ["武隆", "500101"])]).toEqual(
      selectRegions(dataset, ["武隆", "500101"]).map((r) => r.code),
    );
  });

  it("takes every region the observations name when none is asked for", () => {
    expect([...selectedCodes(dataset, undefined)].sort()).toEqual(["500101", "500156"]);
  });

  it("throws core's unknown_region for ambition and attainment alike", () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return (error as { code?: string }).code;
      }
      return "no error";
    };
    expect(code(() => selectRegions(dataset, ["不存在区"]))).toBe("unknown_region");
    expect(code(() => ambition(dataset, { year: 2024, regions: ["不存在区"] }))).toBe("unknown_region");
    expect(code(() => attainment(dataset, { regions: ["不存在区"] }))).toBe("unknown_region");
  });
});
