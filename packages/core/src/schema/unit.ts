import * as z from "zod";

/** What a number counts. Units convert only within one quantity (and one currency). */
export const QuantitySchema = z.enum([
  "money",
  "persons",
  "person_times",
  "area",
  "mass",
  "count",
  "percent",
  "percentage_points",
  "days",
  "ratio",
  "length",
  "energy",
  "power",
  "volume",
  "concentration",
]);
/** What a unit counts (see {@link QuantitySchema}). */
export type Quantity = z.infer<typeof QuantitySchema>;

/**
 * A unit as reports write it. `factor` converts to the quantity's base unit
 * (元 for CNY money, 人, 人次, 平方米, 吨, 个 …): value × factor = base value.
 */
export const UnitSchema = z.object({
  id: z.string().min(1),
  quantity: QuantitySchema,
  factor: z.number().positive(),
  currency: z.enum(["CNY", "USD"]).optional(),
  /**
   * The unit `factor` converts to (万户 → 户). Units convert only when quantity and base agree:
   * 家 (enterprises) and 户 (households) are both counts but count different things, and 吨标准煤
   * and 千瓦时 both measure energy but not by one fixed factor. Absent: the quantity's one base.
   */
  base: z.string().min(1).optional(),
  en: z.string().optional(),
});
/** A unit as reports write it (see {@link UnitSchema}). */
export type Unit = z.infer<typeof UnitSchema>;
