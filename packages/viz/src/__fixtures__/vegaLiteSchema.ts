import { createRequire } from "node:module";
import { Ajv } from "ajv";
import type { ChartSpec } from "../types.js";

/** The JSON schema vega-lite publishes with the pinned version, compiled once. */
const check = new Ajv({ strict: false, allowUnionTypes: true, logger: false }).compile(
  createRequire(import.meta.url)("vega-lite/vega-lite-schema.json"),
);

/**
 * Checks a spec against vega-lite's published JSON schema, as it is (nothing stripped).
 *
 * @returns The first few schema errors as JSON ("[]" when the spec is valid).
 */
export function schemaErrors(spec: ChartSpec): string {
  return check(spec) ? "[]" : JSON.stringify(check.errors?.slice(0, 3));
}
