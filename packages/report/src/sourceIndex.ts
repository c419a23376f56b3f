import type { Document, Source } from "@duibi/core";
import type { TextRefusal } from "./documentTexts.js";
import type { ReportSource } from "./model.js";

/** Collects the sources a report cites, numbering them in order of first use. */
export interface SourceIndex {
  /** Registers a source (once per distinct span) and returns its anchor id ("src-3"). */
  cite(source: Source): string;
  /** The cited sources, in order of first use. */
  entries(): ReportSource[];
}

// Sentence ends in Chinese reports; a line break also ends a heading or list item.
const BOUNDARY = /[。！？；;!?\n]/;
const MAX_CONTEXT = 90;

/**
 * Creates a source index for one report. Citing the same span twice returns the same
 * id, so a figure shown in several tables links to one appendix entry. With the
 * document's text, each entry carries the sentence around the quote; without it, the
 * entry says why (see {@link withContext}). Without `texts` at all, the entries are left
 * for writeReport to complete (context and reason null).
 * @param documents - the dataset's documents (for titles)
 * @param texts - document id → full text, for the documents that could be read and verified
 * @param refused - document id → why its text is not used (see readDocumentTexts)
 * @returns a fresh index (its numbering starts at 1)
 * @example
 * const index = createSourceIndex(dataset.documents, new Map());
 * index.cite(observation.source); // => "src-1"
 */
export function createSourceIndex(
  documents: readonly Document[],
  texts: ReadonlyMap<string, string> | undefined,
  refused: ReadonlyMap<string, TextRefusal> = new Map(),
): SourceIndex {
  const titles = new Map(documents.map((d) => [d.id, d.title]));
  const byKey = new Map<string, ReportSource>();
  return {
    cite(source) {
      const key = `${source.document}\u0000${source.start}\u0000${source.end}`;
      const known = byKey.get(key);
      if (known !== undefined) return known.id;
      const open: ReportSource = {
        id: `src-${byKey.size + 1}`,
        document: source.document,
        documentTitle: titles.get(source.document) ?? source.document,
        start: source.start,
        end: source.end,
        quote: source.quote,
        context: null,
        withoutContext: null,
      };
      const entry = texts === undefined ? open : withContext(open, texts, refused);
      byKey.set(key, entry);
      return entry.id;
    },
    entries: () => [...byKey.values()],
  };
}

/**
 * A source entry with the sentence around its quote, or the reason it has none: the
 * document's refusal (see readDocumentTexts), or `quote_mismatch` when the quote is empty
 * or is not the text at its offsets (a span must not make the report print text it does
 * not quote). An entry already decided (context shown, or a reason given) is kept as it is.
 * @param source - an appendix entry
 * @param texts - document id → verified text
 * @param refused - document id → why its text is not used
 * @returns the entry with `context` or `withoutContext` set
 * @example
 * withContext(entry, new Map(), new Map()).withoutContext; // => "not_found"
 */
export function withContext(
  source: ReportSource,
  texts: ReadonlyMap<string, string>,
  refused: ReadonlyMap<string, TextRefusal>,
): ReportSource {
  if (source.context !== null || source.withoutContext !== null) return source;
  const text = texts.get(source.document);
  const context = sentenceAround(text, source);
  if (context !== null) return { ...source, context };
  const why = text === undefined ? (refused.get(source.document) ?? "not_found") : "quote_mismatch";
  return { ...source, withoutContext: why };
}

/**
 * The sentence containing a quoted span: text from the previous sentence end to the
 * next one, trimmed to {@link MAX_CONTEXT} characters each side. Null when the text is
 * missing, the quote is empty (start = end would quote nothing and print its surroundings)
 * or the quote no longer matches its offsets (an edited document).
 */
function sentenceAround(
  text: string | undefined,
  source: Pick<Source, "start" | "end" | "quote">,
): ReportSource["context"] {
  if (text === undefined || source.quote === "" || text.slice(source.start, source.end) !== source.quote) return null;
  let from = source.start;
  while (from > 0 && source.start - from < MAX_CONTEXT && !BOUNDARY.test(text[from - 1] ?? "")) from -= 1;
  let to = source.end;
  while (to < text.length && to - source.end < MAX_CONTEXT && !BOUNDARY.test(text[to - 1] ?? "")) to += 1;
  const before = text.slice(from, source.start).trimStart();
  const after = text.slice(source.end, to).trimEnd();
  const cutBefore = from > 0 && !BOUNDARY.test(text[from - 1] ?? "");
  const cutAfter = to < text.length && !BOUNDARY.test(text[to - 1] ?? "");
  return { before: cutBefore ? `…${before}` : before, after: cutAfter ? `${after}…` : after };
}
