import * as z from "zod";

/**
 * Where a number was read: a span of a document's text.
 *
 * `start`/`end` are JavaScript string indices (UTF-16 code units) into the
 * document's text as read: UTF-8, BOM stripped, line endings untouched.
 * `quote` is exactly `text.slice(start, end)`.
 */
export const SourceSchema = z.object({
  document: z.string().min(1),
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
  quote: z.string(),
});
/** Where a number was read (see {@link SourceSchema}). */
export type Source = z.infer<typeof SourceSchema>;
