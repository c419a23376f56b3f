import { describe, expect, it } from "vitest";
import { align } from "../align/align.js";
import { buildDataset } from "../dataset/buildDataset.js";
import { DuibiError } from "../errors/DuibiError.js";
import type { Observation } from "../schema/observation.js";
import { type RowNote, type RowNoteCode, RowNoteSchema } from "../schema/rowNote.js";
import { describeNote, describeNotes } from "./describeNote.js";

const CJK = /[\u4e00-\u9fff]/u;
const WULONG = "500156";
const WANZHOU = "500101";
const FULING = "500102";
/** The regions of a table, with names as a dataset might write them in English. */
const NAMES = [
  { code: WULONG, name: "Wulong" },
  { code: WANZHOU, name: "Wanzhou" },
];
const ZH_NAMES = [
  { code: WULONG, name: "武隆区" },
  { code: WANZHOU, name: "万州区" },
];

/** One note of every code, its zh rendering (as align wrote it before notes were facts) and its en one. */
const CASES: [RowNote, string, string][] = [
  [{ code: "unregistered", name: "key projects" }, "未登记指标“key projects”", "unregistered indicator “key projects”"],
  [
    { code: "unregistered", name: "重点项目", unit: "个" },
    "未登记指标“重点项目”，按名称与单位“个”对齐",
    "unregistered indicator “重点项目”, matched on name and unit (items)",
  ],
  [
    { code: "unregistered", name: "投资", ambiguous: true },
    "未登记指标“投资”在同一地区有多个数值，所指不明，不并列比较",
    "unregistered indicator “投资” stands for several figures of one region: not compared",
  ],
  [
    { code: "variants", indicators: ["unemployment.registered", "unemployment.surveyed"] },
    "登记失业率与调查失业率口径不同",
    "different definitions: Registered urban unemployment rate vs Surveyed urban unemployment rate",
  ],
  [
    {
      code: "variants",
      indicators: ["air_quality.good_days", "air_quality.good_days_ratio.urban"],
      unstated: ["air_quality.good_days"],
    },
    "空气质量优良天数与城区空气质量优良率口径不同，空气质量优良天数未注明口径",
    "different definitions: Days of good air quality (scope unstated) vs Share of days with good air quality, urban area; scope not stated: Days of good air quality (scope unstated)",
  ],
  [
    {
      code: "variants",
      indicators: ["roads.rural.guardrails.new", "roads.rural.safety_barriers.new"],
      finer: ["roads.rural.guardrails.new", "roads.rural.safety_barriers.new"],
    },
    "公路安全护栏与公路安全防护工程口径不同（护栏只是生命安全防护工程的一部分；生命安全防护工程含护栏及标志、减速带等全部防护设施）",
    "different definitions: Rural road guardrails installed vs Rural road safety works built (counted differently: Rural road guardrails installed; Rural road safety works built)",
  ],
  [{ code: "unit_unknown", units: ["bolts"] }, "单位不在单位表中（bolts）", "units not in the unit table (bolts)"],
  [
    { code: "unit_not_convertible", units: ["万美元", "亿元"] },
    "单位无法换算（万美元、亿元）",
    "units do not convert (10k US dollars, 100m yuan)",
  ],
  [
    { code: "units_differ", units: ["个", "件"] },
    "单位不同，不并列比较（个、件）",
    "units differ, not compared (items, pieces)",
  ],
  [
    {
      code: "restated",
      how: [
        {
          kind: "days_to_ratio",
          from: "air_quality.good_days.urban",
          to: "air_quality.good_days_ratio.urban",
          value: 336,
          days: 365,
        },
      ],
    },
    "优良天数→优良率 (336/365)",
    "Days of good air quality, urban area → Share of days with good air quality, urban area (336/365)",
  ],
  [
    {
      code: "restated",
      how: [
        {
          kind: "ratio_to_days",
          from: "air_quality.good_days_ratio.urban",
          to: "air_quality.good_days.urban",
          value: 94.2,
          days: 365,
        },
      ],
    },
    "优良率→优良天数 (94.2%×365)",
    "Share of days with good air quality, urban area → Days of good air quality, urban area (94.2% × 365)",
  ],
  [
    { code: "restated", how: [{ kind: "same_aggregate", from: "value_added.services", to: "value_added.tertiary" }] },
    "服务业增加值即第三产业增加值（同一统计总量）",
    "Value added, services is Value added, tertiary sector (one aggregate)",
  ],
  [{ code: "unit_converted", from: "万元", to: "亿元" }, "万元→亿元", "10k yuan → 100m yuan"],
  [{ code: "missing", regions: [WULONG] }, "缺少：武隆区", "missing: Wulong"],
  [
    {
      code: "missing",
      regions: [WANZHOU],
      elsewhere: [{ region: WANZHOU, indicators: ["value_added.industry.above_scale"] }],
    },
    "缺少：万州区（万州区另报规模以上工业增加值，口径不同）",
    "missing: Wanzhou (Wanzhou states Value added, industry above designated size: another definition)",
  ],
  [
    {
      code: "missing",
      regions: [WANZHOU],
      elsewhere: [{ region: WANZHOU, indicators: ["investment.industry"] }],
      finer: ["investment.industry.projects"],
    },
    "缺少：万州区（万州区另报工业投资，口径不同：工业项目完成投资只计所列项目，不是全行业的工业投资）",
    "missing: Wanzhou (Wanzhou states Industrial investment: another definition; counted differently: Investment completed by listed industrial projects)",
  ],
  [
    {
      code: "qualifiers_differ",
      cells: [
        { region: WULONG, qualifier: "at_least" },
        { region: WANZHOU, qualifier: "exact" },
      ],
    },
    "限定词不同：武隆区以上，万州区确数",
    "qualifiers differ: Wulong or more, Wanzhou exact",
  ],
  [
    { code: "scope_unstated", variants: ["air_quality.good_days.district", "air_quality.good_days.urban"] },
    "报告未注明口径（另有全区、城区口径）",
    "the reports do not state the scope (variants: Days of good air quality, whole district; Days of good air quality, urban area)",
  ],
  [
    { code: "scope_assumed", scope: "全口径", cells: [{ region: WULONG, nameAsWritten: "工业增加值" }] },
    "口径未写明（按全口径归类）：武隆区写作“工业增加值”",
    "scope not written, taken as all enterprises: Wulong wrote “工业增加值”",
  ],
  [
    {
      code: "values_conflict",
      cells: [
        {
          region: WULONG,
          values: [
            { value: 5.5, unit: "%" },
            { value: 5.6, unit: "%" },
          ],
        },
      ],
    },
    "数值冲突，取首个来源：武隆区（5.5%、5.6%）",
    "conflicting figures, the first source taken: Wulong (5.5%, 5.6%)",
  ],
  [
    {
      code: "revised",
      cells: [
        {
          region: WANZHOU,
          values: [
            { value: 1179.4, unit: "亿元" },
            { value: 1170, unit: "亿元" },
          ],
        },
      ],
    },
    "数值经修订，取最新报告：万州区（1179.4亿元、1170亿元）",
    "revised, the latest report taken: Wanzhou (1179.4 100m yuan, 1170 100m yuan)",
  ],
  [
    { code: "estimate_stands_in", regions: [WULONG, WANZHOU] },
    "以预计数代替实际数：武隆区、万州区",
    "estimate in place of the actual: Wulong, Wanzhou",
  ],
];

