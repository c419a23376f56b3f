import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvField, csvText, formatCsv, parseCsv } from "./csv.js";

const fields = (text: string) => parseCsv(text).map((r) => r.fields);

describe("csvField(field)", () => {
  it("quotes only fields with a comma, quote or line break (RFC 4180)", () => {
    expect(csvField("273.46")).toBe("273.46");
    expect(csvField("分别增长7%、13.8%")).toBe("分别增长7%、13.8%");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('称"两个不低于"')).toBe('"称""两个不低于"""');
    expect(csvField("第一行\r\n第二行")).toBe('"第一行\r\n第二行"');
  });

  it("guards text a spreadsheet would run as a formula, and writes numbers as numbers", () => {
    for (const text of ["=1+1", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "'x"]) {
      expect(csvText(parseCsv(csvField(text))[0]!.fields[0]!)).toBe(text);
      expect(csvField(text).replace(/^"/, "")).toMatch(/^'/);
    }
    expect(csvField("=1+1")).toBe("'=1+1");
    expect(csvField("+86 23")).toBe("'+86 23");
    expect(csvField("-2+3")).toBe("'-2+3");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("\tx")).toBe("'\tx");
    expect(csvField("\rx")).toBe('"\'\rx"'); // a CR also needs quotes
    expect(csvField("增长-0.5%")).toBe("增长-0.5%"); // only the first character matters
    // a number is a number: -0.5 stays readable; the same digits as text are guarded
    expect(csvField(-0.5)).toBe("-0.5");
    expect(csvField("-0.5")).toBe("'-0.5");
    expect(csvField(Number.NaN)).toBe("");
    expect(csvField(null)).toBe("");
  });
});

describe("parseCsv(text, where)", () => {
  it("reads quoted commas, doubled quotes and line breaks kept as written", () => {
    expect(fields('a,b,c\r\n"x,y","say ""hi""","l1\r\nl2"\r\n')).toEqual([
      ["a", "b", "c"],
      ["x,y", 'say "hi"', "l1\r\nl2"],
    ]);
  });

  it("accepts LF line ends, a BOM, no final newline, and skips blank lines", () => {
    expect(fields("\ufeffa,b\n\n1,2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("keeps empty fields, and a lone quoted empty field is a record", () => {
    expect(fields('a,,\n""\n')).toEqual([["a", "", ""], [""]]);
  });

  it("reports the line each record starts on", () => {
    expect(parseCsv('h\n"multi\nline"\nnext\n').map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it("throws invalid_csv naming the line of an unclosed quote", () => {
    expect(() => parseCsv('a\n"open\nstill open', "x.csv")).toThrow(
      expect.objectContaining({ code: "invalid_csv", where: "x.csv:2" }),
    );
  });

  it("throws invalid_csv for text after a closing quote", () => {
    expect(() => parseCsv('"a"b\n', "x.csv")).toThrow(
      expect.objectContaining({ code: "invalid_csv", where: "x.csv:1" }),
    );
  });

  it("parseCsv(formatCsv(records)) returns the records", () => {
    const record = fc.array(fc.string({ unit: "grapheme" }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 6 }), (records) => {
        expect(fields(formatCsv(records)).map((r) => r.map(csvText))).toEqual(records);
      }),
    );
  });
});
