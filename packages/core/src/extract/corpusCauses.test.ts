import { describe, expect, it } from "vitest";
import { extract } from "./extract.js";

/**
 * The general causes of error seen on the development corpus (real prefecture, district and
 * municipal reports), each with a sentence of its kind: short quotes from the corpus or written
 * in its style.
 */
const rows = (text: string, options: Parameters<typeof extract>[1] = { document: "t.md" }) =>
  extract(text, options).observations.map((o) => [o.indicator, o.measure, o.period, o.kind, o.value, o.qualifier]);

const HEAD = "乌海市政府工作报告\n——2014年1月8日在乌海市第八届人民代表大会第三次会议上\n一、2013年工作回顾\n";

describe("section and period", () => {
  it("预计 covers the clauses a ； joins, to the end of the sentence (乌海 2014)", () => {
    const text = `${HEAD}预计全年地区生产总值完成600亿元，增长10.5%;固定资产投资完成416亿元，增长20%。地方财政总收入完成102.7亿元。`;
    const kinds = extract(text, { document: "wh.md" }).observations.map((o) => [o.indicator, o.kind]);
    expect(kinds).toEqual([
      ["gdp", "estimate"],
      ["gdp", "estimate"],
      ["investment.fixed_assets", "estimate"],
      ["investment.fixed_assets", "estimate"],
      ["revenue.fiscal_total", "actual"],
    ]);
  });

  it("预计 after the first name is that figure's alone, not the clauses a ； joins (泰安 2020)", () => {
    const text = `${HEAD}地区生产总值预计增长6%左右；一般公共预算收入完成224.7亿元，增长2.36%。`;
    expect(rows(text).map((r) => [r[0], r[3]])).toEqual([
      ["gdp", "estimate"],
      ["budget_revenue", "actual"],
      ["budget_revenue", "actual"],
    ]);
  });

  it("a note in brackets after a figure does not part it from the level that follows (黔南 2025)", () => {
    const text = `${HEAD}地区生产总值增长6%（预计数，下同），达到1900亿元以上。`;
    expect(rows(text)).toEqual([
      ["gdp", "growth", 2013, "estimate", 6, "exact"],
      ["gdp", "level", 2013, "estimate", 1900, "at_least"],
    ]);
  });

  it("a note in brackets inside the lead is no part of the name (惠州 2022, 揭阳 2022)", () => {
    expect(rows(`${HEAD}地区生产总值4977亿元，同比（下同）增长10.1%。`).map((r) => r.slice(0, 5))).toEqual([
      ["gdp", "level", 2013, "actual", 4977],
      ["gdp", "growth", 2013, "actual", 10.1],
    ]);
    // 预计（下同） is 预计数，下同: the figures after it are estimates too
    expect(
      rows(`${HEAD}全市地区生产总值预计（下同）2228亿元；固定资产投资1075亿元。`).map((r) => [r[0], r[3]]),
    ).toEqual([
      ["gdp", "estimate"],
      ["investment.fixed_assets", "estimate"],
    ]);
  });

  it("累计 in a flow's clause sums several years, whatever the indicator (重庆 2003, 庆阳 2021)", () => {
    const text = `${HEAD}实际利用外资累计达到31亿美元。电商交易额累计达到143.1亿元。累计建成高标准农田28.4万亩。实际利用外资5亿美元。`;
    expect(rows(text).map((r) => [r[0], r[4]])).toEqual([["fdi.actual", 5]]);
  });

  it("五年 or “十三五”期间 in the lead is several years' figure, whatever the indicator (重庆 2008, 汕头 2021, 山南 2021)", () => {
    expect(rows(`${HEAD}五年全市工业投资9000亿元，PM2.5平均浓度五年下降42.1%，五年年均增长3.9%。`)).toEqual([]);
    expect(rows(`${HEAD}“十三五”期间完成固定资产投资超1万亿元，“十二五”时期全市接待游客近2000万人次。`)).toEqual([]);
  });

  it("a change after a paragraph turns to review five years is the five years' change, until it names a year (南通 2021, 楚雄 2016)", () => {
    const review =
      "各位代表，2013年是“十二五”收官之年。回眸“十二五”，这是综合实力大幅提升的五年。城镇化率达69.1%、提高6.4个百分点；城乡居民收入分别增长44.6%、51.4%。";
    expect(rows(`${HEAD}${review}`)).toEqual([["urbanization.rate", "rate", 2013, "actual", 69.1, "exact"]]);
    // the same paragraph turning to one year again: that year's changes
    expect(rows(`${HEAD}${review}2013年，城乡居民收入分别增长8.1%、9.3%。`).map((r) => r[4])).toEqual([69.1, 8.1, 9.3]);
  });

  it("预计数，下同 makes every later figure of the review an estimate (湘潭 2014), not the plan's", () => {
    const text =
      "湘潭市政府工作报告\n——2014年1月9日在湘潭市第十四届人民代表大会第三次会议上\n一、2013年工作回顾\n" +
      "实现地区生产总值1418亿元（预计数，下同），同比增长11%;财政总收入144.72亿元，增长18.4%。\n" +
      "城镇居民人均可支配收入增长10%。\n二、2014年工作安排\n地区生产总值增长10%。";
    expect(rows(text).map((r) => r.slice(0, 4))).toEqual([
      ["gdp", "level", 2013, "estimate"],
      ["gdp", "growth", 2013, "estimate"],
      ["revenue.fiscal_total", "level", 2013, "estimate"],
      ["revenue.fiscal_total", "growth", 2013, "estimate"],
      ["income.per_capita.urban", "growth", 2013, "estimate"],
      ["gdp", "growth", 2014, "target"],
    ]);
  });
});

const header = (text: string) => {
  const r = extract(text, { document: "t.md" });
  return { code: r.region?.code ?? null, year: r.year, codes: r.diagnostics.map((d) => d.code) };
};

describe("region and year", () => {
  it("a report delivered in December is for the next year's session (岳阳 2023)", () => {
    const text =
      "---\ntitle: 岳阳市政府工作报告（2022年12月26日 李挚）\n---\n——2022年12月26日在岳阳市第九届人民代表大会第三次会议上\n" +
      "2022年工作回顾\n地区生产总值增长4.5%。";
    expect(header(text)).toMatchObject({ code: "430600", year: 2023 });
    expect(rows(text)).toEqual([["gdp", "growth", 2022, "actual", 4.5, "exact"]]);
    // The title's date alone says the same.
    expect(header("title: 朔州市政府工作报告 （2015年12月26日 李海渊）\n").year).toBe(2016);
  });

  it("reads YAML titles, a year inside the title and a dateline in Chinese numerals", () => {
    expect(header("---\ntitle: 七台河市政府工作报告（2023年1月4日 李兵）\n---\n")).toMatchObject({
      code: "230900",
      year: 2023,
    });
    expect(header("---\ntitle: 重庆市2009年政府工作报告\n---\n各位代表")).toMatchObject({ code: "500000", year: 2009 });
    expect(
      header("**重庆市人民政府工作报告**\n——**二〇〇三年一月八日在重庆市第二届人民代表大会第一次会议上**\n"),
    ).toMatchObject({ code: "500000", year: 2003 });
  });

  it("reads the district a dateline names (——在深圳市南山区第七届人民代表大会…上)", () => {
    expect(header("——2021年1月5日在深圳市南山区第七届人民代表大会第六次会议上\n").code).toBe("440305");
  });

  it("chooses a shared name (南山区: 深圳 and 鹤岗) by the parent the text names, else warns", () => {
    const speech = "各位代表：\n现在，我代表南山区人民政府向大会报告工作，请予审议。\n一、2013年工作回顾\n";
    expect(header(`${speech}在市委市政府的领导下，深圳经济特区建设……`).code).toBe("440305");
    expect(header(`${speech}在市委市政府的领导下，鹤岗资源型城市转型……`).code).toBe("230404");
    const r = extract(speech, { document: "ns.txt" });
    expect(r.region).toBeNull();
    const warning = r.diagnostics.find((d) => d.code === "ambiguous_region");
    expect(warning?.message).toContain("230404");
    expect(warning?.message).toContain("440305");
  });

  it("never takes a 自治州 for its seat city, nor a near name for another", () => {
    expect(header("title: 大理白族自治州政府工作报告（2024年1月10日）\n").code).toBe("532900");
    expect(header("title: 文山市政府工作报告（2025年1月22日 乐加文）\n").code).toBe("532601");
    expect(header("title: 宿州市政府工作报告 （2015年1月19日 史翔）\n").code).toBe("341300");
    expect(header("title: 宿迁市政府工作报告（2021年1月10日）\n").code).toBe("321300");
    expect(header("title: 淮安市政府工作报告 （2016年1月18日 惠建林）\n").code).toBe("320800");
    expect(header("title: 淮南市政府工作报告（2016年1月10日）\n").code).toBe("340400");
    expect(header("title: 沧州市政府工作报告（2020年1月10日）\n").code).toBe("130900");
    expect(header("title: 池州市政府工作报告（2021年1月10日）\n").code).toBe("341700");
  });

  it("with no header, reads the region the text keeps naming as its own (宝安区 2015)", () => {
    const speech =
      "同志们：\n现在，我代表区人民政府向大会作工作报告，请予审议。\n一、2014年工作回顾\n" +
      "过去一年，在市委市政府和区委的正确领导下，宝安经济稳中有进。宝安国际机场、宝安中心区建设加快，" +
      "深圳西部中心初具规模。新建学校三所，在全市率先……宝安人民共建共享。";
    expect(header(speech)).toMatchObject({ code: "440306", year: 2015 });
    // 城区 (a district of 汕尾, and the common noun: 城区功能品质大幅提升) used more than half as
    // often as the region's own name, in a report that names 汕尾 (汕尾陆河定点帮扶): 坪山区 2021.
    const pingshan =
      "各位代表：\n现在，我代表区人民政府向大会作工作报告，请予审议。\n一、2020年工作回顾\n" +
      "坪山经济稳步增长，深圳东部中心加快建设。城区功能品质大幅提升，城区运行更加安全稳定，" +
      "城区地标建筑建成运营。坪山高新区、坪山中心区建设提速。持续开展汕尾陆河定点帮扶。";
    expect(header(pingshan)).toMatchObject({ code: "440310", year: 2021 });
    // 我代表新区管委会: a functional area the registry lacks; its city is not it.
    expect(header(speech.replace("区人民政府", "新区管委会")).code).toBeNull();
  });

  it("with no dated header, a year named in the text: headings, 刚刚过去的2022年", () => {
    expect(header("一、关于2019年工作\n刚刚……\n二、关于2020年工作\n2020年是……").year).toBe(2020);
    expect(header("一、2001年的工作回顾\n2001年是……").year).toBe(2002);
    expect(header("一、过去五年工作回顾\n二、未来五年的奋斗目标\n三、2015年主要工作\n").year).toBe(2015);
    expect(header("本届政府工作回顾\n……刚刚过去的2022年，我们……").year).toBe(2023);
    expect(header("一、“十四五”时期发展成就和2025年主要工作\n二、2026年工作安排\n").year).toBe(2026);
  });
});

