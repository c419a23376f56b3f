import * as z from "zod";
import { QuantitySchema } from "./unit.js";

/** Which way is better for an indicator: `higher` (GDP), `lower` (unemployment) or `neutral` (CPI). */
export const DirectionSchema = z.enum(["higher", "lower", "neutral"]);
/** Which way is better for an indicator (see {@link DirectionSchema}). */
export type Direction = z.infer<typeof DirectionSchema>;

/**
 * A canonical indicator. Indicators sharing a `family` measure the same thing
 * under different definitions or scopes (城镇登记失业率 vs 城镇调查失业率; 规上 vs
 * 全口径): they are variants and are never set side by side.
 */
export const IndicatorSchema = z.object({
  id: z.string().regex(/^[a-z0-9_]+(\.[a-z0-9_]+)*$/, "dotted lower-case id such as value_added.industry"),
  zh: z.string().min(1),
  en: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  quantity: QuantitySchema,
  /** Unit the indicator's levels are stored in (亿元, 万人次, %). */
  unit: z.string().min(1),
  direction: DirectionSchema,
  family: z.string().min(1),
  /** How this variant differs from its family (规上, 全口径, 城区, 全区 …), when it does. */
  scope: z.string().optional(),
  /** A flow over the period (新增, 营业额) or a stock at its end (总数, 保有量). */
  stock: z.enum(["flow", "stock"]).optional(),
  note: z.string().optional(),
  /**
   * What this variant counts that its family's other variants do not, in the
   * words a verdict shows when they meet (护栏只是生命安全防护工程的一部分;
   * 只计重点项目): the finer reading behind the same words.
   */
  scopeNote: z.string().optional(),
  /**
   * The share of one indicator in another that this indicator is, by name: rnd.intensity is
   * `{ part: "rnd.spending", whole: "gdp" }` (研发投入占GDP比重 is 研发投入强度). A report writing
   * the share reads as this indicator, so the regions that write either name line up.
   */
  shareOf: z.object({ part: z.string().min(1), whole: z.string().min(1) }).optional(),
});
/** A canonical indicator (see {@link IndicatorSchema}). */
export type Indicator = z.infer<typeof IndicatorSchema>;
