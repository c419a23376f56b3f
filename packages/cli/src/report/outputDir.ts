import { readdir, readFile, rm, stat } from "node:fs/promises";
import { basename, dirname, join, resolve, sep } from "node:path";
import { duibiError, type Lang } from "@duibi/core";
import { writeAtomic } from "./writeAtomic.js";

/** Name of the file that marks a directory as written by `duibi report`. */
export const MARKER = ".duibi-report";
const MARKER_HEADER = "duibi report output: files below are rewritten by the next run\n";

/** What a previous run left in the output directory. */
export interface OutputDirState {
  /** Absolute path of the directory. */
  dir: string;
  /** Files the previous run wrote (relative, `/`-separated); empty for a new directory. */
  previous: string[];
}

/**
 * Checks that `dir` may receive a report: it does not exist, is empty, or holds a previous
 * report (recognized by its {@link MARKER} file). Anything else is someone's work and is
 * refused unless `force` is set.
 * @param dir - the output directory (absolute or relative to the process)
 * @param options.force - write even into a directory the report did not create
 * @param options.lang - language of the error message
 * @returns the directory and the files the previous run listed
 * @throws DuibiError `file_exists` when `dir` is a file, or a non-empty directory without the marker and no `force`
 * @example
 * const state = await prepareOutputDir("duibi-report", { force: false }); // => { dir: "/…/duibi-report", previous: [] }
 */
export async function prepareOutputDir(
  dir: string,
  { force = false, lang = "en" }: { force?: boolean; lang?: Lang } = {},
): Promise<OutputDirState> {
  const absolute = resolve(dir);
  const info = await stat(absolute).catch(() => null);
  if (info === null) return { dir: absolute, previous: [] };
  if (!info.isDirectory()) throw duibiError("file_exists", { path: dir }, { where: dir, lang });
  const marker = await readFile(join(absolute, MARKER), "utf8").catch(() => null);
  if (marker !== null) return { dir: absolute, previous: parseManifest(marker) };
  const entries = await readdir(absolute);
  if (entries.length > 0 && !force) throw duibiError("file_exists", { path: dir }, { where: dir, lang });
  return { dir: absolute, previous: [] };
}

/**
 * Records the files a run wrote in the marker and removes files the previous run wrote
 * that this one did not (a chart that no longer exists), so the directory holds exactly
 * one report, and temporary files an interrupted run left beside them. Only files listed
 * in the old or new marker, and their temporary files, are ever removed.
 * @param state - from {@link prepareOutputDir}
 * @param written - files written by this run, relative to the directory, `/`-separated
 * @returns when the marker is written and stale files are gone
 * @example
 * await finishOutputDir(state, ["report.html", "report.md"]); // => undefined
 */
export async function finishOutputDir(state: OutputDirState, written: readonly string[]): Promise<void> {
  const keep = new Set(written);
  for (const file of state.previous) {
    if (keep.has(file)) continue;
    const path = resolve(state.dir, file);
    // A hand-edited marker must not make us delete outside the directory.
    if (!path.startsWith(state.dir + sep)) continue;
    await rm(path, { force: true });
  }
  await removeTemporaryFiles(state.dir, [...state.previous, ...written]);
  const manifest = [...keep].sort().filter((f) => f !== MARKER);
  await writeAtomic(join(state.dir, MARKER), MARKER_HEADER + manifest.map((f) => `${f}\n`).join(""));
}

// writeAtomic names its temporary file "<name>.<pid>.<8 hex>.tmp" beside the target.
const TEMPORARY = /^(.+)\.\d+\.[0-9a-f]{8}\.tmp$/;

async function removeTemporaryFiles(dir: string, files: readonly string[]): Promise<void> {
  const byFolder = new Map<string, Set<string>>();
  for (const file of files) {
    const folder = resolve(dir, dirname(file));
    if (folder !== dir && !folder.startsWith(dir + sep)) continue;
    byFolder.set(folder, (byFolder.get(folder) ?? new Set()).add(basename(file)));
  }
  for (const [folder, names] of byFolder) {
    for (const entry of await readdir(folder).catch(() => [] as string[])) {
      const target = TEMPORARY.exec(entry)?.[1];
      if (target !== undefined && names.has(target)) await rm(join(folder, entry), { force: true });
    }
  }
}

function parseManifest(text: string): string[] {
  return text
    .split("\n")
    .slice(1)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}
