import * as z from "zod";
import { BoundsSchema, KindSchema, MeasureSchema, QualifierSchema } from "./observation.js";
import { RegionCodeSchema } from "./region.js";
import { RowNoteSchema } from "./rowNote.js";
import { SourceSchema } from "./source.js";

/**
 * Whether a row's cells may be set side by side:
 * - comparable: same definition, scope, measure, unit;
 * - converted: comparable after a stated conversion (万元→亿元; 优良天数↔优良率 with the year's day count);
 * - incomparable: must not be compared (the notes say why); cells are shown, never computed on;
 * - partial: missing for some regions, and stated by fewer than two: nothing to compare.
 *
 * The verdict is judged among the regions that state the row: a region missing a row never
 * hides the comparison between those that state it (its cell is null and a `missing` note names it;
 * see `missingRegions`).
 */
export const VerdictSchema = z.enum(["comparable", "converted", "incomparable", "partial"]);
/** A row's comparability: `comparable`, `converted`, `incomparable` or `partial` (see {@link VerdictSchema}). */
export type Verdict = z.infer<typeof VerdictSchema>;

/** One region's figure on a comparison row: value in the row's unit, qualifier, the figure as stated when converted, and its source. */
export const CellSchema = z.object({
  value: z.number(),
  unit: z.string(),
  qualifier: QualifierSchema,
  bounds: BoundsSchema.optional(),
  /** The indicator this cell's figure was stated as, when it differs from the row's (a variant or a converted form). */
  indicator: z.string().optional(),
  /** The figure as stated, before conversion. */
  original: z.object({ value: z.number(), unit: z.string() }).optional(),
  source: SourceSchema,
});
/** One region's figure on a comparison row (see {@link CellSchema}). */
export type Cell = z.infer<typeof CellSchema>;

/**
 * One indicator and measure across regions: a cell per region code (null when the region does not
 * state it), the verdict, and its notes as structured facts (see `RowNoteSchema`; render them
 * with `describeNotes`), in the order they are read.
 */
export const ComparisonRowSchema = z.object({
  indicator: z.string(),
  measure: MeasureSchema,
  verdict: VerdictSchema,
  notes: z.array(RowNoteSchema),
  cells: z.record(RegionCodeSchema, CellSchema.nullable()),
});
/** One indicator and measure across regions (see {@link ComparisonRowSchema}). */
export type ComparisonRow = z.infer<typeof ComparisonRowSchema>;

/** Regions × indicator rows for one period and kind. Rows sorted by indicator id then measure. */
export const ComparisonTableSchema = z.object({
  regions: z.array(z.object({ code: RegionCodeSchema, name: z.string() })),
  period: z.int(),
  kind: KindSchema,
  rows: z.array(ComparisonRowSchema),
});
/** What `align` returns: regions × rows for one period and kind (see {@link ComparisonTableSchema}). */
export type ComparisonTable = z.infer<typeof ComparisonTableSchema>;
