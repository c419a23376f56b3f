import * as z from "zod";

/**
 * A link between two indicators of one family whose values convert into each
 * other. `days_to_ratio`: ratio (%) = days / daysInYear(period) × 100.
 * `same_aggregate`: two names of one statistical aggregate (服务业 = 第三产业):
 * the value is unchanged, and figures move one way only, `from` → `to`.
 */
export const IndicatorConversionSchema = z.object({
  from: z.string().min(1),
  to: z.string().min(1),
  kind: z.enum(["days_to_ratio", "same_aggregate"]),
});
/** A stated conversion between two indicators (see {@link IndicatorConversionSchema}). */
export type IndicatorConversion = z.infer<typeof IndicatorConversionSchema>;

/** 优良天数 ↔ 优良率 for each scope (unstated, 城区, 全区); 服务业 → 第三产业 (NBS: 服务业 is 第三产业). */
export const conversionData: readonly IndicatorConversion[] = [
  { from: "air_quality.good_days", to: "air_quality.good_days_ratio", kind: "days_to_ratio" },
  { from: "air_quality.good_days.district", to: "air_quality.good_days_ratio.district", kind: "days_to_ratio" },
  { from: "air_quality.good_days.urban", to: "air_quality.good_days_ratio.urban", kind: "days_to_ratio" },
  { from: "value_added.services", to: "value_added.tertiary", kind: "same_aggregate" },
];
