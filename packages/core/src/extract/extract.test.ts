import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract } from "./extract.js";

/** Registry observations only: figures kept as unregistered have tests of their own. */
const rows = (text: string, options: Parameters<typeof extract>[1] = { document: "t.txt" }) =>
  extract(text, options)
    .observations.filter((o) => o.unregistered !== true)
    .map((o) => [o.indicator, o.measure, o.period, o.kind, o.value, o.unit, o.qualifier]);

const WULONG = "武隆区政府工作报告\n——2024年1月31日在重庆市武隆区第十九届人民代表大会第四次会议上\n";

describe("extract(text, options): header", () => {
  it("reads region and year from a county report's header (seed 001)", () => {
    const r = extract(`${WULONG}一、2023年工作回顾\n实现地区生产总值273.46亿元、增长5.5%。`, { document: "001.txt" });
    expect([r.region?.code, r.region?.name, r.year]).toEqual(["500156", "武隆区", 2024]);
  });

  it("reads a title with the year first (seed 004) and a province title", () => {
    expect(
      extract("2024年重庆市万州区政府工作报告 2024年2月2日在重庆市万州区第六届人民代表大会第五次会议上", {
        document: "d",
      }).region?.name,
    ).toBe("万州区");
    expect(
      extract("2024年广东省政府工作报告\n——2024年1月23日在广东省第十四届人民代表大会第二次会议上", { document: "d" })
        .region?.code,
    ).toBe("440000");
  });

  it("reads the State Council's report as 全国", () => {
    const r = extract("政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理 李强", {
      document: "gov.txt",
    });
    expect([r.region?.code, r.year]).toEqual(["000000", 2024]);
  });

  it("lets options override the header, and reports what it could not read", () => {
    const r = extract("地区生产总值增长6.5%。", { document: "d", region: "万州", year: 2024 });
    expect([r.region?.code, r.year, r.diagnostics]).toEqual(["500101", 2024, []]);
    const bare = extract("地区生产总值增长6.5%。", { document: "d" });
    expect(bare.diagnostics.map((d) => d.code)).toEqual(["region_not_found", "year_not_found"]);
    expect(bare.unmapped.map((u) => u.reason)).toEqual(["unknown_region"]);
  });
});

describe("extract(text, options): review and plan", () => {
  const report = `${WULONG}一、2023年工作回顾\n实现地区生产总值273.46亿元、增长5.5%。预计旅游产业增加值增长8%。\n二、2024年工作安排\n预期目标是：地区生产总值增长6.5%；居民消费价格涨幅3%以内。`;

  it("reads last year's actuals, estimates after 预计 and this year's targets (seed 001)", () => {
    expect(rows(report)).toEqual([
      ["gdp", "level", 2023, "actual", 273.46, "亿元", "exact"],
      ["gdp", "growth", 2023, "actual", 5.5, "%", "exact"],
      ["value_added.tourism", "growth", 2023, "estimate", 8, "%", "exact"],
      ["gdp", "growth", 2024, "target", 6.5, "%", "exact"],
      ["cpi", "growth", 2024, "target", 3, "%", "at_most"],
    ]);
  });

  it("quotes the original text, name through figure", () => {
    const text = `${WULONG}一、2023年工作回顾\n实现地区生产总值 ２７３．４６亿元、增长 5.5％。`;
    const [level, growth] = extract(text, { document: "d" }).observations;
    expect(level?.source.quote).toBe("地区生产总值 ２７３．４６亿元");
    expect(growth?.source.quote).toBe("地区生产总值 ２７３．４６亿元、增长 5.5％");
    expect(text.slice(growth!.source.start, growth!.source.end)).toBe(growth!.source.quote);
  });
});

