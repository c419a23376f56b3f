import { describe, expect, it } from "vitest";
import { QualifierSchema, VerdictSchema } from "../schema/index.js";
import { catalog } from "./catalog.js";
import { formatFigure, formatNumber, formatSigned, unitText } from "./formatFigure.js";
import { kindLabel, measureLabel, qualifierLabel, verdictLabel } from "./labels.js";

const CJK = /[\u3400-\u9fff]/u;

describe("formatFigure(value, unit, qualifier, lang)", () => {
  it("writes hedges the way reports do (zh) and in words (en)", () => {
    expect(formatFigure(6.5, "%", "at_least", "zh")).toBe("6.5%以上");
    expect(formatFigure(7, "%", "about", "zh")).toBe("7%左右");
    expect(formatFigure(100, "亿元", "nearly", "zh")).toBe("近100亿元");
    expect(formatFigure(100, "亿元", "more_than", "zh")).toBe("超过100亿元");
    expect(formatFigure(6.25, "%", "range", "zh", { low: 6, high: 6.5 })).toBe("6–6.5%");
    expect(formatFigure(7, "%", "about", "en")).toBe("about 7%");
    expect(formatFigure(6.5, "%", "at_least", "en")).toBe("6.5% or more");
    expect(formatFigure(5.5, "%", "at_most", "en")).toBe("at most 5.5%");
    expect(formatFigure(1.2, "个百分点", "exact", "en")).toBe("1.2 pp");
  });
  it("keeps the digits of small converted values (one rule for tables and charts)", () => {
    expect(formatFigure(0.8477, "亿元", "exact", "zh")).toBe("0.8477亿元");
    expect(formatFigure(273.4567, "亿元", "exact", "zh")).toBe("273.46亿元");
  });
  it("rounds floating-point noise and writes a true minus", () => {
    expect(formatNumber((336 / 365) * 100)).toBe("92.05");
    expect(formatNumber(-0)).toBe("0");
    expect(formatNumber(-0.00001)).toBe("0");
    expect(formatSigned(5.5 - 6.9)).toBe("−1.4");
    expect(formatSigned(1)).toBe("+1");
    expect(unitText("亿元", "en")).toBe("亿元");
  });
});

describe("the catalog", () => {
  it("has a word for every verdict and qualifier, in the right script for each language", () => {
    for (const v of VerdictSchema.options) {
      expect(CJK.test(verdictLabel(v, "zh"))).toBe(true);
      expect(CJK.test(verdictLabel(v, "en"))).toBe(false);
    }
    for (const q of QualifierSchema.options) {
      expect(CJK.test(qualifierLabel(q, "en"))).toBe(false);
      expect(qualifierLabel(q, "zh") === "").toBe(qualifierLabel(q, "en") === "");
    }
    for (const lang of ["zh", "en"] as const) {
      const words = catalog[lang];
      const all = [...Object.values(words.measures), ...Object.values(words.kinds)];
      for (const w of all) expect(CJK.test(w)).toBe(lang === "zh" && w !== "");
    }
    expect(measureLabel("growth", "zh")).toBe("增速");
    expect(kindLabel("estimate", "zh")).toBe("预计");
    expect(verdictLabel("partial", "zh")).toBe("部分缺失");
  });
});
