import { describe, expect, it } from "vitest";
import { describeTargetNote, describeTargetNotes, type TargetNote } from "./targetNotes.js";

const CJK = /[\u4e00-\u9fff]/u;

/** One note of every code, with its zh and en wording. */
const CASES: [TargetNote, string, string][] = [
  [
    { code: "ceiling" },
    "上限（以内或价格目标），不计进取程度",
    "a ceiling (at most, or a price target), not an ambition",
  ],
  [
    { code: "floor" },
    "目标为下限（以上）：进取程度至少如此",
    "the target is a floor (or more): the ambition is at least this",
  ],
  [{ code: "level_ceiling" }, "目标为上限：推算水平也是上限", "the target is a ceiling: the level is a ceiling too"],
  [{ code: "level_floor" }, "目标为下限：推算水平也是下限", "the target is a floor: the level is a floor too"],
  [{ code: "range", low: 5, high: 7 }, "区间目标5–7%，取中值", "range 5–7%, read at its midpoint"],
  [{ code: "range" }, "区间目标，取中值", "range target read at its midpoint"],
  [{ code: "nearly" }, "近：略低于所述目标", "nearly: a little under the stated target"],
  [
    {
      code: "targets_differ",
      statements: [
        { value: 6.5, document: "a.txt" },
        { value: 7, document: "b.txt" },
      ],
    },
    "各来源目标不同（a.txt为6.5%，b.txt为7%），取第一个",
    "targets differ between sources (6.5% in a.txt, 7% in b.txt); the first is used",
  ],
  [{ code: "no_baseline", year: 2023 }, "未说明2023年增速", "no 2023 growth stated"],
  [{ code: "estimate_baseline", year: 2023 }, "2023年基数为预计数", "2023 baseline is the estimate"],
  [
    { code: "baseline_qualified", year: 2023, qualifier: "about" },
    "2023年增速带限定词（左右）",
    "2023 growth stated with a qualifier (about)",
  ],
  [
    { code: "baseline_qualified", year: 2023, qualifier: "range" },
    "2023年增速带限定词（区间）",
    "2023 growth stated with a qualifier (range)",
  ],
];

describe("describeTargetNote(note, lang)", () => {
  it.each(CASES)("words %j in zh and en, English without Chinese", (note, zh, en) => {
    expect(describeTargetNote(note, "zh")).toBe(zh);
    expect(describeTargetNote(note, "en")).toBe(en);
    expect(en).not.toMatch(CJK);
  });

  it("refuses another language or an unknown code", () => {
    expect(() => describeTargetNote({ code: "floor" }, "fr" as never)).toThrow(/lang/);
    expect(() => describeTargetNote({ code: "nope" } as never, "en")).toThrow(/note\.code/);
  });
});

describe("describeTargetNotes(notes, lang)", () => {
  it("joins with ；(zh) or ; (en), and no notes as the empty string", () => {
    const notes: TargetNote[] = [{ code: "floor" }, { code: "estimate_baseline", year: 2023 }];
    expect(describeTargetNotes(notes, "zh")).toBe("目标为下限（以上）：进取程度至少如此；2023年基数为预计数");
    expect(describeTargetNotes(notes, "en").split("; ")).toHaveLength(2);
    expect(describeTargetNotes([], "zh")).toBe("");
  });
});
