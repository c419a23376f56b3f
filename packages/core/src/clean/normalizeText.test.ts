import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeText } from "./normalizeText.js";

describe("normalizeText(text)", () => {
  it("folds full-width digits, ％ and ．", () => {
    expect(normalizeText("增长５．５％").text).toBe("增长5.5%");
  });

  it("unifies ASCII punctuation to the Chinese form, keeping ratios and thousands", () => {
    expect(normalizeText("7%,13.8%;(一)").text).toBe("7%，13.8%；（一）");
    expect(normalizeText("城乡收入比2.3:1，GDP 1,179.4亿元").text).toBe("城乡收入比2.3:1，GDP 1179.4亿元");
    expect(normalizeText("城乡收入比2.3：1").text).toBe("城乡收入比2.3:1");
  });

  it("drops spaces between CJK characters and digits but keeps them between Latin words", () => {
    expect(normalizeText("2023 年，左 军 R&D team").text).toBe("2023年，左军R&D team");
  });

  it("joins hard-wrapped OCR lines but keeps sentence and heading breaks (seed 000)", () => {
    const ocr = [
      "2023 年，是全面贯彻党的二十大精",
      "神的开局之年，是新时代武隆改革发展",
      "任务特别繁重、化解政府债务特别艰巨",
      "的一年。",
      "一、2023年工作回顾",
      "一年来，我们全力以赴“拼经济、抓",
      "落实”，在2022年新冠疫情背景下，经",
      "济从一季度平稳开局。实现地区生产总",
      "值273.46亿元、增长5.5%。",
    ].join("\n\n");
    expect(normalizeText(ocr).text).toBe(
      "2023年，是全面贯彻党的二十大精神的开局之年，是新时代武隆改革发展任务特别繁重、化解政府债务特别艰巨的一年。\n一、2023年工作回顾\n一年来，我们全力以赴“拼经济、抓落实”，在2022年新冠疫情背景下，经济从一季度平稳开局。实现地区生产总值273.46亿元、增长5.5%。",
    );
  });

  it("leaves out a line an OCR copy prints twice", () => {
    const lines = [
      "一年来，我们全力以赴拼经济、抓落",
      "一年来，我们全力以赴拼经济、抓落",
      "实，实现地区生产总值273.46亿元、",
    ];
    const ocr = [...lines, ...Array(6).fill("在区人大、区政协监督支持下我们坚")].join("\n");
    expect(
      normalizeText(ocr).text.startsWith("一年来，我们全力以赴拼经济、抓落实，实现地区生产总值273.46亿元、在区"),
    ).toBe(true);
  });

  it("keeps paragraph breaks in a text that is not hard-wrapped (seed 001)", () => {
    expect(normalizeText("二、2024年工作安排\n\n今年是中华人民共和国成立75周年。\n预期目标是：").text).toBe(
      "二、2024年工作安排\n今年是中华人民共和国成立75周年。\n预期目标是：",
    );
  });

  it("maps every normalized span back to the original", () => {
    const original = "实现地区生产总值 ２７３．４６亿元、\r\n增长5.5％";
    const n = normalizeText(original);
    const at = n.text.indexOf("273.46亿元");
    const quote = original.slice(n.toOriginal(at), n.toOriginalEnd(at + "273.46亿元".length));
    expect(quote).toBe("２７３．４６亿元");
    expect(n.toOriginal(n.text.length)).toBe(original.length);
  });

  const reportish = fc.string({
    unit: fc.constantFrom(..."增长5.%％５，,、。 \n\r\t　：:1２年亿元（(一二、）)武隆区".split("")),
    maxLength: 80,
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(reportish, (s) => {
        const once = normalizeText(s).text;
        expect(normalizeText(once).text).toBe(once);
      }),
      { numRuns: 400 },
    );
  });

  it("maps offsets monotonically inside the original", () => {
    fc.assert(
      fc.property(fc.oneof(reportish, fc.string({ maxLength: 40 })), (s) => {
        const n = normalizeText(s);
        let last = 0;
        for (let i = 0; i < n.text.length; i++) {
          const start = n.toOriginal(i);
          expect(start).toBeGreaterThanOrEqual(last);
          expect(n.toOriginalEnd(i + 1)).toBeGreaterThan(start);
          expect(n.toOriginalEnd(i + 1)).toBeLessThanOrEqual(s.length);
          last = start;
        }
      }),
      { numRuns: 300 },
    );
  });
});
