import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isDuibiError } from "../errors/DuibiError.js";
import { IndicatorSchema } from "../schema/indicator.js";
import { namesOf } from "./indicators/indicatorIndex.js";
import {
  conversionBetween,
  conversions,
  findIndicator,
  getIndicator,
  IndicatorConversionSchema,
  indicators,
  matchIndicator,
  matchIndicatorIn,
  normalizeIndicatorName,
  suggestIndicatorIds,
  variantsOf,
} from "./indicators.js";
import { findUnit } from "./units.js";

// Fixed API (DESIGN.md, "Core concepts").
const HEADLINE_IDS = [
  "gdp",
  "value_added.primary",
  "value_added.secondary",
  "value_added.tertiary",
  "value_added.industry",
  "value_added.industry.above_scale",
  "output.industry.above_scale",
  "value_added.construction",
  "value_added.services",
  "investment.fixed_assets",
  "retail_sales",
  "budget_revenue",
  "tax_revenue",
  "income.per_capita",
  "income.per_capita.urban",
  "income.per_capita.rural",
  "cpi",
  "unemployment.registered",
  "unemployment.surveyed",
  "jobs.urban_new",
  "tourism.visitors",
  "tourism.revenue",
  "trade.total",
  "fdi.actual",
  "urbanization.rate",
  "rnd.spending",
  "rnd.intensity",
  "deficit.ratio",
];

