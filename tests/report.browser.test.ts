/**
 * `duibi report` end to end: the command writes the 武隆 vs 万州 report from the seeds,
 * twice, byte-identically; headless Chromium (the system's, never a downloaded one) opens
 * report.html from disk and checks what a reader relies on: no console errors, no script,
 * no network, every chart drawn, every figure's link landing on its quoted sentence.
 * A full-page screenshot is saved to tests/artifacts/report.png for people to look at.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { align, type Dataset, loadSeeds } from "@duibi/core";
import { gaps } from "@duibi/stats";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../packages/cli/src/main.js";
import { manyDistricts } from "../packages/viz/src/__fixtures__/manyDistricts.js";
import { launchChromium } from "./support/chromium.js";

const ARTIFACTS = fileURLToPath(new URL("./artifacts/", import.meta.url));

async function report(args: string[]): Promise<{ code: number; stdout: string; stderr: string; dir: string }> {
  const cwd = await mkdtemp(join(tmpdir(), "duibi-report-e2e-"));
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(["report", ...args], {
    cwd,
    stdout: { write: (s: string) => out.push(String(s)) > 0 },
    stderr: { write: (s: string) => err.push(String(s)) > 0 },
  });
  return { code, stdout: out.join(""), stderr: err.join(""), dir: join(cwd, "duibi-report") };
}

async function listFiles(dir: string, prefix = ""): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory() ? listFiles(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
    ),
  );
  return nested.flat().sort();
}

let browser: Browser;
let first: Awaited<ReturnType<typeof report>>;

beforeAll(async () => {
  first = await report([]);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe("duibi report (no arguments)", () => {
  it("writes the report from the seeds and prints the paths on stdout", async () => {
    expect(first.stderr).not.toContain("Error");
    expect(first.code).toBe(0);
    const printed = first.stdout.trim().split("\n");
    expect(printed).toContain(join("duibi-report", "report.html"));
    expect(printed).toContain(join("duibi-report", "data.csv"));
    const files = await listFiles(first.dir);
    expect(files).toEqual(
      expect.arrayContaining(["report.html", "report.md", "data.csv", "data.json", ".duibi-report"]),
    );
    expect(files.filter((f) => f.startsWith("charts/") && f.endsWith(".svg")).length).toBeGreaterThanOrEqual(3);
    expect(files.filter((f) => f.startsWith("charts/") && f.endsWith(".png")).length).toBeGreaterThanOrEqual(3);
  });

  it("is byte-identical when run again, in place (its own output is recognized by the marker)", async () => {
    const files = (await listFiles(first.dir)).filter((f) => f !== ".duibi-report");
    const bytes = () => Promise.all(files.map((f) => readFile(join(first.dir, f))));
    const before = await bytes();
    const quiet = { write: () => true };
    const code = await main(["report"], { cwd: join(first.dir, ".."), stdout: quiet, stderr: quiet });
    expect(code).toBe(0);
    expect(await listFiles(first.dir)).toEqual([...files, ".duibi-report"].sort());
    expect(await bytes()).toEqual(before);
  });

  it("leads with the summary a reader needs (GDP growth 5.5% vs 6.9%)", async () => {
    const html = await readFile(join(first.dir, "report.html"), "utf8");
    // 武隆: 实现地区生产总值273.46亿元、增长5.5%；万州: 增长6.9%.
    expect(html).toMatch(/武隆地区生产总值增长5\.5%，低于万州的6\.9%/);
  });
});

describe("report.html in Chromium", () => {
  it("renders every chart, resolves every source link, logs no error and loads nothing", async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const problems: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    const url = pathToFileURL(join(first.dir, "report.html")).href;
    await page.goto(url, { waitUntil: "load" });

    const charts = await page.$$eval("figure.chart > svg", (svgs) =>
      svgs.map((s) => {
        const box = s.getBoundingClientRect();
        return { width: box.width, height: box.height, marks: s.querySelectorAll("path, rect, text").length };
      }),
    );
    const svgFiles = (await readdir(join(first.dir, "charts"))).filter((f) => f.endsWith(".svg"));
    expect(charts.length).toBe(svgFiles.length);
    for (const c of charts) {
      expect(c.width).toBeGreaterThan(100);
      expect(c.height).toBeGreaterThan(50);
      expect(c.marks).toBeGreaterThan(5);
    }

    const links = await page.$$eval('a[href^="#"]', (as) =>
      as.map((a) => {
        const id = decodeURIComponent((a.getAttribute("href") ?? "").slice(1));
        const target = document.getElementById(id);
        return { id, found: target !== null, quote: target?.querySelector("mark")?.textContent ?? null };
      }),
    );
    const sourceLinks = links.filter((l) => l.id.startsWith("src-"));
    expect(sourceLinks.length).toBeGreaterThan(40);
    expect(links.filter((l) => !l.found)).toEqual([]);
    expect(sourceLinks.filter((l) => !l.quote)).toEqual([]);

    // Following a figure's link scrolls to its quoted sentence.
    await page.click("#headline a.fig");
    const target = await page.evaluate(() => location.hash);
    expect(await page.$eval(target, (li) => li.getBoundingClientRect().top)).toBeLessThan(900);

    // Ids are unique, so every anchor lands on one place (charts' inner ids are prefixed per chart).
    const ids = await page.$$eval("[id]", (els) => els.map((e) => e.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(await page.$$eval("script", (s) => s.length)).toBe(0);
    expect(requests.filter((r) => !r.startsWith("file:") && !r.startsWith("data:"))).toEqual([]);
    expect(problems).toEqual([]);

    await mkdir(ARTIFACTS, { recursive: true });
    await page.goto(url, { waitUntil: "load" });
    await page.screenshot({ path: join(ARTIFACTS, "report.png"), fullPage: true });
    await page.setViewportSize({ width: 1100, height: 1400 });
    await page.screenshot({ path: join(ARTIFACTS, "report-top.png") });
    await page.close();
  });

  it("shows hostile names and quotes as text: no script runs", async () => {
    const seeds = loadSeeds();
    const evil = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;
    const hostile = {
      ...seeds,
      regions: seeds.regions.map((r) => ({ ...r, name: `${r.name}${evil}` })),
      documents: seeds.documents.map((d) => ({ ...d, title: `${d.title}${evil}` })),
      observations: seeds.observations.map((o, i) =>
        i % 7 === 0 ? { ...o, source: { ...o.source, quote: `${o.source.quote}${evil}` } } : o,
      ),
    };
    const dir = await mkdtemp(join(tmpdir(), "duibi-hostile-"));
    await writeFile(join(dir, "hostile.json"), JSON.stringify(hostile));
    const run = await report(["--data", join(dir, "hostile.json"), "--out", join(dir, "out")]);
    expect(run.stderr).toBe(run.stderr.replace(/unexpected error/, ""));
    expect(run.code).toBe(0);
    const html = await readFile(join(dir, "out", "report.html"), "utf8");
    expect(html).not.toMatch(/<script|<img/i);
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(pathToFileURL(join(dir, "out", "report.html")).href, { waitUntil: "load" });
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.$$eval("script, img", (n) => n.length)).toBe(0);
    expect(await page.textContent("body")).toContain("<script>window.__pwned=1</script>");
    expect(dialogs).toEqual([]);
    await page.close();
  });
});

/**
 * The seeds plus a generated third Chongqing district (黔江区, 500114) stating about a third of
 * 武隆's indicators: its report is 武隆's text under its own document id, so every span checks.
 */
