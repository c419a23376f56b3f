import type { Locale } from "../theme/locale.js";

/**
 * The tooltip every value mark carries: region, value as labelled, the quoted sentence, the document.
 *
 * @param words - The chart's locale.
 * @returns A Vega-Lite tooltip channel definition.
 * @example
 * valueTooltip(locale("zh")).length; // => 4
 */
export function valueTooltip(words: Locale): Record<string, string>[] {
  return [
    { field: "region", type: "nominal", title: words.region },
    { field: "label", type: "nominal", title: words.value },
    { field: "quote", type: "nominal", title: words.quote },
    { field: "document", type: "nominal", title: words.document },
  ];
}
