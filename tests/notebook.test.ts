/**
 * The @duibi/viz smoke notebook: `import { show, compareBars } from "@duibi/viz"` in a
 * tslab (CommonJS) cell, then `show()` — executed headless with nbconvert. Checks the
 * chart arrives as SVG with its Chinese text, i.e. vega loaded lazily and the CJK font
 * measured and named the text.
 */
import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const NOTEBOOK = join(ROOT, "examples", "notebooks", "viz-smoke.ipynb");
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

const joined = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join("") : (v ?? ""));
let outDir = "";

beforeAll(async () => {
  // tslab resolves @duibi/viz through node_modules to the built dist/, as a reader's notebook does
  run("pnpm", ["exec", "tsc", "-b", "packages/core", "packages/stats", "packages/viz"]);
  const kernels = JSON.parse(run("jupyter", ["kernelspec", "list", "--json"])) as {
    kernelspecs: Record<string, unknown>;
  };
  if (!("tslab" in kernels.kernelspecs)) run("tslab", ["install", "--python=/usr/bin/python3"]);
  outDir = await mkdtemp(join(tmpdir(), "duibi-viz-smoke-"));
}, 300_000);

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe("examples/notebooks/viz-smoke.ipynb", () => {
  it("runs headless and shows one SVG chart naming both regions in the CJK font", async () => {
    run("jupyter", [
      "nbconvert",
      "--to",
      "notebook",
      "--execute",
      "--ExecutePreprocessor.timeout=180",
      "--ExecutePreprocessor.kernel_name=tslab",
      "--output-dir",
      outDir,
      NOTEBOOK,
    ]);
    const nb = JSON.parse(await readFile(join(outDir, "viz-smoke.ipynb"), "utf8")) as {
      cells: { outputs?: Output[] }[];
    };
    const outputs = nb.cells.flatMap((c) => c.outputs ?? []);
    const errors = outputs.filter(
      (o) => o.output_type === "error" || (o.output_type === "stream" && o.name === "stderr"),
    );
    expect(errors.map((o) => `${o.ename ?? o.name}: ${o.evalue ?? joined(o.text)}`)).toEqual([]);
    const svgs = outputs.map((o) => joined(o.data?.["image/svg+xml"])).filter((s) => s !== "");
    expect(svgs.length).toBe(1);
    const svg = svgs[0] ?? "";
    expect(svg).toMatch(/^<svg[\s\S]*<\/svg>$/);
    expect(svg).toContain("Noto Sans CJK SC");
    for (const text of ["万州区", "武隆区", "6.9%", "5.5%", "地区生产总值增速"]) expect(svg).toContain(text);
  }, 300_000);
});
