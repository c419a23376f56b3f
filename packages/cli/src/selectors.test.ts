import { fileURLToPath } from "node:url";
import { readDataset } from "@duibi/core";
import { describe, expect, it } from "vitest";
import { alignSelection, parseFormat, parseKind, parseLang, resolvePeriod, select } from "./selectors.js";
import { UsageError } from "./usage.js";

const DATA = fileURLToPath(new URL("./commands/__fixtures__/seed-facts.json", import.meta.url));

describe("selectors", () => {
  it("parseKind, parseFormat and parseLang default and reject with a UsageError", () => {
    expect(parseKind(undefined)).toBe("actual");
    expect(parseFormat(undefined)).toBe("table");
    expect(parseFormat(undefined, ["json", "csv"])).toBe("json");
    expect(parseLang(undefined)).toBe("zh");
    expect(() => parseKind("forecast")).toThrow(UsageError);
    expect(() => parseFormat("md", ["json"])).toThrow("--format must be one of json");
    expect(() => parseLang("fr")).toThrow(UsageError);
  });

  it("resolvePeriod takes --period, else the kind's only period", async () => {
    const dataset = await readDataset(DATA);
    expect(resolvePeriod(dataset, "actual", "2021")).toBe(2021);
    expect(resolvePeriod(dataset, "actual", undefined)).toBe(2023);
    expect(resolvePeriod(dataset, "target", undefined)).toBe(2024);
    expect(() => resolvePeriod(dataset, "estimate", undefined)).toThrow(
      expect.objectContaining({ code: "missing_period" }),
    );
    expect(() => resolvePeriod(dataset, "actual", "23")).toThrow(UsageError);
  });

  it("select reads --data relative to cwd; alignSelection reports a bad region at --regions", async () => {
    const selection = await select(
      { data: "seed-facts.json", regions: "武隆、不存在区" },
      fileURLToPath(new URL("./commands/__fixtures__/", import.meta.url)),
    );
    expect(selection).toMatchObject({
      regions: ["武隆", "不存在区"],
      period: 2023,
      kind: "actual",
      format: "table",
      lang: "zh",
    });
    expect(() => alignSelection(selection)).toThrow(
      expect.objectContaining({ code: "unknown_region", where: "--regions" }),
    );
  });
});
