/**
 * Executes every notebook in examples/notebooks headless with the tslab kernel, the way
 * a reader would run it: `jupyter nbconvert --execute`, the workspace packages built and
 * resolved through node_modules. Fails on any error output; each notebook must show at
 * least one chart (SVG) in its outputs. The plain-script versions in examples/scripts
 * type-check against the packages' published types and run with node.
 */
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const NOTEBOOKS = join(ROOT, "examples", "notebooks");
const env = { ...process.env, PATH: [join(ROOT, "node_modules", ".bin"), process.env.PATH].join(delimiter) };
const run = (cmd: string, args: string[]) =>
  execFileSync(cmd, args, { cwd: ROOT, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 << 20 });

interface Output {
  output_type: string;
  name?: string;
  text?: string | string[];
  ename?: string;
  evalue?: string;
  data?: Record<string, string | string[]>;
}
interface Notebook {
  metadata: { kernelspec?: { name?: string; language?: string } };
  cells: { cell_type: string; source: string | string[]; outputs?: Output[] }[];
}

const joined = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join("") : (v ?? ""));

const names = (await readdir(NOTEBOOKS)).filter((f) => f.endsWith(".ipynb")).sort();
/** The notebooks the docs point readers to. */
const DOCUMENTED = ["bring-your-own-report.ipynb", "compare-two-districts.ipynb", "targets-and-ambition.ipynb"];
let outDir: string;

beforeAll(() => {
  // tslab imports the built packages (dist/), as a reader's notebook does; the Shenzhen notebook runs the built CLI.
  run("pnpm", [
    "exec",
    "tsc",
    "-b",
    "packages/core",
    "packages/stats",
    "packages/viz",
    "packages/report",
    "packages/cli",
  ]);
  const kernels = JSON.parse(run("jupyter", ["kernelspec", "list", "--json"])) as {
    kernelspecs: Record<string, unknown>;
  };
  if (!("tslab" in kernels.kernelspecs)) run("tslab", ["install", "--python=/usr/bin/python3"]);
}, 300_000);

describe("examples/notebooks", () => {
  it("has the three documented notebooks, each on the tslab kernel", async () => {
    expect(names).toEqual(expect.arrayContaining(DOCUMENTED));
    for (const name of DOCUMENTED) {
      const nb = JSON.parse(await readFile(join(NOTEBOOKS, name), "utf8")) as Notebook;
      expect(nb.metadata.kernelspec?.name).toBe("tslab");
      expect(nb.metadata.kernelspec?.language).toBe("typescript");
      // Committed with outputs, so readers see the charts on GitHub without running anything.
      const svg = nb.cells.flatMap((c) => c.outputs ?? []).filter((o) => o.data?.["image/svg+xml"] !== undefined);
      expect(svg.length, `${name} is committed with its chart outputs`).toBeGreaterThan(0);
    }
  });

  it.each(names)(
    "%s runs headless without errors and shows its charts",
    async (name) => {
      outDir ??= await mkdtemp(join(tmpdir(), "duibi-notebooks-"));
      run("jupyter", [
        "nbconvert",
        "--to",
        "notebook",
        "--execute",
        "--ExecutePreprocessor.timeout=300",
        "--ExecutePreprocessor.kernel_name=tslab",
        "--output-dir",
        outDir,
        join(NOTEBOOKS, name),
      ]);
      const nb = JSON.parse(await readFile(join(outDir, name), "utf8")) as Notebook;
      const outputs = nb.cells.flatMap((c) => c.outputs ?? []);
      const errors = outputs.filter(
        (o) => o.output_type === "error" || (o.output_type === "stream" && o.name === "stderr"),
      );
      expect(errors.map((o) => `${o.ename ?? o.name}: ${o.evalue ?? joined(o.text)}`)).toEqual([]);
      const charts = outputs.filter(
        (o) => o.data?.["image/svg+xml"] !== undefined || joined(o.data?.["text/html"]).includes("<svg"),
      );
      expect(charts.length).toBeGreaterThan(0);
      for (const chart of charts)
        expect(joined(chart.data?.["image/svg+xml"] ?? chart.data?.["text/html"])).toMatch(/<svg[\s\S]*<\/svg>/);
    },
    600_000,
  );

  // The smoke notebook imports @duibi/viz in a tslab (CommonJS) cell and calls show():
  // its chart proves vega loaded lazily and the CJK font measured and named the text.
  it("viz-smoke.ipynb shows one SVG naming both regions in the CJK font", async () => {
    const nb = JSON.parse(await readFile(join(outDir, "viz-smoke.ipynb"), "utf8")) as Notebook;
    const svgs = nb.cells
      .flatMap((c) => c.outputs ?? [])
      .map((o) => joined(o.data?.["image/svg+xml"]))
      .filter((s) => s !== "");
    expect(svgs).toHaveLength(1);
    expect(svgs[0]).toMatch(/^<svg[\s\S]*<\/svg>$/);
    expect(svgs[0]).toContain("Noto Sans CJK SC");
    for (const text of ["万州区", "武隆区", "6.9%", "5.5%", "地区生产总值增速"]) expect(svgs[0]).toContain(text);
  });
});

describe("examples/scripts", () => {
  const SCRIPTS = join(ROOT, "examples", "scripts");
  const scripts = readdirSync(SCRIPTS)
    .filter((f) => f.endsWith(".mjs"))
    .sort();

  it("type-check (// @ts-check) against the built packages' declarations", () => {
    const files = scripts.map((f) => join(SCRIPTS, f));
    const flags = ["--noEmit", "--allowJs", "--checkJs", "--strict", "--skipLibCheck", "--types", "node"];
    run("pnpm", [
      "exec",
      "tsc",
      ...flags,
      "--module",
      "nodenext",
      "--moduleResolution",
      "nodenext",
      "--target",
      "es2022",
      ...files,
    ]);
  }, 120_000);

  it.each(scripts)(
    "%s runs and writes its charts",
    async (name) => {
      const out = await mkdtemp(join(tmpdir(), "duibi-scripts-"));
      const args =
        name === "bring-your-own-report.mjs"
          ? [join(ROOT, "seeds", "sources", "001_8f9e7cf461ee1142.txt"), out]
          : [out];
      run("node", [join(SCRIPTS, name), ...args]);
      const svgs = (await readdir(out)).filter((f) => f.endsWith(".svg"));
      expect(svgs.length).toBeGreaterThan(0);
      for (const svg of svgs) expect(await readFile(join(out, svg), "utf8")).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    },
    120_000,
  );
});
