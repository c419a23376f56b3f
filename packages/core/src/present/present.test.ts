import { describe, expect, it } from "vitest";
import { MeasureSchema, QualifierSchema, VerdictSchema } from "../schema/index.js";
import { catalog } from "./catalog.js";
import {
  formatDifference,
  formatFigure,
  formatNumber,
  formatPercent,
  formatRatio,
  formatRounded,
  formatSigned,
  unitName,
  unitText,
} from "./formatFigure.js";
import {
  kindLabel,
  measureLabel,
  measureName,
  outcomeLabel,
  qualifierLabel,
  qualifierSymbol,
  verdictLabel,
} from "./labels.js";

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
    // English names from the unit table; a unit it lacks stays as written
    expect(unitText("亿元", "en")).toBe(" 100m yuan");
    expect(unitText("亿元", "zh")).toBe("亿元");
    expect(unitName("个百分点", "en")).toBe("pp");
    expect(unitName("不在表中", "en")).toBe("不在表中");
  });
});

describe("formatRounded, formatPercent, formatRatio and formatDifference", () => {
  it("round derived numbers to the decimals asked, written as formatNumber writes", () => {
    expect(formatRounded(0.61234, 3)).toBe("0.612");
    expect(formatRounded(0.6, 3)).toBe("0.6");
    expect(formatRounded(-0.0004, 3)).toBe("0");
    expect(formatRounded(-2.25, 1)).toBe("−2.3");
    expect(() => formatRounded(1, 1.5)).toThrow(expect.objectContaining({ code: "invalid_argument" }));
    expect(formatPercent(0.4166)).toBe("42%");
    expect(formatPercent(0.125, 1)).toBe("12.5%");
    expect(formatPercent(1)).toBe("100%");
  });
  it("formatRatio keeps two decimals, and four where two would show 0", () => {
    // 武隆区 273.46亿元 against 万州区 1179.4亿元
    expect(formatRatio(273.46 / 1179.4)).toBe("0.23");
    expect(formatRatio(4.3125)).toBe("4.31");
    expect(formatRatio(0.0042)).toBe("0.0042");
    expect(formatRatio(0)).toBe("0");
  });
  it("formatDifference signs a gap and attaches its unit", () => {
    expect(formatDifference(1.4, "个百分点", "zh")).toBe("+1.4个百分点");
    expect(formatDifference(-1.4, "个百分点", "en")).toBe("−1.4 pp");
    expect(formatDifference(-905.94, "亿元", "zh")).toBe("−905.94亿元");
    expect(formatDifference(0, "%", "zh")).toBe("0%");
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
      const all = [
        ...Object.values(words.measures),
        ...Object.values(words.measureNames),
        ...Object.values(words.kinds),
      ];
      for (const w of all) expect(CJK.test(w)).toBe(lang === "zh" && w !== "");
    }
    expect(measureLabel("growth", "zh")).toBe("增速");
    expect(measureName("level", "zh")).toBe("总量");
    expect(measureName("change_pp", "en")).toBe("change (pp)");
    for (const m of MeasureSchema.options) expect(measureName(m, "zh")).not.toBe("");
    expect(QualifierSchema.options.map(qualifierSymbol)).toEqual(["", "≥", "≈", "≤", ">", "≲", ""]);
    expect(() => qualifierSymbol("roughly" as never)).toThrow(expect.objectContaining({ code: "invalid_argument" }));
    expect(kindLabel("estimate", "zh")).toBe("预计");
    expect(verdictLabel("partial", "zh")).toBe("部分缺失");
    // attainment's verdicts: one set of words for its table, charts and report
    expect(outcomeLabel("met", "zh")).toBe("完成");
    expect(outcomeLabel("not_comparable", "en")).toBe("not comparable");
    expect(() => outcomeLabel("partial" as never, "zh")).toThrow(expect.objectContaining({ code: "invalid_argument" }));
  });
});
