import { describe, expect, it } from "vitest";
import { extract } from "./extract.js";

/**
 * Figures a report states that are not the region's own annual figure for the review or plan
 * year (see `rescope`): each family with a sentence of its kind, quoted from the development
 * corpus or written in its style.
 */
const HEAD = (year: number, city = "凉山彝族自治州") =>
  `${city}政府工作报告\n——${year}年1月8日在${city}第十一届人民代表大会第二次会议上\n一、${year - 1}年工作回顾\n`;
const PLAN = `\n二、今年工作安排\n今年经济社会发展的主要预期目标是：`;

const run = (text: string) => extract(text, { document: "t.md" });
const rows = (text: string) =>
  run(text).observations.map((o) => [o.indicator, o.measure, o.period, o.kind, o.value, o.qualifier]);
const reasons = (text: string) => run(text).unmapped.map((u) => [u.nameAsWritten, u.value, u.reason]);
const headline = (text: string) => rows(text).filter((r) => !String(r[0]).startsWith("unregistered:"));

describe("part-year figures", () => {
  it("前三季度 and 1—11月 cover the figures after them to the end of the sentence (凉山 2023)", () => {
    const text =
      `${HEAD(2023)}前三季度，实现全州地区生产总值1586.99亿元、增长5.5%，全体居民人均可支配收入16712元、增长7.1%。` +
      "1—11月，全社会固定资产投资增长11.3%；社会消费品零售总额增长2.4%；地方一般公共预算收入182.7亿元，增长11.9%。" +
      "预计全年地区生产总值突破2000亿元、增长4.5%。";
    expect(headline(text)).toEqual([
      ["gdp", "level", 2022, "estimate", 2000, "more_than"],
      ["gdp", "growth", 2022, "estimate", 4.5, "exact"],
    ]);
    expect(reasons(text).filter((r) => r[2] === "part_year")).toHaveLength(8);
  });

  it("上半年下降0.8% is half a year's change", () => {
    expect(headline(`${HEAD(2023)}上半年，全州地区生产总值下降0.8%。`)).toEqual([]);
  });
});

describe("years other than the review or plan year", () => {
  it("a sentence opening on another year (2014年，… in a 2016 report) is that year's (朔州 2016)", () => {
    const text = `${HEAD(2016, "朔州市")}2014年，全市地区生产总值达到1003.4亿元，是2008年的1.83倍；固定资产投资达到815.3亿元。全市地区生产总值完成1020亿元。`;
    expect(headline(text)).toEqual([["gdp", "level", 2015, "actual", 1020, "exact"]]);
  });

  it("到2025年 in a 2021 plan is the five-year goal, not the plan year's (淮南 2021)", () => {
    const text = `${HEAD(2021, "淮南市")}${PLAN}到2025年地区生产总值确保1800亿元。地区生产总值增长7%左右。`;
    expect(headline(text)).toEqual([["gdp", "growth", 2021, "target", 7, "about"]]);
  });

  it("a year in a bracketed note (1990年不变价) dates no figure (深圳 2003)", () => {
    const text = `${HEAD(2003, "深圳市")}规模以上工业总产值4221亿元（1990年不变价），增长24.2%；全社会固定资产投资747亿元，增长11%。`;
    expect(headline(text).filter((r) => r[0] === "investment.fixed_assets")).toEqual([
      ["investment.fixed_assets", "level", 2002, "actual", 747, "exact"],
      ["investment.fixed_assets", "growth", 2002, "actual", 11, "exact"],
    ]);
  });

  it("年均 over a list reaches its second value: 年均增长7.8%、8.3% (武威 2022)", () => {
    const text = `${HEAD(2022, "武威市")}城镇和农村居民人均可支配收入分别增长7.5%、9%，年均增长7.8%、8.3%。`;
    expect(headline(text).filter((r) => r[4] === 8.3 || r[4] === 7.8)).toEqual([]);
  });
});

describe("from A to B", () => {
  it("only B of 从A…提高到B is a level (深圳 2012)", () => {
    const text = `${HEAD(2012, "深圳市")}居民人均可支配收入从3.24万元提高到3.63万元，增长12%。`;
    expect(headline(text)).toEqual([
      ["income.per_capita", "level", 2011, "actual", 3.63, "exact"],
      ["income.per_capita", "growth", 2011, "actual", 12, "exact"],
    ]);
  });
});

describe("multiples and comparisons", () => {
  it("增速高于GDP增速2倍以上 and 8个百分点 compare with GDP; they are no GDP figure (深圳 2012)", () => {
    const text = `${HEAD(2012, "深圳市")}三大战略性新兴产业整体增速高于GDP增速2倍以上；社会消费品零售总额增速高于GDP增速8个百分点。`;
    expect(headline(text).filter((r) => r[0] === "gdp")).toEqual([]);
  });

  it("增长1.2倍 is a multiple, never a growth of 120%", () => {
    expect(headline(`${HEAD(2023)}全社会固定资产投资增长1.2倍。`)).toEqual([]);
  });

  it("拉动GDP增长2个百分点 is a contribution, not GDP's change", () => {
    expect(headline(`${HEAD(2023)}投资拉动GDP增长2个百分点。`).filter((r) => r[0] === "gdp")).toEqual([]);
    // 北海 2021: 上拉 is the same contribution
    const pulled = `${HEAD(2023)}规上营利性服务业增长85%，上拉全市地区生产总值3.5个百分点。`;
    expect(headline(pulled).filter((r) => r[0] === "gdp")).toEqual([]);
  });
});