function threeRegions(): Dataset {
  const seeds = loadSeeds();
  const wulong = seeds.documents.find((d) => d.id === "001_8f9e7cf461ee1142.txt");
  if (wulong === undefined) throw new Error("the seeds lost 武隆's report");
  const own = seeds.observations.filter((o) => o.source.document === wulong.id);
  const indicators = [...new Set(own.map((o) => o.indicator))].sort();
  const kept = new Set(indicators.filter((_, i) => i % 3 === 0));
  return {
    ...seeds,
    regions: [
      ...seeds.regions,
      { code: "500114", name: "黔江区", shortName: "黔江", level: "county", parent: "500000" },
    ],
    documents: [
      ...seeds.documents,
      { ...wulong, id: "900_qianjiang.txt", title: "黔江区政府工作报告", regionCode: "500114" },
    ],
    observations: [
      ...seeds.observations,
      ...own
        .filter((o) => kept.has(o.indicator))
        .map((o) => ({
          ...o,
          regionCode: "500114",
          regionName: "黔江区",
          source: { ...o.source, document: "900_qianjiang.txt" },
        })),
    ],
  };
}

/** Rows of the 2023 table where 武隆 and 万州 both state a figure that may be compared, and 武隆's gaps to 万州. */
function wulongWanzhou(dataset: Dataset, regions: string[]): { rows: number; gaps: number } {
  const table = align(dataset, { regions, period: 2023, kind: "actual" });
  const both = table.rows.filter((r) => r.cells["500156"] && r.cells["500101"] && r.verdict !== "incomparable");
  const toWanzhou = gaps(table, { reference: "500101" }).rows.filter((r) => r.cells["500156"] != null);
  return { rows: both.length, gaps: toWanzhou.length };
}

