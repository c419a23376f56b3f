import { createHash } from "node:crypto";
import { readFile, realpath, stat } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, resolve, sep } from "node:path";
import { checkArgs, MAX_TEXT_BYTES, seedsPaths, UNKNOWN_SHA256 } from "@duibi/core";

/**
 * Why the appendix quotes a document's spans alone, without the sentence around them:
 * `no_hash` the dataset states no SHA-256 for it (a long CSV), `not_found` no file of
 * that name in the allowed folders, `outside` the only files found resolve (after
 * symbolic links) outside them, `hash_mismatch` the files found are not the text the
 * dataset describes. A span whose quote is empty or differs from the text at its
 * offsets is `quote_mismatch` (decided per span, see createSourceIndex).
 */
export type TextRefusal = "no_hash" | "not_found" | "outside" | "hash_mismatch" | "quote_mismatch";

/** The documents' texts a report may quote from, and why the others are not used. */
export interface DocumentTexts {
  /** Document id → text (BOM stripped), for documents verified by their SHA-256. */
  texts: Map<string, string>;
  /** Document id → why its text is not used. */
  refused: Map<string, TextRefusal>;
}

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * Texts of the dataset's documents, for quoting whole sentences. A document id may be a
 * path (`duibi extract` writes the path it was given) or a file name looked up beside the
 * data file, in its sources/ folder and in the seeds' sources.
 *
 * The sentence around a quote is text the dataset did not state, and a dataset may come
 * from anyone: it must not make the report copy lines of ~/.ssh/config or /etc/passwd into
 * report.html. So a file is read only when (1) the dataset states the document's SHA-256,
 * (2) the file's real path (after symbolic links and `..`) lies inside the folder of a
 * --data file or the seeds' sources folder, and (3) its text has that SHA-256. A hard link
 * to a file elsewhere passes (2) but not (3) unless it is that very text. Each span is
 * checked again when cited: an empty quote, or one that differs from the text at its
 * offsets, shows no context (see createSourceIndex).
 * @param dataset - the documents to look for: a dataset, or a report model (its cited documents)
 * @param dataPaths - the --data files (absolute); none for the seeds
 * @returns the verified texts and, for every other document, why it is not used
 * @example
 * (await readDocumentTexts(loadSeeds(), [])).texts.has("001_8f9e7cf461ee1142.txt"); // => true
 */
export async function readDocumentTexts(
  dataset: { documents: readonly { id: string; sha256: string }[] },
  dataPaths: readonly string[],
): Promise<DocumentTexts> {
  checkArgs({ dataset: [dataset, { documents: "object[]" }], dataPaths: [dataPaths, "string[]"] });
  const bases = [...new Set(dataPaths.map((p) => dirname(p)))];
  const seeds = seedsSources();
  const roots = (
    await Promise.all([...bases, ...(seeds === null ? [] : [seeds])].map((f) => realpath(f).catch(() => null)))
  ).filter((f): f is string => f !== null);
  const folders = [...bases.flatMap((base) => [join(base, "sources"), base]), ...(seeds === null ? [] : [seeds])];
  const result: DocumentTexts = { texts: new Map(), refused: new Map() };
  for (const doc of dataset.documents) {
    if (doc.sha256 === UNKNOWN_SHA256 || !SHA256.test(doc.sha256)) {
      result.refused.set(doc.id, "no_hash");
      continue;
    }
    const candidates = [
      ...(isAbsolute(doc.id) ? [doc.id] : bases.map((base) => resolve(base, doc.id))),
      ...folders.map((folder) => join(folder, basename(doc.id))),
    ];
    let refusal: TextRefusal = "not_found";
    for (const path of candidates) {
      const real = await realpath(path).catch(() => null);
      if (real === null) continue;
      if (!roots.some((root) => real.startsWith(root + sep))) {
        if (refusal === "not_found") refusal = "outside";
        continue;
      }
      const raw = await readDocumentText(real);
      if (raw === null) continue;
      const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
      if (createHash("sha256").update(text, "utf8").digest("hex") !== doc.sha256) {
        refusal = "hash_mismatch";
        continue;
      }
      result.texts.set(doc.id, text);
      break;
    }
    if (!result.texts.has(doc.id)) result.refused.set(doc.id, refusal);
  }
  return result;
}

/**
 * A document's text, or null when it is not a regular file of at most MAX_TEXT_BYTES:
 * a document id comes from the dataset, which may name /dev/urandom, a FIFO or a huge file,
 * and reading one of those would hang or fill memory.
 */
async function readDocumentText(path: string): Promise<string | null> {
  const info = await stat(path).catch(() => null);
  if (info === null || !info.isFile() || info.size > MAX_TEXT_BYTES) return null;
  return readFile(path, "utf8").catch(() => null);
}

function seedsSources(): string | null {
  try {
    return seedsPaths().sources;
  } catch {
    return null;
  }
}
