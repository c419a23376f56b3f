import { createHash, randomBytes } from "node:crypto";
import {
  chmod,
  constants,
  copyFile,
  link,
  lstat,
  mkdir,
  open,
  readdir,
  readFile,
  realpath,
  rename,
  rm,
  rmdir,
} from "node:fs/promises";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { duibiError, type Lang } from "../errors/catalog.js";
import { checkArgs } from "../errors/checkArgs.js";
import { isDuibiError } from "../errors/DuibiError.js";
import { errorCause, writeAtomic } from "./writeAtomic.js";

/** Name of the file that marks a directory as written by `duibi report`. */
export const MARKER = ".duibi-report";
const MARKER_HEADER = "duibi report output: files below are rewritten by the next run\n";
/** How long a run waits for another run writing the same folder before it gives up. */
const LOCK_WAIT_MS = 5000;

/** A file the marker lists, with the SHA-256 of the content the run wrote (null in an old marker: no proof). */
export interface ManifestEntry {
  /** Path relative to the folder, `/`-separated. */
  file: string;
  sha256: string | null;
}

/** What a previous run left in the output directory. */
export interface OutputDirState {
  /** Absolute real path of the directory (a symbolic link to a folder is followed). */
  dir: string;
  /** Files the previous run's marker lists; empty for a new directory. */
  previous: ManifestEntry[];
}

/**
 * Checks that `dir` may receive a report: it does not exist, is empty, or holds a previous
 * report (recognized by its {@link MARKER} file). Anything else is someone's work and is
 * refused unless `force` is set. Nothing is written.
 * @param dir - the output directory (absolute or relative to the process)
 * @param options - how to treat a directory the report did not create
 * @param options.force - write even into a directory the report did not create
 * @param options.lang - language of the error message
 * @returns the directory and the files the previous run listed
 * @throws DuibiError `file_exists` when `dir` is a file, or a non-empty directory without the marker and no `force`
 * @example
 * const state = await prepareOutputDir("duibi-report", { force: false }); // => { dir: "/…/duibi-report", previous: [] }
 */
export async function prepareOutputDir(
  dir: string,
  options: { force?: boolean; lang?: Lang } = {},
): Promise<OutputDirState> {
  checkArgs({ dir: [dir, "string"], options: [options, { "force?": "boolean", "lang?": "string" }] });
  const { force = false, lang = "en" } = options;
  let absolute = resolve(dir);
  const info = await lstat(absolute).catch(() => null);
  if (info === null) return { dir: absolute, previous: [] };
  if (info.isSymbolicLink()) {
    const real = await realpath(absolute).catch(() => null);
    if (real === null) throw duibiError("file_exists", { path: dir }, { where: dir, lang });
    absolute = real;
  }
  const target = info.isSymbolicLink() ? await lstat(absolute) : info;
  if (!target.isDirectory()) throw duibiError("file_exists", { path: dir }, { where: dir, lang });
  const marker = await readManifest(absolute);
  if (marker !== null) return { dir: absolute, previous: marker };
  const entries = await readdir(absolute);
  if (entries.length > 0 && !force) throw duibiError("file_exists", { path: dir }, { where: dir, lang });
  return { dir: absolute, previous: [] };
}

/**
 * Replaces the report in `dir` as a whole. The new report is built in a sibling folder
 * (`.<name>.duibi-<pid>-<hex>.new`) with the marker first, which records the SHA-256 of
 * every file; files in `dir` that are not provably the previous run's (listed in its
 * marker with their SHA-256, and still that content) are hard-linked into it, so the
 * user's notes survive; then the folders are swapped by two renames and the old one is
 * emptied of what is provably ours. A reader sees the old report or the new one, never a mix.
 *
 * A lock (`.<name>.duibi-lock` beside `dir`) makes a second run wait up to 5 s and then
 * refuse. Before building, what a killed run left is put right: if `dir` is missing but
 * its previous version is there, it is renamed back; stale sibling folders lose what is
 * provably ours (a marker-listed file with its SHA-256, a temporary file of one, a hard
 * link of a file still in `dir`) and anything else in them is left, never deleted.
 * @param dir - the output directory, as the user named it (for messages)
 * @param files - path relative to `dir` (`/`-separated) and content, in writing order
 * @param options - what to overwrite, and progress
 * @param options.force - overwrite a file at a report path that the previous run did not write
 * @param options.onFile - called after each file is written
 * @returns when the new report is in place
 * @throws DuibiError `file_exists` when a report file would replace one the report did not
 *   write (without `force`); `file_unwritable` naming `dir` and the cause (no space, read-only
 *   file system, permission denied, another run holding the lock)
 * @example
 * await replaceOutputDir("duibi-report", [["report.html", html], ["report.md", md]]); // => undefined
 */
