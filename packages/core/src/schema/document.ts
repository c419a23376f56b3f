import * as z from "zod";
import { RegionCodeSchema } from "./region.js";

/** A source document: a work report, a gazette, a newspaper page. */
export const DocumentSchema = z.object({
  /** File name under seeds/sources/ (or the path given to `extract`). */
  id: z.string().min(1),
  title: z.string(),
  regionCode: RegionCodeSchema.nullable(),
  /** Year the document was issued (the report year: 2024 for the 2024 report). */
  year: z.int().nullable(),
  type: z.enum(["work_report", "gazette", "newspaper", "other"]),
  chars: z.int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
/** A source document (see {@link DocumentSchema}). */
export type Document = z.infer<typeof DocumentSchema>;
