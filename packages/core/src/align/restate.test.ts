import { describe, expect, it } from "vitest";
import { getIndicator } from "../registry/indicators.js";
import { restate, shortNames } from "./restate.js";

const days = getIndicator("air_quality.good_days.urban");
const ratio = getIndicator("air_quality.good_days_ratio.urban");

describe("restate(value, from, to, period)", () => {
  it("turns 万州's 城区空气质量优良天数 336天 into 336/365 of 2023 (004: 城区空气质量优良天数336天)", () => {
    const result = restate(336, days, ratio, 2023)!;
    expect(result.value).toBeCloseTo(92.0548, 4);
    expect(result).toMatchObject({ unit: "%", how: "优良天数→优良率 (336/365)" });
  });

  it("uses 366 days in a leap year, and converts back from the ratio", () => {
    expect(restate(336, days, ratio, 2024)!.value).toBeCloseTo((336 / 366) * 100, 12);
    expect(restate(94.2, ratio, days, 2023)).toMatchObject({ unit: "天", how: "优良率→优良天数 (94.2%×365)" });
    expect(restate(94.2, ratio, days, 2023)!.value).toBeCloseTo(343.83, 2);
  });

  it("does not convert across scopes or between unlinked indicators", () => {
    expect(restate(336, getIndicator("air_quality.good_days"), ratio, 2023)).toBeUndefined();
    expect(
      restate(5.4, getIndicator("unemployment.surveyed"), getIndicator("unemployment.registered"), 2023),
    ).toBeUndefined();
  });
});

describe("shortNames(a, b)", () => {
  it("drops a shared place or subject word", () => {
    expect(shortNames("城镇登记失业率", "城镇调查失业率")).toEqual(["登记失业率", "调查失业率"]);
    expect(shortNames("城区空气质量优良天数", "城区空气质量优良率")).toEqual(["优良天数", "优良率"]);
  });

  it("keeps both names whole rather than cut inside a word", () => {
    expect(shortNames("新培育外贸企业", "新培育外资外贸企业")).toEqual(["新培育外贸企业", "新培育外资外贸企业"]);
    expect(shortNames("满意率", "满意及基本满意率")).toEqual(["满意率", "满意及基本满意率"]);
    expect(shortNames("规模以上工业增加值", "工业增加值")).toEqual(["规模以上工业增加值", "工业增加值"]);
  });
});
