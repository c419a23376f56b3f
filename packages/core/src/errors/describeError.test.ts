import { describe, expect, it } from "vitest";
import { catalog, duibiError } from "./catalog.js";
import { DuibiError, type DuibiErrorCode } from "./DuibiError.js";
import { describeError } from "./describeError.js";

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;
const CODES = Object.keys(catalog.en) as DuibiErrorCode[];

/** Every fact any message names, as ASCII, so CJK in a rendering can only come from the catalog. */
const FACTS = {
  available: "2022, 2023",
  detail: "detail-1",
  expected: "a string",
  feature: "feature-1",
  fix: "",
  from: "unit-a",
  got: "42",
  input: "region-x",
  kind: "actual",
  limit: 100,
  matches: "a, b",
  name: "options.lang",
  option: "--period",
  package: "pkg-1",
  path: "/tmp/a.json",
  period: 2019,
  reason: "reason-1",
  size: 200,
  suggestions: "region-y",
  to: "unit-b",
};

/**
 * English may show Chinese only where it quotes input: the facts, and the examples of input
 * a hint gives in parentheses (武隆区, 万元 …). Both are removed before looking for CJK.
 */
const withoutQuotedInput = (text: string) =>
  Object.values(FACTS)
    .map(String)
    .filter((v) => v !== "")
    .reduce((t, v) => t.split(v).join(""), text)
    .replace(/\([^)]*\)/g, "");

describe("describeError(error, lang)", () => {
  it("has a zh and an en entry for the same codes", () => {
    expect(Object.keys(catalog.zh).sort()).toEqual([...CODES].sort());
    expect(CODES.length).toBeGreaterThan(20);
  });

  it.each(CODES)("%s: zh rendering is Chinese, en has no CJK but quoted input", (code) => {
    const error = duibiError(code, FACTS, { where: "x.json:1:2" });
    const zh = describeError(error, "zh");
    const en = describeError(error, "en");
    expect(`${zh.message}${zh.hint}`).toMatch(CJK);
    expect(withoutQuotedInput(`${en.message} ${en.hint}`)).not.toMatch(CJK);
    expect(zh.message).not.toBe(en.message);
    expect(zh.where).toBe("x.json:1:2");
  });

  it("renders an error made in one language in the other, from the facts it keeps", () => {
    const error = duibiError("unknown_region", { input: "不存在区" }, { lang: "en" });
    expect(error.message).toBe('Unknown region "不存在区".');
    expect(error.facts).toEqual({ input: "不存在区" });
    expect(describeError(error, "zh").message).toBe("未知地区“不存在区”。");
    expect(describeError(error, "en").message).toBe(error.message);
    expect(describeError(duibiError("unknown_region", { input: "x" }, { lang: "zh" }), "en").message).toBe(
      'Unknown region "x".',
    );
  });

  it("describes an error written without facts as it was written", () => {
    const error = new DuibiError({ code: "file_not_found", message: "Not built yet.", hint: "Build it." });
    expect(describeError(error, "zh")).toEqual({ message: "Not built yet.", hint: "Build it." });
  });

  it("keeps the facts from changing under the error", () => {
    const facts: Record<string, string> = { input: "a" };
    const error = duibiError("unknown_region", facts);
    facts.input = "b";
    expect(describeError(error, "en").message).toBe('Unknown region "a".');
  });

  it("refuses a language it does not have", () => {
    expect(() => describeError(duibiError("file_empty", { path: "a" }), "fr" as "zh")).toThrow(
      expect.objectContaining({ code: "invalid_argument" }),
    );
  });
});