const CQ = "---\ntitle: 重庆市政府工作报告（2004年1月10日）\n---\n一、2003年工作回顾\n";

describe("lists", () => {
  it("two items of one list that fall on one indicator cannot both be it (深圳 2018, 郴州 2020, 泰安 2021)", () => {
    const named = (text: string) =>
      extract(`${CQ}${text}`, { document: "t.md" }).observations.map((o) => [o.indicator, o.value]);
    // neither item is the indicator's own name: each is kept under its own
    expect(named("教育、医疗财政支出分别增长25%和23%。")).toEqual([
      ["unregistered:教育财政支出", 25],
      ["unregistered:医疗财政支出", 23],
    ]);
    expect(named("制造业、高加工度工业、高技术工业增加值分别增长7.8%、15%、17%。")).toEqual([
      ["value_added.manufacturing", 7.8],
      ["unregistered:高加工度工业增加值", 15],
      ["unregistered:高技术工业增加值", 17],
    ]);
    // the item whose whole name is the indicator's keeps it
    expect(named("工业技改、制造业技改投资分别增长30.6%、32.1%。")).toEqual([
      ["investment.technical_renovation", 30.6],
      ["unregistered:制造业技改投资", 32.1],
    ]);
    // items on different indicators are untouched; 县级及以上 is one name, not two items
    expect(named("城镇、农村居民人均可支配收入分别增长5%和6%。").map((r) => r[0])).toEqual([
      "income.per_capita.urban",
      "income.per_capita.rural",
    ]);
    // a packed item in a longer list is two names (地区生产总值、城乡居民人均可支配收入: three values)
    expect(named("地区生产总值、城乡居民人均可支配收入分别完成215.4亿元、38100元、15874元。")).toEqual([
      ["gdp", 215.4],
      ["income.per_capita.urban", 38100],
      ["income.per_capita.rural", 15874],
    ]);
    // the values a list takes end at the comma after as many as it has names
    expect(named("实际到位省外资金、利用外资分别增长5%和7%，82%以上。").slice(0, 2)).toEqual([
      ["unregistered:实际到位省外资金", 5],
      ["fdi.actual", 7],
    ]);
    // 城乡 before a name of two values is 城镇 and 农村
    expect(named("城乡低保标准分别提高到610元、410元。")).toEqual([
      ["unregistered:城镇低保标准", 610],
      ["unregistered:农村低保标准", 410],
    ]);
    // 和 splits two names; the 及 of 普及率 splits nothing
    expect(named("供热普及率和燃气普及率分别达到83.2%和83.1%。")).toEqual([
      ["unregistered:供热普及率", 83.2],
      ["unregistered:燃气普及率", 83.1],
    ]);
    expect(named("全市地表水断面和县级及以上饮用水水源地水质达标率均为100%。").map((r) => r[0])).toContain(
      "unregistered:县级及以上饮用水水源地水质达标率",
    );
  });

  it("a list item's quote opens at the list, never inside a word of it (城镇职工、城乡居民…参保率)", () => {
    const r = extract(
      `${CQ}城镇职工、城乡居民基本养老保险参保率分别达到87%和80%。城镇、农村居民人均可支配收入分别增长5%和6%。`,
      {
        document: "t.md",
      },
    );
    expect(r.observations.map((o) => o.source.quote)).toEqual([
      "城镇职工、城乡居民基本养老保险参保率分别达到87%",
      "城镇职工、城乡居民基本养老保险参保率分别达到87%和80%",
      "城镇、农村居民人均可支配收入分别增长5%",
      "城镇、农村居民人均可支配收入分别增长5%和6%",
    ]);
  });

  it("分别 after figures each named before it, across commas (重庆 2004)", () => {
    expect(rows(`${CQ}城镇居民人均可支配收入8094元，农村居民人均纯收入2215元，分别增长11.8%和5.6%。`)).toEqual([
      ["income.per_capita.urban", "level", 2003, "actual", 8094, "exact"],
      ["income.rural_net", "level", 2003, "actual", 2215, "exact"],
      ["income.per_capita.urban", "growth", 2003, "actual", 11.8, "exact"],
      ["income.rural_net", "growth", 2003, "actual", 5.6, "exact"],
    ]);
  });

  it("分别 governing two value lists, the second with or without its own 分别 (楚雄 2016, 昌吉 2023)", () => {
    const expected = [
      ["income.per_capita.urban", "level", 2003, "actual", 26739, "exact"],
      ["income.per_capita.rural", "level", 2003, "actual", 8365, "exact"],
      ["income.per_capita.urban", "growth", 2003, "actual", 9, "exact"],
      ["income.per_capita.rural", "growth", 2003, "actual", 10.5, "exact"],
    ];
    expect(rows(`${CQ}城乡常住居民人均可支配收入分别达 26739 元和 8365 元，分别增长 9% 和 10.5% 。`)).toEqual(expected);
    expect(rows(`${CQ}城乡常住居民人均可支配收入分别达到26739元、8365元，增长9%、10.5%。`)).toEqual(expected);
  });

  it("an item that names a measure of its own never takes the next item's indicator (重庆 2022, 巴中 2022)", () => {
    const kinds = (text: string) => rows(`${CQ}${text}`).map((r) => [r[0], r[4]]);
    expect(kinds("固定资产投资、某某总值、一般公共预算收入分别增长6.1%、22.8%、9.1%。")).toEqual([
      ["investment.fixed_assets", 6.1],
      ["unregistered:某某总值", 22.8],
      ["budget_revenue", 9.1],
    ]);
    expect(kinds("进出口总值、一般公共预算收入分别增长22.8%、9.1%。")).toEqual([
      ["trade.total", 22.8],
      ["budget_revenue", 9.1],
    ]);
    expect(kinds("CPI、城镇调查失业率分别控制在3.5%、5.5%。")).toEqual([
      ["cpi", 3.5],
      ["unemployment.surveyed", 5.5],
    ]);
    // a head with no measure of its own shares the next item's (城镇职工 + 养老保险参保率); two
    // schemes of one list are two things, neither the whole rate (see "two items of one list")
    expect(kinds("城镇职工、城乡居民基本养老保险参保率分别达到87%、95%。").map((r) => r[0])).toEqual([
      "unregistered:城镇职工养老保险参保率",
      "unregistered:城乡居民基本养老保险参保率",
    ]);
  });
});

describe("words between name and number", () => {
  it("同口径, 可比 and 比上年 between name and verb", () => {
    expect(rows(`${CQ}一般公共预算收入同口径增长5%左右；规上工业增加值可比增长8%；生产总值比上年增长14.9%。`)).toEqual([
      ["budget_revenue", "growth", 2003, "actual", 5, "about"],
      ["value_added.industry.above_scale", "growth", 2003, "actual", 8, "exact"],
      ["gdp", "growth", 2003, "actual", 14.9, "exact"],
    ]);
  });

  it("the basis of a change (按自然口径计算, 同口径对比) after the figure before is its change, not a name (龙岗 2023, 光明 2016)", () => {
    expect(
      rows(`${CQ}一般公共预算收入263.2亿元，按自然口径计算下降9.9%。税收收入37.6亿元，同口径对比增长29.1%。`),
    ).toEqual([
      ["budget_revenue", "level", 2003, "actual", 263.2, "exact"],
      ["budget_revenue", "growth", 2003, "actual", -9.9, "exact"],
      ["tax_revenue", "level", 2003, "actual", 37.6, "exact"],
      ["tax_revenue", "growth", 2003, "actual", 29.1, "exact"],
    ]);
  });
});

