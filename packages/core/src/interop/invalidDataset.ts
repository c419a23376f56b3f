import type * as z from "zod";
import { type DuibiError, duibiError } from "../errors/index.js";

/**
 * Turns the first zod issue into a {@link DuibiError} `invalid_dataset` that
 * names the offending path: `rows[3].value: a finite number`.
 *
 * @param error - the zod error from `safeParse`
 * @param prefix - path of the parsed value in the caller's terms ("rows", "observations")
 * @param where - the input's name (file, "DataFrame")
 * @returns the error to throw
 * @example
 * invalidDataset(result.error, "rows[3]", "DataFrame").message; // => "The dataset does not match the schema: rows[3].value: …"
 */
export function invalidDataset(error: z.ZodError, prefix: string, where: string): DuibiError {
  const issue = error.issues[0];
  const path = [prefix, ...(issue?.path ?? []).map(String)].filter(Boolean).join(".");
  return duibiError("invalid_dataset", { detail: `${path}: ${issue?.message ?? "invalid"}` }, { where });
}
