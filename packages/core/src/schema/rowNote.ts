import * as z from "zod";
import { QualifierSchema } from "./observation.js";
import { RegionCodeSchema } from "./region.js";

/**
 * How a figure stated as one indicator was restated as another of its family:
 * two names of one aggregate (服务业增加值 = 第三产业增加值), or days against the
 * share of the year's days (优良天数 ↔ 优良率), `value` in the `from` indicator's unit.
 */
export const RestatementSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("same_aggregate"), from: z.string(), to: z.string() }),
  z.object({ kind: z.literal("days_to_ratio"), from: z.string(), to: z.string(), value: z.number(), days: z.int() }),
  z.object({ kind: z.literal("ratio_to_days"), from: z.string(), to: z.string(), value: z.number(), days: z.int() }),
]);
/** How a figure was restated as another indicator (see {@link RestatementSchema}). */
export type Restatement = z.infer<typeof RestatementSchema>;

const FigureSchema = z.object({ value: z.number(), unit: z.string() });
const RegionFiguresSchema = z.array(z.object({ region: RegionCodeSchema, values: z.array(FigureSchema) }));

/**
 * What a comparison row's reader must know, as facts keyed by `code` (rendered per
 * language by `describeNote`). Regions are codes and indicators ids; names are looked
 * up when a note is rendered.
 * - `unregistered`: the row is an indicator the registry lacks, kept under its `name` as
 *   written; `unit` when several regions state it in that one unit; `ambiguous` when
 *   the name stands for several figures of one region (the row is incomparable);
 * - `variants`: the row sets variants of a family side by side (`indicators`), which must
 *   not be compared; `unstated` those whose reports do not state the scope, `finer` those
 *   the registry says count a finer set (`Indicator.scopeNote`);
 * - `unit_unknown`: units outside the unit table; `unit_not_convertible`: units that do
 *   not convert; `units_differ`: an unregistered row in several units (never converted);
 * - `restated`: figures restated as the row's indicator (`how`);
 * - `unit_converted`: figures converted `from` one unit `to` the row's;
 * - `missing`: regions that do not state the row; `elsewhere` the other variants they
 *   state instead, `finer` the indicators whose finer reading explains the difference;
 * - `qualifiers_differ`: the figures' hedges (以上, 左右 …) differ;
 * - `scope_unstated`: the indicator's reports leave the scope unstated while the registry
 *   holds scoped `variants`;
 * - `scope_assumed`: figures filed under `scope` whose names as written do not say it;
 * - `values_conflict`: a region states several figures; the first by source is taken;
 * - `revised`: a later report (or the final figure) replaced an earlier one; the latest is taken;
 * - `estimate_stands_in`: the estimate (预计) stands in for an actual no report states.
 *
 * Each figure list starts with the figure taken, as stated (before any conversion).
 */
export const RowNoteSchema = z.discriminatedUnion("code", [
  z.object({
    code: z.literal("unregistered"),
    name: z.string(),
    unit: z.string().optional(),
    ambiguous: z.literal(true).optional(),
  }),
  z.object({
    code: z.literal("variants"),
    indicators: z.array(z.string()),
    unstated: z.array(z.string()).optional(),
    finer: z.array(z.string()).optional(),
  }),
  z.object({ code: z.literal("unit_unknown"), units: z.array(z.string()) }),
  z.object({ code: z.literal("unit_not_convertible"), units: z.array(z.string()) }),
  z.object({ code: z.literal("units_differ"), units: z.array(z.string()) }),
  z.object({ code: z.literal("restated"), how: z.array(RestatementSchema) }),
  z.object({ code: z.literal("unit_converted"), from: z.string(), to: z.string() }),
  z.object({
    code: z.literal("missing"),
    regions: z.array(RegionCodeSchema),
    elsewhere: z.array(z.object({ region: RegionCodeSchema, indicators: z.array(z.string()) })).optional(),
    finer: z.array(z.string()).optional(),
  }),
  z.object({
    code: z.literal("qualifiers_differ"),
    cells: z.array(z.object({ region: RegionCodeSchema, qualifier: QualifierSchema })),
  }),
  z.object({ code: z.literal("scope_unstated"), variants: z.array(z.string()) }),
  z.object({
    code: z.literal("scope_assumed"),
    scope: z.string(),
    cells: z.array(z.object({ region: RegionCodeSchema, nameAsWritten: z.string() })),
  }),
  z.object({ code: z.literal("values_conflict"), cells: RegionFiguresSchema }),
  z.object({ code: z.literal("revised"), cells: RegionFiguresSchema }),
  z.object({ code: z.literal("estimate_stands_in"), regions: z.array(RegionCodeSchema) }),
]);
/** One note of a comparison row (see {@link RowNoteSchema}). */
export type RowNote = z.infer<typeof RowNoteSchema>;
/** The code of a row note: `missing`, `unit_converted` … (see {@link RowNoteSchema}). */
export type RowNoteCode = RowNote["code"];
