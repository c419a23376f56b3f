/**
 * Every code block in README.md and docs/ runs as written: TypeScript and JavaScript blocks
 * type-check against the built packages' declarations and run with node (TypeScript compiled
 * first, JavaScript as an `.mjs` file, untouched); shell blocks run with bash, where
 * `pnpm -s duibi` is the built CLI (exactly what the root script runs). The blocks of one page
 * run in order in one fresh folder, so a later block can read what an earlier one wrote.
 *
 * A block is steered by HTML comments right above its fence, which the page does not show:
 * - `<!-- doc-test: skip: REASON -->` — the block is not run (it needs the corpus, a network,
 *   Jupyter…); the reason is required, and the test lists the skipped blocks.
 * - `<!-- doc-test: continues -->` — a TypeScript or JavaScript block that goes on from the page's previous
 *   one (uses its names); the two are checked and run as one.
 * - `<!-- doc-test: no-run: REASON -->` — a TypeScript or JavaScript block that type-checks but does not run
 *   outside a notebook (`show()` draws in a tslab cell).
 * - `<!-- doc-test: file NAME = PATH -->` — before the block runs, NAME in the page's folder
 *   is PATH of the repository (a seed report standing in for "your report").
 */
import { execFileSync, spawnSync } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const BIN = join(ROOT, "packages/cli/dist/bin.js");

/** One fenced block of a page, with what the comments above it say. */
interface DocBlock {
  page: string;
  line: number;
  lang: "ts" | "js" | "sh";
  code: string;
  skip?: string;
  noRun?: string;
  continues: boolean;
  files: Array<{ name: string; path: string }>;
}

const LANGS: Record<string, DocBlock["lang"]> = {
  ts: "ts",
  typescript: "ts",
  mts: "ts",
  js: "js",
  mjs: "js",
  javascript: "js",
  sh: "sh",
  bash: "sh",
  shell: "sh",
};

/** The code blocks of a Markdown page (text and output blocks are not code). */
function docBlocks(page: string, text: string): DocBlock[] {
  const lines = text.split("\n");
  const blocks: DocBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```(\S*)\s*$/.exec(lines[i]!);
    if (open === null) continue;
    const indent = open[1]!.length;
    let end = i + 1;
    while (end < lines.length && !/^\s*```\s*$/.test(lines[end]!)) end++;
    const lang = LANGS[open[2]!.toLowerCase()];
    const code = lines
      .slice(i + 1, end)
      .map((l) => l.slice(indent))
      .join("\n");
    if (lang !== undefined) {
      const notes: string[] = [];
      for (let j = i - 1; j >= 0; j--) {
        const l = lines[j]!.trim();
        if (l === "") continue;
        const note = /^<!--\s*doc-test:\s*(.*?)\s*-->$/.exec(l);
        if (note === null) break;
        notes.unshift(note[1]!);
      }
      const block: DocBlock = { page, line: i + 1, lang, code, continues: false, files: [] };
      for (const note of notes) {
        const [, word, rest = ""] = /^(\S+?):?(?:\s+(.*))?$/.exec(note) ?? [];
        if (word === "skip") block.skip = rest;
        else if (word === "no-run") block.noRun = rest;
        else if (word === "continues") block.continues = true;
        else if (word === "file" && /^\S+ = \S+$/.test(rest)) {
          const [name, path] = rest.split(" = ") as [string, string];
          block.files.push({ name, path });
        } else throw new Error(`${page}:${i + 1}: unknown doc-test note "${note}"`);
      }
      blocks.push(block);
    }
    i = end;
  }
  return blocks;
}

function markdownPages(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      if (e.name === "api" || e.name.startsWith(".")) return [];
      const path = join(dir, e.name);
      if (e.isDirectory()) return walk(path);
      return e.name.endsWith(".md") ? [path.slice(ROOT.length)] : [];
    });
  return ["README.md", ...walk(join(ROOT, "docs"))].sort();
}

const PAGES = markdownPages().map((page) => ({
  page,
  blocks: docBlocks(page, readFileSync(join(ROOT, page), "utf8")),
}));
const where = (b: DocBlock) => `${b.page}:${b.line}`;

/** A runnable unit: a TypeScript block with the blocks it continues from, or one shell block. */
interface Unit {
  block: DocBlock;
  code: string;
  files: DocBlock["files"];
  noRun?: string;
}

/** The page's blocks as they run: skipped ones left out, a continued block joined to the one before. */
function units(blocks: readonly DocBlock[]): Unit[] {
  const out: Unit[] = [];
  for (const block of blocks) {
    if (block.skip !== undefined) continue;
    const previous = out.at(-1);
    if (block.continues) {
      if (previous === undefined || previous.block.lang === "sh" || block.lang === "sh") {
        throw new Error(`${where(block)}: continues no TypeScript block`);
      }
      out[out.length - 1] = {
        block,
        code: `${previous.code}\n${block.code}`,
        files: [...previous.files, ...block.files],
        noRun: previous.noRun ?? block.noRun,
      };
    } else {
      out.push({ block, code: block.code, files: [...block.files], noRun: block.noRun });
    }
  }
  return out;
}

// Compiled blocks live below node_modules so `@duibi/*` resolve to the workspace packages.
const SCRATCH = join(ROOT, "node_modules", ".cache", "duibi-doc-blocks");
const moduleFile = (b: DocBlock) =>
  join(SCRATCH, `${b.page.replace(/[^\w]+/g, "_")}_${b.line}.${b.lang === "js" ? "mjs" : "mts"}`);

