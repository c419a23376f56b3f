/**
 * The public API is a list of names: every index.ts of every package states what it exports
 * (no `export *`, which would publish whatever a module happens to export), and the
 * package entries leave out the helpers that only the package itself uses.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as core from "@duibi/core";
import * as report from "@duibi/report";
import * as stats from "@duibi/stats";
import * as viz from "@duibi/viz";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const PACKAGES = join(ROOT, "packages");

/** Every index.ts under a package's src/, relative to the repository root. */
function indexFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === "node_modules" || entry.name === "dist") continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === "index.ts") found.push(path.slice(ROOT.length));
    }
  };
  for (const pkg of readdirSync(PACKAGES, { withFileTypes: true })) {
    if (pkg.isDirectory()) walk(join(PACKAGES, pkg.name, "src"));
  }
  return found.sort();
}

/** The package entries as a user imports them. */
const ENTRIES = { "@duibi/core": core, "@duibi/stats": stats, "@duibi/viz": viz, "@duibi/report": report };

/** `export * from`, `export type * from` and `export * as x from` (comments are removed first). */
const STAR_EXPORT = /^\s*export\s+(?:type\s+)?\*/m;

describe("the public API, by name", () => {
  const files = indexFiles();

  it("finds the index files of every package (the scan is not empty by accident)", () => {
    for (const pkg of ["core", "stats", "viz", "cli"]) {
      expect(files).toContain(`packages/${pkg}/src/index.ts`);
    }
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files)("%s lists its exports by name", (file) => {
    const text = readFileSync(join(ROOT, file), "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
    const stars = text.split("\n").filter((line) => STAR_EXPORT.test(line));
    expect(stars).toEqual([]);
  });

  it("the check itself recognises every form of a star export", () => {
    for (const line of ['export * from "./a.js";', 'export type * from "./a.js";', 'export * as a from "./a.js";']) {
      expect(STAR_EXPORT.test(line), line).toBe(true);
    }
    expect(STAR_EXPORT.test('export { a, type B } from "./a.js";')).toBe(false);
  });

  it.each([
    ["@duibi/core", ["charClass", "foldChar", "isHardWrapped", "repeatedLines", "catalog", "csvField", "csvText"]],
    ["@duibi/core", ["compareObservations", "readUtf8", "formatIssues", "normalizeIndicatorName"]],
    ["@duibi/stats", ["mulberry32", "gammaSample", "dirichletSample"]],
    ["@duibi/viz", ["createTextMeasurer", "installTextMeasurer"]],
    // The report is compileReport → renderHtml / renderMarkdown / writeReport; its steps stay inside.
    ["@duibi/report", ["buildReport", "planCharts", "drawCharts", "htmlPage", "withContext", "createSourceIndex"]],
    ["@duibi/report", ["prepareOutputDir", "replaceOutputDir", "MARKER"]],
  ] as const)("%s keeps %j out of its entry", (pkg, internals) => {
    const exported = Object.keys(ENTRIES[pkg]);
    for (const name of internals) expect(exported, name).not.toContain(name);
  });

  it("keeps what users build with", () => {
    for (const name of [
      "loadSeeds",
      "align",
      "extract",
      "normalizeText",
      "buildDataset",
      "DuibiError",
      "describeError",
      "writeAtomic",
      "RowNoteSchema",
      "describeNote",
      "describeNotes",
      "prepareOutputDir",
      "replaceOutputDir",
    ]) {
      expect(Object.keys(core), name).toContain(name);
    }
    expect(Object.keys(stats)).toEqual(expect.arrayContaining(["rank", "gaps", "ambition", "attainment"]));
    expect(Object.keys(viz)).toEqual(expect.arrayContaining(["compareBars", "toSvg", "toPng", "toHtml"]));
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining(["compileReport", "renderHtml", "renderMarkdown", "writeReport", "readDocumentTexts"]),
    );
  });
});
