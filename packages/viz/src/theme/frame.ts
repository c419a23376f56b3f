import type { Document } from "@duibi/core";
import { checkArgs } from "@duibi/core";
import { chartConfig, MUTED } from "../theme.js";
import type { ChartLang, ChartSpec } from "../types.js";
import { locale } from "./locale.js";

/** Most documents named in a source line before "等N份文件". */
const MAX_DOCUMENTS = 6;

/** Rough width of text in em: CJK and full-width characters 1 em, others about 0.6 em. Used to wrap at build time. */
export function estimateEm(text: string): number {
  let em = 0;
  for (const char of text) em += /[\u2E80-\uFFEF]/u.test(char) ? 1 : 0.6;
  return em;
}

/** Splits `text` into lines of at most `maxEm` em, breaking after list separators where possible. */
export function wrapText(text: string, maxEm: number): string[] {
  const parts = text.split(/(?<=[、，,;；])/);
  const lines: string[] = [];
  let line = "";
  for (const part of parts) {
    if (line !== "" && estimateEm(line + part) > maxEm) {
      lines.push(line);
      line = part.trimStart();
    } else {
      line += part;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}

/**
 * The source line under a chart: "来源：2024年武隆区政府工作报告、2024年万州区政府工作报告",
 * naming each document the shown cells were read from, in the order given.
 *
 * @param documentIds - Document ids of the cells shown (duplicates ignored).
 * @param documents - The dataset's documents, for their titles; an id without a document is named as is.
 * @param lang - Label language.
 * @returns The line, or "" when there are no documents.
 * @example
 * sourceLine(["001_8f9e7cf461ee1142.txt"], [{ id: "001_8f9e7cf461ee1142.txt", title: "2024年武隆区政府工作报告", … }]);
 * // => "来源：2024年武隆区政府工作报告"
 */
export function sourceLine(
  documentIds: readonly string[],
  documents: readonly Document[] = [],
  lang: ChartLang = "zh",
): string {
  checkArgs({ documentIds: [documentIds, "string[]"], documents: [documents, "object[]"], lang: [lang, "string"] });
  const words = locale(lang);
  const titles = [...new Set(documentIds)].map((id) => documents.find((d) => d.id === id)?.title || id);
  const unique = [...new Set(titles)];
  if (unique.length === 0) return "";
  const shown = unique.slice(0, MAX_DOCUMENTS).join(words.listSeparator);
  const more = unique.length > MAX_DOCUMENTS ? words.ellipsisMore(unique.length) : "";
  return `${words.source}${shown}${more}`;
}

/** What {@link frame} puts around a chart. */
export interface FrameOptions {
  title: string;
  subtitle?: string | string[];
  /** Document ids of the cells shown, in display order. */
  sources: readonly string[];
  documents?: readonly Document[] | undefined;
  lang: ChartLang;
  /** Overall width in px the source line wraps to. */
  width: number;
}

/**
 * Puts a chart in the duibi frame: title (and subtitle) on top, the source line
 * underneath, the theme as `config`. The chart becomes the single item of a
 * `vconcat` so that the title and the source line can sit on opposite sides.
 *
 * @param inner - A unit, layer, facet or concat spec without `config`.
 * @param options - Title, subtitle, sources, language, width.
 * @returns A complete top-level spec.
 * @example
 * frame({ mark: "bar", data: { values: [] } }, { title: "地区生产总值", sources: [], lang: "zh", width: 400 }).vconcat.length;
 * // => 1
 */
export function frame(inner: Record<string, unknown>, options: FrameOptions): ChartSpec {
  const line = sourceLine(options.sources, options.documents, options.lang);
  const sourceFontSize = 11;
  const source = line === "" ? [] : wrapText(line, Math.max(20, options.width / sourceFontSize));
  // subtitles wrap like the source line: a long list must not widen the chart
  const subtitleEm = Math.max(20, options.width / 12);
  const subtitle = [options.subtitle ?? []].flat().flatMap((line) => wrapText(line, subtitleEm));
  const title = { text: options.title, ...(subtitle.length === 0 ? {} : { subtitle }) };
  const spec: Record<string, unknown> = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    ...(source.length === 0
      ? {}
      : {
          title: {
            text: source,
            orient: "bottom",
            anchor: "start",
            fontSize: sourceFontSize,
            fontWeight: "normal",
            color: MUTED,
            offset: 14,
          },
        }),
    config: chartConfig(),
    vconcat: [{ title, ...inner }],
  };
  return spec as unknown as ChartSpec;
}