describe("names", () => {
  it("金融业增加值 and 高新技术产业增加值 are indicators of their own (about 90 figures of the corpus)", () => {
    expect(
      rows(`${CQ}金融业增加值990.86亿元，增长9.1%。高新技术产业实现增加值440亿元，增长10%。`).map((r) => [r[0], r[1]]),
    ).toEqual([
      ["value_added.finance", "level"],
      ["value_added.finance", "growth"],
      ["value_added.high_new_tech", "level"],
      ["value_added.high_new_tech", "growth"],
    ]);
  });

  it("经济增长X% is GDP growth; 数字经济增长 is not", () => {
    expect(rows(`${CQ}全市经济增长13.6%。`)).toEqual([["gdp", "growth", 2003, "actual", 13.6, "exact"]]);
    expect(rows(`${CQ}数字经济增长20%。`).filter((r) => r[0] === "gdp")).toEqual([]);
  });

  it("reads 财政总收入 and 地方财政收入 as their own indicators, 公共财政预算收入 as budget_revenue", () => {
    expect(
      rows(`${CQ}财政总收入144.72亿元，增长18.4%；地方财政收入79亿元；公共财政预算收入112.11亿元。`).map((r) => r[0]),
    ).toEqual(["revenue.fiscal_total", "revenue.fiscal_total", "revenue.local_fiscal", "budget_revenue"]);
  });

  it("总量/总数/累计 after a count of new ones is their total: the stock when registered, else its own name (深圳 2023, 金华 2025)", () => {
    const named = (text: string) =>
      extract(`${CQ}${text}`, { document: "t.md" }).observations.map((o) => [o.indicator, o.value, o.unit]);
    expect(named("新增国家高新技术企业2043家，总量2.3万家。")).toEqual([
      ["enterprises.high_tech.new", 2043, "家"],
      ["enterprises.high_tech.total", 2.3, "万家"],
    ]);
    expect(named("净增市场主体2.47万户、总数达21.87万户。")).toEqual([
      ["market_entities.net_new", 2.47, "万户"],
      ["market_entities.total", 21.87, "万户"],
    ]);
    // No total of the count in the registry: kept, never as a second count of the new ones.
    expect(named("新增“专精特新”企业80家、总量突破1000家。")).toEqual([
      ["enterprises.specialized.new", 80, "家"],
      ["unregistered:专精特新企业总数", 1000, "家"],
    ]);
    // 达到/突破 a count in the same unit after the new ones: the total they brought it to
    expect(named("新增高新技术企业50家、突破300家。新增三级医院2家，达到8家。新增市场主体3万户，增长10%。")).toEqual([
      ["enterprises.high_tech.new", 50, "家"],
      ["enterprises.high_tech.total", 300, "家"],
      ["unregistered:新增三级医院", 2, "家"],
      ["unregistered:三级医院", 8, "家"],
      ["market_entities.new", 3, "万户"],
      ["market_entities.new", 10, "%"],
    ]);
    // A bare name reaching a count (达到, 突破, 增至) is the stock; with a verb of new ones anywhere in
    // the name or its clause, it stays what its name says (镇江 2025, 三明 2021).
    expect(
      named("国家高新技术企业达到1617家。高新技术企业突破300家。新增国家级高新技术企业29家。城镇新增就业达到1.2万人。"),
    ).toEqual([
      ["enterprises.high_tech.total", 1617, "家"],
      ["enterprises.high_tech.total", 300, "家"],
      ["enterprises.high_tech.new", 29, "家"],
      ["jobs.urban_new", 1.2, "万人"],
    ]);
    // With no stock in the registry, a count reached is kept as the total, unregistered, never as
    // the new ones (鄂州 2025, 朔州 2020); a clause of new ones (新增…、…超) or of the year's work
    // (签约, 完成…改造) and an amount of the year (授权量) are not totals (龙华 2025, 重庆 2019).
    expect(
      named(
        "5G基站达3058个。“专精特新”企业达到45家。新增学前学位3510座、义务教育学位超1万座。签约项目达60个。专利授权量超过2.5万件。",
      ),
    ).toEqual([
      ["unregistered:5G基站总数", 3058, "个"],
      ["unregistered:专精特新企业总数", 45, "家"],
      ["unregistered:新增学前学位", 3510, "座"],
      ["education.compulsory_places.new", 10000, "座"],
      ["investment_promotion.projects_signed", 60, "个"],
      ["patents.granted.new", 2.5, "万件"],
    ]);
    // 从…增至: the count the one before rose to is reached too (惠州 2022, 深圳 2016)
    expect(named("高新技术企业从466家增至2050家，科技型中小企业由939家增加到1862家。").slice(-2)).toEqual([
      ["enterprises.high_tech.total", 2050, "家"],
      ["unregistered:科技型中小企业总数", 1862, "家"],
    ]);
    // 新增/净增 before a total's name: the new ones (gross or net), never the total; with no such
    // variant in the registry, the figure keeps the verb in its name.
    expect(named("新设市场经营主体5.2万户。新登记各类市场主体12.6万家。")).toEqual([
      ["market_entities.new", 5.2, "万户"],
      ["market_entities.new", 12.6, "万家"],
    ]);
    expect(named("新增市场主体3.13万户。净增市场主体2.47万户。新增常住人口3万人。")).toEqual([
      ["market_entities.new", 3.13, "万户"],
      ["market_entities.net_new", 2.47, "万户"],
      ["unregistered:新增常住人口", 3, "万人"],
    ]);
  });
});

describe("qualifiers", () => {
  it("低于, 远低于 and 保持在…以下 bound actuals too; a price index is always its change", () => {
    expect(
      rows(`${CQ}城镇登记失业率3.8%，低于4.5%的控制目标；城镇调查失业率远低于6%；居民消费价格指数保持在3%以下。`),
    ).toEqual([
      ["unemployment.registered", "rate", 2003, "actual", 3.8, "exact"],
      ["unemployment.surveyed", "rate", 2003, "actual", 6, "at_most"],
      ["cpi", "growth", 2003, "actual", 3, "at_most"],
    ]);
  });
});

describe("five-year reviews", () => {
  it("从A增加到B gives B as the review year's level; A and 年均 are not one year's (重庆 2013)", () => {
    const text =
      "---\ntitle: 重庆市政府工作报告（2013年1月26日）\n---\n**一、过去五年及2012年工作回顾**\n" +
      "全市生产总值从2007年的4676亿元增加到11459亿元，年均增长15.3%。五年累计完成固定资产投资4.3万亿元。\n" +
      "**二、今后五年总体要求和奋斗目标**\n到2017年，生产总值达到2万亿元。\n**三、2013年主要任务**\n生产总值增长12%左右。";
    expect(rows(text)).toEqual([
      ["gdp", "level", 2012, "actual", 11459, "exact"],
      ["gdp", "growth", 2013, "target", 12, "about"],
    ]);
  });

  it("a milestone passed is the level the five years ended at; what was built over them is not (安顺 2022, 眉山 2021)", () => {
    const text =
      "---\ntitle: 安顺市政府工作报告（2022年2月10日）\n---\n一、过去五年工作回顾\n" +
      "经过五年奋力拼搏，全市地区生产总值历史性突破千亿元大关。五年来，新改建农村公路超过2000公里。\n" +
      "二、2022年工作安排\n地区生产总值增长10%左右。";
    expect(rows(text)).toEqual([
      ["gdp", "level", 2021, "actual", 1000, "more_than"],
      ["gdp", "growth", 2022, "target", 10, "about"],
    ]);
  });
});

describe("text hygiene", () => {
  it("reads through zero-width spaces, full-width digits and ％, ** and U+3000 indents; offsets index the original", () => {
    const text =
      "---\ntitle: 重庆市政府工作报告（2004年1月10日）\n---\n\u3000\u3000**一、2003年工作回顾**\n" +
      "\u3000\u3000**地区生产总值**２７３.4\u200b6亿元，增长５.５％。";
    const r = extract(text, { document: "h.md" });
    expect(r.observations.map((o) => [o.indicator, o.measure, o.value])).toEqual([
      ["gdp", "level", 273.46],
      ["gdp", "growth", 5.5],
    ]);
    for (const o of r.observations) expect(text.slice(o.source.start, o.source.end)).toBe(o.source.quote);
    expect(r.observations[0]?.source.quote).toBe("地区生产总值**２７３.4\u200b6亿元");
  });

  it("reads a number a line break cuts (27⏎3.46亿元), quoting the original", () => {
    const text = `${CQ}地区生产总值27\n3.46亿元，增长5\n.5%。`;
    const r = extract(text, { document: "h.md" });
    expect(r.observations.map((o) => o.value)).toEqual([273.46, 5.5]);
    expect(r.observations[0]?.source.quote).toBe("地区生产总值27\n3.46亿元");
  });
});

describe("where the plan begins", () => {
  const review = "一、2021年工作回顾\n地区生产总值增长9%。\n";
  const head = "---\ntitle: 武威市政府工作报告（2022年1月8日）\n---\n";
  it.each([
    ["the plan opening inside a sentence (武威 2022)", "2022年经济社会发展的主要预期目标是：地区生产总值增长7%。"],
    ["主要预期目标建议 (广元 2024)", "全市经济社会发展主要预期目标建议：地区生产总值增长7%。"],
    [
      "a heading naming the year after other words (辽阳 2021)",
      "二、“十四五”时期主要目标任务和2022年重点工作\n地区生产总值增长7%。",
    ],
    ["an unnumbered year heading (南山 2014)", "2022年工作安排\n地区生产总值增长7%。"],
    ["a paragraph opening with the year (镇江 2025)", "三、鼓足干劲奋进新征程\n2022年是关键之年。地区生产总值增长7%。"],
    [
      "a heading on the five-year plan's last year (镇江 2025)",
      "三、鼓足干劲奋进新征程，确保“十四五”圆满收官\n2022年是关键之年。地区生产总值增长7%。",
    ],
  ])("%s", (_, plan) => {
    expect(rows(`${head}${review}${plan}`).map((r) => [r[2], r[3], r[4]])).toEqual([
      [2021, "actual", 9],
      [2022, "target", 7],
    ]);
  });
});

