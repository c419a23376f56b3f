import { isDuibiError } from "../errors/DuibiError.js";
import { describeDocument, frontMatterTitle } from "../extract/describeDocument.js";
import { detectRegion } from "../extract/detectRegion.js";
import { extract } from "../extract/extract.js";
import type { Diagnostic, Unmapped } from "../extract/types.js";
import { type ReadText, readText } from "../io/readText.js";
import type { Document } from "../schema/document.js";
import type { Observation } from "../schema/observation.js";

/** Options of one report's extraction, as `extractCorpus` passes them to each file. */
export interface ReportOptions {
  /** Region name, short name or code for every file; default: read from each text. */
  region?: string;
  /** Report year for every file; default: read from each text. */
  year?: number;
  /** Refuse a file larger than this many bytes; default `MAX_TEXT_BYTES`. */
  maxBytes?: number;
}

/** What one report file gave: its document, observations and unmapped figures, or why it failed. */
export type ReportOutcome = ReportRead | ReportFailed;

/** A report file read and extracted. */
export interface ReportRead {
  /** Read. */
  ok: true;
  /** Its document record (title, region, year, length, SHA-256). */
  document: Document;
  /** The figures mapped to indicators, in text order. */
  observations: Observation[];
  /** The figures found but not mapped, with the reason. */
  unmapped: Unmapped[];
  /** Warnings: no region or year found, and the like. */
  diagnostics: Diagnostic[];
}

/** A report file that could not be read or extracted. */
export interface ReportFailed {
  /** Not read. */
  ok: false;
  /** The DuibiError's fields (plain data, to cross a worker thread). */
  error: ReportError;
}

/** Why a report failed: a DuibiError as plain data. */
export interface ReportError {
  /** The DuibiError code (`file_empty`, `extract_failed`, …). */
  code: string;
  /** One line: what is wrong. */
  message: string;
  /** How to fix it. */
  hint?: string;
  /** The file. */
  where?: string;
}

/**
 * Reads and extracts one report file. A file that cannot be read (missing, empty,
 * binary, undecodable, too large) gives `ok: false` with the DuibiError's fields; any
 * other error is thrown. The outcome is plain data, so it crosses a worker thread intact.
 *
 * @param path - the file
 * @param id - the document id the observations cite
 * @param options - region, year, size limit
 * @param blocking - read the file with blocking calls (see `readText`), as a worker thread does
 * @returns the outcome
 * @example
 * (await extractReport("seeds/sources/004_4fe08f7bbbc0cf7d.txt", "004.txt")).ok; // => true
 */
export function extractReport(
  path: string,
  id: string,
  options: ReportOptions = {},
  blocking = false,
): Promise<ReportOutcome> {
  return extractRead(readReport(path, options, blocking), id, options);
}

/**
 * Starts reading a report file for {@link extractRead}: a thread can read the next file while it
 * extracts this one. A failed read rejects only when awaited (never as an unhandled rejection).
 */
export function readReport(path: string, options: ReportOptions = {}, blocking = false): Promise<ReadText> {
  const read = readText(path, {
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
    blocking,
  });
  read.catch(() => undefined);
  return read;
}

/**
 * Extracts a report file being read (see {@link readReport}); the outcome of `extractReport`.
 */
export async function extractRead(
  read: Promise<ReadText>,
  id: string,
  options: ReportOptions = {},
): Promise<ReportOutcome> {
  try {
    const { text } = await read;
    const given = {
      document: id,
      ...(options.region === undefined ? {} : { region: options.region }),
      ...(options.year === undefined ? {} : { year: options.year }),
    };
    let result = extract(text, given);
    // The text's header may name neither (a year in Chinese numerals, a title that is only
    // in the front matter): then the front matter title (重庆市人民政府工作报告（2003年）) says.
    const hints = result.region === null || result.year === null ? titleHints(text) : {};
    const more = {
      ...(result.region === null && hints.region !== undefined ? { region: hints.region } : {}),
      ...(result.year === null && hints.year !== undefined ? { year: hints.year } : {}),
    };
    if (Object.keys(more).length > 0) result = extract(text, { ...given, ...more });
    return {
      ok: true,
      document: describeDocument(text, id, result),
      observations: result.observations,
      unmapped: result.unmapped,
      diagnostics: result.diagnostics,
    };
  } catch (error) {
    if (!isDuibiError(error)) throw error;
    const { code, message, hint, where } = error;
    return {
      ok: false,
      error: { code, message, ...(hint === undefined ? {} : { hint }), ...(where === undefined ? {} : { where }) },
    };
  }
}

/** The region code and year a front matter title names (the year as written in it: 2003年). */
function titleHints(text: string): { region?: string; year?: number } {
  const title = frontMatterTitle(text);
  if (title === undefined) return {};
  // 重庆市2009年政府工作报告: the year between the name and 政府工作报告 hides the name
  const region = (detectRegion(title) ?? detectRegion(title.replace(/(?:19|20)\d\d年/, "")))?.code;
  const year = /((?:19|20)\d\d)年/.exec(title)?.[1];
  return { ...(region === undefined ? {} : { region }), ...(year === undefined ? {} : { year: Number(year) }) };
}