describe("sub-areas and groups", () => {
  it("a zone's investment (“4+2”重点区域) is not the district's (龙岗 2018)", () => {
    const text = `${HEAD(2018, "深圳市龙岗区")}“4+2”重点区域完成年度固定资产投资369.3亿元，增长57.3%。`;
    expect(headline(text)).toEqual([]);
    expect(reasons(text).map((r) => r[2])).toEqual(["out_of_scope", "out_of_scope"]);
  });

  it("十大功能区…占全市比重 is a share of the city held by its zones (吉林 2015)", () => {
    const text = `${HEAD(2015, "吉林市")}十大功能区实现GDP、地方级财政收入、规模工业增加值占全市比重分别达到29%、24%和45%。`;
    expect(headline(text)).toEqual([]);
  });

  it("州外新增固定资产投资 is money brought in, not the prefecture's investment (凉山 2023)", () => {
    expect(headline(`${HEAD(2023)}预计完成州外新增固定资产投资249亿元。`)).toEqual([]);
  });

  it("低收入农户人均可支配收入 is a group's income, not all residents' (绍兴 2021)", () => {
    expect(headline(`${HEAD(2021, "绍兴市")}${PLAN}低收入农户人均可支配收入增长10%。`)).toEqual([]);
  });

  it("towns' figures (36个乡镇财政收入超千万元) are theirs, not the region's (宿州 2014)", () => {
    const text = `${HEAD(2014, "宿州市")}44个乡镇工业增加值超亿元，36个乡镇财政收入超千万元。财政收入增长12%。`;
    expect(headline(text)).toEqual([["revenue.local_fiscal", "growth", 2013, "actual", 12, "exact"]]);
    expect(reasons(text)).toContainEqual(["财政收入", 1000, "out_of_scope"]);
  });

  it("a sub-area word inside the region's own name is no sub-area (浦东新区)", () => {
    const text = `${HEAD(2020, "上海市浦东新区")}浦东新区固定资产投资完成2000亿元。`;
    expect(headline(text)).toEqual([["investment.fixed_assets", "level", 2019, "actual", 2000, "exact"]]);
  });
});

describe("names read more finely", () => {
  it("居民消费价格指数104%左右 is a rise of 4% (深圳 2012)", () => {
    const text = `${HEAD(2012, "深圳市")}${PLAN}本市生产总值增长10%左右，居民消费价格指数104%左右。`;
    expect(headline(text)).toEqual([
      ["gdp", "growth", 2012, "target", 10, "about"],
      ["cpi", "growth", 2012, "target", 4, "about"],
    ]);
  });

  it("来源于深圳辖区的一般公共预算收入 is the wider total (深圳 2021)", () => {
    const text = `${HEAD(2021, "深圳市")}来源于深圳辖区的一般公共预算收入达9789亿元，其中地方一般公共预算收入达3857.4亿元。`;
    expect(headline(text)).toEqual([
      ["revenue.fiscal_total", "level", 2020, "actual", 9789, "exact"],
      ["budget_revenue", "level", 2020, "actual", 3857.4, "exact"],
    ]);
  });

  it("辖区 opening the name, or the local part named after it with 其中, make 公共财政收入 the wider total (深圳 2016–2020)", () => {
    const text =
      `${HEAD(2017, "深圳市")}辖区公共财政收入7901亿元，其中地方一般公共预算收入3136亿元，增长15%。` +
      "公共财政收入8624亿元、增长9.2%，其中地方一般公共预算收入3332.1亿元。";
    expect(headline(text).map((r) => [r[0], r[4]])).toEqual([
      ["revenue.fiscal_total", 7901],
      ["budget_revenue", 3136],
      ["budget_revenue", 15],
      ["revenue.fiscal_total", 8624],
      ["revenue.fiscal_total", 9.2],
      ["budget_revenue", 3332.1],
    ]);
    // 辖区 opening a list names the first item only: 辖区税收718亿元、财政收入144.8亿元 (南山 2016)
    const district = `${HEAD(2016, "深圳市南山区")}辖区税收718亿元、财政收入144.8亿元，分别增长29.1%和27.1%。`;
    expect(headline(district).map((r) => r[0])).not.toContain("revenue.fiscal_total");
  });
});

describe("what stays the region's own", () => {
  it("a year of another clause of a long sentence dates no figure (完成2023年度…，力争…增长5%以上)", () => {
    const text = `${HEAD(2024, "重庆市武隆区")}${PLAN}完成2023年度企业亩均效益综合评价工作，力争固定资产投资增长5%以上。`;
    expect(headline(text)).toEqual([["investment.fixed_assets", "growth", 2024, "target", 5, "at_least"]]);
  });

  it("a long-tail name holding a group word is its own indicator (脱贫人口人均纯收入17771元, 武隆 2024)", () => {
    const text = `${HEAD(2024, "重庆市武隆区")}脱贫人口人均纯收入17771元、增长12.1%。`;
    expect(run(text).observations.map((o) => [o.measure, o.value])).toEqual([
      ["level", 17771],
      ["growth", 12.1],
    ]);
  });
});