describe("five-year paragraphs and parts", () => {
  it.each([
    ["二、科学谋划，砥砺奋进“十四五”"],
    ["二、“十四五”时期发展的主要考虑"],
    ["二、“十四五”规划和2035年远景目标的总体考虑"],
    ["二、二〇三五年远景目标和“十四五”主要目标任务"],
  ])("a part headed %s sets the five years' goals, not the year's (亳州, 宜春, 攀枝花, 黔东南 2021)", (heading) => {
    const text =
      "---\ntitle: 亳州市政府工作报告（2021年1月8日）\n---\n一、2020年工作回顾\n地区生产总值增长3.9%。\n" +
      `${heading}\n地区生产总值年均增长7%，城镇化率达到56%。\n三、2021年工作安排\n地区生产总值增长8%。`;
    expect(rows(text).map((r) => [r[0], r[2], r[3], r[4]])).toEqual([
      ["gdp", 2020, "actual", 3.9],
      ["gdp", 2021, "target", 8],
    ]);
  });

  it("a part headed with the five years and the year sets the year's targets from the paragraph on the year (鹤壁 2023, 齐齐哈尔 2022)", () => {
    const text =
      "---\ntitle: 齐齐哈尔市政府工作报告（2022年1月10日）\n---\n一、过去五年工作回顾\n2021年，地区生产总值增长7.5%。\n" +
      "二、今后五年奋斗目标和2022年重点工作\n今后五年，地区生产总值年均增长6%。\n" +
      "2022年，我们将坚持稳字当头。地区生产总值增长6%以上。";
    expect(rows(text).map((r) => [r[0], r[2], r[3], r[4], r[5]])).toEqual([
      ["gdp", 2021, "actual", 7.5, "exact"],
      ["gdp", 2022, "target", 6, "at_least"],
    ]);
  });

  it("a heading on completing the plan in its last year heads the year's plan, not a five-year part (红河 2025)", () => {
    const text =
      "---\ntitle: 红河州政府工作报告（2025年1月8日）\n---\n一、2024年工作回顾\n地区生产总值增长4.1%。\n" +
      "二、争先跨越，实现“十四五”规划圆满收官\n2025年，是“十四五”规划收官之年。森林覆盖率达60%，地区生产总值增长5%左右。";
    expect(rows(text).map((r) => [r[0], r[2], r[3], r[4]])).toEqual([
      ["gdp", 2024, "actual", 4.1],
      ["forestry.coverage", 2025, "target", 60],
      ["gdp", 2025, "target", 5],
    ]);
  });

  const head = "---\ntitle: 绍兴市政府工作报告（2021年1月10日）\n---\n一、“十三五”时期主要成就和2020年工作回顾\n";
  it("五年来… sums up the term: its totals are not last year's, the level its 年均 grows from is (绍兴 2021)", () => {
    const text =
      `${head}五年来，我们坚持发展要务。城镇新增就业52万人，完成财政总收入853亿元、一般公共预算收入543.5亿元，年均增长7.2%和8.4%。\n` +
      "2020年，地区生产总值增长3.6%。\n二、“十四五”时期发展目标和主要任务\n到2025年，地区生产总值达到8000亿元。\n三、2021年工作安排\n地区生产总值增长6%。";
    expect(rows(text).map((r) => r.slice(0, 5))).toEqual([
      ["revenue.fiscal_total", "level", 2020, "actual", 853],
      ["budget_revenue", "level", 2020, "actual", 543.5],
      ["gdp", "growth", 2020, "actual", 3.6],
      ["gdp", "growth", 2021, "target", 6],
    ]);
  });

  it("全年… in a five-year part is the last year's (重庆 2013)", () => {
    const text =
      "---\ntitle: 重庆市政府工作报告（2013年1月26日）\n---\n一、过去五年及2012年工作回顾\n" +
      "过去五年，生产总值年均增长15.3%。全年经济增长13.6%，居民消费价格总水平上涨2.6%。\n三、2013年主要任务\n";
    expect(rows(text).map((r) => r.slice(0, 5))).toEqual([
      ["gdp", "growth", 2012, "actual", 13.6],
      ["cpi", "growth", 2012, "actual", 2.6],
    ]);
  });

  it("a paragraph or sentence of a five-year part that opens on last year is that year's (重庆 2008, 2018, 安顺 2022)", () => {
    const head =
      "---\ntitle: 重庆市政府工作报告（2008年1月20日）\n---\n一、过去五年的工作回顾\n过去五年，生产总值年均增长12.6%。\n";
    const text =
      `${head}各位代表！刚刚过去的2007年，重庆大事、喜事多。全市经济增长创下直辖以来新高，地区生产总值增长15.6%。\n` +
      "各位代表！过去五年，地方财政收入增长20%。\n" +
      "过去一年，城市居民人均可支配收入达到13715元，比上年增长18.5%。\n" +
      "一年来，我们负重前行。预计，社会消费品零售总额增长15%。\n二、2008年工作安排\n";
    expect(rows(text).map((r) => r.slice(0, 5))).toEqual([
      ["gdp", "growth", 2007, "actual", 15.6],
      ["income.per_capita.urban", "level", 2007, "actual", 13715],
      ["income.per_capita.urban", "growth", 2007, "actual", 18.5],
      ["retail_sales", "growth", 2007, "estimate", 15],
    ]);
  });

  it("a five-year goals heading with a long tail (“十四五”时期主要目标任务和二〇三五年远景目标) dates no year (重庆 2021)", () => {
    const text =
      "---\ntitle: 重庆市政府工作报告（2021年1月21日）\n---\n一、“十三五”时期发展成就和2020年工作回顾\n2020年，地区生产总值增长3.9%。\n" +
      "二、“十四五”时期主要目标任务和二〇三五年远景目标\n“十四五”时期，我市经济社会发展的主要目标是：森林覆盖率达到57%。\n" +
      "三、2021年工作安排\n地区生产总值增长6%以上。";
    expect(rows(text).map((r) => r.slice(0, 5))).toEqual([
      ["gdp", "growth", 2020, "actual", 3.9],
      ["gdp", "growth", 2021, "target", 6],
    ]);
  });

  it("a heading line without a number on the five years ahead (今后五年的目标任务) is a five-year part up to the next heading (酒泉 2022)", () => {
    const text =
      "---\ntitle: 酒泉市政府工作报告（2021年12月13日）\n---\n\n**本届政府工作回顾**\n\n" +
      "2021年，面对复杂严峻的外部环境，全市上下攻坚克难、砥砺前行，地区生产总值增长9%，经济运行稳中有进。\n\n" +
      "**今后五年的目标任务**\n\n（一）将经济发展推向更高水平。大力发展县域经济，加速构建主体功能突出的县域发展格局，" +
      "地区生产总值达到300亿元以上，城镇化率提高到66%以上。\n\n**2022年工作任务**\n\n" +
      "今年经济社会发展的主要预期目标是：地区生产总值增长7%，规上工业增加值增长12%，固定资产投资增长10%。";
    expect(rows(text).map((r) => r.slice(0, 5))).toEqual([
      ["gdp", "growth", 2021, "actual", 9],
      ["gdp", "growth", 2022, "target", 7],
      ["value_added.industry.above_scale", "growth", 2022, "target", 12],
      ["investment.fixed_assets", "growth", 2022, "target", 10],
    ]);
  });

  it("a paragraph presenting the five-year plan's outline (编制了《…五年规划…纲要（草案）》) opens a five-year part (池州 2021, 深圳 2026)", () => {
    const text =
      "---\ntitle: 池州市政府工作报告（2021年1月17日）\n---\n\n各位代表：\n\n现在，我代表市人民政府向大会报告工作，并提请审议《池州市国民经济和社会发展第十四个五年规划纲要（草案）》。\n\n" +
      "决胜全面建成小康社会取得决定性成就\n\n2020年，地区生产总值增长4%。\n\n过去一年，我们统筹推进疫情防控和经济社会发展。\n\n" +
      "我们坚持稳中求进，扎实做好“六稳”工作。\n\n我们持续改善民生，办好民生实事。\n\n我们也清醒认识到，发展不平衡不充分问题仍然突出。\n\n" +
      "全面开启新阶段现代化建设新征程\n\n根据市委规划《建议》，编制了《池州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要（草案）》，提交大会审查。\n\n" +
      "（一）突出增进民生福祉。城镇新增就业7万人以上，高中阶段毛入学率达到95%，研发经费投入强度达到2%以上。\n\n" +
      "奋力实现“十四五”良好开局\n\n今年是“十四五”开局之年。全市经济社会发展的主要预期目标是：地区生产总值增长8.5%，城镇新增就业1.4万人。";
    expect(rows(text).map((r) => r.slice(0, 5))).toEqual([
      ["gdp", "growth", 2020, "actual", 4],
      ["gdp", "growth", 2021, "target", 8.5],
      ["jobs.urban_new", "level", 2021, "target", 1.4],
    ]);
    // the five years' figures are kept as such, the registry's and the others alike
    const unmapped = extract(text, { document: "t.md" }).unmapped.filter((u) => u.reason === "multi_year");
    expect(unmapped.map((u) => u.value)).toEqual([7, 95, 2]);
  });

  it("YYYY年…主要目标为 opens the plan of the report year (光明 2019)", () => {
    const text =
      "深圳市光明区政府工作报告\n——2019年1月9日在深圳市光明区第一届人民代表大会第一次会议上\n一、2018年工作回顾\n" +
      "地区生产总值增长9.2%。\n2019年光明区经济发展主要目标为：地区生产总值增长8%左右，固定资产投资增长22%。";
    expect(rows(text).map((r) => r.slice(0, 5))).toEqual([
      ["gdp", "growth", 2018, "actual", 9.2],
      ["gdp", "growth", 2019, "target", 8],
      ["investment.fixed_assets", "growth", 2019, "target", 22],
    ]);
  });

  it("预计2015年 names the year for every clause a ； joins (淮安 2016)", () => {
    const text =
      "---\ntitle: 淮安市政府工作报告（2016年1月18日）\n---\n一、“十二五”发展回顾\n过去五年，我们砥砺前行。\n" +
      "预计2015年，实现地区生产总值2700亿元；一般公共预算收入350亿元。";
    expect(rows(text).map((r) => r.slice(0, 5))).toEqual([
      ["gdp", "level", 2015, "estimate", 2700],
      ["budget_revenue", "level", 2015, "estimate", 350],
    ]);
  });
});

describe("multiples", () => {
  it("增长N倍 is a multiple, never a percentage growth (重庆 2016)", () => {
    const r = extract(
      `${CQ}固定资产投资从6935亿元增至15480亿元，增长1.2倍；一般公共预算收入完成2155亿元，增长1.3倍。`,
      {
        document: "cq.md",
      },
    );
    expect(r.observations.filter((o) => o.measure === "growth")).toEqual([]);
    expect(r.unmapped.filter((u) => u.unit === "倍").map((u) => [u.value, u.reason])).toEqual([
      [1.2, "unsupported_measure"],
      [1.3, "unsupported_measure"],
    ]);
  });
});

