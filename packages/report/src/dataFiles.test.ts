import { parseCsv } from "@duibi/core";
import { describe, expect, it } from "vitest";
import { reportInput } from "./__fixtures__/seedsLike.js";
import { buildReport } from "./buildReport.js";
import { type ReportData, reportCsv } from "./dataFiles.js";

/** The report's data files are written from the model's `data`. */
const { data } = buildReport(reportInput());

describe("reportCsv(data)", () => {
  it("writes a byte-order mark, then the header", () => {
    expect(reportCsv(data).split("\r\n")[0]).toMatch(/^\ufeffperiod,kind,indicator,/);
  });

  it("guards text cells starting with = + - @ tab or CR, and keeps numbers numeric", () => {
    const starts = ["=", "+", "-", "@", "\t", "\r"];
    const [first] = data.actual.rows;
    const code = data.regions[0]!.code;
    const cell = first!.cells[code]!;
    const rows = starts.map((c) => ({
      ...first!,
      cells: { [code]: { ...cell, value: -0.5, source: { ...cell.source, quote: `${c}HYPERLINK("x")` } } },
    }));
    const risky: ReportData = {
      ...data,
      regions: [{ ...data.regions[0]!, name: "=1+1" }],
      actual: { ...data.actual, rows },
      targets: { ...data.targets, rows: [] },
    };
    const [header, ...records] = parseCsv(reportCsv(risky)).map((r) => r.fields);
    const at = (name: string) => header!.indexOf(name);
    expect(records.map((r) => r[at("quote")])).toEqual(starts.map((c) => `'${c}HYPERLINK("x")`));
    for (const r of records) {
      expect(r[at("region_name")]).toBe("'=1+1");
      expect(r[at("value")]).toBe("-0.5");
    }
  });
});
