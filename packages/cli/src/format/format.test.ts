import { describe, expect, it } from "vitest";
import { formatFigure, formatValue } from "./formatValue.js";
import { indicatorLabel } from "./indicatorLabel.js";
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

describe("formatValue(value) and formatFigure(cell)", () => {
  it("keeps report digits and drops floating-point noise", () => {
    expect(formatValue(92.05479452054794)).toBe("92.05");
    expect(formatValue(0.8477)).toBe("0.8477");
    expect(formatValue(273.46)).toBe("273.46");
    expect(formatValue(8477)).toBe("8477");
    expect(formatValue(-0.0000001)).toBe("0");
  });

  it("writes qualifiers as symbols and ranges with bounds", () => {
    expect(formatFigure({ value: 3000, unit: "人", qualifier: "at_least" })).toBe("≥3000人");
    expect(formatFigure({ value: 5.5, unit: "%", qualifier: "about" })).toBe("≈5.5%");
    expect(formatFigure({ value: 15, unit: "万户", qualifier: "more_than" })).toBe(">15万户");
    expect(formatFigure({ value: 100, unit: "亿元", qualifier: "nearly" })).toBe("≲100亿元");
    expect(formatFigure({ value: 3, unit: "%", qualifier: "at_most" })).toBe("≤3%");
    expect(formatFigure({ value: 6.25, unit: "%", qualifier: "range", bounds: { low: 6, high: 6.5 } })).toBe("6–6.5%");
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

  it("renderOutput prints JSON with two-space indent", () => {
    expect(renderOutput("json", { json: { a: [1] }, table })).toBe('{\n  "a": [\n    1\n  ]\n}\n');
    expect(renderOutput("csv", { json: null, table, csv: { columns: [{ key: "k", header: "K" }], rows: [] } })).toBe(
      "k\r\n",
    );
  });
});

describe("indicatorLabel(id, lang)", () => {
  it("names an indicator from the registry, or keeps an unknown id", () => {
    expect(indicatorLabel("unemployment.surveyed", "zh")).toBe("城镇调查失业率");
    expect(indicatorLabel("x.custom", "en")).toBe("x.custom");
  });
});
