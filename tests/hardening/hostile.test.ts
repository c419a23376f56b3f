/**
 * Hostile content: a dataset whose quotes, names as written and document names hold
 * `<script>`, `</script>`, quotes, ampersands and an `<img onerror>`. `duibi report`
 * and `duibi chart` must show them as text: escaped in report.html and the SVG charts,
 * never raw HTML in report.md, never inside a Vega-Lite expression string, and in
 * headless Chromium (the system's, never a downloaded one) no script of theirs runs.
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/chromium.js";
import { HOSTILE, hostileDataset, runCli, strings, tempDir } from "./helpers.js";

const CHART_TYPES = ["compare", "target-vs-actual", "gap", "rank-heatmap", "slope", "scatter", "scorecard"];
/** Keys whose string values Vega evaluates as expressions. */
const EXPRESSION_KEYS = new Set(["expr", "calculate", "filter", "test", "signal", "update", "field"]);
/** Raw markup the hostile strings would produce if not escaped. */
const RAW_MARKUP = /<(script|\/script|img|b)[\s>]/i;

let dir: string;
let browser: Browser;
const dataset = hostileDataset();

/**
 * Event-handler attributes (onerror=, onload=) on real tags. Escaped text has no raw `<` or
 * `>`, so every `<…>` match is a tag; attribute values are removed first, so an escaped
 * "onerror=" quoted inside an aria-label does not count.
 */