describe("extract(text, options): the grammar of work reports", () => {
  const opts = { document: "d", region: "500000", year: 2024 };
  const plan = (s: string) => rows(`二、2024年工作安排\n${s}`, opts);
  const review = (s: string) => rows(`一、2023年工作回顾\n${s}`, opts);

  it("distributes 分别 lists, sharing heads (城镇、农村…) and packed names (一二三产业, 批零住餐)", () => {
    expect(review("城镇、农村常住居民人均可支配收入分别增长3.4%、7.9%。").map((r) => [r[0], r[4]])).toEqual([
      ["income.per_capita.urban", 3.4],
      ["income.per_capita.rural", 7.9],
    ]);
    expect(review("一二三产业增加值分别增长4.8%、13.1%、4%。").map((r) => r[0])).toEqual([
      "value_added.primary",
      "value_added.secondary",
      "value_added.tertiary",
    ]);
    expect(review("“批零住餐”营业额分别增长12.3%、8.6%、12.7%、10.3%。")).toHaveLength(4);
  });

  it("gives one figure to every name with 均, backwards too", () => {
    expect(
      review("全年接待游客4494万人次、旅游综合收入217亿元，均增长10%以上。").map((r) => [r[0], r[1], r[4], r[6]]),
    ).toEqual([
      ["tourism.visitors", "level", 4494, "exact"],
      ["tourism.revenue", "level", 217, "exact"],
      ["tourism.visitors", "growth", 10, "at_least"],
      ["tourism.revenue", "growth", 10, "at_least"],
    ]);
  });

  it("pairs 分别 back over the figures before it", () => {
    expect(
      review("全年接待游客4494万人次、旅游综合收入217亿元，分别增长20%、25%。").map((r) => [r[0], r[1], r[4]]),
    ).toEqual([
      ["tourism.visitors", "level", 4494],
      ["tourism.revenue", "level", 217],
      ["tourism.visitors", "growth", 20],
      ["tourism.revenue", "growth", 25],
    ]);
  });

  it("reads 下降 as negative growth and 个百分点 as change_pp", () => {
    expect(
      review("居民消费价格指数下降0.5%，全社会研发投入强度提高0.2个百分点。").map((r) => [r[0], r[1], r[4]]),
    ).toEqual([
      ["cpi", "growth", -0.5],
      ["rnd.intensity", "change_pp", 0.2],
    ]);
  });

  it("reads hedges, ranges, ratios and multipliers", () => {
    expect(
      plan("城镇调查失业率控制在5.5%左右，社会消费品零售总额增长6%－6.5%。").map((r) => [r[0], r[4], r[6]]),
    ).toEqual([
      ["unemployment.surveyed", 5.5, "about"],
      ["retail_sales", 6.25, "range"],
    ]);
    const [range] = extract("二、2024年工作安排\n固定资产投资增长6%至7%。", opts).observations;
    expect(range?.bounds).toEqual({ low: 6, high: 7 });
    expect(review("城乡居民收入比缩小到2.35:1。").map((r) => [r[1], r[4]])).toEqual([["ratio", 2.35]]);
    expect(review("三次产业结构调整为8.1:35.2:56.7。")).toEqual([]);
    expect(review("新增经营主体近2万户，新建标准厂房3万座。").map((r) => [r[4], r[5], r[6]])).toEqual([
      [2, "万户", "nearly"],
    ]);
    expect(extract("一、2023年工作回顾\n新建奇异设施3万座。", opts).observations.map((o) => [o.value, o.unit])).toEqual(
      [[30000, "座"]],
    );
  });

  it("reads sentences of other regions' reports (made up, in the genre)", () => {
    expect(
      review("全省地区生产总值增长5.2%，城镇新增就业131万人，年末城镇调查失业率为5.1%。").map((r) => [
        r[0],
        r[4],
        r[5],
      ]),
    ).toEqual([
      ["gdp", 5.2, "%"],
      ["jobs.urban_new", 131, "万人"],
      ["unemployment.surveyed", 5.1, "%"],
    ]);
    expect(review("国内生产总值超过126万亿元，增长5.2%。").map((r) => [r[0], r[1], r[4], r[5], r[6]])).toEqual([
      ["gdp", "level", 126, "万亿元", "more_than"],
      ["gdp", "growth", 5.2, "%", "exact"],
    ]);
    expect(
      plan("粮食产量稳定在1280万吨以上，居民消费价格涨幅3%左右，赤字率拟按3%安排。").map((r) => [
        r[0],
        r[1],
        r[4],
        r[6],
      ]),
    ).toEqual([
      ["grain.output", "level", 1280, "at_least"],
      ["cpi", "growth", 3, "about"],
      ["deficit.ratio", "rate", 3, "exact"],
    ]);
  });

  it("reads the State Council's report: review, targets, 实际增长", () => {
    const text = [
      "政府工作报告",
      "——2024年3月5日在第十四届全国人民代表大会第二次会议上",
      "一、2023年工作回顾",
      "国内生产总值超过126万亿元，增长5.2%。年末城镇调查失业率为5.1%。全国居民人均可支配收入实际增长6.1%。",
      "二、2024年经济社会发展总体要求和政策取向",
      "今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上。",
    ].join("\n");
    expect(rows(text).map((r) => [r[0], r[1], r[2], r[3], r[4], r[6]])).toEqual([
      ["gdp", "level", 2023, "actual", 126, "more_than"],
      ["gdp", "growth", 2023, "actual", 5.2, "exact"],
      ["unemployment.surveyed", "rate", 2023, "actual", 5.1, "exact"],
      ["income.per_capita", "growth", 2023, "actual", 6.1, "exact"],
      ["gdp", "growth", 2024, "target", 5, "about"],
      ["jobs.urban_new", "level", 2024, "target", 1200, "at_least"],
    ]);
  });

  it("reads grain in 斤 and energy intensity as the State Council writes them", () => {
    const text = [
      "政府工作报告",
      "——2024年3月5日在第十四届全国人民代表大会第二次会议上",
      "一、2023年工作回顾",
      "粮食产量13908亿斤。",
      "二、2024年经济社会发展总体要求和政策取向",
      "今年发展主要预期目标是：粮食产量1.3万亿斤以上；单位国内生产总值能耗降低2.5%左右。",
    ].join("\n");
    expect(rows(text).map((r) => [r[0], r[1], r[2], r[3], r[4], r[5], r[6]])).toEqual([
      ["grain.output", "level", 2023, "actual", 13908, "亿斤", "exact"],
      ["grain.output", "level", 2024, "target", 1.3, "万亿斤", "at_least"],
      ["energy.intensity", "growth", 2024, "target", -2.5, "%", "about"],
    ]);
  });

  it("keeps a term report's five-year figures apart (过去五年, 今后五年, 年均)", () => {
    const text = [
      "一、过去五年工作回顾",
      "五年来，地区生产总值年均增长6.5%。2022年，地区生产总值增长3%。",
      "二、今后五年的目标任务",
      "今后五年经济社会发展的主要预期目标是：地区生产总值增长6%左右。",
      "三、2023年工作安排",
      "地区生产总值增长6%以上。",
    ].join("\n");
    const r = extract(text, { document: "d", region: "500000", year: 2023 });
    expect(r.observations.map((o) => [o.period, o.kind, o.value, o.qualifier])).toEqual([
      [2022, "actual", 3, "exact"],
      [2023, "target", 6, "at_least"],
    ]);
    expect(r.unmapped.map((u) => [u.reason, u.value])).toEqual([
      ["multi_year", 6.5],
      ["multi_year", 6],
    ]);
  });

  it("under a heading on the five years and the year (未来五年目标任务及2023年工作安排), the year's plan opens at its targets (惠州 2022)", () => {
    const text = [
      "一、过去一年工作回顾",
      "地区生产总值增长3%。",
      "未来五年目标任务及2023年工作安排",
      "今后五年政府工作的总体目标是：到2027年，奋力打造新增长极。一是综合实力迈入一流。地方一般公共预算收入突破650亿元。",
      "三是城乡发展更加协调。常住人口城镇化率提高到75%。",
      "完成未来五年发展目标，今年至关重要。今年经济社会发展的主要预期目标是：",
      "地区生产总值增长6%以上。",
    ].join("\n");
    const r = extract(text, { document: "d", region: "441300", year: 2023 });
    expect(r.observations.map((o) => [o.indicator, o.period, o.kind, o.value])).toEqual([
      ["gdp", 2022, "actual", 3],
      ["gdp", 2023, "target", 6],
    ]);
    expect(r.unmapped.map((u) => [u.reason, u.value])).toEqual([
      ["multi_year", 650],
      ["multi_year", 75],
    ]);
  });

  it("a five-year goal measured against last year is not last year's figure (在2022年的基础上, 比2022年)", () => {
    const text = [
      "一、过去五年工作回顾",
      "2022年，地区生产总值增长3%。",
      "二、今后五年的目标任务",
      "奋斗目标是：地区生产总值达到3000亿元，工业总产值在2022年的基础上翻一番。",
      "万元GDP能耗比2022年下降10%，再生资源回收利用率达到98%。",
      "三、2023年工作安排",
      "地区生产总值增长6%以上。",
    ].join("\n");
    const r = extract(text, { document: "d", region: "500000", year: 2023 });
    expect(r.observations.map((o) => [o.period, o.kind, o.value])).toEqual([
      [2022, "actual", 3],
      [2023, "target", 6],
    ]);
    expect(r.unmapped.map((u) => [u.reason, u.value])).toEqual([
      ["multi_year", 3000],
      ["multi_year", -10],
      ["multi_year", 98],
    ]);
  });

  it("does not read a modified name as the plain indicator (人均地区生产总值 is GDP per capita, not GDP)", () => {
    const r = extract("一、2023年工作回顾\n人均地区生产总值增长5%，人均GDP达到9.4万元。人均5.39万元，增长7.5%。", opts);
    expect(r.observations.map((o) => [o.indicator, o.measure, o.value, o.unit, o.unregistered])).toEqual([
      ["gdp.per_capita", "growth", 5, "%", undefined],
      ["gdp.per_capita", "level", 9.4, "万元", undefined],
      // 人均 alone: its 均 is "per", not "each"; the growth after it is its own, not the figure's before
      ["unregistered:人均", "level", 5.39, "万元", true],
      ["unregistered:人均", "growth", 7.5, "%", true],
    ]);
  });

  it("opens the plan at any numbered heading of the report year", () => {
    const text = "一、2023年工作回顾\n地区生产总值增长5.2%。\n三、2024年重点工作\n地区生产总值增长5%左右。";
    expect(rows(text, opts).map((r) => [r[2], r[3], r[4]])).toEqual([
      [2023, "actual", 5.2],
      [2024, "target", 5],
    ]);
  });

  it("keeps names the registry lacks as unregistered observations with their span, and skips dates and codes", () => {
    const r = extract("二、2024年工作安排\n推动“2332”制造业发展，新建奇异设施12座。2024年3月5日。", opts);
    expect(r.unmapped).toEqual([]);
    expect(
      r.observations.map((o) => [
        o.indicator,
        o.nameAsWritten,
        o.value,
        o.unit,
        o.measure,
        o.unregistered,
        o.source.quote,
      ]),
    ).toEqual([["unregistered:新建奇异设施", "新建奇异设施", 12, "座", "count", true, "新建奇异设施12座"]]);
  });

  it("names a count read before its name by what it counts (103个重点项目完成投资 → 重点项目)", () => {
    // 武隆区 2024 report: 103个重点项目完成投资78.9亿元.
    const r = extract("一、2023年工作回顾\n103个重点项目完成投资78.9亿元。", opts);
    expect(r.observations.map((o) => [o.indicator, o.measure, o.value, o.unit])).toEqual([
      ["unregistered:重点项目", "count", 103, "个"],
      ["investment.key_projects", "level", 78.9, "亿元"],
    ]);
  });

  it("names a count after a bare verb by what follows it (建成5个产业园 → 建成产业园), when that ends within reach", () => {
    const text =
      "一、2023年工作回顾\n实施6个儿童友好型社区建设试点，新增39户国家高新技术企业，建成3公里绿道。" +
      "建成2万亩绿色防控与统防统治融合示范基地。推动25个市级和78个区级重点项目开工。";
    const facts = extract(text, opts).observations.map((o) => [o.indicator, o.value, o.source.quote]);
    expect(facts.slice(0, 4)).toEqual([
      ["unregistered:实施儿童友好型社区建设试点", 6, "实施6个儿童友好型社区建设试点"],
      ["enterprises.high_tech.new", 39, "新增39户国家高新技术企业"],
      ["unregistered:建成绿道", 3, "建成3公里绿道"],
      // words past reach: the verb stays the name
      ["unregistered:建成", 2, "建成2万亩"],
    ]);
    // two classes joined by 和 (市级和78个区级…): the verb stays the first one's name
    expect(facts.find((f) => f[1] === 25)).toEqual(["unregistered:推动", 25, "推动25个"]);
    // each later count of the run is named by what follows it, not by the count before it
    const run = extract("二、2024年工作安排\n新增15家以上高新技术企业、30家以上专精特新企业。", opts).observations;
    expect(run.map((o) => [o.indicator, o.value, o.source.quote])).toEqual([
      ["enterprises.high_tech.new", 15, "新增15家以上高新技术企业"],
      ["enterprises.specialized.new", 30, "30家以上专精特新企业"],
    ]);
  });

  it("reads a size class as what the count counts, never all projects (其中20亿元以上项目3个)", () => {
    // 武隆区 2024 report: 招商签约到位资金72亿元以上，其中20亿元以上项目3个.
    const r = extract("二、2024年工作安排\n签约项目44个，其中20亿元以上项目3个。", opts);
    expect(r.observations.map((o) => [o.indicator, o.value, o.unit, o.source.quote])).toEqual([
      ["investment_promotion.projects_signed", 44, "个", "签约项目44个"],
      ["unregistered:20亿元以上项目", 3, "个", "20亿元以上项目3个"],
    ]);
    expect(r.unmapped.map((u) => [u.reason, u.value, u.unit])).toEqual([["size_class", 20, "亿元"]]);
  });

  it("counts enterprises in 家 when a report writes 户 (新增规上工业企业7户)", () => {
    // 武隆区 gazette 2024: 全年新增规上工业企业7户; the report says 新增规上工业企业7家.
    expect(plan("全年新增规上工业企业7户，新增市场主体6403户。").map((r) => [r[0], r[4], r[5]])).toEqual([
      ["enterprises.industry_above_scale.new", 7, "家"],
      ["market_entities.new", 6403, "户"],
    ]);
  });

  it("leaves in unmapped only what cannot be an observation: a 分别 list that does not pair", () => {
    // 武隆区 2024 report: 市级、区级重点项目分别完成投资24.7亿元、91.96亿元 with one name read.
    const r = extract("二、2024年工作安排\n区级重点项目分别完成投资24.7亿元、91.96亿元。", opts);
    expect(r.unmapped.map((u) => u.reason)).toEqual(["list_mismatch", "list_mismatch"]);
    expect(r.observations).toEqual([]);
  });
});

describe("extract(text, options): never throws", () => {
  const genre = fc.string({
    unit: fc.constantFrom(
      ..."增长下降分别均、，。；：%％５5.1０亿万元个以上左右近（）“”\n 2024年地区生产总值城镇农村-至".split(""),
    ),
    maxLength: 120,
  });

  it("returns, and every quote is the original text at its offsets", () => {
    fc.assert(
      fc.property(
        fc.oneof(genre, fc.string({ maxLength: 60 }), fc.string({ unit: "grapheme", maxLength: 40 })),
        (s) => {
          const r = extract(s, { document: "p", region: "500156", year: 2024 });
          for (const o of [...r.observations, ...r.unmapped]) {
            expect(o.source.quote).toBe(s.slice(o.source.start, o.source.end));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("answers adversarial inputs with nothing (1 MB of 增长, 、, digits, brackets)", () => {
    for (const piece of ["增长", "、", "9", "（“【"]) {
      const r = extract(piece.repeat(Math.ceil(1_000_000 / piece.length)), {
        document: "a",
        region: "500156",
        year: 2024,
      });
      expect([r.observations.length, r.unmapped.length]).toEqual([0, 0]);
    }
  });
});
