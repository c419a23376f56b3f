/**
 * Shared pieces of the hardening suite: running the CLI in-process and as a child
 * process (with a timeout), the seed texts, and a dataset whose free text is hostile.
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Dataset, loadSeeds } from "@duibi/core";
import { main } from "../../packages/cli/src/main.js";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = join(ROOT, "packages/cli/dist/bin.js");
const SOURCES = join(ROOT, "seeds/sources");

/** The seed report texts, by file name. */
export const SEED_TEXTS: ReadonlyArray<{ name: string; text: string }> = readdirSync(SOURCES)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(SOURCES, name), "utf8") }));

/** What one CLI run printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** A stack frame line as V8 prints it. */
export const STACK_LINE = /^\s{4}at /m;

/** A fresh temporary directory. */
export function tempDir(prefix = "duibi-hardening-"): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** Runs `duibi <argv>` in this process with captured streams. */
export async function runCli(argv: string[], cwd: string): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, {
    cwd,
    stdout: { write: (s: string | Uint8Array) => out.push(String(s)) > 0 },
    stderr: { write: (s: string | Uint8Array) => err.push(String(s)) > 0 },
  });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

/** The built bin's path; builds first when it is missing (scripts/setup.sh builds; a bare `pnpm install` does not). */
export function builtBin(): string {
  if (!existsSync(BIN)) execFileSync("pnpm", ["build"], { cwd: ROOT, stdio: "ignore" });
  return BIN;
}

/** What a child run of the built bin did. */
export interface ChildRun extends CliRun {
  timedOut: boolean;
  signal: NodeJS.Signals | null;
}

/**
 * Runs `node packages/cli/dist/bin.js <argv>` and kills it after `timeoutMs`
 * (the result says so: a hang is a failure, not a slow test).
 */
export function runBin(argv: string[], cwd: string, timeoutMs = 60_000): Promise<ChildRun> {
  const bin = builtBin();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...argv], { cwd, stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({
        code: code ?? -1,
        signal,
        timedOut,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
      });
    });
  });
}

/** Strings a report must show as text, never as markup. */
export const HOSTILE = [
  "<script>window.__pwned=1;alert(1)</script>",
  "</script><script>window.__pwned=2</script>",
  `<img src=x onerror="window.__pwned=3">`,
  `"'&amp;&<b>x</b>`,
  "{{constructor.constructor('window.__pwned=4')()}}",
  "datum.x + ' ' + alert(5)",
  "`<script>window.__pwned=6</script>` | ** [x](javascript:alert(7))",
] as const;

/**
 * The seeds dataset with hostile text wherever free text can be: region names, every
 * observation's regionName, nameAsWritten and quote, every document's id (and so every
 * source's document) and title. Values and regions are untouched, so the report has the same rows.
 */
export function hostileDataset(): Dataset {
  const seeds = loadSeeds();
  const pick = (i: number) => HOSTILE[i % HOSTILE.length]!;
  const docId = new Map(seeds.documents.map((d, i) => [d.id, `${pick(i)}-${i}.txt`]));
  const source = <S extends { document: string; quote: string }>(s: S, i: number): S => ({
    ...s,
    document: docId.get(s.document) ?? s.document,
    quote: `${pick(i + 1)}${s.quote}${pick(i + 2)}`,
  });
  // Region names come from the registry when a dataset is built, but a dataset file is
  // anyone's JSON: its regions' names and each observation's regionName are text too.
  const regionName = new Map(seeds.regions.map((r, i) => [r.code, `${pick(i + 4)}${r.name}`]));
  return {
    ...seeds,
    regions: seeds.regions.map((r, i) => ({
      ...r,
      name: regionName.get(r.code)!,
      shortName: `${pick(i + 5)}${r.shortName}`,
    })),
    documents: seeds.documents.map((d, i) => ({
      ...d,
      id: docId.get(d.id) ?? d.id,
      title: `${pick(i)} ${d.title}`,
    })),
    observations: seeds.observations.map((o, i) => ({
      ...o,
      regionName: regionName.get(o.regionCode) ?? o.regionName,
      nameAsWritten: `${o.nameAsWritten}${pick(i)}`,
      source: source(o.source, i),
      ...(o.alsoIn === undefined ? {} : { alsoIn: o.alsoIn.map((s, j) => source(s, i + j)) }),
    })),
    conflicts: seeds.conflicts,
  } as Dataset;
}

/** Every string in a JSON-like value, with the path of each. */
export function* strings(value: unknown, path = ""): Generator<[string, string]> {
  if (typeof value === "string") yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, `${path}[${i}]`);
  else if (value !== null && typeof value === "object")
    for (const [k, v] of Object.entries(value)) yield* strings(v, path === "" ? k : `${path}.${k}`);
}
