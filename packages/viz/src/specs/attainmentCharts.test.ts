import { attainment } from "@duibi/stats";
import { describe, expect, it } from "vitest";
import { dataOf, innerOf, renderClean } from "../__fixtures__/renderClean.js";
import { panel } from "../__fixtures__/targetPanel.js";
import { schemaErrors } from "../__fixtures__/vegaLiteSchema.js";
import { attainmentMatrix } from "./attainmentMatrix.js";
import { targetHistory } from "./targetHistory.js";

describe.each([3, 300])("attainment charts of %i regions", (n) => {
  const dataset = panel(n);
  const result = attainment(dataset);

  it("the matrix is schema-valid, renders without warnings and keeps a row per region", async () => {
    const spec = attainmentMatrix(result, { documents: dataset.documents });
    expect(schemaErrors(spec)).toBe("[]");
    const cells = dataOf(spec);
    // 300 regions: the ten highest and ten lowest shares of targets met, so the height stays capped
    const shown = n <= 25 ? n : 20;
    expect(new Set(cells.map((c) => c.region)).size).toBe(shown);
    expect(cells).toHaveLength(shown * 10);
    // the report of 2019 states no 2018 outcome: incomplete for every region
    expect(cells.filter((c) => c.year === "2018").every((c) => c.verdict === "缺数据")).toBe(true);
    expect(innerOf(spec).height).toEqual({ step: 26 });
    if (n > 25) expect(innerOf(spec).title.subtitle.at(-1)).toBe("共300个地区，显示最高10个和最低10个");
    const svg = await renderClean(spec);
    expect(svg).toContain("目标完成情况");
  });

  it("the history of one region is schema-valid and renders without warnings", async () => {
    const spec = targetHistory(result, { region: result.rows[0]!.regionCode, documents: dataset.documents });
    expect(schemaErrors(spec)).toBe("[]");
    const svg = await renderClean(spec);
    expect(svg).toContain("目标与实际");
  });
});

describe("attainment charts in English", () => {
  const result = attainment(panel(3));
  it("label verdicts in English", async () => {
    const spec = attainmentMatrix(result, { lang: "en" });
    expect(dataOf(spec).some((c) => c.verdict === "missed")).toBe(true);
    const svg = await renderClean(targetHistory(result, { lang: "en" }));
    expect(svg).toContain("targets and outcomes");
  });
});
