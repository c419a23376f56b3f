import { isDuibiError, loadSeeds } from "@duibi/core";
import { describe, expect, it } from "vitest";
import { compileReport } from "./compileReport.js";

const seeds = loadSeeds();

describe("compileReport", () => {
  it("compiles the seeds' latest year, the second region as the gap reference, and chart specs", () => {
    const report = compileReport(seeds, { regions: ["武隆", "万州"] });
    expect(report.lang).toBe("zh");
    expect(report.data.actual.period).toBe(2023);
    expect(report.data.targets.period).toBe(2024);
    expect(report.data.regions.map((r) => r.shortName)).toEqual(["武隆", "万州"]);
    expect(report.data.gaps.reference.code).toBe(report.data.regions[1]?.code);
    expect(report.charts.length).toBeGreaterThan(0);
    for (const chart of report.charts) expect(typeof chart.spec).toBe("object");
  });

  it("is deterministic and leaves its input alone", () => {
    const before = JSON.stringify(seeds);
    const a = JSON.stringify(compileReport(seeds, { lang: "en" }));
    expect(JSON.stringify(compileReport(seeds, { lang: "en" }))).toBe(a);
    expect(JSON.stringify(seeds)).toBe(before);
  });

  it("refuses an unknown language, region or malformed options with a DuibiError", () => {
    const codeOf = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return isDuibiError(error) ? error.code : "raw";
      }
      return "none";
    };
    expect(codeOf(() => compileReport(seeds, { lang: "fr" as "zh" }))).toBe("invalid_argument");
    expect(codeOf(() => compileReport(seeds, { regions: ["涪陵区"] }))).toBe("unknown_region");
    expect(codeOf(() => compileReport(seeds, { period: 1.5 }))).toBe("invalid_argument");
    expect(codeOf(() => compileReport(null as never))).toBe("invalid_argument");
  });
});