export async function replaceOutputDir(
  dir: string,
  files: readonly (readonly [string, string | Uint8Array])[],
  options: { force?: boolean; onFile?: (file: string) => void } = {},
): Promise<void> {
  checkArgs({
    dir: [dir, "string"],
    files: [files, [["string|bytes"]]],
    options: [options, { "force?": "boolean", "onFile?": "function" }],
  });
  const { force = false, onFile = () => {} } = options;
  // Name the folder the user gave, not the sibling being built: "Cannot write out: no space left…".
  const fail = (error: unknown) => {
    const cause =
      isDuibiError(error) && error.code === "file_unwritable" && error.cause !== undefined ? error.cause : error;
    if (isDuibiError(cause)) return cause;
    return duibiError("file_unwritable", { path: dir, detail: errorCause(cause) }, { where: dir, cause });
  };
  const absolute = (await prepareOutputDir(dir, { force })).dir;
  await withLock(absolute, dir, async () => {
    await recover(absolute);
    const state = await prepareOutputDir(dir, { force });
    const carried = await foreignEntries(state, new Set(files.map(([f]) => f)), force, dir);
    const build = sibling(absolute, "new");
    try {
      await mkdir(build);
      // The new folder keeps the old one's permissions (a private folder stays private).
      const mode = (await lstat(absolute).catch(() => null))?.mode;
      if (mode !== undefined) await chmod(build, mode & 0o7777);
      const manifest = files.map(([file, content]) => `${sha256(content)}  ${file}\n`).sort();
      // The marker first: a killed run's folder is then provably ours, file by file.
      await writeAtomic(join(build, MARKER), MARKER_HEADER + manifest.join(""));
      for (const [file, content] of files) {
        await writeAtomic(join(build, file), content, { parents: true });
        onFile(file);
      }
      for (const entry of carried) {
        if (entry.endsWith("/")) await mkdir(join(build, entry), { recursive: true });
        else await carry(join(state.dir, entry), join(build, entry));
      }
      await swap(build, absolute);
    } catch (error) {
      await removeOurs(build, absolute).catch(() => {});
      throw fail(error);
    }
  }).catch((error: unknown) => {
    throw fail(error);
  });
}

/**
 * Entries of the old folder to keep in the new one: everything not provably the previous
 * run's. A foreign file at a path the new report writes is refused unless `force`.
 */
async function foreignEntries(
  state: OutputDirState,
  writing: ReadonlySet<string>,
  force: boolean,
  shown: string,
): Promise<string[]> {
  const exists = await lstat(state.dir).catch(() => null);
  if (exists === null) return [];
  const ours = await provenFiles(state.dir, state.previous);
  const carried: string[] = [];
  for (const entry of await walk(state.dir)) {
    if (entry.directory) {
      carried.push(`${entry.path}/`); // kept even when empty
      continue;
    }
    if (entry.path === MARKER || ours.has(entry.path)) continue;
    if (isTemporaryOf(entry.path, state.previous)) continue;
    if (writing.has(entry.path)) {
      if (!force) throw duibiError("file_exists", { path: join(shown, entry.path) }, { where: shown });
      continue;
    }
    carried.push(entry.path);
  }
  return carried;
}

/** Hard-links (or, where links are not possible, copies) a user's entry into the new folder. */
async function carry(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  try {
    await link(from, to);
  } catch (error) {
    const info = await lstat(from);
    if (!info.isFile()) throw error;
    await copyFile(from, to, constants.COPYFILE_EXCL);
  }
}

/** Puts the new folder in place of the old: two renames; the second failing renames the old one back. */
async function swap(build: string, dir: string): Promise<void> {
  const exists = await lstat(dir).catch(() => null);
  if (exists === null) {
    await rename(build, dir);
    return;
  }
  const old = sibling(dir, "old");
  await rename(dir, old);
  try {
    await rename(build, dir);
  } catch (error) {
    await rename(old, dir);
    throw error;
  }
  await removeOurs(old, dir);
}

/** After a killed run: restores `dir` from its previous version if it is missing, and empties stale siblings. */
async function recover(dir: string): Promise<void> {
  const parent = dirname(dir);
  const pattern = new RegExp(`^\\.${escapeRegExp(basename(dir))}\\.duibi-\\d+-[0-9a-f]{8}\\.(new|old)$`);
  const stale = (await readdir(parent).catch(() => [] as string[])).filter((e) => pattern.test(e)).sort();
  if ((await lstat(dir).catch(() => null)) === null) {
    const previous = stale.filter((e) => e.endsWith(".old")).pop();
    if (previous !== undefined) await rename(join(parent, previous), dir);
  }
  for (const entry of stale) await removeOurs(join(parent, entry), dir);
}

/**
 * Removes from `folder` what is provably ours: files its marker lists whose SHA-256 still
 * matches, temporary files of those, and entries that are the same file (hard link) as the
 * entry at the same path in `reference`; then the marker and empty folders. Anything else
 * stays (and with it the folder): it may be someone's only copy.
 */
