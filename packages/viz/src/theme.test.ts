import { describe, expect, it } from "vitest";
import { documents } from "./__fixtures__/wulongWanzhou.js";
import { sourceLine, wrapText } from "./theme/frame.js";
import { REGION_PALETTE, regionColors } from "./theme/regionColors.js";

describe("regionColors", () => {
  it("gives each region the same colour whatever order the regions come in", () => {
    expect(regionColors(["500156", "500101"])).toEqual(regionColors(["500101", "500156", "500156"]));
    expect(regionColors(["500156", "500101"])).toEqual({ "500101": REGION_PALETTE[0], "500156": REGION_PALETTE[1] });
  });
});

describe("sourceLine", () => {
  it("names each document once by its title", () => {
    const ids = documents.map((d) => d.id);
    expect(sourceLine([ids[0]!, ids[1]!, ids[0]!], documents)).toBe(
      "来源：武隆区政府工作报告、2024年重庆市万州区政府工作报告",
    );
    expect(sourceLine([], documents)).toBe("");
  });

  it("wraps long lines after a list separator", () => {
    const lines = wrapText("来源：2024年武隆区政府工作报告、2024年万州区政府工作报告", 20);
    expect(lines).toEqual(["来源：2024年武隆区政府工作报告、", "2024年万州区政府工作报告"]);
  });
});
