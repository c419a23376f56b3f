import { parseCsv } from "@duibi/core";
import { describe, expect, it } from "vitest";
import { renderOutput } from "./output.js";
import { renderCsv } from "./renderCsv.js";
import { renderMarkdown } from "./renderMarkdown.js";
import { renderText } from "./renderText.js";
import { padWidth, stringWidth } from "./stringWidth.js";
import type { TextTable } from "./textTable.js";

const table: TextTable = {
  title: "武隆区 · 万州区",
  columns: [
    { key: "indicator", header: "指标" },
    { key: "value", header: "value", align: "right" },
  ],
  rows: [
    { indicator: "地区生产总值", value: "5.5%" },
    { indicator: "GDP|x", value: "≥7%" },
  ],
  notes: ["*注*"],
};

describe("stringWidth(text) and padWidth(text, width, align)", () => {
  it("counts CJK and fullwidth characters as two columns, ASCII and symbols as one", () => {
    expect(stringWidth("武隆区")).toBe(6);
    expect(stringWidth("GDP 5.5%")).toBe(8);
    expect(stringWidth("≥7%")).toBe(3);
    expect(stringWidth("，（）")).toBe(6);
    expect(stringWidth("“工业”")).toBe(6); // curly quotes are ambiguous width: one column in most terminals
  });

  it("skips ANSI colour codes and combining marks", () => {
    expect(stringWidth("\u001b[31m红\u001b[0m")).toBe(2);
    expect(stringWidth("e\u0301")).toBe(1);
  });

  it("pads to a display width on either side", () => {
    expect(padWidth("武隆", 6)).toBe("武隆  ");
    expect(padWidth("5.5", 5, "right")).toBe("  5.5");
    expect(padWidth("万州区", 2)).toBe("万州区");
  });
});

describe("renderText, renderMarkdown, renderCsv, renderOutput", () => {
  it("renderText pads columns by display width and trims line ends", () => {
    expect(renderText(table)).toBe(
      [
        "武隆区 · 万州区",
        "",
        "指标          value",
        "------------  -----",
        "地区生产总值   5.5%",
        "GDP|x           ≥7%",
        "",
        "*注*",
        "",
      ].join("\n"),
    );
  });

  it("renderText keeps a cell on one line", () => {
    const out = renderText({ columns: [{ key: "q", header: "quote" }], rows: [{ q: "第一行\r\n第二行" }] });
    expect(out).toBe("quote\n-------------\n第一行 第二行\n");
  });

  it("renderMarkdown escapes pipes and leading emphasis", () => {
    expect(renderMarkdown(table)).toBe(
      [
        "武隆区 · 万州区",
        "",
        "| 指标 | value |",
        "| --- | ---: |",
        "| 地区生产总值 | 5.5% |",
        "| GDP\\|x | ≥7% |",
        "",
        "- \\*注*",
        "",
      ].join("\n"),
    );
  });

  it("renderCsv writes column keys as the header and leaves title and notes out", () => {
    expect(renderCsv(table)).toBe("indicator,value\r\n地区生产总值,5.5%\r\nGDP|x,≥7%\r\n");
  });

  it("renderCsv guards text cells starting with = + - @ tab or CR, and writes numbers as numbers", () => {
    const cells = ["=1+1", "+86", "-2+3", "@SUM(A1)", "\tx", "\rx"];
    const csv = renderCsv({
      columns: [
        { key: "text", header: "text" },
        { key: "gap", header: "gap" },
      ],
      rows: cells.map((text) => ({ text, gap: -0.5 })),
    });
    const [header, ...rows] = parseCsv(csv).map((r) => r.fields);
    expect(header).toEqual(["text", "gap"]);
    expect(rows).toEqual(cells.map((text) => [`'${text}`, "-0.5"]));
  });

  it("renderOutput prints JSON with two-space indent", () => {
    expect(renderOutput("json", { json: { a: [1] }, table })).toBe('{\n  "a": [\n    1\n  ]\n}\n');
    expect(renderOutput("csv", { json: null, table, csv: { columns: [{ key: "k", header: "K" }], rows: [] } })).toBe(
      "k\r\n",
    );
  });
});