function eventAttributes(markup: string): string[] {
  return (markup.match(/<[^>]*>/g) ?? [])
    .map((tag) => tag.replace(/"[^"]*"|'[^']*'/g, '""'))
    .filter((tag) => /\son\w+\s*=/i.test(tag));
}

beforeAll(async () => {
  dir = await tempDir("duibi-hostile-");
  await writeFile(join(dir, "hostile.json"), JSON.stringify(dataset, null, 2));
  const run = await runCli(["report", "--data", "hostile.json", "--out", "r"], dir);
  expect(run.code, run.stderr).toBe(0);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe("the hostile dataset", () => {
  it("carries every hostile string in quotes, names as written and document names", () => {
    const text = JSON.stringify(dataset);
    for (const h of HOSTILE) expect(text).toContain(JSON.stringify(h).slice(1, -1));
  });
});

describe("duibi report --data hostile.json", () => {
  it("report.html holds no markup from the data: no <script>, no <img>, the text escaped", async () => {
    const html = await readFile(join(dir, "r", "report.html"), "utf8");
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img src=x/i);
    expect(eventAttributes(html)).toEqual([]);
    expect(html).toContain("&lt;script&gt;window.__pwned=1");
    expect(html).toContain("&lt;img src=x onerror=");
  });

  it("report.md holds no raw HTML from the data outside code spans", async () => {
    const md = await readFile(join(dir, "r", "report.md"), "utf8");
    expect(md).toContain("__pwned");
    for (const [i, line] of md.split("\n").entries()) {
      // A code span (one or more backticks, closed by the same run) shows its content as text.
      const outside = line.replace(/(`+)(?:(?!\1).)+?\1/g, "");
      expect(outside, `report.md line ${i + 1}: ${line}`).not.toMatch(RAW_MARKUP);
    }
  });

  it("the SVG charts hold the text escaped, never an element from it", async () => {
    const charts = (await readdir(join(dir, "r", "charts"))).filter((f) => f.endsWith(".svg"));
    expect(charts.length).toBeGreaterThan(0);
    let shown = 0;
    for (const file of charts) {
      const svg = await readFile(join(dir, "r", "charts", file), "utf8");
      expect(svg, file).not.toMatch(/<script|<img|<foreignObject/i);
      expect(eventAttributes(svg), file).toEqual([]);
      if (svg.includes("&lt;script&gt;") || svg.includes("&lt;img")) shown++;
    }
    expect(shown).toBeGreaterThan(0);
  });

  it("in Chromium, report.html and its SVGs run no script and show the strings as text", async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(pathToFileURL(join(dir, "r", "report.html")).href, { waitUntil: "load" });
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => document.scripts.length)).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll("img[onerror], [onerror]").length)).toBe(0);
    expect(await page.evaluate(() => document.body.textContent)).toContain("<script>window.__pwned=1");
    for (const file of (await readdir(join(dir, "r", "charts"))).filter((f) => f.endsWith(".svg"))) {
      await page.goto(pathToFileURL(join(dir, "r", "charts", file)).href, { waitUntil: "load" });
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), file).toBeUndefined();
    }
    expect(dialogs).toEqual([]);
    await page.close();
  });
});

describe("duibi chart <type> --data hostile.json", () => {
  const dataTexts = [
    ...dataset.regions.flatMap((r) => [r.name, r.shortName]),
    ...dataset.documents.map((d) => d.id),
    ...dataset.observations.flatMap((o) => [o.nameAsWritten, o.source.quote]),
  ].filter((t) => t.length >= 4);

  it.each(CHART_TYPES)("%s: no data text in an expression string of the Vega-Lite spec", async (type) => {
    const out = `spec-${type}.vl.json`;
    const run = await runCli(["chart", type, "--data", "hostile.json", "--out", out], dir);
    expect(run.code, run.stderr).toBe(0);
    const spec = JSON.parse(await readFile(join(dir, out), "utf8")) as unknown;
    let checked = 0;
    for (const [path, value] of strings(spec)) {
      const key =
        path
          .replace(/\[\d+\]$/, "")
          .split(".")
          .pop() ?? "";
      if (!EXPRESSION_KEYS.has(key)) continue;
      checked++;
      expect(value, path).not.toContain("__pwned");
      for (const text of dataTexts) expect(value.includes(text), `${path} quotes data: ${text}`).toBe(false);
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("chart --out x.html embeds the spec so no </script> in the data closes its script, and runs none of it", async () => {
    const run = await runCli(["chart", "compare", "--data", "hostile.json", "--out", "c.html"], dir);
    expect(run.code, run.stderr).toBe(0);
    const html = await readFile(join(dir, "c.html"), "utf8");
    expect(html).not.toContain("</script><script>window.__pwned");
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(pathToFileURL(join(dir, "c.html")).href, { waitUntil: "load" });
    await page.waitForSelector("svg, canvas", { timeout: 30_000 });
    // Sweep the mouse over the chart so tooltips (which quote the source sentence) render too.
    const box = await (await page.$("canvas, svg"))!.boundingBox();
    let tooltips = "";
    for (let y = 0; box !== null && y < 8; y++)
      for (let x = 0; x < 12; x++) {
        await page.mouse.move(box.x + ((x + 0.5) * box.width) / 12, box.y + ((y + 0.5) * box.height) / 8);
        tooltips += await page.evaluate(() => document.getElementById("vg-tooltip-element")?.textContent ?? "");
      }
    expect(tooltips).toContain("__pwned");
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await page.close();
  });
});

describe("CSV output of compare (opened in a spreadsheet)", () => {
  // Regression: a quote starting with = or @ was written as is, and a spreadsheet ran it as a formula.
  it("a text cell starting with =, +, -, @ gets a leading ' and numbers stay numbers", async () => {
    const formulas = ['=HYPERLINK("http://x","y")', '@SUM(1+1)*cmd|" /C calc"!A0', "+1+cmd", "-2+3+cmd"];
    const dataset = hostileDataset();
    const withFormulas = {
      ...dataset,
      observations: dataset.observations.map((o, i) => ({
        ...o,
        source: { ...o.source, quote: formulas[i % formulas.length]! },
      })),
    };
    await writeFile(join(dir, "formula.json"), JSON.stringify(withFormulas));
    const run = await runCli(["compare", "--data", "formula.json", "--period", "2023", "--format", "csv"], dir);
    expect(run.code, run.stderr).toBe(0);
    const cells = run.stdout.split(/\r?\n/).flatMap((line) => line.split(","));
    for (const cell of cells) {
      const text = cell.replace(/^"/, "");
      if (/^[=+\-@]/.test(text)) expect(Number.isFinite(Number(text)), `formula cell ${cell}`).toBe(true);
    }
    expect(run.stdout).toContain("'@SUM(1+1)");
  });
});
