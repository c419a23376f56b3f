import { describe, expect, it } from "vitest";
import { buildDataset } from "../dataset/buildDataset.js";
import { describeNotes } from "../present/describeNote.js";
import type { Document } from "../schema/document.js";
import type { Observation } from "../schema/observation.js";
import { align } from "./align.js";
import { finalFigures, outcomeKey } from "./finalFigures.js";
import { factKey } from "./order.js";

const doc = (id: string, year: number | null): Document => ({
  id,
  title: id,
  regionCode: "500000",
  year,
  type: "work_report",
  chars: 100,
  sha256: "0".repeat(64),
});
const gdp = (document: string, kind: Observation["kind"], value: number, period = 2023): Observation => ({
  regionCode: "500000",
  regionName: "重庆市",
  indicator: "gdp",
  measure: "growth",
  period,
  kind,
  value,
  unit: "%",
  qualifier: "exact",
  nameAsWritten: "地区生产总值",
  source: { document, start: 0, end: 10, quote: `地区生产总值增长${value}%` },
});

describe("finalFigures(dataset)", () => {
  it("keeps every statement; the latest report's actual is final and the revision shows", () => {
    const dataset = buildDataset({
      observations: [
        gdp("b-2024.txt", "estimate", 5),
        gdp("b-2024.txt", "actual", 5.1),
        gdp("a-2025.txt", "actual", 5.2),
      ],
      documents: [doc("a-2025.txt", 2025), doc("b-2024.txt", 2024)],
    });
    // both actuals are kept by the dataset (a conflict), not merged away
    expect(dataset.observations).toHaveLength(3);
    const f = finalFigures(dataset).get("500000|gdp|growth|2023")!;
    expect([f.final.value, f.final.kind, f.estimateStandsIn, f.revised, f.reportYear]).toEqual([
      5.2,
      "actual",
      false,
      true,
      2025,
    ]);
    expect(f.statements.map((o) => o.value)).toEqual([5, 5.1, 5.2]);
  });

  it("an estimate stands in when no report states an actual; targets are not outcomes", () => {
    const dataset = buildDataset({
      observations: [gdp("b-2024.txt", "estimate", 5), gdp("b-2024.txt", "target", 6, 2024)],
      documents: [doc("b-2024.txt", 2024)],
    });
    const figures = finalFigures(dataset);
    expect([...figures.keys()]).toEqual(["500000|gdp|growth|2023"]);
    expect(figures.get("500000|gdp|growth|2023")).toMatchObject({ estimateStandsIn: true, revised: false });
  });
});

describe("align across reports", () => {
  const documents = [doc("a-2025.txt", 2025), doc("b-2024.txt", 2024)];
  it("takes the latest report's final figure and names the revision", () => {
    const dataset = buildDataset({
      observations: [gdp("b-2024.txt", "actual", 5.1), gdp("a-2025.txt", "actual", 5.2)],
      documents,
    });
    const row = align(dataset, { period: 2023, kind: "actual" }).rows.find((r) => r.indicator === "gdp")!;
    expect(row.cells["500000"]?.value).toBe(5.2);
    expect(row.cells["500000"]?.source.document).toBe("a-2025.txt");
    expect(row.notes).toEqual([
      {
        code: "revised",
        cells: [
          {
            region: "500000",
            values: [
              { value: 5.2, unit: "%" },
              { value: 5.1, unit: "%" },
            ],
          },
        ],
      },
    ]);
    expect(describeNotes(row.notes, "zh")).toBe("数值经修订，取最新报告：重庆市（5.2%、5.1%）");
  });

  it("an estimate stands in for a missing actual only when asked, and the note says so", () => {
    const dataset = buildDataset({
      observations: [
        gdp("b-2024.txt", "estimate", 5),
        { ...gdp("b-2024.txt", "actual", 7), indicator: "retail_sales" },
      ],
      documents,
    });
    const without = align(dataset, { period: 2023, kind: "actual" });
    expect(without.rows.some((r) => r.indicator === "gdp")).toBe(false);
    const row = align(dataset, { period: 2023, kind: "actual", estimatesStandIn: true }).rows.find(
      (r) => r.indicator === "gdp",
    )!;
    expect(row.cells["500000"]?.value).toBe(5);
    expect(row.notes).toEqual([{ code: "estimate_stands_in", regions: ["500000"] }]);
    expect(describeNotes(row.notes, "zh")).toBe("以预计数代替实际数：重庆市");
  });
});

describe("factKey and outcomeKey", () => {
  it("join the fields of a fact, and name a field of the wrong type", () => {
    const fact = { regionCode: "500000", indicator: "gdp", measure: "growth", period: 2023, kind: "actual" } as const;
    expect(factKey(fact)).toBe("500000|gdp|growth|2023|actual");
    expect(outcomeKey(fact)).toBe("500000|gdp|growth|2023");
    expect(() => factKey({ ...fact, period: "2023" } as never)).toThrow(expect.objectContaining({ where: "o.period" }));
    expect(() => factKey({ ...fact, kind: undefined } as never)).toThrow(expect.objectContaining({ where: "o.kind" }));
    expect(() => outcomeKey(null as never)).toThrow(expect.objectContaining({ code: "invalid_argument" }));
    const throwing = Object.defineProperty({ ...fact }, "indicator", {
      get() {
        throw new Error("no");
      },
    });
    expect(() => factKey(throwing)).toThrow(expect.objectContaining({ where: "o.indicator" }));
  });
});
