import { describe, expect, it } from "vitest";
import type { Document } from "../schema/document.js";
import type { Observation } from "../schema/observation.js";
import { buildDataset } from "./buildDataset.js";
import { finalFigures } from "./finalFigures.js";

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