async function removeOurs(folder: string, reference: string | null): Promise<void> {
  if ((await lstat(folder).catch(() => null))?.isDirectory() !== true) return;
  const manifest = (await readManifest(folder)) ?? [];
  const ours = await provenFiles(folder, manifest);
  const entries = await walk(folder);
  let kept = false;
  for (const entry of entries) {
    if (entry.directory || entry.path === MARKER) continue;
    const path = join(folder, entry.path);
    let remove = ours.has(entry.path) || isTemporaryOf(entry.path, manifest);
    if (!remove && reference !== null) {
      const [a, b] = await Promise.all([lstat(path), lstat(join(reference, entry.path)).catch(() => null)]);
      remove = b !== null && a.dev === b.dev && a.ino === b.ino;
    }
    if (remove) await rm(path, { force: true });
    else kept = true;
  }
  if (!kept) await rm(join(folder, MARKER), { force: true });
  const directories = entries.filter((e) => e.directory).map((e) => e.path);
  for (const d of directories.sort().reverse()) await rmdir(join(folder, d)).catch(() => {});
  await rmdir(folder).catch(() => {});
}

/** Takes the lock beside `dir`, waiting for a live holder up to LOCK_WAIT_MS; a dead holder's lock is taken over. */
async function withLock<T>(dir: string, shown: string, body: () => Promise<T>): Promise<T> {
  const lock = join(dirname(dir), `.${basename(dir)}.duibi-lock`);
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      const handle = await open(lock, "wx");
      await handle.write(`${process.pid}\n`);
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number.parseInt(await readFile(lock, "utf8").catch(() => ""), 10);
      if (!isAlive(holder)) {
        await rm(lock, { force: true });
        continue;
      }
      if (Date.now() > deadline) {
        const detail = `another duibi report (process ${holder}) is writing it; run again when it has finished (its lock is ${lock})`;
        throw duibiError("file_unwritable", { path: shown, detail }, { where: shown });
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  try {
    return await body();
  } finally {
    const holder = await readFile(lock, "utf8").catch(() => "");
    if (holder === `${process.pid}\n`) await rm(lock, { force: true });
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Files of `folder` the manifest lists that are regular files (not through a link) with the listed SHA-256. */
async function provenFiles(folder: string, manifest: readonly ManifestEntry[]): Promise<Set<string>> {
  const proven = new Set<string>();
  const root = await realpath(folder).catch(() => folder);
  for (const { file, sha256: expected } of manifest) {
    if (expected === null) continue;
    const path = resolve(folder, file);
    if (!path.startsWith(folder + sep)) continue; // a planted "../x" is never ours
    // A folder on the way that is a symbolic link would lead outside: the real path must be the path.
    if ((await realpath(path).catch(() => null)) !== join(root, relative(folder, path))) continue;
    const info = await lstat(path).catch(() => null);
    if (info === null || !info.isFile()) continue;
    if (sha256(await readFile(path)) === expected) proven.add(file);
  }
  return proven;
}

// writeAtomic names its temporary file "<name>.<pid>.<8 hex>.tmp" beside the target.
const TEMPORARY = /^(.+)\.\d+\.[0-9a-f]{8}\.tmp$/;

/** Whether `path` is a temporary file of a file the manifest lists (an interrupted write). */
function isTemporaryOf(path: string, manifest: readonly ManifestEntry[]): boolean {
  const target = TEMPORARY.exec(basename(path))?.[1];
  if (target === undefined) return false;
  const file = dirname(path) === "." ? target : `${dirname(path)}/${target}`;
  return manifest.some((m) => m.file === file);
}

/** Every entry under `folder`, relative and `/`-separated, without following links. */
async function walk(folder: string): Promise<{ path: string; directory: boolean }[]> {
  const out: { path: string; directory: boolean }[] = [];
  const visit = async (rel: string) => {
    for (const entry of (await readdir(join(folder, rel), { withFileTypes: true })).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const path = rel === "" ? entry.name : `${rel}/${entry.name}`;
      out.push({ path, directory: entry.isDirectory() });
      if (entry.isDirectory()) await visit(path);
    }
  };
  await visit("");
  return out;
}

async function readManifest(folder: string): Promise<ManifestEntry[] | null> {
  const path = join(folder, MARKER);
  // A marker that is a link or a folder is not one the report wrote.
  if ((await lstat(path).catch(() => null))?.isFile() !== true) return null;
  const text = await readFile(path, "utf8").catch(() => null);
  return text === null ? null : parseManifest(text);
}

function parseManifest(text: string): ManifestEntry[] {
  return text
    .split("\n")
    .slice(1)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map((line) => {
      const match = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
      return match === null ? { file: line, sha256: null } : { file: match[2]!, sha256: match[1]! };
    });
}

function sibling(dir: string, kind: "new" | "old"): string {
  return join(dirname(dir), `.${basename(dir)}.duibi-${process.pid}-${randomBytes(4).toString("hex")}.${kind}`);
}

function sha256(content: string | Uint8Array): string {
  return createHash("sha256").update(content).digest("hex");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
