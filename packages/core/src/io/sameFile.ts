import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { checkArgs } from "../errors/checkArgs.js";

/**
 * Whether two paths name the same file: the same path, or (when both are regular files)
 * the same device and inode, so a symbolic or hard link to an input is recognized too.
 * A terminal or pipe that is both stdin and stdout is not "the same file": writing to it
 * loses nothing (`extract /dev/stdin --out /dev/stdout`).
 * @param a - a path, absolute or relative to the process
 * @param b - another path
 * @returns true when writing `a` would overwrite `b`
 * @throws DuibiError `invalid_argument` when a path is not a string
 * @example
 * await isSameFile("report.txt", "./sub/../report.txt"); // => true
 */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  checkArgs({ a: [a, "string"], b: [b, "string"] });
  if (resolve(a) === resolve(b)) return true;
  const [x, y] = await Promise.all([stat(a).catch(() => null), stat(b).catch(() => null)]);
  return x !== null && y !== null && x.isFile() && y.isFile() && x.dev === y.dev && x.ino === y.ino;
}
