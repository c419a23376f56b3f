import { randomBytes } from "node:crypto";
import { writeSync } from "node:fs";
import { lstat, mkdir, open, readlink, realpath, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, resolve, sep } from "node:path";
import { duibiError } from "../errors/catalog.js";
import { checkArgs } from "../errors/checkArgs.js";

/** Options of {@link writeAtomic}. */
export interface WriteAtomicOptions {
  /** Create missing parent folders (default false: a missing folder is an error). */
  parents?: boolean;
  /**
   * The folder a symbolic link at `path` may point into (default: the folder of `path`).
   * A link leading anywhere else is refused, so a planted `out.svg → ~/.bashrc` cannot
   * make a run overwrite a file outside the output folder.
   */
  within?: string;
}

// /dev/stdout, /dev/stderr, /dev/fd/N, /proc/self/fd/N: the process's own descriptors.
const OWN_FD = /^\/(?:dev\/(?:std(in|out|err)|fd\/(\d+))|proc\/self\/fd\/(\d+))$/;

/**
 * Writes `data` to the file at `path` so that nothing is lost or replaced that should not be:
 * - a regular file (or none yet) gets the bytes in a temporary file beside it, renamed over it:
 *   a reader or an interrupted run sees the old file or the whole new one;
 * - `/dev/stdout`, `/dev/stderr`, `/dev/fd/N` are written to that descriptor, and a character
 *   device or FIFO (`/dev/null`, a named pipe) is written through: never replaced by a file;
 * - a symbolic link is followed when its target lies inside `within` (the file it points to is
 *   replaced, the link stays) and refused otherwise;
 * - a directory, socket or block device is refused; nothing is ever renamed over anything but a
 *   regular file.
 * @param path - the file to write
 * @param data - its full content: a string, bytes, or an (async) iterable of chunks for an
 *   output longer than one JavaScript string may be (a 40 MB report's JSON)
 * @param options - see {@link WriteAtomicOptions}
 * @returns when the bytes are in place
 * @throws DuibiError `file_unwritable` naming `path` and the cause (no space left on the device,
 *   a read-only file system, permission denied, a missing folder, a directory, a link out of the
 *   folder); a temporary file is removed first
 * @example
 * await writeAtomic("out/report.html", "<!doctype html>…", { parents: true }); // => undefined
 */
export async function writeAtomic(
  path: string,
  data: string | Uint8Array | Chunks,
  options: WriteAtomicOptions = {},
): Promise<void> {
  checkArgs({
    path: [path, "string"],
    data: [data, "string|bytes|object"],
    options: [options, { "parents?": "boolean", "within?": "string" }],
  });
  if (typeof data !== "string" && !(data instanceof Uint8Array) && !isChunks(data))
    throw duibiError(
      "invalid_argument",
      { name: "data", expected: "a string, bytes or an iterable of chunks", got: typeof data },
      { where: "data" },
    );
  const fail = (detail: string, cause?: unknown) =>
    duibiError("file_unwritable", { path, detail }, { where: path, cause });
  const absolute = resolve(path);
  const own = OWN_FD.exec(absolute);
  if (own !== null) {
    const fd = own[1] === "in" ? 0 : own[1] === "out" ? 1 : own[1] === "err" ? 2 : Number(own[2] ?? own[3]);
    try {
      for await (const chunk of chunksOf(data)) writeAll(fd, chunk);
      return;
    } catch (error) {
      throw fail(errorCause(error), error);
    }
  }
  let target = absolute;
  const link = await lstat(absolute).catch(() => null);
  if (link?.isSymbolicLink()) {
    const real = await realpath(absolute).catch(() => null);
    if (real === null)
      throw fail(`it is a symbolic link to ${await readlink(absolute).catch(() => "?")}, which does not exist`);
    const info = await stat(real);
    if (!(info.isCharacterDevice() || info.isFIFO())) {
      const folder = await realpath(resolve(options.within ?? dirname(absolute))).catch(() => null);
      if (folder === null || !(real === folder || real.startsWith(folder + sep)))
        throw fail(`it is a symbolic link to ${real}, outside the output folder`);
    }
    target = real;
  }
  const info = await stat(target).catch(() => null);
  if (info !== null && (info.isCharacterDevice() || info.isFIFO())) {
    try {
      const handle = await open(target, "w");
      try {
        for await (const chunk of chunksOf(data)) writeAll(handle.fd, chunk);
      } finally {
        await handle.close();
      }
      return;
    } catch (error) {
      throw fail(errorCause(error), error);
    }
  }
  if (info !== null && !info.isFile())
    throw fail(info.isDirectory() ? "it is a directory" : "it is not a regular file");
  try {
    if (options.parents === true) await mkdir(dirname(target), { recursive: true });
  } catch (error) {
    throw fail(errorCause(error), error);
  }
  // The random suffix only names the temporary file; it never reaches the output.
  const temporary = `${target}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    if (typeof data === "string" || data instanceof Uint8Array) await writeFile(temporary, data, { flag: "wx" });
    else {
      const handle = await open(temporary, "wx");
      try {
        for await (const chunk of data) {
          const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
          // write may take less than all of it: go on from where it stopped
          for (let at = 0; at < bytes.length; ) at += (await handle.write(bytes, at)).bytesWritten;
        }
      } finally {
        await handle.close();
      }
    }
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw fail(errorCause(error), error);
  }
}

/** An output in pieces: each a string (written as UTF-8) or bytes. */
export type Chunks = Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

function isChunks(data: object): data is Chunks {
  return Symbol.asyncIterator in data || Symbol.iterator in data;
}

async function* chunksOf(data: string | Uint8Array | Chunks): AsyncGenerator<string | Uint8Array> {
  if (typeof data === "string" || data instanceof Uint8Array) yield data;
  else yield* data;
}

/**
 * What went wrong in a file-system call, in words that name the cause rather than the
 * temporary file: "no space left on the device (ENOSPC)", "the file system is read-only
 * (EROFS)", "permission denied (EACCES)", …
 * @param error - a Node.js file-system error (or anything thrown)
 * @returns a short description for a `file_unwritable` message
 * @example
 * errorCause(Object.assign(new Error("x"), { code: "ENOSPC" })); // => "no space left on the device (ENOSPC)"
 */
export function errorCause(error: unknown): string {
  checkArgs({ error: [error, "readable"] });
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const known: Record<string, string> = {
    ENOSPC: "no space left on the device",
    EDQUOT: "the disk quota is exceeded",
    EROFS: "the file system is read-only",
    EACCES: "permission denied",
    EPERM: "operation not permitted",
    ENOENT: "its folder does not exist",
    ENOTDIR: "a part of the path is not a folder",
    EISDIR: "it is a directory",
    EEXIST: "it already exists",
    EBUSY: "it is in use",
    EXDEV: "it is on another file system",
    EIO: "an input/output error",
    EPIPE: "the reader closed the pipe",
    EAGAIN: "the descriptor is not ready (non-blocking)",
  };
  if (typeof code === "string" && Object.hasOwn(known, code)) return `${known[code]} (${code})`;
  if (error instanceof Error) return error.message;
  // an object without a prototype has no toString
  return typeof error === "object" && error !== null && !(Symbol.toPrimitive in error || "toString" in error)
    ? "an unknown error"
    : String(error);
}

function writeAll(fd: number, data: string | Uint8Array): void {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset, bytes.length - offset);
    } catch (error) {
      // A non-blocking pipe or terminal: wait for it to drain rather than lose the rest.
      if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
}
