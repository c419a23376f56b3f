import { readdir, stat } from "node:fs/promises";
import { isAbsolute, join, resolve, sep } from "node:path";
import { compareStrings } from "../align/order.js";
import { checkArgs } from "../errors/checkArgs.js";

/** File extensions a folder walk or a glob picks up as report texts. */
export const REPORT_EXTENSIONS: readonly string[] = [".txt", ".md"];

/** One report text to extract: where it is and the document id its observations cite. */
export interface ReportFile {
  /** Absolute path of the file. */
  path: string;
  /** Document id: the path as given, or for a file found in a folder or by a glob, that path joined with `/`. */
  id: string;
}

/**
 * Expands files, folders and globs into the report texts to extract, in a fixed order.
 *
 * A folder is walked recursively for `.txt` and `.md` files (hidden entries skipped),
 * sorted by their path inside it; a glob (`*`, `?`, `**`, for shells that pass it
 * through unexpanded) takes every file it matches, sorted; a plain path is kept as given, even when it does not exist (it
 * fails when read, and is named then). Inputs keep their order; a file named twice is
 * kept once, where it first appears.
 *
 * @param inputs - files, folders or globs, relative to `cwd`
 * @param cwd - the folder relative inputs start from (default `process.cwd()`)
 * @returns the files, each with its document id
 * @example
 * (await listReports(["seeds/sources"])).map((f) => f.id); // => ["seeds/sources/001_….txt", …]
 */
export async function listReports(inputs: readonly string[], cwd: string = process.cwd()): Promise<ReportFile[]> {
  checkArgs({ inputs: [inputs, "string[]"], cwd: [cwd, "string"] });
  const files: ReportFile[] = [];
  const seen = new Set<string>();
  const add = (path: string, id: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    files.push({ path, id });
  };
  for (const input of inputs) {
    const path = resolve(cwd, input);
    const kind = await kindOf(path);
    if (kind === "dir") {
      for (const inside of await walk(path, isReport)) add(join(path, inside), joinId(input, inside));
    } else if (kind === "missing" && isGlob(input)) {
      for (const match of await glob(input, cwd)) add(resolve(cwd, match), match);
    } else add(path, input);
  }
  return files;
}

async function kindOf(path: string): Promise<"dir" | "file" | "missing"> {
  try {
    return (await stat(path)).isDirectory() ? "dir" : "file";
  } catch {
    return "missing";
  }
}

function isReport(name: string): boolean {
  const lower = name.toLowerCase();
  return REPORT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** The files under `dir` that `keep` accepts, as `/`-joined paths inside it, sorted; hidden entries skipped. */
async function walk(dir: string, keep: (name: string) => boolean): Promise<string[]> {
  const found: string[] = [];
  const visit = async (relativeDir: string) => {
    const entries = await readdir(join(dir, relativeDir), { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const inside = relativeDir === "" ? entry.name : `${relativeDir}/${entry.name}`;
      if (entry.isDirectory()) await visit(inside);
      else if (keep(entry.name)) found.push(inside);
    }
  };
  await visit("");
  return found.sort(compareStrings);
}

function joinId(input: string, inside: string): string {
  const base = input.split(sep).join("/").replace(/\/+$/, "");
  return `${base}/${inside}`;
}

function isGlob(input: string): boolean {
  return /[*?]/.test(input);
}

/** The files a glob of `*`, `?` and `**` names, found below its fixed leading folders. */
async function glob(pattern: string, cwd: string): Promise<string[]> {
  const parts = pattern.split(/[\\/]/);
  const fixed: string[] = [];
  while (parts.length > 1 && !isGlob(parts[0]!)) fixed.push(parts.shift()!);
  const base = fixed.join("/");
  const root = resolve(cwd, base === "" && isAbsolute(pattern) ? "/" : base || ".");
  if ((await kindOf(root)) !== "dir") return [];
  const regex = globRegex(parts.join("/"));
  const matches = (await walk(root, () => true)).filter((p) => regex.test(p));
  return matches.map((p) => (fixed.length === 0 ? p : `${base}/${p}`));
}

/** `**​/` any folders, `**` anything, `*` anything but `/`, `?` one character but `/`. */
function globRegex(pattern: string): RegExp {
  let body = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "*" && pattern[i + 1] === "*") {
      const slash = pattern[i + 2] === "/";
      body += slash ? "(?:[^/]+/)*" : ".*";
      i += slash ? 2 : 1;
    } else if (c === "*") body += "[^/]*";
    else if (c === "?") body += "[^/]";
    else body += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${body}$`);
}