describe("milestones and aims", () => {
  it("迈上/跃上 X新台阶 is a milestone passed: the figures after it keep the subject (重庆 2024, 2009)", () => {
    // The milestone beside the exact level is not a second value of the fact: it goes to unmapped.
    const r = extract(`${CQ}地区生产总值迈上3万亿元新台阶、达到30145.79亿元、增长6.1%。`, { document: "cq.md" });
    expect(r.observations.map((o) => [o.indicator, o.measure, o.value, o.qualifier])).toEqual([
      ["gdp", "level", 30145.79, "exact"],
      ["gdp", "growth", 6.1, "exact"],
    ]);
    expect(r.unmapped.map((u) => [u.value, u.unit, u.qualifier, u.reason])).toEqual([
      [3, "万亿元", "more_than", "milestone"],
    ]);
    // Alone, the milestone is what the report says of the level (宿州 2014: 首超, a round figure without a digit).
    expect(rows(`${CQ}生产总值首超千亿元，增长11%左右；财政收入首超百亿元，增长20.8%。`)).toEqual([
      ["gdp", "level", 2003, "actual", 1000, "more_than"],
      ["gdp", "growth", 2003, "actual", 11, "about"],
      ["revenue.local_fiscal", "level", 2003, "actual", 100, "more_than"],
      ["revenue.local_fiscal", "growth", 2003, "actual", 20.8, "exact"],
    ]);
    // 千亿元 names a class of industry unless a verb passes it.
    expect(rows(`${CQ}培育千亿元产业集群。`)).toEqual([]);
    // 跃上 with nothing before it to name: no figure, rather than one named 跃上.
    expect(rows(`${CQ}全市生产总值比上年增长14.3%，跃上5098亿元新台阶。`)).toEqual([
      ["gdp", "growth", 2003, "actual", 14.3, "exact"],
    ]);
  });

  it("a milestone passed in one sentence and the exact level in another: the exact level alone (吕梁 2022, 宁德 2022)", () => {
    // Kept, the milestone would be a second value of the fact, and the one a comparison takes first.
    const text = `${CQ}地区生产总值突破2000亿元，是极不平凡的一年。GDP历史性完成2071.4亿元，增长8.9%。财政收入首超百亿元。`;
    const r = extract(text, { document: "cq.md" });
    expect(r.observations.map((o) => [o.indicator, o.measure, o.value, o.qualifier])).toEqual([
      ["gdp", "level", 2071.4, "exact"],
      ["gdp", "growth", 8.9, "exact"],
      ["revenue.local_fiscal", "level", 100, "more_than"],
    ]);
    expect(r.unmapped.map((u) => [u.value, u.unit, u.reason, u.source.quote])).toEqual([
      [2000, "亿元", "milestone", "地区生产总值突破2000亿元"],
    ]);
    // A floor above the exact level is not passed by it: both stay, and reconcile flags them.
    const above = extract(`${CQ}地区生产总值超过2100亿元。地区生产总值完成2071.4亿元。`, { document: "cq.md" });
    expect(above.observations.map((o) => o.value)).toEqual([2100, 2071.4]);
    // Unregistered loose names name different things from one sentence to the next.
    expect(rows(`${CQ}产值超20亿元。产值完成35亿元。`).map((r) => r[4])).toEqual([20, 35]);
  });

  it("接连, 相继, 先后, 历史性 between a name and its verb say how it happened, not what (漳州 2022)", () => {
    expect(rows(`${CQ}GDP接连突破三千亿元。服务业增加值相继超过百亿元。`)).toEqual([
      ["gdp", "level", 2003, "actual", 3000, "more_than"],
      ["value_added.services", "level", 2003, "actual", 100, "more_than"],
    ]);
  });

  it("力保, 力求, 努力, 预期 between a name and its verb are the aim, not the name (重庆 2009)", () => {
    const plan = "---\ntitle: 重庆市政府工作报告（2009年1月13日）\n---\n二、2009年工作安排\n";
    for (const aim of ["要力保", "力求", "努力", "预期"]) {
      expect(rows(`${plan}全市生产总值${aim}增长12%。`)).toEqual([["gdp", "growth", 2009, "target", 12, "exact"]]);
    }
  });
});

describe("cues of a plan in a review no heading marks", () => {
  // No 回顾 heading: the review opens on a theme; the plan heading comes later.
  const head = (year: number) =>
    `---\ntitle: 镇江市政府工作报告（${year}年1月13日）\n---\n一、牢记嘱托感恩奋进\n${year - 1}年是极不平凡的一年。\n`;
  const plan = (year: number) => `三、${year}年主要工作安排\n地区生产总值增长5.5%。`;

  it("预期目标 met (预期目标顺利实现，其中…增长5.9%) is the review's, not a target (镇江 2025)", () => {
    const text = `${head(2025)}经济社会发展主要预期目标顺利实现，其中全市地区生产总值增长5.9%。\n${plan(2025)}`;
    expect(rows(text).map((r) => r.slice(0, 4))).toEqual([
      ["gdp", "growth", 2024, "actual"],
      ["gdp", "growth", 2025, "target"],
    ]);
    // 预期目标 still cues a plan when the sentence sets them
    expect(rows(`${head(2025)}今年主要预期目标是：地区生产总值增长5.5%。`).map((r) => r[3])).toEqual(["target"]);
  });

  it("计划 as a noun (实施…三年行动计划) is no cue of a plan (绍兴 2021)", () => {
    const text = `${head(2021)}实施新型基础设施建设三年行动计划，固定资产投资增长6.7%。\n${plan(2021)}`;
    expect(rows(text).map((r) => r.slice(0, 4))).toEqual([
      ["investment.fixed_assets", "growth", 2020, "actual"],
      ["gdp", "growth", 2021, "target"],
    ]);
  });
});

