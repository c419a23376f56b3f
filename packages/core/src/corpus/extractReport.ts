import { isDuibiError } from "../errors/DuibiError.js";
import { describeDocument } from "../extract/describeDocument.js";
import { extract } from "../extract/extract.js";
import type { Diagnostic, Unmapped } from "../extract/types.js";
import { readText } from "../io/readText.js";
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
export type ReportOutcome =
  | {
      ok: true;
      document: Document;
      observations: Observation[];
      unmapped: Unmapped[];
      diagnostics: Diagnostic[];
    }
  | { ok: false; error: { code: string; message: string; hint?: string; where?: string } };

/**
 * Reads and extracts one report file. A file that cannot be read (missing, empty,
 * binary, undecodable, too large) gives `ok: false` with the DuibiError's fields; any
 * other error is thrown. The outcome is plain data, so it crosses a worker thread intact.
 *
 * @param path - the file
 * @param id - the document id the observations cite
 * @param options - region, year, size limit
 * @returns the outcome
 * @example
 * (await extractReport("seeds/sources/004_4fe08f7bbbc0cf7d.txt", "004.txt")).ok; // => true
 */
export async function extractReport(path: string, id: string, options: ReportOptions = {}): Promise<ReportOutcome> {
  try {
    const { text } = await readText(path, options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes });
    const result = extract(text, {
      document: id,
      ...(options.region === undefined ? {} : { region: options.region }),
      ...(options.year === undefined ? {} : { year: options.year }),
    });
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
