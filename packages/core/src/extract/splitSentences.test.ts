import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSentences } from "./splitSentences.js";

/** The split written plainly: a sentence ends after 。！？； or a line feed, and at the text's end. */
function reference(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!"。！？；\n".includes(text.charAt(i))) continue;
    if (i + 1 > start) out.push({ start, end: i + 1 });
    start = i + 1;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

describe("splitSentences(text)", () => {
  it("keeps the end mark with its sentence (增长5.5%。下降0.5%；)", () => {
    expect(splitSentences("增长5.5%。下降0.5%；")).toEqual([
      { start: 0, end: 7 },
      { start: 7, end: 14 },
    ]);
  });

  it("closes a last sentence with no end mark at the text's end", () => {
    expect(splitSentences("增长5.5%。下降0.5%")).toEqual([
      { start: 0, end: 7 },
      { start: 7, end: 13 },
    ]);
  });

  it("gives nothing for an empty text, one sentence per mark for marks alone", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences("。\n")).toEqual([
      { start: 0, end: 1 },
      { start: 1, end: 2 },
    ]);
  });

  it("splits as the plain reference does, for any text of marks and words", () => {
    const piece = fc.constantFrom("。", "！", "？", "；", "\n", "，", "增长", "5.5%", " ", "a");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        expect(splitSentences(text)).toEqual(reference(text));
      }),
    );
  });
});
