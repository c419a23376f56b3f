import { describe, expect, it } from "vitest";
import { embedSvg } from "./embedSvg.js";
import { escapeHtml, escapeMarkdown, markdownCode } from "./escapeHtml.js";
import { stableSvgIds } from "./stableSvgIds.js";

describe("escapeHtml(text)", () => {
  it("turns markup into text", () => {
    expect(escapeHtml(`<script>alert("x")</script>&'`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;",
    );
  });
  it("leaves Chinese text alone", () => {
    expect(escapeHtml("实现地区生产总值273.46亿元、增长5.5%")).toBe("实现地区生产总值273.46亿元、增长5.5%");
  });
});

describe("escapeMarkdown(text)", () => {
  it("keeps a quote inside its table cell and out of markup", () => {
    expect(escapeMarkdown("a|b <i>[x](y)\nz")).toBe("a\\|b &lt;i&gt;\\[x\\](y) z");
  });
});

describe("escapeMarkdown(text) at the start of a line", () => {
  it("never opens a heading, list, rule, code block or strike-through", () => {
    expect(escapeMarkdown("# h")).toBe("\\# h");
    expect(escapeMarkdown("- item")).toBe("\\- item");
    expect(escapeMarkdown("---")).toBe("\\---");
    expect(escapeMarkdown("1. item")).toBe("1\\. item");
    expect(escapeMarkdown("    code")).toBe("code");
    expect(escapeMarkdown("~~x~~")).toBe("\\~\\~x\\~\\~");
    expect(escapeMarkdown("-5.5%")).toBe("-5.5%");
  });
});

describe("markdownCode(text)", () => {
  it("fences past every backtick run and keeps the span on one line", () => {
    expect(markdownCode("a.txt")).toBe("`a.txt`");
    expect(markdownCode("a`b")).toBe("``a`b``");
    expect(markdownCode("``x\n\n<b>``")).toBe("``` ``x <b>`` ```");
  });
});

describe("embedSvg(svg, prefix)", () => {
  it("prefixes ids and their references so charts on one page do not collide", () => {
    expect(
      embedSvg('<?xml version="1.0"?><svg><clipPath id="c1"/><g clip-path="url(#c1)"/><use href="#c1"/></svg>', "gdp"),
    ).toBe('<svg><clipPath id="gdp-c1"/><g clip-path="url(#gdp-c1)"/><use href="#gdp-c1"/></svg>');
  });
  it("removes scripts, foreignObject and event handlers", () => {
    const svg = embedSvg(
      '<svg onload="alert(1)"><script>alert(2)</script><foreignObject><b>x</b></foreignObject><text>ok</text></svg>',
      "a",
    );
    expect(svg).toBe("<svg><text>ok</text></svg>");
  });
});

describe("stableSvgIds(svg)", () => {
  it("numbers ids per prefix in order of appearance, whatever counter vega was at", () => {
    const drawnFirst =
      '<linearGradient id="gradient_0"/><clipPath id="clip3"/><path fill="url(#gradient_0)" clip-path="url(#clip3)"/>';
    const drawnLater =
      '<linearGradient id="gradient_2"/><clipPath id="clip9"/><path fill="url(#gradient_2)" clip-path="url(#clip9)"/>';
    expect(stableSvgIds(drawnLater)).toBe(stableSvgIds(drawnFirst));
    expect(stableSvgIds(drawnLater)).toBe(
      '<linearGradient id="gradient_0"/><clipPath id="clip0"/><path fill="url(#gradient_0)" clip-path="url(#clip0)"/>',
    );
  });
});