describe("indicators()", () => {
  it("validates every entry against IndicatorSchema", () => {
    for (const indicator of indicators()) expect(IndicatorSchema.parse(indicator)).toEqual(indicator);
  });

  it("holds 80+ indicators, sorted by id, ids unique", () => {
    const ids = indicators().map((i) => i.id);
    expect(ids.length).toBeGreaterThanOrEqual(80);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("holds every headline id of DESIGN.md", () => {
    for (const id of HEADLINE_IDS) expect(findIndicator(id), id).toBeDefined();
  });

  it("gives each name (zh or alias, normalized) to one indicator only", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const indicator of indicators()) {
      for (const name of namesOf(indicator)) {
        const previous = owner.get(name);
        if (previous !== undefined && previous !== indicator.id) clashes.push(`${name}: ${previous} / ${indicator.id}`);
        owner.set(name, indicator.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("gives every variant in a family of several a distinct scope (days and ratio may share one)", () => {
    const families = new Map<string, string[]>();
    for (const i of indicators()) families.set(i.family, [...(families.get(i.family) ?? []), i.id]);
    for (const [family, ids] of families) {
      const members = ids.map(getIndicator);
      if (members.length < 2) continue;
      expect(
        members.every((m) => m.scope !== undefined),
        family,
      ).toBe(true);
      expect(new Set(members.map((m) => `${m.scope} ${m.quantity}`)).size, family).toBe(members.length);
    }
  });

  it("keeps the variants the report pair needs apart (issue 3)", () => {
    const pairs = [
      ["unemployment.registered", "unemployment.surveyed"],
      ["value_added.industry", "value_added.industry.above_scale"],
      ["air_quality.good_days_ratio.urban", "air_quality.good_days_ratio.district"],
      ["parking.spaces.new", "parking.spaces.public.new"],
      ["market_entities.new", "market_entities.total"],
      ["market_entities.net_new", "market_entities.new"],
      ["enterprises.high_tech.new", "enterprises.high_tech.total"],
      ["farmland.high_standard.new", "farmland.high_standard.upgraded"],
      ["trade.wholesale.sales", "trade.wholesale.turnover"],
      ["income.per_capita.rural", "income.per_capita"],
    ] as const;
    for (const [a, b] of pairs) {
      expect(getIndicator(a).family).toBe(getIndicator(b).family);
      expect(variantsOf(a).map((i) => i.id)).toContain(b);
    }
    // 第二产业 and 工业 are different indicators, not variants
    expect(getIndicator("value_added.secondary").family).not.toBe(getIndicator("value_added.industry").family);
  });
});

describe("getIndicator(id) and findIndicator(id)", () => {
  it("returns the entry", () => {
    expect(getIndicator("gdp").zh).toBe("地区生产总值");
    expect(findIndicator("unemployment.surveyed")?.direction).toBe("lower");
    expect(findIndicator("no.such")).toBeUndefined();
  });

  it("throws unknown_indicator with close ids as the hint", () => {
    try {
      getIndicator("gpd");
      expect.unreachable();
    } catch (error) {
      expect(isDuibiError(error) && error.code).toBe("unknown_indicator");
      expect(isDuibiError(error) && error.hint).toContain("gdp");
    }
  });

  it("suggests at most three ids, a matching Chinese name first", () => {
    expect(suggestIndicatorIds("社零总额")[0]).toBe("retail_sales");
    expect(suggestIndicatorIds("tourism.visitor")[0]).toBe("tourism.visitors");
    expect(suggestIndicatorIds("cpii").length).toBeLessThanOrEqual(3);
  });
});

describe("matchIndicator(nameAsWritten)", () => {
  it.each([
    ["地区生产总值", "gdp"],
    ["全区生产总值", "gdp"],
    ["GDP", "gdp"],
    ["ＧＤＰ", "gdp"],
    ["经济总量", "gdp"],
    ["规上工业增加值", "value_added.industry.above_scale"],
    ["规模以上工业增加值", "value_added.industry.above_scale"],
    ["全口径工业增加值", "value_added.industry"],
    ["社会消费品零售总额", "retail_sales"],
    ["社零总额", "retail_sales"],
    ["地方一般公共预算收入", "budget_revenue"],
    ["城镇常住居民人均可支配收入", "income.per_capita.urban"],
    ["农村居民人均可支配收入", "income.per_capita.rural"],
    ["城镇登记失业率", "unemployment.registered"],
    ["城镇调查失业率", "unemployment.surveyed"],
    ["“四上”企业净增", "enterprises.four_above.net_new"],
    ["城区空气质量优良天数", "air_quality.good_days.urban"],
    ["全区空气质量优良天数", "air_quality.good_days.district"],
    ["空气质量优良天数", "air_quality.good_days"],
    ["全社会R&D投入", "rnd.spending"],
    ["实现进出口总额", "trade.total"],
    ["2023年地区生产总值", "gdp"],
    ["柔性引进专家人才（团队）", "talent.experts_flexible"],
    ["两岸青山·千里林带", "forestry.afforestation"],
    ["居民消费价格涨幅", "cpi"],
    // Names the prefecture corpus uses (e.g. 公共财政预算收入 before 2015).
    ["地方生产总值", "gdp"],
    ["本区生产总值", "gdp"],
    ["公共财政预算收入", "budget_revenue"],
    ["一般公共财政预算收入", "budget_revenue"],
    ["一般公共预算地方本级收入", "budget_revenue"],
    ["财政总收入", "revenue.fiscal_total"],
    ["地方财政收入", "revenue.local_fiscal"],
    ["财政收入", "revenue.local_fiscal"],
    ["农民人均纯收入", "income.rural_net"],
    ["农村居民人均纯收入", "income.rural_net"],
    ["农村牧区居民人均可支配收入", "income.per_capita.rural"],
    ["城镇居民登记失业率", "unemployment.registered"],
    ["固定资产投资总额", "investment.fixed_assets"],
  ])("%s → %s", (name, id) => {
    expect(matchIndicator(name)?.id).toBe(id);
  });

  it("keeps the wider revenue totals and net rural income in their own families", () => {
    // 财政总收入 includes what is remitted upward: never silently compared with 一般公共预算收入.
    for (const id of ["revenue.fiscal_total", "revenue.local_fiscal"]) {
      expect(matchIndicator(id === "revenue.fiscal_total" ? "财政总收入" : "地方财政收入")?.family).toBe(id);
    }
    expect(matchIndicator("一般公共预算收入")?.family).toBe("budget_revenue");
    expect(matchIndicator("农民人均纯收入")?.family).not.toBe(matchIndicator("农村居民人均可支配收入")?.family);
  });

  it("returns undefined for a name it does not know", () => {
    expect(matchIndicator("各位代表")).toBeUndefined();
    expect(matchIndicator("")).toBeUndefined();
  });

  it("maps every zh name and alias back to its own indicator", () => {
    for (const indicator of indicators()) {
      for (const name of [indicator.zh, ...indicator.aliases])
        expect(matchIndicator(name)?.id, name).toBe(indicator.id);
    }
  });
});

describe("normalizeIndicatorName(name)", () => {
  it("drops spaces, quotes, dots and bracketed asides and folds width and case", () => {
    expect(normalizeIndicatorName(" “四上”企业 ")).toBe("四上企业");
    expect(normalizeIndicatorName("Ｒ＆Ｄ投入")).toBe("r&d投入");
    expect(normalizeIndicatorName("国企综合融资成本（BP）")).toBe("国企综合融资成本");
  });
});

describe("matchIndicatorIn(text)", () => {
  it("finds the longest alias with offsets into the text", () => {
    const text = "实现地区生产总值273.46亿元、增长5.5%。规上工业增加值增长7%";
    const found = matchIndicatorIn(text).map((m) => [m.indicator.id, text.slice(m.start, m.end)]);
    expect(found).toEqual([
      ["gdp", "地区生产总值"],
      ["value_added.industry.above_scale", "规上工业增加值"],
    ]);
  });

  it("prefers the longer alias: 城区空气质量优良率 over 空气质量优良率", () => {
    expect(matchIndicatorIn("城区空气质量优良率94.2%").map((m) => m.indicator.id)).toEqual([
      "air_quality.good_days_ratio.urban",
    ]);
  });

  it("skips a line break or quotes inside a name", () => {
    const text = "地区生\n产总值；净增“四上”企业26户";
    const found = matchIndicatorIn(text);
    expect(found.map((m) => m.indicator.id)).toEqual(["gdp", "enterprises.four_above.net_new"]);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe("地区生\n产总值");
  });

  it("returns nothing for text without names, and adversarial repeats stay empty", () => {
    expect(matchIndicatorIn("")).toEqual([]);
    expect(matchIndicatorIn("增长".repeat(10_000))).toEqual([]);
    expect(matchIndicatorIn("、".repeat(10_000))).toEqual([]);
  });

  it("every span lies inside the text and matches forward without overlaps (property)", () => {
    const pieces = fc.constantFrom(
      "地区",
      "生产总值",
      "规上",
      "工业增加值",
      "、",
      " ",
      "“",
      "增长",
      "5.5%",
      "城区",
      "空气",
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        const found = matchIndicatorIn(text);
        let last = 0;
        for (const m of found) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(normalizeIndicatorName(text.slice(m.start, m.end))).toBe(m.alias);
          last = m.end;
        }
      }),
    );
  });
});

describe("shareOf", () => {
  it("names a share of two registered indicators, as a percent, one indicator per pair", () => {
    const shares = indicators().filter((i) => i.shareOf !== undefined);
    expect(shares.map((i) => [i.id, i.shareOf?.part, i.shareOf?.whole])).toContainEqual([
      "rnd.intensity",
      "rnd.spending",
      "gdp",
    ]);
    for (const i of shares) {
      expect(findIndicator(i.shareOf!.part), i.id).toBeDefined();
      expect(findIndicator(i.shareOf!.whole), i.id).toBeDefined();
      expect(i.quantity, i.id).toBe("percent");
    }
    const pairs = shares.map((i) => `${i.shareOf?.part}|${i.shareOf?.whole}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });
});

describe("conversions()", () => {
  it("links days and ratios of one family and scope, both ids in the registry", () => {
    const days = conversions().filter((link) => link.kind === "days_to_ratio");
    expect(days.length).toBeGreaterThanOrEqual(3);
    for (const link of days) {
      IndicatorConversionSchema.parse(link);
      const from = getIndicator(link.from);
      const to = getIndicator(link.to);
      expect(from.family).toBe(to.family);
      expect(from.scope).toBe(to.scope);
      expect([from.quantity, to.quantity]).toEqual(["days", "percent"]);
    }
  });

  it("links 服务业 to 第三产业 as one aggregate: same family, quantity and unit", () => {
    const same = conversions().filter((link) => link.kind === "same_aggregate");
    expect(same.map((link) => [link.from, link.to])).toEqual([["value_added.services", "value_added.tertiary"]]);
    for (const link of same) {
      const from = getIndicator(link.from);
      const to = getIndicator(link.to);
      expect([from.family, from.quantity, from.unit]).toEqual([to.family, to.quantity, to.unit]);
    }
  });

  it("finds the link in either direction", () => {
    expect(conversionBetween("air_quality.good_days_ratio.urban", "air_quality.good_days.urban")?.kind).toBe(
      "days_to_ratio",
    );
    expect(conversionBetween("air_quality.good_days.urban", "air_quality.good_days_ratio.district")).toBeUndefined();
  });
});

describe("registry immutability", () => {
  it("hands out frozen indicators", () => {
    const gdp = getIndicator("gdp");
    expect(Object.isFrozen(gdp)).toBe(true);
    expect(Object.isFrozen(gdp.aliases)).toBe(true);
  });
});

describe("indicators() and the unit registry", () => {
  it("stores every indicator in a unit the unit registry knows, of the indicator's quantity", () => {
    const mismatched = indicators()
      .filter((i) => findUnit(i.unit)?.quantity !== i.quantity)
      .map((i) => `${i.id}: ${i.unit} (${findUnit(i.unit)?.quantity ?? "unknown unit"}) for ${i.quantity}`);
    expect(mismatched).toEqual([]);
  });
});
