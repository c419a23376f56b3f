import * as z from "zod";
import { DocumentSchema } from "./document.js";
import { ObservationSchema } from "./observation.js";
import { RegionSchema } from "./region.js";

/** Two or more observations of one fact (region, indicator, measure, period, kind) that disagree. */
export const ConflictSchema = z.object({
  key: z.string(),
  /** Indices into `observations`. */
  observations: z.array(z.int().nonnegative()).min(2),
  values: z.array(z.number()),
});
/** Observations of one fact that disagree (see {@link ConflictSchema}). */
export type Conflict = z.infer<typeof ConflictSchema>;

/** Observations plus the regions and documents they came from. */
export const DatasetSchema = z.object({
  version: z.literal(1),
  regions: z.array(RegionSchema),
  documents: z.array(DocumentSchema),
  observations: z.array(ObservationSchema),
  conflicts: z.array(ConflictSchema),
});
/** Observations with their regions, documents and conflicts (see {@link DatasetSchema}). */
export type Dataset = z.infer<typeof DatasetSchema>;
