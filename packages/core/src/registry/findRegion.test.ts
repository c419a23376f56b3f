import { describe, expect, it } from "vitest";
import { DuibiError } from "../errors/DuibiError.js";
import { findRegion, resolveRegions } from "./findRegion.js";
import { regions } from "./regions.js";

const code = (input: string) => findRegion(input).code;

function failure(input: string): DuibiError {
  try {
    findRegion(input);
  } catch (error) {
    if (error instanceof DuibiError) return error;
    throw error;
  }
  throw new Error(`findRegion(${input}) did not throw`);
}

describe("findRegion(input)", () => {
  it("accepts a code, full name, short name or parent + name", () => {
    for (const input of [
      "500156",
      "武隆区",
      "武隆",
      "重庆市武隆区",
      "重庆武隆区",
      "重庆武隆",
      " 武隆 ",
      "重庆市 武隆区",
    ]) {
      expect(code(input), input).toBe("500156");
    }
    expect(code("万州")).toBe("500101");
    expect(code("万州区")).toBe("500101");
  });

  it("accepts the usual abbreviations of autonomous units", () => {
    expect(code("恩施州")).toBe("422800");
    expect(code("石柱县")).toBe("500240");
    expect(code("石柱")).toBe("500240");
  });

  it("prefers the higher level when a name fits several levels", () => {
    expect(findRegion("重庆")).toMatchObject({ code: "500000", level: "province" });
    expect(code("吉林")).toBe("220000"); // not 吉林市
    expect(code("吉林市")).toBe("220200");
    expect(code("海南")).toBe("460000"); // not 乌海市海南区 nor 海南藏族自治州
    expect(code("长沙")).toBe("430100"); // not 长沙县
    expect(code("长沙县")).toBe("430121");
  });

  it("tells namesakes apart by an ancestor, even one skipping a level", () => {
    expect(code("北京市朝阳区")).toBe("110105");
    expect(code("北京朝阳")).toBe("110105");
    expect(code("长春市朝阳区")).toBe("220104");
    expect(code("吉林省朝阳区")).toBe("220104");
    expect(code("湖北省恩施土家族苗族自治州恩施市")).toBe("422801");
    expect(code("湖北恩施市")).toBe("422801");
    // 市中区 is a district name in four cities; 济南 + 市中区 is the one in 济南市.
    expect(failure("市中区").code).toBe("ambiguous_region");
    expect(code("济南市中区")).toBe("370103");
  });

  it("throws ambiguous_region naming each namesake with its path and code", () => {
    const error = failure("朝阳区");
    expect(error.code).toBe("ambiguous_region");
    expect(error.message).toContain("北京市朝阳区(110105)");
    expect(error.message).toContain("吉林省长春市朝阳区(220104)");
    expect(failure("鼓楼区").message).toContain("江苏省南京市鼓楼区(320106)");
    expect(failure("鼓楼").code).toBe("ambiguous_region");
  });

  it("throws unknown_region with suggestions close to the input", () => {
    const error = failure("武隆县");
    expect(error.code).toBe("unknown_region");
    expect(error.hint).toContain("重庆市武隆区(500156)");
    expect(failure("500199").hint).toContain("重庆市(500000)");
    expect(failure("不存在区").code).toBe("unknown_region");
    expect(failure("").code).toBe("unknown_region");
    expect(failure("重庆市朝阳区").code).toBe("unknown_region");
  });

  it("finds every region by its code and by its path", () => {
    for (const region of regions()) {
      expect(findRegion(region.code)).toBe(region);
    }
    const counties = regions().filter((r) => r.level === "county");
    const unique = counties.filter((r) => counties.filter((o) => o.name === r.name).length === 1);
    for (const region of unique) expect(findRegion(region.name)).toBe(region);
  });
});

describe("resolveRegions(inputs)", () => {
  it("keeps input order and drops repeats of one region", () => {
    expect(resolveRegions(["武隆", "万州区", "500156", "重庆市武隆区"]).map((r) => r.code)).toEqual([
      "500156",
      "500101",
    ]);
    expect(resolveRegions([])).toEqual([]);
  });

  it("throws for the first input it cannot resolve", () => {
    expect(() => resolveRegions(["武隆", "不存在区"])).toThrow(expect.objectContaining({ code: "unknown_region" }));
  });
});
