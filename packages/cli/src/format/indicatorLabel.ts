import { findIndicator, type Lang } from "@duibi/core";

/**
 * An indicator's name for a table: its zh or en registry name, or the id when
 * the registry does not know it (a dataset may carry its own ids).
 *
 * @param id - indicator id
 * @param lang - zh or en
 * @returns the name
 * @example
 * indicatorLabel("trade.total", "zh"); // => "进出口总额"
 * indicatorLabel("x.custom", "zh"); // => "x.custom"
 */
export function indicatorLabel(id: string, lang: Lang): string {
  const indicator = findIndicator(id);
  if (indicator === undefined) return id;
  return lang === "zh" ? indicator.zh : indicator.en;
}
