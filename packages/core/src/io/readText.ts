import { createReadStream, readFileSync, statSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { duibiError } from "../errors/catalog.js";
import { checkArgs } from "../errors/checkArgs.js";
import { isDuibiError } from "../errors/DuibiError.js";

/** A text file's content and the encoding it was read in. */
export interface ReadText {
  text: string;
  encoding: "utf-8" | "gb18030";
}

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const SNIFF = 8192;

/**
 * Largest report text {@link readText} reads by default: 50 MB. A government work
 * report is well under 1 MB; anything this big is not one report, and reading it
 * whole would hold it in memory several times over.
 */
export const MAX_TEXT_BYTES = 50 * 1024 * 1024;

/**
 * Reads a report's text: UTF-8 (with or without BOM) or GB18030/GBK, which many
 * official texts still use. UTF-8 is tried first with a fatal decoder, so a GBK
 * file is never misread as UTF-8 with replacement characters. Line endings are
 * kept, so offsets in the result are the offsets `extract` quotes.
 *
 * @param path - file path
 * @param options.maxBytes - refuse files larger than this; default {@link MAX_TEXT_BYTES}
 * @param options.blocking - read a regular file with blocking calls: for a thread that has
 *   nothing else to do meanwhile (a worker thread), where each step of an asynchronous read
 *   costs a wake-up of the thread pool; a pipe or device is read asynchronously either way
 * @returns the text (BOM stripped) and the encoding detected
 * @throws DuibiError `file_too_large` (naming the limit), `file_not_found`, `file_unreadable`, `file_empty`,
 *   `file_binary` (NUL bytes, a PDF), `file_encoding` (neither UTF-8 nor GB18030);
 *   `where` is the path
 * @example
 * (await readText("seeds/sources/004_4fe08f7bbbc0cf7d.txt")).encoding; // => "utf-8"
 */
export async function readText(
  path: string,
  options: { maxBytes?: number; blocking?: boolean } = {},
): Promise<ReadText> {
  checkArgs({ path: [path, "string"], options: [options, { "maxBytes?": "number", "blocking?": "boolean" }] });
  const bytes = await readBytes(path, options.maxBytes ?? MAX_TEXT_BYTES, options.blocking === true);
  return decodeText(bytes, path);
}

async function readBytes(path: string, limit: number, blocking: boolean): Promise<Uint8Array> {
  try {
    // The size is checked before reading, so a huge file is refused without loading it.
    // Blocking calls (a worker thread's choice) wake no thread-pool thread for each step.
    const info = blocking ? statSync(path) : await stat(path);
    if (info.size > limit) throw duibiError("file_too_large", { path, size: info.size, limit }, { where: path });
    if (!info.isFile()) return await readCapped(path, limit);
    return blocking ? readFileSync(path) : await readFile(path);
  } catch (error) {
    if (isDuibiError(error)) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw duibiError("file_not_found", { path }, { where: path, cause: error });
    const detail = code === "EISDIR" ? "it is a directory" : error instanceof Error ? error.message : String(error);
    throw duibiError("file_unreadable", { path, detail }, { where: path, cause: error });
  }
}

/**
 * Reads a pipe or device (`/dev/stdin`, a FIFO), whose size is unknown until its end, and
 * stops at `limit` bytes: `/dev/urandom` would otherwise fill memory before failing.
 */
async function readCapped(path: string, limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    size += (chunk as Buffer).length;
    if (size > limit) throw duibiError("file_too_large", { path, size: `more than ${limit}`, limit }, { where: path });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Decodes bytes read from `path` (see {@link readText}).
 *
 * @param bytes - file content
 * @param path - named in errors
 * @returns the text and its encoding
 * @throws DuibiError as {@link readText}
 * @example
 * decodeText(new TextEncoder().encode("\ufeff增长5.5%"), "x.txt"); // => { text: "增长5.5%", encoding: "utf-8" }
 */
export function decodeText(bytes: Uint8Array, path: string): ReadText {
  checkArgs({ bytes: [bytes, "bytes"], path: [path, "string"] });
  const where = { where: path };
  if (bytes.length === 0) throw duibiError("file_empty", { path }, where);
  if (PDF.every((b, i) => bytes[i] === b)) throw duibiError("file_binary", { path, detail: "a PDF file" }, where);
  const head = bytes.subarray(0, SNIFF);
  if (head.includes(0)) throw duibiError("file_binary", { path, detail: "it contains NUL bytes" }, where);
  const utf8 = tryDecode("utf-8", bytes);
  if (utf8 !== null)
    return nonEmpty({ text: utf8.charCodeAt(0) === 0xfeff ? utf8.slice(1) : utf8, encoding: "utf-8" }, path);
  const gb = tryDecode("gb18030", bytes);
  if (gb !== null) return nonEmpty({ text: gb, encoding: "gb18030" }, path);
  throw duibiError("file_encoding", { path }, where);
}

function tryDecode(encoding: "utf-8" | "gb18030", bytes: Uint8Array): string | null {
  try {
    // ignoreBOM: keep U+FEFF so the caller decides; fatal: fail instead of inserting U+FFFD.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function nonEmpty(result: ReadText, path: string): ReadText {
  if (result.text.trim() === "") throw duibiError("file_empty", { path }, { where: path });
  return result;
}
