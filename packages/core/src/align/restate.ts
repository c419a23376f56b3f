import { checkArgs } from "../errors/checkArgs.js";
import { conversionBetween } from "../registry/indicators.js";
import { daysInYear } from "../registry/units.js";
import type { Indicator } from "../schema/indicator.js";
import type { Restatement } from "../schema/rowNote.js";

/** A figure restated as another indicator of its family. */
export interface Restated {
  value: number;
  unit: string;
  /** How, in words: "优良天数→优良率 (336/365)". */
  how: string;
  /** How, as facts: the row's `restated` note carries them. */
  restatement: Restatement;
  /** The two names are one aggregate (服务业 = 第三产业): the value is unchanged, nothing was converted. */
  same?: boolean;
}

/**
 * Restates a figure of one indicator as another the registry links it to
 * (`conversionBetween`). Today the links are `days_to_ratio`: days in the
 * year against the share of the year's days (优良天数 ↔ 优良率), using the
 * period's day count: 336 days in 2023 are 336/365 = 92.05%, in 2024 336/366;
 * and `same_aggregate`: two names of one aggregate (服务业增加值 → 第三产业增加值),
 * the value unchanged and `same` set, in the link's direction only.
 *
 * @param value - the figure, in `from`'s canonical unit
 * @param from - the indicator it was stated as
 * @param to - the indicator wanted
 * @param period - the year the figure is for
 * @returns the restated figure, or `undefined` when the registry links no such conversion
 * @example
 * restate(336, getIndicator("air_quality.good_days.urban"), getIndicator("air_quality.good_days_ratio.urban"), 2023);
 * // => { value: 92.05479452054794, unit: "%", how: "优良天数→优良率 (336/365)",
 * //      restatement: { kind: "days_to_ratio", from: "air_quality.good_days.urban", to: "air_quality.good_days_ratio.urban", value: 336, days: 365 } }
 */
export function restate(value: number, from: Indicator, to: Indicator, period: number): Restated | undefined {
  checkArgs({
    value: [value, "number"],
    from: [from, { id: "string" }],
    to: [to, { id: "string" }],
    period: [period, "integer"],
  });
  const link = conversionBetween(from.id, to.id);
  if (link === undefined) return undefined;
  if (link.kind === "same_aggregate") {
    // One way only, to the name the registry keeps (第三产业增加值, a headline indicator).
    if (link.from !== from.id) return undefined;
    const [fromName, toName] = shortNames(from.zh, to.zh);
    return {
      value,
      unit: to.unit,
      how: `${fromName}即${toName}（同一统计总量）`,
      restatement: { kind: "same_aggregate", from: from.id, to: to.id },
      same: true,
    };
  }
  const days = daysInYear(period);
  const [fromName, toName] = shortNames(from.zh, to.zh);
  if (link.from === from.id) {
    return {
      value: (value / days) * 100,
      unit: to.unit,
      how: `${fromName}→${toName} (${value}/${days})`,
      restatement: { kind: "days_to_ratio", from: from.id, to: to.id, value, days },
    };
  }
  return {
    value: (value * days) / 100,
    unit: to.unit,
    how: `${fromName}→${toName} (${value}%×${days})`,
    restatement: { kind: "ratio_to_days", from: from.id, to: to.id, value, days },
  };
}

/** Characters that end a place or subject word (城镇, 城区空气质量): a shared prefix is cut only after one. */
const WORD_END = new Set([..."镇区量市县乡村省"]);

/**
 * Two names without the words they share at the start: 城区空气质量优良天数 and
 * 城区空气质量优良率 become 优良天数 and 优良率; 城镇登记失业率 and 城镇调查失业率
 * become 登记失业率 and 调查失业率. Chinese has no spaces, so the shared part is
 * cut only after a character that ends a place or subject word, and each name
 * keeps at least three characters; otherwise both stay whole (新培育外贸企业 vs
 * 新培育外资外贸企业 must not become 贸企业 vs 资外贸企业).
 *
 * @example
 * shortNames("城镇登记失业率", "城镇调查失业率"); // => ["登记失业率", "调查失业率"]
 * shortNames("新培育外贸企业", "新培育外资外贸企业"); // => ["新培育外贸企业", "新培育外资外贸企业"]
 */
export function shortNames(a: string, b: string): [string, string] {
  let shared = 0;
  while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared++;
  for (let k = shared; k > 0; k--) {
    if (WORD_END.has(a[k - 1]!) && a.length - k >= 3 && b.length - k >= 3) return [a.slice(k), b.slice(k)];
  }
  return [a, b];
}