describe("whose figure, over which years", () => {
  it("a zone, a town or a street written onto any name is a part's (黄山 2025, 深圳 2025, 重庆 2008)", () => {
    const yy = "政府工作报告\n——2024年1月10日在云阳县第十八届人民代表大会第四次会议上\n一、2023年工作回顾\n";
    const text =
      `${yy}黄山高新区规上工业产值增长17%。园区亩均税收增长9.8%。双江街道地区生产总值增长8%。` +
      "龙角镇实现地区生产总值20亿元。全县规上工业产值增长12%。全县建成绿色园区10个、绿色工厂15个。";
    expect(rows(text).filter((r) => !String(r[0]).startsWith("unregistered:"))).toEqual([
      ["output.industry.above_scale", "growth", 2023, "actual", 12, "exact"],
      ["industry.green_factories.new", "count", 2023, "actual", 15, "exact"],
    ]);
    // 城镇 and 城乡 are no towns
    expect(rows(`${yy}城镇居民人均可支配收入4万元。城乡居民人均可支配收入增长7%。`).map((r) => r[0])).toEqual([
      "income.per_capita.urban",
      "income.per_capita",
    ]);
  });

  it("a branch of the economy written onto a whole-region name is the branch's (吉安 2014, 宿迁 2015, 龙岩 2015)", () => {
    const yy = "政府工作报告\n——2024年1月10日在云阳县第十八届人民代表大会第四次会议上\n一、2023年工作回顾\n";
    const text =
      `${yy}金融业完成地方税收6.9亿元、增长30.3%。烟草产业税收突破100亿元。工业固投增长12%。` +
      "全县税收收入完成50亿元，增长8%。";
    expect(rows(text)).toEqual([
      ["tax_revenue", "level", 2023, "actual", 50, "exact"],
      ["tax_revenue", "growth", 2023, "actual", 8, "exact"],
    ]);
    // a sentence that opens on a branch is its subject when the revenue's clause has none (泰安 2020, 抚州 2016)
    const opening = `${yy}服务业繁荣发展，完成税收150.41亿元，增长12%。建筑业完成产值293.65亿元、增长16.8%，实现税收25.7亿元。`;
    expect(rows(opening).map((r) => r[0])).toEqual(["output.construction", "output.construction"]);
    // what a branch completes of its own is the region's figure
    expect(rows(`${yy}旅游业加快发展，实现旅游收入363.2亿元。`).map((r) => r[0])).toEqual(["tourism.revenue"]);
    // 就业 and 企业 are no branches; 服务业增加值 holds its branch in its own name
    expect(rows(`${yy}稳就业城镇新增就业1.2万人。服务业增加值增长6%。`).map((r) => r[0])).toEqual([
      "jobs.urban_new",
      "value_added.services",
    ]);
  });

  it("a part of a province named by its place (珠三角, 粤东粤西粤北, 苏南) is not the province", () => {
    const gd = "政府工作报告\n——2024年1月23日在广东省第十四届人民代表大会第二次会议上\n一、2023年工作回顾\n";
    const text = `${gd}全省地区生产总值增长4.8%。珠三角地区生产总值增长4.5%，粤东粤西粤北地区生产总值增长5.1%。`;
    expect(rows(text)).toEqual([["gdp", "growth", 2023, "actual", 4.8, "exact"]]);
    const gx = "政府工作报告\n——2024年1月在广西壮族自治区第十四届人民代表大会第二次会议上\n一、2023年工作回顾\n";
    expect(
      rows(`${gx}全区地区生产总值增长4.1%。北部湾经济区地区生产总值增长5%。主城都市区地区生产总值增长6%。`),
    ).toEqual([["gdp", "growth", 2023, "actual", 4.1, "exact"]]);
    // tax given up is not tax collected; manufacturing's tax is a sector's
    expect(rows(`${gd}减免税收118.1亿元。制造业税收达到81.7亿元。税收收入9853亿元。`).map((r) => [r[0], r[4]])).toEqual(
      [
        ["unregistered:减免税收", 118.1],
        ["unregistered:制造业税收", 81.7],
        ["tax_revenue", 9853],
      ],
    );
    // a kind of loan is not all loans (金华 2025, 宁德 2022)
    const loans = `${gd}各项贷款余额增长12.4%，其中制造业中长期贷款余额增长21.2%。普惠小微贷款余额增长33.1%，涉农贷款余额增长14.7%。`;
    expect(rows(loans).map((r) => [r[0], r[4]])).toEqual([
      ["finance.loans", 12.4],
      ["unregistered:制造业中长期贷款余额", 21.2],
      ["unregistered:普惠小微贷款余额", 33.1],
      ["unregistered:涉农贷款余额", 14.7],
    ]);
    // a bay area, two of its cities, its two wings; a branch of manufacturing
    const more = `${gd}粤港澳大湾区经济总量超过14万亿元。广州、深圳两市地区生产总值合计超过6万亿元。东西两翼地区生产总值增长5%。先进制造业增加值增长6.1%。`;
    expect(rows(more).filter((r) => !String(r[0]).startsWith("unregistered:"))).toEqual([]);
    // a province's own name that ends in a compass point is the province
    const hn = "政府工作报告\n——2024年1月在河南省第十四届人民代表大会第二次会议上\n一、2023年工作回顾\n";
    expect(rows(`${hn}河南地区生产总值增长4.1%。`)).toEqual([["gdp", "growth", 2023, "actual", 4.1, "exact"]]);
  });

  it("a cooperation zone or pilot area before the name is a sub-area (深圳 2025, 2026)", () => {
    const sz = "深圳市政府工作报告\n——2025年1月在深圳市第七届人民代表大会第六次会议上\n一、2024年工作回顾\n";
    expect(rows(`${sz}深汕特别合作区地区生产总值增长74.2%。全市地区生产总值增长5.8%。`)).toEqual([
      ["gdp", "growth", 2024, "actual", 5.8, "exact"],
    ]);
  });

  it("a corridor, an industrial cluster or the city's own level is a sub-area, and a run's subject is each figure's (吉安 2014, 白银 2014, 清远 2015, 深圳 2026)", () => {
    const text =
      `${HEAD}走廊实现生产总值561亿元。工业集中区完成固定资产投资201.5亿元。其中市本级公共财政预算收入27.87亿元。` +
      "合作区地区生产总值增长15%以上、规上工业增加值增长20%以上。全市地区生产总值增长8%、规上工业增加值增长9%。";
    expect(rows(text).map((r) => r.slice(0, 5))).toEqual([
      ["gdp", "growth", 2013, "actual", 8],
      ["value_added.industry.above_scale", "growth", 2013, "actual", 9],
    ]);
  });

  it("a project's, a development zone's or the local enterprises' figure is no figure of the region (庆阳 2025, 铜陵 2016, 克拉玛依 2023)", () => {
    const text =
      `${HEAD}同欣科技轻烃深加工项目一期完成固定资产投资15.5亿元。市经开区生产总值增长10%以上。` +
      "全年实现地方固定资产投资200亿元，增长14.7%。地方规上工业增加值增长17.5%。地方税收57亿元、增长42.5%。";
    // 地方 before a revenue name is its usual name: 地方税收 is the region's tax revenue
    expect(rows(text).map((r) => r.slice(0, 5))).toEqual([
      ["tax_revenue", "level", 2013, "actual", 57],
      ["tax_revenue", "growth", 2013, "actual", 42.5],
    ]);
  });

  it("a county or district of the report's region named before the name, or opening the sentence, is that part's figure (北海 2021, 广安 2022)", () => {
    const bh = "北海市政府工作报告\n——2021年1月在北海市第十五届人民代表大会第六次会议上\n一、2020年工作回顾\n";
    const text = `${bh}铁山港区完成固定资产投资111.8亿元、增长117%；全市固定资产投资增长6.5%。`;
    expect(rows(text)).toEqual([["investment.fixed_assets", "growth", 2020, "actual", 6.5, "exact"]]);
    // a part the sentence opens on is the subject of its later clauses, unless it turns back to the whole (铜陵 2016)
    expect(rows(`${bh}过去的一年，合浦县经济社会发展取得长足进步，生产总值达到195亿元。`)).toEqual([]);
    expect(rows(`${bh}合浦县加快发展，全市城镇化率达到48.4%。`).map((r) => r[4])).toEqual([48.4]);
    // a part named in a later clause is one item of a list of deeds, not the sentence's subject (六安 2016)
    expect(rows(`${bh}中心城市首位度显著提升，合浦县实现加快发展，城镇化率达到48.4%。`).map((r) => r[4])).toEqual([
      48.4,
    ]);
    // set against the whole region it is a part's; against a larger whole, the region's own (平顶山 2021)
    const registered = (text: string) => rows(text).filter((r) => !String(r[0]).startsWith("unregistered:"));
    expect(registered(`${bh}6县（市）规模以上工业增加值增长5.8%、高于全市0.9个百分点。`)).toEqual([]);
    expect(registered(`${bh}规模以上工业增加值增长5.8%、高于全省0.9个百分点。`).map((r) => r[4])).toEqual([5.8]);
    // a region that is not part of the report's is no part of it
    expect(rows(`${bh}重庆市地区生产总值增长3.9%。`)).toEqual([["gdp", "growth", 2020, "actual", 3.9, "exact"]]);
  });

  it("a growth over a base year other than last year is several years' growth (重庆 2003)", () => {
    expect(rows(`${CQ}国内生产总值完成1971亿元，与1996年相比，增长68.9%。`).map((r) => r.slice(0, 5))).toEqual([
      ["gdp", "level", 2003, "actual", 1971],
    ]);
    expect(rows(`${CQ}国内生产总值比2002年增长11.4%。`).map((r) => r.slice(0, 5))).toEqual([
      ["gdp", "growth", 2003, "actual", 11.4],
    ]);
    // a change in points over five years, and the level reached beside it (重庆 2006, 眉山 2021)
    expect(rows(`${CQ}森林覆盖率达到30%，比1998年提高7个百分点。`).map((r) => r.slice(0, 5))).toEqual([
      ["forestry.coverage", "rate", 2003, "actual", 30],
    ]);
    // a span from a year before last: the growth after it is the span's (三明 2021, 鄂尔多斯 2022)
    expect(
      rows(`${CQ}地区生产总值由1998年的3150.2亿元增加至4715.7亿元，增长13.3%。`).map((r) => r.slice(0, 5)),
    ).toEqual([["gdp", "level", 2003, "actual", 4715.7]]);
    expect(rows(`${CQ}地区生产总值由2002年的1750亿元增加至1971亿元，增长11.4%。`).map((r) => r.slice(0, 5))).toEqual([
      ["gdp", "level", 2003, "actual", 1971],
      ["gdp", "growth", 2003, "actual", 11.4],
    ]);
  });

  it("an amount 提高 or 增加 is an increment, not a level, unless the registry's name has the word (乌兰察布 2022)", () => {
    expect(rows(`${CQ}城乡居民人均可支配收入分别提高7119元和4579元。`)).toEqual([]);
    expect(rows(`${CQ}高标准农田改造提升4万亩，农村卫生厕所改造提升3000户。`).map((r) => [r[0], r[4]])).toEqual([
      ["farmland.high_standard.upgraded", 4],
      ["rural.toilets_renovated", 3000],
    ]);
  });

  it("a level followed by 的 and a noun bounds a class the sentence counts (重庆 2008, 松原 2021)", () => {
    expect(rows(`${CQ}地区生产总值超200亿元的区县达到2个。`).map((r) => r[0])).toEqual([
      "unregistered:地区生产总值超200亿元的区县",
    ]);
    expect(rows(`${CQ}固定资产投资10亿元以上的制造业项目开工建设。`)).toEqual([]);
    // 的 before a word of the figure itself keeps it
    expect(rows(`${CQ}地区生产总值达到2000亿元的规模。`).map((r) => [r[0], r[4]])).toEqual([["gdp", 2000]]);
  });

  it("output per square kilometre (每平方公里土地产出GDP, 地均GDP) is not GDP (深圳 2008)", () => {
    const names = rows(`${CQ}全市每平方公里土地产出GDP达3.46亿元。地均GDP达到10亿元。`).map((r) => r[0]);
    expect(names).toEqual(["unregistered:每平方公里土地产出GDP", "unregistered:地均GDP"]);
    // the area word further before the name (深圳 2006)
    expect(rows(`${CQ}每平方公里土地生产总值达到2.5亿元。`).map((r) => r[0])).toEqual([
      "unregistered:每平方公里土地生产总值",
    ]);
  });
});

describe("parts of the year", () => {
  const review = "池州市政府工作报告\n——2021年1月在池州市第五届人民代表大会第五次会议上\n一、2020年工作回顾\n";

  it("a quarter or half year between the name and its verb leaves the name, and 全年 after it is the year's (池州, 淮南 2021)", () => {
    expect(
      rows(`${review}全市地区生产总值一季度下降5.4%，二季度迅速恢复到正增长并逐季回升，预计全年增长4%以上。`),
    ).toEqual([["gdp", "growth", 2020, "estimate", 4, "at_least"]]);
    expect(rows(`${review}受疫情影响，上半年地区生产总值下降0.8%，预计下半年增长8%以上，全年增长4%左右。`)).toEqual([
      ["gdp", "growth", 2020, "estimate", 4, "about"],
    ]);
    for (const part of ["前三季度", "第一季度", "上半年"]) {
      const { observations, unmapped } = extract(`${review}地区生产总值${part}增长3.1%。`, { document: "t.md" });
      expect(observations).toEqual([]);
      expect(unmapped.map((u) => [u.nameAsWritten, u.reason])).toEqual([["地区生产总值", "part_year"]]);
    }
  });
});

describe("city services and registered residents", () => {
  it("户籍人口城镇化率 is not the resident rate; sewage, waste and green coverage rates are registered", () => {
    const text = `${CQ}常住人口和户籍人口城镇化率分别达到60.9%、47%。城镇污水处理率、生活垃圾无害化处理率分别达到95%和100%，县城污水处理率达到90%，建成区绿化覆盖率达到40%。`;
    expect(rows(text).map((r) => [r[0], r[4]])).toEqual([
      ["urbanization.rate", 60.9],
      ["unregistered:户籍人口城镇化率", 47],
      ["urban.sewage_treatment_rate", 95],
      ["urban.garbage_harmless_rate", 100],
      ["unregistered:县城污水处理率", 90],
      ["urban.green_coverage", 40],
    ]);
  });
});

