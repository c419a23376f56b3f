import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../main.js";

/** 武隆 and 万州 facts quoted from the seed reports (the CLI's shared fixture). */
const DATA = fileURLToPath(new URL("./__fixtures__/seed-facts.json", import.meta.url));

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "duibi-chart-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(...argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(["chart", ...argv], {
    stdout: { write: (s: string) => stdout.push(s) > 0 },
    stderr: { write: (s: string) => stderr.push(s) > 0 },
    cwd: dir,
  });
  return { code, stdout: stdout.join(""), stderr: stderr.join("") };
}

describe("duibi chart", () => {
  it("target-vs-actual --indicator gdp --out gdp.svg draws 武隆 5.5% → 6.5% and 万州 6.9% → 7%", async () => {
    const { code, stdout, stderr } = await run(
      "target-vs-actual",
      "--data",
      DATA,
      "--indicator",
      "gdp",
      "--out",
      "gdp.svg",
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout.trim()).toBe("gdp.svg");
    const svg = await readFile(join(dir, "gdp.svg"), "utf8");
    expect(svg).toContain("Noto Sans CJK SC");
    for (const label of ["武隆区", "万州区", "5.5%", "6.5%", "6.9%", "7%"]) expect(svg).toContain(`>${label}<`);
  });

  it("writes the Vega-Lite spec for .vl.json, PNG for .png and a page for .html", async () => {
    expect(
      (await run("compare", "--data", DATA, "--period", "2023", "--indicator", "gdp", "--out", "c.vl.json")).code,
    ).toBe(0);
    const spec = JSON.parse(await readFile(join(dir, "c.vl.json"), "utf8"));
    expect(spec.$schema).toMatch(/vega-lite\/v6/);
    expect(spec.vconcat[0].data.values.map((d: { region: string }) => d.region)).toEqual([
      "万州区",
      "武隆区",
      "万州区",
      "武隆区",
    ]);

    expect((await run("slope", "--data", DATA, "--out", "out/slope.png", "--scale", "1")).code).toBe(0);
    expect((await readFile(join(dir, "out/slope.png"))).subarray(1, 4).toString()).toBe("PNG");

    expect((await run("rank-heatmap", "--data", DATA, "--period", "2023", "--out", "rank.html")).code).toBe(0);
    expect(await readFile(join(dir, "rank.html"), "utf8")).toContain("vegaEmbed(");
  });

  it("draws gap, scatter and scorecard from the aligned selection", async () => {
    for (const [type, ...rest] of [["gap", "--reference", "万州区"], ["scatter"], ["scorecard"]]) {
      const { code, stderr } = await run(type!, "--data", DATA, "--period", "2023", ...rest, "--out", `${type}.svg`);
      expect(stderr).toBe("");
      expect(code).toBe(0);
    }
    expect(await readFile(join(dir, "gap.svg"), "utf8")).toContain("与万州区之差");
  });

  it("exits 2 for an unknown chart, a missing --out or an unknown extension", async () => {
    expect((await run("pie", "--out", "x.svg")).code).toBe(2);
    expect((await run("slope", "--data", DATA)).code).toBe(2);
    const bad = await run("slope", "--data", DATA, "--out", "x.jpg");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(".vl.json");
  });
});
