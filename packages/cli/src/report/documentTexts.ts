import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { basename, dirname, extname, isAbsolute, join, resolve } from "node:path";
import { type Dataset, MAX_TEXT_BYTES, seedsPaths, UNKNOWN_SHA256 } from "@duibi/core";

/**
 * Texts of the dataset's documents, for quoting whole sentences. A document id may be a
 * path (`duibi extract` writes the path it was given) or a file name looked up beside the
 * data file, in its sources/ folder and in the seeds' sources. A document that is not found
 * is cited by its quote alone; one whose text no longer matches its quotes is ignored later.
 *
 * The sentence around a quote is text the dataset did not state, so a file is used only
 * when it is the document the dataset describes (its SHA-256 matches) or, for datasets that
 * do not record the hash (the long CSV), a .txt file in one of those folders: a dataset
 * someone sends must not make the report copy lines of ~/.ssh/config into report.html.
 * @param dataset - the documents to look for
 * @param dataPaths - the --data files (absolute); none for the seeds
 * @returns document id → text (BOM stripped) for the documents found
 * @example
 * (await readDocumentTexts(loadSeeds(), [])).has("001_8f9e7cf461ee1142.txt"); // => true
 */
export async function readDocumentTexts(
  dataset: Pick<Dataset, "documents">,
  dataPaths: readonly string[],
): Promise<Map<string, string>> {
  const bases = [...new Set(dataPaths.map((p) => dirname(p)))];
  const folders = [...bases.flatMap((base) => [join(base, "sources"), base]), seedsSources()].filter(
    (f): f is string => f !== null,
  );
  const texts = new Map<string, string>();
  for (const doc of dataset.documents) {
    const candidates = [
      ...(isAbsolute(doc.id) ? [doc.id] : bases.map((base) => resolve(base, doc.id))),
      ...folders.map((folder) => join(folder, basename(doc.id))),
    ];
    for (const path of candidates) {
      const raw = await readDocumentText(path);
      if (raw === null) continue;
      const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
      const described = createHash("sha256").update(text, "utf8").digest("hex") === doc.sha256;
      const nearby = doc.sha256 === UNKNOWN_SHA256 && extname(path) === ".txt" && folders.includes(dirname(path));
      if (!described && !nearby) continue;
      texts.set(doc.id, text);
      break;
    }
  }
  return texts;
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