describe("describeNote(note, lang, names)", () => {
  it("covers every code of RowNoteSchema, with notes the schema accepts", () => {
    const codes = new Set(CASES.map(([note]) => note.code));
    const all = RowNoteSchema.options.map((o) => o.shape.code.value) satisfies RowNoteCode[];
    expect([...codes].sort()).toEqual([...all].sort());
    for (const [note] of CASES) expect(RowNoteSchema.parse(note)).toEqual(note);
  });

  it.each(CASES)("renders %j in zh as the reports word it", (note, zh) => {
    expect(describeNote(note, "zh", ZH_NAMES)).toBe(zh);
  });

  it.each(CASES)("renders %j in en", (note, _zh, en) => {
    expect(describeNote(note, "en", NAMES)).toBe(en);
  });

  it("names a region the names leave out from the region registry, else by its code", () => {
    expect(describeNote({ code: "missing", regions: [FULING, "500199"] }, "zh", NAMES)).toBe("缺少：涪陵区、500199");
    expect(describeNote({ code: "missing", regions: [WULONG] }, "zh", { [WULONG]: "武隆" })).toBe("缺少：武隆");
    expect(describeNote({ code: "missing", regions: [WULONG] }, "zh")).toBe("缺少：武隆区");
  });

  it("lists five regions, then counts them all (…等6个地区; … and 1 more)", () => {
    const regions = ["110101", "110102", "110105", "110106", "110107", "110108"];
    const names = regions.map((code, i) => ({ code, name: `R${i + 1}` }));
    expect(describeNote({ code: "missing", regions }, "zh", names)).toBe("缺少：R1、R2、R3、R4、R5等6个地区");
    expect(describeNote({ code: "missing", regions }, "en", names)).toBe("missing: R1, R2, R3, R4, R5 and 1 more");
    expect(describeNote({ code: "estimate_stands_in", regions }, "zh", names)).toBe(
      "以预计数代替实际数：R1、R2、R3、R4、R5等6项",
    );
  });

  it("lists the qualifiers, not the regions, past four figures", () => {
    const cells = ["110101", "110102", "110105", "110106", "110107"].map((region, i) => ({
      region,
      qualifier: i === 0 ? ("about" as const) : ("exact" as const),
    }));
    expect(describeNote({ code: "qualifiers_differ", cells }, "zh")).toBe("限定词不同：左右、确数");
    expect(describeNote({ code: "qualifiers_differ", cells }, "en")).toBe("qualifiers differ: about, exact");
  });

  it("refuses a language other than zh/en and an unknown code with a DuibiError", () => {
    const note: RowNote = { code: "missing", regions: [WULONG] };
    expect(() => describeNote(note, "fr" as never)).toThrow(DuibiError);
    expect(() => describeNote({ code: "nope" } as never, "zh")).toThrow(/note\.code/);
    expect(() => describeNotes("x" as never, "zh")).toThrow(DuibiError);
    expect(() => describeNote(note, "zh", 3 as never)).toThrow(DuibiError);
  });
});

