import { describe, expect, it } from "vitest";
import { isDuibiError } from "../errors/DuibiError.js";
import { joinNames } from "./joinNames.js";

describe("joinNames", () => {
  it("joins any count in Chinese with 、 and a final 与", () => {
    expect(joinNames([], "zh")).toBe("");
    expect(joinNames(["武隆"], "zh")).toBe("武隆");
    expect(joinNames(["武隆", "万州"], "zh")).toBe("武隆与万州");
    expect(joinNames(["武隆", "万州", "涪陵"], "zh")).toBe("武隆、万州与涪陵");
    expect(joinNames(["武隆", "万州", "涪陵", "黔江"], "zh")).toBe("武隆、万州、涪陵与黔江");
  });

  it("joins any count in English with commas and a final and", () => {
    expect(joinNames([], "en")).toBe("");
    expect(joinNames(["Wulong"], "en")).toBe("Wulong");
    expect(joinNames(["Wulong", "Wanzhou"], "en")).toBe("Wulong and Wanzhou");
    expect(joinNames(["Wulong", "Wanzhou", "Fuling"], "en")).toBe("Wulong, Wanzhou and Fuling");
  });

  it("keeps every name once, in order, for 300 names", () => {
    const names = Array.from({ length: 300 }, (_, i) => `区${i}`);
    const zh = joinNames(names, "zh");
    expect(zh.split(/、|与/)).toEqual(names);
    expect(zh.endsWith("与区299")).toBe(true);
  });

  it("refuses names that are not strings and an unknown language with a DuibiError", () => {
    const call = (names: unknown, lang: unknown) => () => joinNames(names as string[], lang as "zh");
    for (const [names, lang, where] of [
      [["a", 1], "zh", "names[1]"],
      ["武隆", "zh", "names"],
      [["a"], "fr", "lang"],
      [["a"], undefined, "lang"],
    ] as const) {
      try {
        call(names, lang)();
        expect.unreachable();
      } catch (error) {
        expect(isDuibiError(error) && error.code === "invalid_argument" && error.where).toBe(where);
      }
    }
  });
});
