import { describe, expect, it } from "vitest";
import { describeSkipReason, type SkipReason } from "./skipReasons.js";

/** One reason of every code; names, units and align's notes are the only words not of the language. */
const REASONS: SkipReason[] = [
  { code: "incomparable", notes: [] },
  { code: "mixed_units", units: ["%", "个百分点"] },
  { code: "too_few_values", count: 2, minimum: 3 },
  { code: "no_reference_value", reference: "万州区" },
  { code: "overflow" },
];

describe("describeSkipReason(reason, lang)", () => {
  it("writes every code in Chinese with no English word, and in English with no Chinese but names", () => {
    for (const reason of REASONS) {
      expect(describeSkipReason(reason, "zh"), reason.code).not.toMatch(/[A-Za-z]{2,}/);
      const en = describeSkipReason(reason, "en").replaceAll("万州区", "").replaceAll("个百分点", "");
      expect(en, reason.code).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("says the counts: 2 of at least 3, and one region in the singular", () => {
    expect(describeSkipReason({ code: "too_few_values", count: 2, minimum: 3 }, "zh")).toBe(
      "仅2个地区有数值，至少需要3个",
    );
    expect(describeSkipReason({ code: "too_few_values", count: 1, minimum: 2 }, "en")).toBe(
      "only 1 region has a value; at least 2 needed",
    );
  });

  it("words an incomparable row's notes in the language asked (登记 vs 调查 unemployment)", () => {
    const reason: SkipReason = {
      code: "incomparable",
      notes: [{ code: "variants", indicators: ["unemployment.registered", "unemployment.surveyed"] }],
    };
    expect(describeSkipReason(reason, "zh")).toBe("登记失业率与调查失业率口径不同");
    expect(describeSkipReason(reason, "en")).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("rejects another language and an unknown code, as describeAttainmentNote does", () => {
    expect(() => describeSkipReason({ code: "overflow" }, "fr" as never)).toThrow(
      expect.objectContaining({ where: "lang" }),
    );
    expect(() => describeSkipReason({ code: "nope" } as never, "zh")).toThrow(
      expect.objectContaining({ where: "reason.code" }),
    );
  });
});
