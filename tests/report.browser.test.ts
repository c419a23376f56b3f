/**
 * `duibi report` end to end: the command writes the 武隆 vs 万州 report from the seeds,
 * twice, byte-identically; headless Chromium (the system's, never a downloaded one) opens
 * report.html from disk and checks what a reader relies on: no console errors, no script,
 * no network, every chart drawn, every figure's link landing on its quoted sentence.
 * A full-page screenshot is saved to tests/artifacts/report.png for people to look at.
 */
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { loadSeeds } from "@duibi/core";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../packages/cli/src/main.js";
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
