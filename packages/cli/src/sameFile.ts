import { stat } from "node:fs/promises";
import { resolve } from "node:path";

/**
 * Whether two paths name the same file: the same path, or (when both exist) the same
 * device and inode, so a symbolic or hard link to an input is recognized too.
 * @param a - a path, absolute or relative to the process
 * @param b - another path
 * @returns true when writing `a` would overwrite `b`
 * @example
 * await isSameFile("report.txt", "./sub/../report.txt"); // => true
 */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  const [x, y] = await Promise.all([stat(a).catch(() => null), stat(b).catch(() => null)]);
  return x !== null && y !== null && x.dev === y.dev && x.ino === y.ino;
}
