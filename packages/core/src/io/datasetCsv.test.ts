import { describe, expect, it } from "vitest";
import { ALIGN_SET, seedDocuments, seedObservations, WULONG } from "../../../../tests/fixtures/seeds.js";
import { buildDataset } from "../dataset/buildDataset.js";
import { formatCsv, parseCsv } from "./csv.js";
import { datasetFromCsv, UNKNOWN_SHA256 } from "./datasetFromCsv.js";
import { CSV_COLUMNS, datasetToCsv } from "./datasetToCsv.js";

const observations = seedObservations(ALIGN_SET);
// the same GDP growth quoted again from the newspaper copy (000), and a conflicting one
const gdp = observations.find((o) => o.regionCode === WULONG.code && o.indicator === "gdp" && o.measure === "growth")!;
const again = { ...gdp, source: { document: "000_3db5707b76206cf6.txt", start: 10, end: 12, quote: "增长" } };
const other = { ...gdp, value: 5.6, source: { ...again.source, start: 20, end: 22 } };
const newspaper = {
  id: again.source.document,
  title: "武隆区2024年政府工作报告（报纸版）",
  regionCode: WULONG.code,
  year: 2024,
  type: "newspaper" as const,
  chars: 16013,
  sha256: "a".repeat(64),
};
const dataset = buildDataset({ observations: [...observations, again], documents: [...seedDocuments(), newspaper] });

describe("datasetToCsv(dataset)", () => {
  it("writes the header and one row per observation and per extra source", () => {
    const records = parseCsv(datasetToCsv(dataset));
    expect(records[0]!.fields).toEqual([...CSV_COLUMNS]);
    expect(records).toHaveLength(1 + observations.length + 1);
  });

  it("quotes a sentence holding a comma (RFC 4180)", () => {
    const withComma = buildDataset({
      observations: [{ ...gdp, source: { ...gdp.source, quote: 'a,"b"' } }],
      documents: [],
    });
    expect(datasetToCsv(withComma)).toContain(',"a,""b""",\r\n');
  });
});