/** What a reader of report.html sees wrong: charts drawn and unclipped, the page no wider than the window, no console error. */
async function inspectReport(dir: string, screenshot: string, { fullPage = true } = {}) {
  const page = await browser.newPage({ viewport: { width: 1100, height: fullPage ? 900 : 1400 } });
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(pathToFileURL(join(dir, "report.html")).href, { waitUntil: "load" });
  const charts = await page.$$eval("figure.chart > svg", (svgs) =>
    svgs.map((s) => {
      const box = s.getBoundingClientRect();
      // Clipped: a text mark drawn outside its chart's box.
      const outside = Array.from(s.querySelectorAll("text")).filter((t) => {
        const r = t.getBoundingClientRect();
        return (
          r.width > 0 &&
          (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1)
        );
      });
      const marks = s.querySelectorAll("path, rect, text").length;
      return { width: box.width, height: box.height, marks, outside: outside.map((t) => t.textContent) };
    }),
  );
  // Nothing wider than the page: a chart or table cut off at the right edge.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  await mkdir(ARTIFACTS, { recursive: true });
  if (fullPage) await page.screenshot({ path: join(ARTIFACTS, `${screenshot}.png`), fullPage: true });
  else {
    // A page of 300 regions is too tall to photograph whole (and an element screenshot lays it out
    // again each time): the top of the page, then each chart scrolled into the window.
    await page.screenshot({ path: join(ARTIFACTS, `${screenshot}.png`) });
    for (const id of await page.$$eval("figure.chart", (figures) => figures.map((f) => f.id))) {
      await page.evaluate((chart) => document.getElementById(chart)?.scrollIntoView(), id);
      await page.screenshot({ path: join(ARTIFACTS, `${screenshot}-${id}.png`) });
    }
  }
  await page.close();
  const svgFiles = (await readdir(join(dir, "charts"))).filter((f) => f.endsWith(".svg"));
  return { charts, svgFiles, overflow, problems };
}

describe("a three-region report (the seeds and a district stating fewer indicators)", () => {
  it("draws every chart unclipped, logs no error, and leaves 武隆 vs 万州 as it was", async () => {
    const dataset = threeRegions();
    const pair = wulongWanzhou(loadSeeds(), ["500156", "500101"]);
    expect(pair.rows).toBeGreaterThan(20);
    expect(wulongWanzhou(dataset, ["500156", "500101", "500114"])).toEqual(pair);

    const dir = await mkdtemp(join(tmpdir(), "duibi-three-"));
    await mkdir(join(dir, "sources"));
    const seedsSources = fileURLToPath(new URL("../seeds/sources/", import.meta.url));
    await copyFile(join(seedsSources, "001_8f9e7cf461ee1142.txt"), join(dir, "sources", "900_qianjiang.txt"));
    await writeFile(join(dir, "three.json"), JSON.stringify(dataset));
    const run = await report(["--data", join(dir, "three.json"), "--out", join(dir, "out")]);
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.code).toBe(0);
    const html = await readFile(join(dir, "out", "report.html"), "utf8");
    for (const name of ["武隆", "万州", "黔江"]) expect(html).toContain(name);

    const seen = await inspectReport(join(dir, "out"), "report-three");
    expect(seen.charts.length).toBe(seen.svgFiles.length);
    expect(seen.charts.length).toBeGreaterThanOrEqual(3);
    for (const c of seen.charts) {
      expect(c.width).toBeGreaterThan(100);
      expect(c.height).toBeGreaterThan(50);
      expect(c.outside).toEqual([]);
    }
    expect(seen.overflow).toBeLessThanOrEqual(0);
    expect(seen.problems).toEqual([]);
  });
});

describe("a 300-region report (the seeds and 298 generated districts, each stating some indicators)", () => {
  it("draws every chart unclipped, logs no error, and leaves 武隆 vs 万州 as it was", async () => {
    const dataset = manyDistricts(300, loadSeeds());
    expect(dataset.regions).toHaveLength(300);
    const codes = dataset.regions.map((r) => r.code);
    expect(wulongWanzhou(dataset, codes)).toEqual(wulongWanzhou(loadSeeds(), ["500156", "500101"]));

    const dir = await mkdtemp(join(tmpdir(), "duibi-many-"));
    await writeFile(join(dir, "many.json"), JSON.stringify(dataset));
    const run = await report(["--data", join(dir, "many.json"), "--out", join(dir, "out")]);
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.code).toBe(0);
    const md = await readFile(join(dir, "out", "report.md"), "utf8");
    // The title counts the regions instead of listing 300 names before the first number.
    expect(md.split("\n")[0]).toMatch(/^# 武隆、万州、\S+等300个地区：/);
    // Every region is in the report: 武隆, 万州 and the last generated district.
    for (const region of [dataset.regions[0], dataset.regions[1], dataset.regions.at(-1)]) {
      expect(md).toContain(region?.shortName);
    }

    const seen = await inspectReport(join(dir, "out"), "report-300", { fullPage: false });
    expect(seen.charts.length).toBe(seen.svgFiles.length);
    expect(seen.charts.length).toBeGreaterThanOrEqual(4);
    for (const c of seen.charts) {
      expect(c.width).toBeGreaterThan(100);
      expect(c.height).toBeGreaterThan(50);
      expect(c.marks).toBeGreaterThan(20);
      expect(c.outside).toEqual([]);
    }
    expect(seen.overflow).toBeLessThanOrEqual(0);
    expect(seen.problems).toEqual([]);
  }, 120_000);
});
