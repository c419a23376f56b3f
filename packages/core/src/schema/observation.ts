import * as z from "zod";
import { RegionCodeSchema } from "./region.js";
import { SourceSchema } from "./source.js";

/** What the number says about the indicator. */
export const MeasureSchema = z.enum(["level", "growth", "change_pp", "share", "rate", "count", "ratio"]);
/** What a number says about its indicator (see {@link MeasureSchema}). */
export type Measure = z.infer<typeof MeasureSchema>;

/** 2023 实现 → actual; 预计 → estimate; 2024 目标/力争 → target. */
export const KindSchema = z.enum(["actual", "estimate", "target"]);
/** Whether a figure is an actual, an estimate (预计) or a target (see {@link KindSchema}). */
export type Kind = z.infer<typeof KindSchema>;

/**
 * The hedge a report puts on a number: 以上/不低于 at_least, 左右 about, 以内/控制在 at_most,
 * 突破/超过/逾/余 more_than, 近 nearly, 6%-6.5% range (with bounds).
 */
export const QualifierSchema = z.enum(["exact", "at_least", "about", "at_most", "more_than", "nearly", "range"]);
/** The hedge on a figure (see {@link QualifierSchema}). */
export type Qualifier = z.infer<typeof QualifierSchema>;

/** The low and high ends of a range target (6%—6.5%), with qualifier `range`; low ≤ high. */
export const BoundsSchema = z
  .object({ low: z.number(), high: z.number() })
  .refine((b) => b.low <= b.high, { message: "the low bound is above the high bound", path: ["low"] });
/** The ends of a range (see {@link BoundsSchema}). */
export type Bounds = z.infer<typeof BoundsSchema>;

/** One number one source states about one region. */
export const ObservationSchema = z.object({
  regionCode: RegionCodeSchema,
  regionName: z.string().min(1),
  indicator: z.string().min(1),
  measure: MeasureSchema,
  period: z.int().min(1949).max(2100),
  kind: KindSchema,
  value: z.number().refine(Number.isFinite, "a finite number"),
  unit: z.string().min(1),
  qualifier: QualifierSchema,
  bounds: BoundsSchema.optional(),
  nameAsWritten: z.string(),
  source: SourceSchema,
  /** The same fact stated again elsewhere (merged by `reconcile`). */
  alsoIn: z.array(SourceSchema).optional(),
  /**
   * True when the registry does not know the indicator: `indicator` is then
   * `unregistered:` + the name as written, normalized (`unregisteredId`). Such a
   * figure is kept so nothing stated is lost, but is compared only with figures of
   * the same name and unit, and is never a headline indicator. Absent on registry
   * indicators (and in datasets written before the field existed).
   */
  unregistered: z.literal(true).optional(),
});
/** One number one source states about one region (see {@link ObservationSchema}). */
export type Observation = z.infer<typeof ObservationSchema>;
