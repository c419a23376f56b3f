import type { Quantity, Unit } from "../schema/unit.js";

// [id, factor to base, English name]; the base is the group's first unit with factor 1.
type Row = readonly [id: string, factor: number, en: string];
type Group = { quantity: Quantity; base: string; currency?: "CNY" | "USD"; rows: readonly Row[] };

// 1 亩 = 1/15 公顷 exactly (市制), so 2000/3 m², not the rounded 666.67.
const MU = 2000 / 3;

/** Units as reports write them, grouped by what converts into what. */
const GROUPS: readonly Group[] = [
  {
    quantity: "money",
    base: "元",
    currency: "CNY",
    rows: [
      ["元", 1, "yuan"],
      ["千元", 1e3, "thousand yuan"],
      ["万元", 1e4, "10k yuan"],
      ["百万元", 1e6, "million yuan"],
      ["亿元", 1e8, "100m yuan"],
      ["万亿元", 1e12, "trillion yuan"],
    ],
  },
  {
    // Never converted to 元: the exchange rate is a choice the caller must make explicitly.
    quantity: "money",
    base: "美元",
    currency: "USD",
    rows: [
      ["美元", 1, "US dollars"],
      ["万美元", 1e4, "10k US dollars"],
      ["百万美元", 1e6, "million US dollars"],
      ["亿美元", 1e8, "100m US dollars"],
    ],
  },
  {
    // 名 and 位 are measure words for people (引进人才100名), so they count persons like 人.
    quantity: "persons",
    base: "人",
    rows: [
      ["人", 1, "persons"],
      ["名", 1, "persons"],
      ["位", 1, "persons"],
      ["万人", 1e4, "10k persons"],
      ["万名", 1e4, "10k persons"],
    ],
  },
  {
    quantity: "person_times",
    base: "人次",
    rows: [
      ["人次", 1, "person-times"],
      ["万人次", 1e4, "10k person-times"],
      ["亿人次", 1e8, "100m person-times"],
    ],
  },
  {
    quantity: "area",
    base: "平方米",
    rows: [
      ["平方米", 1, "m²"],
      ["万平方米", 1e4, "10k m²"],
      ["亩", MU, "mu"],
      ["万亩", 1e4 * MU, "10k mu"],
      ["公顷", 1e4, "hectares"],
      ["平方公里", 1e6, "km²"],
      ["平方千米", 1e6, "km²"],
    ],
  },
  {
    quantity: "mass",
    base: "吨",
    rows: [
      ["吨", 1, "tonnes"],
      ["千克", 1e-3, "kg"],
      ["公斤", 1e-3, "kg"],
      ["万吨", 1e4, "10k tonnes"],
      ["亿吨", 1e8, "100m tonnes"],
      // 市斤 (half a kilogram): grain output in national and provincial reports (粮食产量1.3万亿斤以上).
      ["斤", 5e-4, "jin"],
      ["万斤", 5, "10k jin"],
      ["亿斤", 5e4, "100m jin"],
      ["万亿斤", 5e8, "trillion jin"],
    ],
  },
  {
    quantity: "length",
    base: "米",
    rows: [
      ["米", 1, "metres"],
      ["千米", 1e3, "km"],
      ["公里", 1e3, "km"],
    ],
  },
  {
    quantity: "energy",
    base: "千瓦时",
    rows: [
      ["千瓦时", 1, "kWh"],
      ["万千瓦时", 1e4, "10k kWh"],
      ["亿千瓦时", 1e8, "100m kWh"],
    ],
  },
  {
    // Standard coal equivalent: converting it to kWh depends on the accounting method
    // (calorific value or coal used per kWh generated), so it stays its own base.
    quantity: "energy",
    base: "吨标准煤",
    rows: [
      ["吨标准煤", 1, "tonnes of coal equivalent"],
      ["万吨标准煤", 1e4, "10k tonnes of coal equivalent"],
    ],
  },
  {
    quantity: "power",
    base: "千瓦",
    rows: [
      ["千瓦", 1, "kW"],
      ["兆瓦", 1e3, "MW"],
      ["万千瓦", 1e4, "10k kW"],
    ],
  },
  {
    quantity: "volume",
    base: "立方米",
    rows: [
      ["立方米", 1, "m³"],
      ["万立方米", 1e4, "10k m³"],
      ["亿立方米", 1e8, "100m m³"],
    ],
  },
  {
    quantity: "percent",
    base: "%",
    rows: [
      ["%", 1, "%"],
      ["‰", 0.1, "‰"],
    ],
  },
  {
    // A difference of two rates (下降0.3个百分点), never a percent of anything.
    quantity: "percentage_points",
    base: "个百分点",
    rows: [
      ["个百分点", 1, "percentage points"],
      ["百分点", 1, "percentage points"],
      // Interest-rate moves (贷款利率下降25个基点): 1 basis point = 0.01 percentage point.
      ["个基点", 0.01, "basis points"],
      ["基点", 0.01, "basis points"],
    ],
  },
  { quantity: "days", base: "天", rows: [["天", 1, "days"]] },
  {
    // Air pollutant concentration (PM2.5平均浓度30微克/立方米).
    quantity: "concentration",
    base: "微克/立方米",
    rows: [
      ["微克/立方米", 1, "µg/m³"],
      ["毫克/立方米", 1e3, "mg/m³"],
    ],
  },
  {
    // 倍 as a multiple (是…的2.3倍) and a bare ratio (2.3:1) are one number.
    quantity: "ratio",
    base: "ratio",
    rows: [
      ["ratio", 1, "ratio"],
      ["倍", 1, "times"],
    ],
  },
  // Count words name what is counted: 家 enterprises, 户 households or market entities, 个 anything.
  // Each is its own base, so 3家 never becomes 3户; only 万户 ↔ 户 and the like convert.
  ...countGroups([
    ["个", "items", true],
    ["家", "enterprises", true],
    ["户", "households", true],
    ["件", "pieces", true],
    ["项", "projects", false],
    ["所", "institutions", false],
    ["座", "structures", false],
    ["辆", "vehicles", true],
    ["台", "machines", true],
    ["套", "sets", true],
    ["张", "sheets", false],
    ["条", "lines", false],
    ["处", "sites", false],
    ["栋", "buildings", false],
    ["间", "rooms", false],
    ["头", "head of livestock", true],
    ["只", "animals", true],
    ["艘", "vessels", false],
    ["次", "times", false],
    ["场", "events", false],
    ["宗", "parcels", false],
    ["场次", "sessions", false],
    ["部", "works", false],
    ["标箱", "TEU", true],
    ["件次", "case-times", true],
    // A count of hierarchy levels (管理层级压减至3级).
    ["级", "levels", false],
  ]),
];

function countGroups(words: readonly (readonly [word: string, en: string, tenThousands: boolean])[]): Group[] {
  return words.map(([word, en, tenThousands]) => ({
    quantity: "count",
    base: word,
    rows: tenThousands
      ? [
          [word, 1, en],
          [`万${word}`, 1e4, `10k ${en}`],
        ]
      : [[word, 1, en]],
  }));
}

/** Every unit, in registry order (grouped by quantity, base unit first). */
export const UNIT_TABLE: readonly Unit[] = Object.freeze(
  GROUPS.flatMap(({ quantity, base, currency, rows }) =>
    rows.map(([id, factor, en]) =>
      Object.freeze<Unit>({ id, quantity, factor, ...(currency ? { currency } : {}), base, en }),
    ),
  ),
);
