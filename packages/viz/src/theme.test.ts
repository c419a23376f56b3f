import { describe, expect, it } from "vitest";
import { documents } from "./__fixtures__/wulongWanzhou.js";
import { sourceLine, wrapText } from "./theme/frame.js";
import { REGION_PALETTE, regionColors } from "./theme/regionColors.js";
import { formatNumber, formatValue } from "./theme.js";

describe("regionColors", () => {
  it("gives each region the same colour whatever order the regions come in", () => {
    expect(regionColors(["500156", "500101"])).toEqual(regionColors(["500101", "500156", "500156"]));
    expect(regionColors(["500156", "500101"])).toEqual({ "500101": REGION_PALETTE[0], "500156": REGION_PALETTE[1] });
  });
});

describe("formatNumber", () => {
  it("writes numbers as the reports do", () => {
    expect(formatNumber(273.46)).toBe("273.46");
    expect(formatNumber(6.5)).toBe("6.5");
    expect(formatNumber(50, 0)).toBe("50");
    expect(formatNumber(1200)).toBe("1200");
    expect(formatNumber(22364.5)).toBe("22,364.5");
    expect(formatNumber(-0.5)).toBe("−0.5");
    expect(formatNumber(-0.001)).toBe("0");
  });

  it("formatValue attaches units and signs", () => {
    expect(formatValue(1.4, "个百分点", { sign: true })).toBe("+1.4个百分点");
    expect(formatValue(0.8477, "亿元")).toBe("0.85亿元");
    expect(formatValue(5, "pp")).toBe("5 pp");
    expect(formatValue(273.46, "100m yuan")).toBe("273.46 100m yuan");
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