describe("datasetFromCsv(text, options)", () => {
  it("round-trips: datasetFromCsv(datasetToCsv(d), { documents }) equals d", () => {
    expect(dataset.observations.some((o) => o.alsoIn)).toBe(true);
    expect(datasetFromCsv(datasetToCsv(dataset), { documents: dataset.documents })).toEqual(dataset);
  });

  it("reads back text cells the formula guard wrote (= + - @ tab CR ') and keeps negative values numeric", () => {
    const starts = ["=", "+", "-", "@", "\t", "\r", "'"];
    const risky = starts.map((c, i) => ({
      ...gdp,
      period: 2001 + i,
      measure: "change_pp" as const,
      unit: "个百分点",
      value: -0.5,
      nameAsWritten: `${c}地区生产总值`,
      source: { ...gdp.source, quote: `${c}HYPERLINK("x")` },
    }));
    const withRisky = buildDataset({ observations: risky, documents: dataset.documents });
    const text = datasetToCsv(withRisky);
    const rows = parseCsv(text).slice(1);
    const column = (name: string) => CSV_COLUMNS.indexOf(name as (typeof CSV_COLUMNS)[number]);
    for (const [i, row] of rows.entries()) {
      expect(row.fields[column("quote")]).toBe(`'${starts[i]}HYPERLINK("x")`);
      expect(row.fields[column("name_as_written")]).toBe(`'${starts[i]}地区生产总值`);
      expect(row.fields[column("value")]).toBe("-0.5"); // a number, not guarded text
    }
    expect(datasetFromCsv(text, { documents: withRisky.documents })).toEqual(withRisky);
  });

  it("carries the unregistered flag, and reads a CSV written before the column existed", () => {
    // 武隆区 2024 report: 103个重点项目完成投资78.9亿元 (重点项目 counts are not in the registry).
    const loose = {
      ...gdp,
      indicator: "unregistered:重点项目",
      measure: "count" as const,
      value: 103,
      unit: "个",
      nameAsWritten: "重点项目",
      source: { ...gdp.source, quote: "103个重点项目" },
      unregistered: true as const,
    };
    const withLoose = buildDataset({ observations: [...observations, loose], documents: dataset.documents });
    const read = datasetFromCsv(datasetToCsv(withLoose), { documents: withLoose.documents });
    expect(read).toEqual(withLoose);
    expect(read.observations.filter((o) => o.unregistered).map((o) => o.indicator)).toEqual(["unregistered:重点项目"]);
    const old = parseCsv(datasetToCsv(dataset)).map((r) => r.fields.slice(0, -1));
    expect(datasetFromCsv(formatCsv(old), { documents: dataset.documents })).toEqual(dataset);
  });

  it("recomputes conflicts from the rows", () => {
    const conflicted = buildDataset({ observations: [...observations, other], documents: [] });
    expect(conflicted.conflicts).toHaveLength(1);
    expect(datasetFromCsv(datasetToCsv(conflicted)).conflicts).toEqual(conflicted.conflicts);
  });

  it("rebuilds documents it has no metadata for from the rows", () => {
    const read = datasetFromCsv(datasetToCsv(dataset));
    expect(read.observations).toEqual(dataset.observations);
    const wulong = read.documents.find((d) => d.id === WULONG.document)!;
    expect(wulong).toMatchObject({
      title: WULONG.document,
      regionCode: WULONG.code,
      type: "other",
      sha256: UNKNOWN_SHA256,
    });
    expect(wulong.chars).toBe(
      Math.max(...observations.filter((o) => o.regionCode === WULONG.code).map((o) => o.source.end)),
    );
  });

  it("accepts columns in another order and ignores extra columns", () => {
    const records = parseCsv(datasetToCsv(dataset)).map((r) => ["x", ...r.fields].reverse());
    const text = records
      .map((fields) => fields.map((f) => JSON.stringify(f).replaceAll('\\"', '""')).join(","))
      .join("\n");
    expect(datasetFromCsv(text, { documents: dataset.documents }).observations).toEqual(dataset.observations);
  });

  it("names a missing column", () => {
    const text = datasetToCsv(dataset).replace("name_as_written,", "");
    expect(() => datasetFromCsv(text, { where: "d.csv" })).toThrow(
      expect.objectContaining({
        code: "invalid_csv",
        where: "d.csv:1",
        message: expect.stringContaining("name_as_written"),
      }),
    );
  });

  it("names the line and column of a bad value", () => {
    const records = parseCsv(datasetToCsv(dataset)).map((r) => r.fields);
    const at = (column: string) => CSV_COLUMNS.indexOf(column as (typeof CSV_COLUMNS)[number]);
    const edit = (line: number, column: string, value: string) =>
      formatCsv(
        records.map((fields, i) => (i === line - 1 ? fields.map((f, j) => (j === at(column) ? value : f)) : fields)),
      );
    expect(() => datasetFromCsv(edit(3, "measure", "speed"), { where: "d.csv" })).toThrow(
      expect.objectContaining({
        where: "d.csv:3",
        message: expect.stringMatching(/line 3, column measure: Invalid option/),
      }),
    );
    expect(() => datasetFromCsv(edit(4, "value", "12x"))).toThrow(
      /line 4, column value: expected a number in decimal notation \(273.46, -0.5\), got "12x"/,
    );
    expect(() => datasetFromCsv(edit(2, "period", "2023.5"))).toThrow(/line 2, column period: expected an integer/);
    expect(() => datasetFromCsv(edit(2, "region_code", "5001"))).toThrow(/line 2, column region_code: a six-digit/);
  });

  it("names a row with too few fields", () => {
    const text = `${datasetToCsv(dataset)}500156,武隆区\r\n`;
    expect(() => datasetFromCsv(text)).toThrow(/2 fields where the header has 17/);
  });
});