describe("parts and five-year sums", () => {
  it("a figure after 其中 is the part's, not the total named before it (汕头 2014)", () => {
    const text = `${HEAD(2014, "汕头市")}来源于我市的财政收入277.92亿元，其中公共财政预算收入突破百亿元大关，达112.11亿元，增长16.4%。`;
    expect(headline(text).filter((r) => r[0] === "revenue.fiscal_total")).toEqual([
      ["revenue.fiscal_total", "level", 2013, "actual", 277.92, "exact"],
    ]);
  });

  it("in a paragraph reviewing five years, 新增城镇就业 sums them; a level reached stays (宿迁 2021)", () => {
    const text =
      `${HEAD(2021, "宿迁市")}推动就业创业富民。全体居民人均可支配收入达26421元、五年增长52.4%。` +
      "持续完善公共就业服务体系，新增城镇就业26.4万人。";
    expect(headline(text)).toEqual([["income.per_capita", "level", 2020, "actual", 26421, "exact"]]);
  });

  it("a paragraph naming the review year keeps its 新增城镇就业 (2020年，新增城镇就业5.2万人)", () => {
    const text = `${HEAD(2021, "宿迁市")}五年来，城乡面貌焕然一新。2020年，新增城镇就业5.2万人。`;
    expect(headline(text)).toEqual([["jobs.urban_new", "level", 2020, "actual", 5.2, "exact"]]);
  });
});

describe("horizons and five-year goals", () => {
  it("未来五年 governs the goals after it: 新增城镇就业60万人, 经济总量超过4万亿元 are no plan-year targets", () => {
    const text = `${HEAD(2021, "杭州市")}${PLAN}地区生产总值增长6%。未来五年，全市新增城镇就业60万人，经济总量超过4万亿元，居民人均可支配收入超过9万元。`;
    expect(headline(text)).toEqual([["gdp", "growth", 2021, "target", 6, "exact"]]);
  });

  it("到2020年 in a 2016 report is the five-year goal: 城镇登记失业率控制在4%以内 is no 2016 target", () => {
    const text = `${HEAD(2016, "杭州市")}${PLAN}地区生产总值增长7%。到2020年，城镇登记失业率控制在4%以内。`;
    expect(headline(text)).toEqual([["gdp", "growth", 2016, "target", 7, "exact"]]);
  });

  it("未来3年 in the review's problems is a horizon too: its 新增学位 is no last-year figure (宝安 2023)", () => {
    const text = `${HEAD(2023, "深圳市宝安区")}新增公办义务教育学位2.92万座。三是民生供给任务仍然艰巨，未来3年还要新增公办义务教育学位13.51万座。`;
    expect(headline(text).map((r) => [r[0], r[2], r[3], r[4]])).toEqual([
      ["education.compulsory_places.new", 2022, "actual", 29200],
    ]);
  });

  it("未来五年 followed by 今年 gives the figures after 今年 to the plan year", () => {
    const text = `${HEAD(2021, "杭州市")}${PLAN}未来五年要打好基础，今年地区生产总值增长6%。`;
    expect(headline(text)).toEqual([["gdp", "growth", 2021, "target", 6, "exact"]]);
  });

  it("山南新区固定资产投资166亿元 is the new area's, not the city's", () => {
    const text = `${HEAD(2016, "杭州市")}山南新区固定资产投资166亿元。全市固定资产投资增长10%。`;
    expect(headline(text)).toEqual([["investment.fixed_assets", "growth", 2015, "actual", 10, "exact"]]);
  });

  it("a paragraph with 年均 figures reviews several years: its 新增城镇就业 is their sum (辽阳 2021)", () => {
    const text = `${HEAD(2021, "辽阳市")}研究与试验发展经费支出年均增长5.2%。人民生活得到新改善，新增城镇就业7.8万人。`;
    expect(headline(text)).toEqual([]);
  });
});

describe("scope words that do not narrow the figure", () => {
  it("1—12月 is the whole year", () => {
    expect(headline(`${HEAD(2023)}1—12月，全社会固定资产投资增长11.3%。`)).toEqual([
      ["investment.fixed_assets", "growth", 2022, "actual", 11.3, "exact"],
    ]);
  });

  it("a clause opening on a hardship word (在困难中实现…) names no group", () => {
    expect(headline(`${HEAD(2023)}在困难挑战交织的局面下实现全州地区生产总值2000亿元。`)).toEqual([
      ["gdp", "level", 2022, "actual", 2000, "exact"],
    ]);
  });

  it("光明新区 in a report of 光明区 is the region itself (深圳)", () => {
    const text = `${HEAD(2017, "深圳市光明区")}光明新区地区生产总值完成800亿元。`;
    expect(headline(text)).toEqual([["gdp", "level", 2016, "actual", 800, "exact"]]);
  });
});