describe("describeNotes(notes, lang, names)", () => {
  it("joins a row's notes in their order with ；(zh) or ; (en), and no notes as the empty string", () => {
    const notes: RowNote[] = [
      { code: "unit_converted", from: "万元", to: "亿元" },
      { code: "missing", regions: [WANZHOU] },
    ];
    expect(describeNotes(notes, "zh", ZH_NAMES)).toBe("万元→亿元；缺少：万州区");
    expect(describeNotes(notes, "en", NAMES)).toBe("10k yuan → 100m yuan; missing: Wanzhou");
    expect(describeNotes([], "en")).toBe("");
  });

  it("writes no Chinese in English but the names as the data writes them", () => {
    // ASCII names and units as written, so that any CJK in the text comes from the wording itself
    const base = (code: string, indicator: string, value: number, unit: string, measure: string, name: string) =>
      ({
        regionCode: code,
        regionName: code,
        indicator,
        measure,
        period: 2023,
        kind: "actual",
        value,
        unit,
        qualifier: "exact",
        nameAsWritten: name,
        source: { document: `${code}.txt`, start: value, end: value + 1, quote: "x" },
      }) as Observation;
    const observations = [
      base(WULONG, "trade.total", 8477, "万元", "level", "trade"),
      base(WANZHOU, "trade.total", 73.1, "亿元", "level", "trade"),
      { ...base(WANZHOU, "gdp", 6.9, "%", "growth", "gdp"), qualifier: "at_least" as const },
      base(WULONG, "gdp", 5.5, "%", "growth", "gdp"),
      base(WULONG, "gdp", 5.6, "%", "growth", "gdp"),
      base(WULONG, "fdi.actual", 1, "亿元", "level", "fdi"),
      base(WANZHOU, "fdi.actual", 1124, "万美元", "level", "fdi"),
      base(WANZHOU, "air_quality.good_days.urban", 336, "天", "level", "good days"),
      base(WULONG, "air_quality.good_days_ratio.urban", 94.2, "%", "rate", "good ratio"),
      base(WULONG, "unemployment.registered", 2.71, "%", "rate", "registered"),
      base(WANZHOU, "unemployment.surveyed", 5.4, "%", "rate", "surveyed"),
      base(WULONG, "value_added.industry", 6.2, "%", "growth", "industry"),
      base(WULONG, "value_added.industry.above_scale", 7, "%", "growth", "above scale"),
      base(WANZHOU, "value_added.industry.above_scale", 23.6, "%", "growth", "above scale"),
      base(WULONG, "air_quality.good_days", 330, "天", "level", "good days"),
      base(FULING, "air_quality.good_days", 320, "天", "level", "good days"),
      base(WULONG, "unregistered:bolts", 3, "bolts", "count", "bolts"),
      base(WANZHOU, "unregistered:bolts", 4, "bolts", "count", "bolts"),
    ];
    const table = align(buildDataset({ observations, documents: [] }), { period: 2023, kind: "actual" });
    const names = [...NAMES, { code: FULING, name: "Fuling" }];
    const codes = new Set(table.rows.flatMap((r) => r.notes.map((n) => n.code)));
    expect([...codes].sort()).toEqual(
      expect.arrayContaining([
        "missing",
        "qualifiers_differ",
        "restated",
        "scope_assumed",
        "scope_unstated",
        "unit_converted",
        "unit_not_convertible",
        "unit_unknown",
        "unregistered",
        "values_conflict",
        "variants",
      ]),
    );
    for (const row of table.rows) {
      const en = describeNotes(row.notes, "en", names);
      expect(en, row.indicator).not.toMatch(CJK);
      expect(describeNotes(row.notes, "zh", names) === "").toBe(en === "");
    }
  });
});