beforeAll(() => {
  execFileSync("pnpm", ["exec", "tsc", "-b", "packages/core", "packages/stats", "packages/viz", "packages/cli"], {
    cwd: ROOT,
    stdio: "ignore",
  });
  execFileSync("node", ["scripts/copy-seeds.mjs"], { cwd: ROOT, stdio: "ignore" });
  rmSync(SCRATCH, { recursive: true, force: true });
  mkdirSync(SCRATCH, { recursive: true });
}, 300_000);
afterAll(() => rmSync(SCRATCH, { recursive: true, force: true }));

describe("the code blocks of README.md and docs/", () => {
  it("finds the blocks (the scan is not empty by accident), and every skip gives its reason", () => {
    const all = PAGES.flatMap((p) => p.blocks);
    expect(all.filter((b) => b.lang !== "sh").length).toBeGreaterThan(10);
    expect(all.filter((b) => b.lang === "sh").length).toBeGreaterThan(10);
    for (const b of all) {
      if (b.skip !== undefined) expect(b.skip.length, where(b)).toBeGreaterThan(10);
      if (b.noRun !== undefined) expect(b.noRun.length, where(b)).toBeGreaterThan(10);
    }
  });

  it("reads the notes above a fence", () => {
    const page = [
      "<!-- doc-test: skip: needs ../shared/corpus -->",
      "```sh",
      "duibi extract ../shared/corpus",
      "```",
      "```text",
      "output",
      "```",
      "<!-- doc-test: file a.txt = seeds/sources/001.txt -->",
      "<!-- doc-test: continues -->",
      "```ts",
      "x;",
      "```",
    ].join("\n");
    const blocks = docBlocks("p.md", page);
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toMatchObject({ lang: "sh", skip: "needs ../shared/corpus", line: 2 });
    expect(blocks[1]).toMatchObject({
      lang: "ts",
      continues: true,
      files: [{ name: "a.txt", path: "seeds/sources/001.txt" }],
    });
    expect(() => docBlocks("p.md", "<!-- doc-test: maybe -->\n```sh\nx\n```")).toThrow(/unknown doc-test note/);
  });

  it("every TypeScript and JavaScript block type-checks against the built packages", () => {
    const files: string[] = [];
    for (const { blocks } of PAGES) {
      for (const unit of units(blocks)) {
        if (unit.block.lang === "sh") continue;
        const file = moduleFile(unit.block);
        writeFileSync(file, unit.block.lang === "js" ? unit.code : `${unit.code}\nexport {};\n`);
        files.push(file);
      }
    }
    const program = ts.createProgram(files, {
      noEmit: true,
      allowJs: true,
      checkJs: true,
      strict: true,
      skipLibCheck: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      lib: ["lib.es2023.d.ts", "lib.dom.d.ts"],
      types: ["node"],
      typeRoots: [join(ROOT, "node_modules", "@types")],
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => {
      const text = ts.flattenDiagnosticMessageText(d.messageText, "\n");
      if (d.file === undefined) return text;
      const { line } = d.file.getLineAndCharacterOfPosition(d.start ?? 0);
      return `${d.file.fileName.slice(SCRATCH.length + 1)}:${line + 1}: ${text}`;
    });
    expect(diagnostics).toEqual([]);
  }, 120_000);

  for (const { page, blocks } of PAGES) {
    const runnable = units(blocks).filter((u) => u.noRun === undefined);
    if (runnable.length === 0) continue;
    it(`${page}: every block runs`, () => {
      const cwd = mkdtempSync(join(tmpdir(), "duibi-doc-"));
      try {
        for (const unit of runnable) {
          for (const { name, path } of unit.files) {
            mkdirSync(dirname(join(cwd, name)), { recursive: true });
            const from = join(ROOT, path);
            if (statSync(from).isDirectory()) symlinkSync(from, join(cwd, name));
            else cpSync(from, join(cwd, name));
          }
          const run = unit.block.lang === "sh" ? runSh(unit, cwd) : runModule(unit, cwd);
          expect(
            { status: run.status, stderr: run.status === 0 ? "" : run.stderr },
            `${where(unit.block)}\n${unit.code}`,
          ).toEqual({ status: 0, stderr: "" });
          expect(run.stderr, where(unit.block)).not.toMatch(/^\s{4}at /m);
        }
      } finally {
        rmSync(cwd, { recursive: true, force: true });
      }
    }, 300_000);
  }
});

/** A TypeScript block compiled to an ES module, a JavaScript block as written, run with node. */
function runModule(unit: Unit, cwd: string) {
  const js =
    unit.block.lang === "js"
      ? unit.code
      : ts.transpileModule(unit.code, {
          compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
        }).outputText;
  const file = moduleFile(unit.block).replace(/\.mts$/, ".run.mjs");
  writeFileSync(file, js);
  return spawnSync("node", [file], { cwd, encoding: "utf8", timeout: 240_000 });
}

/** A shell block with bash, `pnpm -s duibi` standing for the built CLI. */
function runSh(unit: Unit, cwd: string) {
  // `pnpm -s duibi` is the root script `node packages/cli/dist/bin.js`; anything else pnpm does
  // (install, build, docs) is not something a block may run here.
  const prelude = [
    "set -eo pipefail",
    `pnpm() { if [ "$1" = -s ] && [ "$2" = duibi ]; then shift 2; node ${JSON.stringify(BIN)} "$@"; else echo "this block runs pnpm $*: mark it skip" >&2; return 127; fi; }`,
  ].join("\n");
  return spawnSync("bash", ["-c", `${prelude}\n${unit.code}`], { cwd, encoding: "utf8", timeout: 240_000 });
}