describe("shares", () => {
  it("parts listed before 占…比重 are each a share (宜昌 2018)", () => {
    expect(rows(`${CQ}工业投资、民间投资占固定资产投资比重分别达到47%、60%。`).map((r) => [r[0], r[1], r[4]])).toEqual([
      ["investment.industry", "share", 47],
      ["investment.private", "share", 60],
    ]);
  });

  it("a total's share of the region itself (占全市比重) is a part's; a share of a named whole is the region's (绵阳 2021)", () => {
    const city = "---\ntitle: 绵阳市政府工作报告（2021年1月）\n---\n一、2020年工作回顾\n";
    expect(rows(`${city}县域地区生产总值占全市比重81.7%。`)).toEqual([]);
    expect(rows(`${city}工业增加值占全市生产总值的比重提高到40%。`).map((r) => [r[0], r[1], r[4]])).toEqual([
      ["value_added.industry", "share", 40],
    ]);
  });
});

describe("spans of years in figures the registry lacks", () => {
  it("the start of 由A增至B is not a figure of the year, and the name ends before 由/从 (三甲医院由3家增至10家)", () => {
    const r = extract(
      `${CQ}三甲医院由3家增至10家。一般公共预算总收入从1998年的130.67亿元增加到170.15亿元、增长30.21%。`,
      {
        document: "t.md",
      },
    );
    expect(r.observations.map((o) => [o.indicator, o.measure, o.value])).toEqual([
      ["unregistered:三甲医院", "count", 10],
      ["unregistered:一般公共预算总收入", "level", 170.15],
    ]);
    expect(r.unmapped.map((u) => [u.value, u.reason])).toEqual([
      [3, "multi_year"],
      [130.67, "multi_year"],
      [30.21, "multi_year"],
    ]);
  });
});

describe("the same things counted twice", () => {
  it("a count in another unit beside the count in the indicator's unit is not a second value (秦皇岛 2023, 宁德 2022)", () => {
    const r = extract(`${CQ}改造老旧小区61个、425栋。老旧小区改造12个、2323户。`, { document: "t.md" });
    expect(r.observations.map((o) => [o.indicator, o.value, o.unit])).toEqual([
      ["housing.old_communities.renovated", 61, "个"],
      ["housing.old_communities.renovated", 12, "个"],
    ]);
    expect(r.unmapped.map((u) => [u.value, u.unit, u.reason])).toEqual([
      [425, "栋", "unit_mismatch"],
      [2323, "户", "unit_mismatch"],
    ]);
    // alone, a count in another unit is what the report says (align notes that the units differ)
    expect(rows(`${CQ}改造老旧小区2323户。`).map((r) => r[4])).toEqual([2323]);
  });
});

describe("rates in ‰", () => {
  it("a rate in ‰ is a rate, as one in % is (人口自然增长率控制在6‰以内)", () => {
    expect(rows(`${CQ}人口自然增长率控制在6‰以内。户籍人口出生率为9.5‰。`)).toEqual([
      ["population.natural_growth_rate", "rate", 2003, "actual", 6, "at_most"],
      ["unregistered:户籍人口出生率", "rate", 2003, "actual", 9.5, "exact"],
    ]);
  });
});

describe("shares of the indicator itself", () => {
  it("a share of the indicator's own total (占全社会研发投入比重) is a part's, not the region's (深圳 2023, 泰安 2020)", () => {
    expect(rows(`${CQ}企业研发投入占全社会研发投入比重94.0%。税收150.41亿元，占全部税收比重达到51.61%。`)).toEqual([
      ["tax_revenue", "level", 2003, "actual", 150.41, "exact"],
    ]);
    // a share of another whole stays the region's
    expect(
      rows(`${CQ}全社会研发投入占地区生产总值比重5.49%。民间投资占全部投资比重达60%。`).map((r) => [r[0], r[4]]),
    ).toEqual([
      ["rnd.intensity", 5.49],
      ["investment.private", 60],
    ]);
  });
});

describe("shares with a name of their own", () => {
  it("研发投入占GDP比重 is 研发投入强度, however it is written; a share of another whole is not (漳州 2022, 龙华 2022)", () => {
    const text =
      `${CQ}全社会研发投入强度达到2.1%。全社会研发投入占全市生产总值的比重达到2.2%。研发经费支出占GDP比重提高到2.3%。` +
      "全社会研发投入增长38%，占地区生产总值比重大幅提高至2.4%。力争国有工业企业研发经费投入占营收比重4%以上。";
    expect(rows(text).map((r) => [r[0], r[1], r[4]])).toEqual([
      ["rnd.intensity", "rate", 2.1],
      ["rnd.intensity", "rate", 2.2],
      ["rnd.intensity", "rate", 2.3],
      ["rnd.spending", "growth", 38],
      ["rnd.intensity", "rate", 2.4],
      ["unregistered:研发经费投入占营收比重", "share", 4],
    ]);
  });
});

describe("shares after 占", () => {
  it("占 a whole after a figure is that figure's share of it, not the whole's (三明 2021, 重庆 2017, 深圳 2024)", () => {
    const text =
      `${HEAD}全市用于民生的重点支出272.64亿元、增长7.89%，占一般公共预算支出81.42%。` +
      "研发经费支出增长20%，占GDP比重达到1.7%。现代服务业增加值1.52万亿元，占服务业增加值比重提高到76.3%。";
    expect(
      rows(text)
        .filter((r) => !String(r[0]).startsWith("unregistered:"))
        .map((r) => [r[0], r[1], r[4]]),
    ).toEqual([
      ["rnd.spending", "growth", 20],
      ["rnd.intensity", "rate", 1.7],
    ]);
    expect(
      rows(text)
        .filter((r) => r[1] === "share")
        .map((r) => [r[0], r[4]]),
    ).toEqual([
      ["unregistered:用于民生的重点支出", 81.42],
      ["unregistered:现代服务业增加值", 76.3],
    ]);
  });

  it("a share of a larger region's total or of the year's plan is no share of a whole of the region (南山 2016, 宁德 2014)", () => {
    const text = `${HEAD}高新技术企业增至1641家，占全市29.7%。重点项目完成投资502亿元、占年度计划146.3%。`;
    expect(rows(text).filter((r) => r[1] === "share" && !String(r[0]).startsWith("unregistered:"))).toEqual([]);
  });
});

describe("short verbs", () => {
  it("增长了 is 增长; 增长保持在 holds a growth, not a level (大庆 2020, 福田 2016)", () => {
    expect(rows(`${CQ}城乡居民人均可支配收入分别增长了4%和6.5%。`).map((r) => [r[0], r[1], r[4]])).toEqual([
      ["income.per_capita.urban", "growth", 4],
      ["income.per_capita.rural", "growth", 6.5],
    ]);
    const plan = "---\ntitle: 福田区政府工作报告（2016年1月）\n---\n一、2015年工作回顾\n二、2016年工作安排\n";
    expect(rows(`${plan}地区生产总值增长保持在8.1%-8.6%。`).map((r) => [r[0], r[1], r[5]])).toEqual([
      ["gdp", "growth", "range"],
    ]);
  });

  it("a percentage of an indicator that counts people or money is no rate of it (资阳 2025)", () => {
    expect(rows(`${CQ}常住人口65.6%。`)).toEqual([]);
  });

  it("增 and 降 alone before a percentage are 增长 and 下降; 新增 still names a flow (保山 2021)", () => {
    const plan =
      "---\ntitle: 保山市政府工作报告（2021年1月）\n---\n一、2020年工作回顾\n一般公共预算收入降2.5%。\n二、2021年工作安排\n";
    expect(rows(`${plan}主要预期目标建议为：生产总值同比增9%左右，城镇新增就业5000人。`)).toEqual([
      ["budget_revenue", "growth", 2020, "actual", -2.5, "exact"],
      ["gdp", "growth", 2021, "target", 9, "about"],
      ["jobs.urban_new", "level", 2021, "target", 5000, "exact"],
    ]);
  });

  it("降到, 压降到, 降为 reach a level; 压降 is a decline", () => {
    expect(rows(`${CQ}城镇登记失业率降到3.5%，不良贷款率压降到2.2%以下。`).map((r) => [r[0], r[1], r[4]])).toEqual([
      ["unemployment.registered", "rate", 3.5],
      ["unregistered:不良贷款率", "rate", 2.2],
    ]);
    expect(rows(`${CQ}单位地区生产总值能耗压降4.5%。`).map((r) => [r[1], r[4]])).toEqual([["growth", -4.5]]);
  });
});

