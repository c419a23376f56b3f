import { describe, expect, it } from "vitest";
import { type AttainmentNote, describeAttainmentNote, describeAttainmentNotes } from "./attainmentNotes.js";

const statement = { value: 6.5, unit: "%", kind: "estimate", document: "doc.txt" } as const;
/** One note of every code; names and documents are the only words not of the language. */
const NOTES: AttainmentNote[] = [
  { code: "above_band" },
  { code: "target_restated", statement: { ...statement, kind: "target" } },
  { code: "report_conflict", reports: 2, regionName: "武隆区", year: 2024 },
  { code: "definition_differs", target: "unemployment.registered", outcome: "unemployment.surveyed" },
  { code: "no_later_report", period: 2024, regionName: "武隆区" },
  { code: "outcome_not_stated", period: 2023 },
  { code: "unit_differs", outcomeUnit: "亿元", targetUnit: "%" },
  { code: "estimate_stands_in" },
  { code: "revised", statements: [statement], final: { value: 6.1, unit: "亿元" } },
  { code: "multiple_not_growth", side: "outcome" },
];

describe("attainment notes in the caller's language", () => {
  it("writes every code in Chinese with no English word, and in English with no Chinese but names", () => {
    for (const note of NOTES) {
      const zh = describeAttainmentNote(note, "zh").replaceAll("doc.txt", "");
      expect(zh, note.code).not.toMatch(/[A-Za-z]{2,}/);
      const en = describeAttainmentNote(note, "en").replaceAll("武隆区", "").replaceAll("亿元", "");
      expect(en, note.code).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("joins a row's notes with the language's separator, and says nothing of no notes", () => {
    const two: AttainmentNote[] = [{ code: "estimate_stands_in" }, { code: "above_band" }];
    expect(describeAttainmentNotes(two, "zh")).toBe("以预计数代替：之后的报告未说明最终数；超出“左右”的范围：超额完成");
    expect(describeAttainmentNotes(two, "en").split("; ")).toHaveLength(2);
    expect(describeAttainmentNotes([], "zh")).toBe("");
  });

  it("names the definitions by the registry's names in each language", () => {
    const note = NOTES[3] as AttainmentNote;
    expect(describeAttainmentNote(note, "zh")).toContain("城镇登记失业率");
    expect(describeAttainmentNote(note, "en")).toContain("Registered urban unemployment rate");
  });
});
