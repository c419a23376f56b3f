import { describe, expect, it } from "vitest";
import { RegionSchema } from "../schema/region.js";
import { getRegion, regionPath, regions } from "./regions.js";

describe("regions()", () => {
  const all = regions();

  it("counts regions by level as GB/T 2260 does at the end of 2023", () => {
    // 统计公报: 333 地级行政区, 2,844 县级行政区; 34 省级 including 台湾, 香港, 澳门.
    const count = (level: string) => all.filter((r) => r.level === level).length;
    expect(count("country")).toBe(1);
    expect(count("province")).toBe(34);
    expect(count("prefecture")).toBe(333);
    expect(count("county")).toBe(2844);
  });

  it("has unique codes sorted ascending, each six digits and schema-valid", () => {
    const codes = all.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(codes);
    for (const region of all) expect(RegionSchema.safeParse(region).success).toBe(true);
  });

  it("gives every region but the country a parent one level up that exists", () => {
    const rank = { country: 0, province: 1, prefecture: 2, county: 3 };
    for (const region of all) {
      if (region.level === "country") {
        expect(region.parent).toBeNull();
        continue;
      }
      const parent = getRegion(region.parent ?? "");
      expect(parent, region.code).toBeDefined();
      expect(rank[parent!.level]).toBeLessThan(rank[region.level]);
      // A code shares its province's first two digits.
      if (parent!.level !== "country") expect(region.code.slice(0, 2)).toBe(parent!.code.slice(0, 2));
    }
  });

  it("keeps short names of at least two characters, never longer than the name", () => {
    for (const region of all) {
      expect(region.name.startsWith(region.shortName), region.name).toBe(true);
      expect(region.shortName.length >= 2 || region.shortName === region.name, region.name).toBe(true);
    }
  });

  it("returns the same frozen array on every call", () => {
    expect(regions()).toBe(all);
    expect(Object.isFrozen(all)).toBe(true);
    expect(Object.isFrozen(all[0])).toBe(true);
  });
});

describe("getRegion(code)", () => {
  it("finds the seed districts under 重庆市, a 直辖市 without prefectures", () => {
    expect(getRegion("500156")).toEqual({
      code: "500156",
      name: "武隆区",
      shortName: "武隆",
      level: "county",
      parent: "500000",
    });
    expect(getRegion("500101")?.name).toBe("万州区");
    expect(getRegion("500000")).toMatchObject({
      name: "重庆市",
      shortName: "重庆",
      level: "province",
      parent: "000000",
    });
    expect(getRegion("000000")).toMatchObject({ name: "全国", level: "country", parent: null });
  });

  it("skips the 市辖区/县 pseudo-prefectures the statistical list carries", () => {
    expect(getRegion("500100")).toBeUndefined();
    expect(getRegion("500200")).toBeUndefined();
    expect(getRegion("110100")).toBeUndefined();
    expect(getRegion("500240")).toMatchObject({ name: "石柱土家族自治县", shortName: "石柱", parent: "500000" });
  });

  it("hangs 省直辖县级行政单位 on the province", () => {
    expect(getRegion("429004")).toMatchObject({ name: "仙桃市", parent: "420000" });
    expect(getRegion("429021")).toMatchObject({ name: "神农架林区", shortName: "神农架", parent: "420000" });
    expect(getRegion("419001")).toMatchObject({ name: "济源市", parent: "410000" });
  });

  it("keeps prefecture-level cities without districts as prefectures only", () => {
    for (const code of ["441900", "442000", "460400", "620200"]) expect(getRegion(code)?.level).toBe("prefecture");
    expect(getRegion("620201")).toBeUndefined();
    expect(regions().filter((r) => r.parent === "441900")).toEqual([]);
  });

  it("leaves out statistical-only development zones", () => {
    expect(getRegion("130171")).toBeUndefined(); // 石家庄高新技术产业开发区
    expect(getRegion("320576")).toBeUndefined(); // 苏州工业园区
    expect(getRegion("460301")).toMatchObject({ name: "西沙区", parent: "460300" });
  });

  it("strips suffixes and peoples from short names", () => {
    const short = (code: string) => getRegion(code)?.shortName;
    expect(short("150000")).toBe("内蒙古");
    expect(short("450000")).toBe("广西");
    expect(short("650000")).toBe("新疆");
    expect(short("810000")).toBe("香港");
    expect(short("422800")).toBe("恩施");
    expect(short("652800")).toBe("巴音郭楞"); // 巴音郭楞蒙古自治州 writes 蒙古 without 族
    expect(short("450328")).toBe("龙胜"); // 龙胜各族自治县
    expect(short("150724")).toBe("鄂温克"); // 鄂温克族自治旗: the people is the name
    expect(short("310115")).toBe("浦东");
    expect(short("140302")).toBe("城区"); // 城 alone would say nothing
  });
});

describe("regionPath(code)", () => {
  it("joins names from the province down", () => {
    expect(regionPath("500156")).toBe("重庆市武隆区");
    expect(regionPath("422801")).toBe("湖北省恩施土家族苗族自治州恩施市");
    expect(regionPath("500000")).toBe("重庆市");
    expect(regionPath("000000")).toBe("全国");
  });

  it("throws unknown_region for a code not in the registry", () => {
    expect(() => regionPath("999999")).toThrow(expect.objectContaining({ code: "unknown_region" }));
  });
});
