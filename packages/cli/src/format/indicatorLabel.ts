import { indicatorDisplayName, type Lang } from "@duibi/core";

/**
 * An indicator's name for a table: its zh or en registry name, the name as
 * written for an unregistered figure, or the id (see `indicatorDisplayName`).
 *
 * @param id - indicator id
 * @param lang - zh or en
 * @returns the name
 * @example
 * indicatorLabel("trade.total", "zh"); // => "进出口总额"
 * indicatorLabel("x.custom", "zh"); // => "x.custom"
 */
export function indicatorLabel(id: string, lang: Lang): string {
  return indicatorDisplayName(id, lang);
}
