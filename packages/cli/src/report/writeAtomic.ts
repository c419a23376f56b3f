import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

/**
 * Writes a file atomically: the bytes go to a temporary file beside the target, which
 * is then renamed over it. A reader (or an interrupted run) sees the old file or the
 * new one, never half of one. Parent directories are created.
 * @param path - the file to write
 * @param data - its full content
 * @returns when the file is in place
 * @throws the file system's error when the directory cannot be written; the temporary file is removed
 * @example
 * await writeAtomic("out/report.html", "<!doctype html>…"); // => undefined
 */
export async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  // The random suffix only names the temporary file; it never reaches the output.
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
