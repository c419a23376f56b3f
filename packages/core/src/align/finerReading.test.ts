import { describe, expect, it } from "vitest";
import { buildDataset } from "../dataset/buildDataset.js";
import { extract } from "../extract/extract.js";
import { describeNotes } from "../present/describeNote.js";
import type { ComparisonRow } from "../schema/comparison.js";
import { align } from "./align.js";

/**
 * Where the same words hide different scopes, the verdict says so. Each case is
 * read from sentences of the seed reports (武隆 001, 万州 004) by `extract`,
 * then aligned: nothing here is built by hand but the sentences.
 */
const WULONG = "2024年重庆市武隆区政府工作报告\n";
const WANZHOU = "2024年重庆市万州区政府工作报告\n";
const REVIEW = "一、2023年工作回顾\n";
const PLAN = "二、2024年工作安排\n";

function table(wulong: string, wanzhou: string, kind: "actual" | "target" = "actual") {
  const observations = [
    ...extract(WULONG + wulong, { document: "wulong.txt" }).observations,
    ...extract(WANZHOU + wanzhou, { document: "wanzhou.txt" }).observations,
  ];
  const period = kind === "actual" ? 2023 : 2024;
  return align(buildDataset({ observations, documents: [] }), { regions: ["武隆区", "万州区"], period, kind });
}

/** 武隆's cell, then 万州's. */
const cells = (row: ComparisonRow) => [row.cells["500156"] ?? null, row.cells["500101"] ?? null];

/** The row's notes in Chinese, as a table shows them. */
const zh = (row: ComparisonRow) => describeNotes(row.notes, "zh");

const rowOf = (rows: readonly ComparisonRow[], indicator: string, measure = "count") =>
  rows.find((r) => r.indicator === indicator && r.measure === measure);

describe("align: the finer reading", () => {
  it("重点项目 vs all projects: 签约…等重点项目157个 is not 签约…等项目44个", () => {
    const t = table(
      `${REVIEW}签约傲得航空器等项目44个。`,
      `${REVIEW}签约焦电铬一体化、美国绿色包装材料等重点项目157个。`,
    );
    const row = t.rows.find((r) => r.notes.some((n) => n.code === "variants" && n.finer !== undefined))!;
    expect(row.verdict).toBe("incomparable");
    expect(zh(row)).toContain("签约重点项目只计重点项目，不是全部签约项目");
  });

  it("projects vs 小区: 完成…等22个老旧改项目 is not 改造提升城镇老旧小区95个", () => {
    const t = table(`${PLAN}完成老印刷厂等22个老旧改项目。`, `${PLAN}改造提升城镇老旧小区95个。`, "target");
    const row = t.rows.find((r) => r.indicator.startsWith("housing.old_communities"))!;
    expect(row.verdict).toBe("incomparable");
    expect(zh(row)).toContain("项目数不是小区数");
  });

  it("a part vs the whole: 农村道路安全护栏120公里 vs 农村公路生命安全防护工程100公里", () => {
    const t = table(`${PLAN}完成农村道路安全护栏120公里。`, `${PLAN}建成农村公路生命安全防护工程100公里。`, "target");
    const row = t.rows.find((r) => r.indicator.startsWith("roads.rural"))!;
    expect(row.verdict).toBe("incomparable");
    expect(zh(row)).toContain("护栏只是生命安全防护工程的一部分");
  });

  it("listed projects' 完成投资 vs a sector's investment: 25个工业项目完成投资22.2亿元 vs 完成工业投资87亿元", () => {
    const t = table(`${PLAN}确保25个工业项目完成投资22.2亿元。`, `${PLAN}力争完成工业投资87亿元。`, "target");
    const row = t.rows.find((r) => r.indicator.startsWith("investment.industry") && r.measure === "level")!;
    expect(row.verdict).toBe("incomparable");
    expect(zh(row)).toContain("只计所列项目，不是全行业的工业投资");
    expect(cells(row).map((c) => c?.value)).toEqual([22.2, 87]);
  });

  it("服务业 and 第三产业 are one aggregate: compared, with a note", () => {
    // 武隆: 服务业增加值增长4%; 万州: 一二三产业增加值分别增长4.8%、13.1%、6.9% (第三产业).
    const t = table(`${REVIEW}服务业增加值增长4%。`, `${REVIEW}一二三产业增加值分别增长4.8%、13.1%、6.9%。`);
    const row = rowOf(t.rows, "value_added.tertiary", "growth")!;
    expect(row.verdict).toBe("comparable");
    expect(zh(row)).toBe("服务业增加值即第三产业增加值（同一统计总量）");
    expect(cells(row).map((c) => [c?.value, c?.indicator])).toEqual([
      [4, "value_added.services"],
      [6.9, undefined],
    ]);
    expect(rowOf(t.rows, "value_added.services", "growth")).toBeUndefined();
  });
});

describe("align: unregistered figures", () => {
  it("sets two side by side only when name and unit agree, and says so", () => {
    // 武隆: 103个重点项目完成投资78.9亿元; a made-up 万州 sentence in the same words.
    const t = table(`${REVIEW}103个重点项目完成投资78.9亿元。`, `${REVIEW}51个重点项目开工建设。`);
    const row = rowOf(t.rows, "unregistered:重点项目")!;
    expect(row.verdict).toBe("comparable");
    expect(row.notes).toEqual([{ code: "unregistered", name: "重点项目", unit: "个" }]);
    expect(zh(row)).toBe("未登记指标“重点项目”，按名称与单位“个”对齐");
    expect(cells(row).map((c) => c?.value)).toEqual([103, 51]);
  });

  it("never converts or pairs units that differ (解决问题615个 vs 解决问题1.4万余件)", () => {
    const t = table(`${REVIEW}解决问题615个。`, `${REVIEW}解决问题1.4万余件。`);
    const row = rowOf(t.rows, "unregistered:解决问题")!;
    expect(row.verdict).toBe("incomparable");
    expect(zh(row)).toContain("单位不同，不并列比较（个、件）");
    expect(cells(row).map((c) => c && [c.value, c.unit])).toEqual([
      [615, "个"],
      [14000, "件"],
    ]);
  });

  it("does not compare a loose name standing for several figures (投资54.5亿元 … 投资20.2亿元)", () => {
    const t = table(`${REVIEW}实施项目9个、投资54.5亿元；建成项目10个、投资20.2亿元。`, `${REVIEW}投资33亿元。`);
    const row = rowOf(t.rows, "unregistered:投资", "level")!;
    expect(row.verdict).toBe("incomparable");
    expect(zh(row)).toContain("在同一地区有多个数值，所指不明");
  });

  it("never meets a registry row, and comes after the registry rows", () => {
    const t = table(
      `${REVIEW}实现地区生产总值273.46亿元，103个重点项目完成投资78.9亿元。`,
      `${REVIEW}地区生产总值1179.4亿元。`,
    );
    const ids = t.rows.map((r) => r.indicator);
    expect(ids.indexOf("unregistered:重点项目")).toBeGreaterThan(ids.indexOf("investment.key_projects"));
    expect(rowOf(t.rows, "gdp", "level")?.verdict).toBe("comparable");
  });
});