describe("more words and names of older reports", () => {
  it("达到 after a growth gives the level of the figure before (重庆 2004)", () => {
    expect(rows(`${CQ}全社会固定资产投资增长27.5%，达到1269亿元；地方财政一般预算收入仍增长18.1%。`)).toEqual([
      ["investment.fixed_assets", "growth", 2003, "actual", 27.5, "exact"],
      ["investment.fixed_assets", "level", 2003, "actual", 1269, "exact"],
      ["budget_revenue", "growth", 2003, "actual", 18.1, "exact"],
    ]);
    // Not across a clause naming another figure: 达 follows 突破百亿元大关, the figure of its own clause (汕头 2014).
    const text = `${CQ}财政收入277.92亿元，其中公共财政预算收入突破百亿元大关，达112.11亿元。`;
    expect(rows(text).map((r) => [r[0], r[4]])).toEqual([
      ["revenue.local_fiscal", 277.92],
      ["budget_revenue", 112.11],
    ]);
  });

  it("one value 分别 shared by names 和 joins; 城乡 packed names with two values (重庆 2007, 昌都 2023)", () => {
    expect(rows(`${CQ}城市居民人均可支配收入和农村居民人均纯收入分别增长9%。`).map((r) => [r[0], r[4]])).toEqual([
      ["income.per_capita.urban", 9],
      ["income.rural_net", 9],
    ]);
    expect(
      rows(`${CQ}城乡居民人均可支配收入达到44240元、17130元，同比分别增长9%、13%。`).map((r) => [r[0], r[4]]),
    ).toEqual([
      ["income.per_capita.urban", 44240],
      ["income.per_capita.rural", 17130],
      ["income.per_capita.urban", 9],
      ["income.per_capita.rural", 13],
    ]);
  });

  it("names older reports use: 城市居民消费价格总指数, 新增城镇就业人员, 一般公共预算地方收入, 按可比口径", () => {
    expect(
      rows(
        `${CQ}城市居民消费价格总指数上涨2.4%；新增城镇就业人员23.9万人；一般公共预算地方收入185亿元；财政一般预算收入按可比口径增长10%。`,
      ).map((r) => [r[0], r[1], r[4]]),
    ).toEqual([
      ["cpi", "growth", 2.4],
      ["jobs.urban_new", "level", 23.9],
      ["budget_revenue", "level", 185],
      ["budget_revenue", "growth", 10],
    ]);
  });

  it("an adverb between a name and its verb is not part of the name: 首次, 历史性, 稳步, 继续, 在全省率先 (呼伦贝尔 2023, 吕梁 2022)", () => {
    const text =
      `${HEAD}全市地区生产总值首次跨越1500亿元大关，达到1536亿元，增长4.6%。全市GDP历史性完成2071.4亿元。` +
      "森林覆盖率稳步提高到46%。存款余额在全省地级市率先突破5000亿元。";
    expect(rows(text).map((r) => [r[0], r[1], r[4]])).toEqual([
      ["gdp", "level", 1536],
      ["gdp", "growth", 4.6],
      ["gdp", "level", 2071.4],
      ["forestry.coverage", "rate", 46],
      ["finance.deposits", "level", 5000],
    ]);
    const target = extract(`${HEAD}二、2014年工作安排\n城镇登记失业率继续保持在4%以内。`, { document: "t.md" });
    expect(target.observations.map((o) => [o.indicator, o.kind, o.value, o.qualifier])).toEqual([
      ["unemployment.registered", "target", 4, "at_most"],
    ]);
  });

  it("a number right after 连续, or before 个季度, counts repetitions and is no figure (乌海 2020, 绵阳 2021)", () => {
    const text = `${HEAD}地区生产总值增速连续8个季度居全区首位。连续5次入选全国科技进步先进市。已连续399天未发生本土疫情。12个季度保持增长。`;
    expect(rows(text)).toEqual([]);
  });

  it("a clause on an indicator's growth with no figure names the next figure that has none (重庆 2020, 陇南 2023)", () => {
    const text =
      `${HEAD}地区生产总值增速保持在合理区间，全年增长6.3%。` +
      "三季度，规上工业增加值增速居全省第3位，预计全年完成80亿元，增长12%。" +
      "固定资产投资结构持续优化，增长10%。工业经济增速居全省第2位，完成50亿元。";
    expect(rows(text)).toEqual([
      ["gdp", "growth", 2013, "actual", 6.3, "exact"],
      ["value_added.industry.above_scale", "level", 2013, "estimate", 80, "exact"],
      ["value_added.industry.above_scale", "growth", 2013, "estimate", 12, "exact"],
    ]);
    const quote = extract(text, { document: "t.md" }).observations[0]?.source.quote;
    expect(quote).toBe("地区生产总值增速保持在合理区间，全年增长6.3%");
  });

  it("a list of bare values takes the unit its last value writes; multiples of a base year are no figure (衡阳 2016)", () => {
    const text =
      `${HEAD}全市地区生产总值、财政总收入分别达到2600、261.86亿元，分别是2010年的1.83、2.31倍，同比分别增长8.8%、11.1%。` +
      "城乡居民人均可支配收入分别为26514、14500元。2019、2020年连续获评先进。";
    expect(rows(text).map((r) => [r[0], r[1], r[4]])).toEqual([
      ["gdp", "level", 2600],
      ["revenue.fiscal_total", "level", 261.86],
      ["gdp", "growth", 8.8],
      ["revenue.fiscal_total", "growth", 11.1],
      ["income.per_capita.urban", "level", 26514],
      ["income.per_capita.rural", "level", 14500],
    ]);
    const gdp = extract(text, { document: "t.md" }).observations[0]!;
    expect([gdp.unit, gdp.source.quote]).toEqual(["亿元", "全市地区生产总值、财政总收入分别达到2600"]);
  });

  it("a milestone in words with one digit is a figure: 突破三千亿元, 突破一百万亩; 以上 passes none (绵阳 2021, 福田 2019)", () => {
    const text =
      `${HEAD}地区生产总值在全省地级市率先突破三千亿元、达到3010.08亿元，增长4.4%。全市油茶种植面积突破一百万亩。` +
      "培育10个以上三十亿元产业集群。";
    expect(rows(text).map((r) => [r[0], r[1], r[4], r[5]])).toEqual([
      ["gdp", "level", 3010.08, "exact"],
      ["gdp", "growth", 4.4, "exact"],
      ["unregistered:油茶种植面积", "level", 100, "more_than"],
      ["unregistered:培育三十亿元产业集群", "count", 10, "at_least"],
    ]);
  });

  it("a milestone in 亿 with no 元 (突破2000亿大关) is money: the figures after it keep their name (罗湖 2018, 宝安 2017)", () => {
    const text =
      `${HEAD}本区生产总值突破2000亿大关，达到2150亿元、增长8.7%左右。地区生产总值突破三千亿大关，达3003亿元，增长8.8%。` +
      "贷款余额再破千亿大关，达到1002.5亿元。";
    expect(rows(text).map((r) => [r[0], r[1], r[4], r[5]])).toEqual([
      ["gdp", "level", 2150, "exact"],
      ["gdp", "growth", 8.7, "about"],
      ["gdp", "level", 3003, "exact"],
      ["gdp", "growth", 8.8, "exact"],
      ["finance.loans", "level", 1002.5, "exact"],
    ]);
    const milestones = extract(text, { document: "t.md" }).unmapped.filter((u) => u.reason === "milestone");
    expect(milestones.map((u) => [u.value, u.unit])).toEqual([
      [2000, "亿元"],
      [3000, "亿元"],
      [1000, "亿元"],
    ]);
  });

  it("a word that names a part of what the name counts makes it another indicator (重庆 2017, 安顺 2022, 深圳 2024)", () => {
    const text =
      `${HEAD}发展新型农业经营主体1.8万个。新增发明专利授权量1.4万件。新型基础设施投资1223亿元。` +
      "跨境电商交易额增长50%。普惠小微企业贷款余额达31.6亿元。全市大数据市场主体达到281户。" +
      "新增市场主体3.8万户，专利授权量增长10%，贷款余额达700亿元。";
    const ids = rows(text).map((r) => r[0]);
    expect(ids.filter((id) => !String(id).startsWith("unregistered:"))).toEqual([
      "market_entities.new",
      "patents.granted.new",
      "finance.loans",
    ]);
    expect(ids.filter((id) => String(id).startsWith("unregistered:"))).toHaveLength(6);
  });

  it("a scenic area's visitors (A级景区接待游客, 龙虎山景区) are not the region's (绵阳 2025, 鹰潭 2014)", () => {
    const text = `${HEAD}龙虎山景区接待游客650万人次、增长28%。全年接待游客1.2亿人次，增长10%。`;
    expect(rows(text).map((r) => [r[0], r[4]])).toEqual([
      ["unregistered:龙虎山景区接待游客", 650],
      ["unregistered:龙虎山景区接待游客", 28],
      ["tourism.visitors", 1.2],
      ["tourism.visitors", 10],
    ]);
  });

  it("a sector's output (数字经济总量, 海洋生产总值) is not GDP, nor the counties' (县域) in a city's report (衡阳 2023, 莆田 2022, 怀化 2014)", () => {
    const sector = `${HEAD}数字经济总量达1400亿元，增长17%。海洋生产总值超1500亿元。县域地区完成生产总值875.4亿元。`;
    expect(rows(sector).filter((r) => r[0] === "gdp")).toEqual([]);
    // in a county's own report 县域 is the county itself
    const county = "巫溪县政府工作报告\n——2014年1月在巫溪县第十六届人民代表大会第四次会议上\n一、2013年工作回顾\n";
    expect(rows(`${county}县域地区完成生产总值75.4亿元。`).map((r) => r.slice(0, 5))).toEqual([
      ["gdp", "level", 2013, "actual", 75.4],
    ]);
  });
});

describe("持平: a change of 0% with no digit", () => {
  const REVIEW = "吉林市政府工作报告\n——2021年1月10日在吉林市第十六届人民代表大会第五次会议上\n一、2020年工作回顾\n";

  it("与上年持平 and 同比基本持平 state a growth of 0%, 基本 about it (吉林 2021, 辽阳 2021, 江门 2020)", () => {
    const text =
      `${REVIEW}预计地区生产总值与上年持平，规模工业增加值增长3%。` +
      "一般公共预算收入与上年基本持平，城镇常住居民人均可支配收入同比持平。出口总额426亿美元，基本与去年持平。";
    const all = extract(text, { document: "jl.md" }).observations;
    expect(all.map((o) => [o.indicator, o.measure, o.period, o.kind, o.value, o.qualifier])).toEqual([
      ["gdp", "growth", 2020, "estimate", 0, "exact"],
      ["value_added.industry.above_scale", "growth", 2020, "estimate", 3, "exact"],
      ["budget_revenue", "growth", 2020, "actual", 0, "about"],
      ["income.per_capita.urban", "growth", 2020, "actual", 0, "exact"],
      ["trade.exports", "level", 2020, "actual", 426, "exact"],
      ["trade.exports", "growth", 2020, "actual", 0, "about"],
    ]);
    // the figure is the word 持平 itself, in the sentence it came from
    const gdp = all[0]!;
    expect(text.slice(gdp.source.start, gdp.source.end)).toContain("持平");
    expect(gdp.source.quote).toBe("地区生产总值与上年持平");
  });

  it("持平 with no base before it is no figure: 保持平稳, 支持平台, 与全省持平", () => {
    const text = `${REVIEW}工业保持平稳增长。建设青少年成长支持平台。占生产总值比重与全省持平。`;
    expect(extract(text, { document: "jl.md" }).observations).toEqual([]);
  });
});
