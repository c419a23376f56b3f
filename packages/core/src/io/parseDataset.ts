import * as z from "zod";
import { buildDataset } from "../dataset/buildDataset.js";
import { duibiError } from "../errors/catalog.js";
import { checkArgs } from "../errors/checkArgs.js";
import { getRegion } from "../registry/regions.js";
import { type Dataset, DatasetSchema } from "../schema/dataset.js";
import { DocumentSchema } from "../schema/document.js";
import { ObservationSchema } from "../schema/observation.js";
import { formatIssues, formatPath } from "./formatIssues.js";

/**
 * Validates a parsed JSON value as a {@link Dataset}.
 *
 * Also takes what `duibi extract --format json` prints (`{ documents, observations,
 * unmapped }`, no `version`): its observations are validated, then assembled with
 * `buildDataset`, so an extraction feeds `--data` directly.
 *
 * Beyond the schema it checks what the schema cannot say alone: every source
 * span ends at or after its start, every conflict points at observations
 * that exist, and every observation's region is in `regions` or the registry
 * (else a comparison would drop it without a word).
 *
 * @param json - a value from `JSON.parse` (or any object)
 * @param where - where it came from (a file path), for the error
 * @returns the dataset, with keys in schema order and unknown keys dropped
 * @throws DuibiError `invalid_dataset` naming the first offending JSON paths
 *   (`observations[3].unit`) and what was expected there
 * @example
 * parseDataset({ version: 1, regions: [], documents: [], observations: [], conflicts: [] }).observations; // => []
 * parseDataset({ version: 2 }); // throws invalid_dataset: "version: Invalid input: expected 1 …"
 */
export function parseDataset(json: unknown, where?: string): Dataset {
  checkArgs({ json: [json, "readable"], "where?": [where, "string"] });
  if (isExtractOutput(json)) return parseDataset(buildDataset(validate(ExtractOutputSchema, json, where)), where);
  return validate(DatasetSchema, json, where, firstInconsistency);
}

// What `duibi extract --format json` writes; `unmapped` is read by people, not here.
const ExtractOutputSchema = z.object({
  documents: z.array(DocumentSchema),
  observations: z.array(ObservationSchema),
});

function isExtractOutput(json: unknown): json is { documents: unknown; observations: unknown } {
  return typeof json === "object" && json !== null && !("version" in json) && "unmapped" in json;
}

function validate<T extends Dataset | z.infer<typeof ExtractOutputSchema>>(
  schema: z.ZodType<T>,
  json: unknown,
  where: string | undefined,
  check?: (value: T) => { path: string; message: string } | undefined,
): T {
  const result = schema.safeParse(json);
  if (!result.success) {
    const first = result.error.issues[0];
    throw invalidDataset(formatIssues(result.error.issues), first ? formatPath(first.path) : "(root)", where);
  }
  const problem = check?.(result.data);
  if (problem) throw invalidDataset(`${problem.path}: ${problem.message}`, problem.path, where);
  return result.data;
}

function invalidDataset(detail: string, path: string, where: string | undefined) {
  return duibiError("invalid_dataset", { detail }, { where: where === undefined ? path : `${where} at ${path}` });
}

function firstInconsistency(dataset: Dataset): { path: string; message: string } | undefined {
  const regions = new Set(dataset.regions.map((r) => r.code));
  for (const [i, observation] of dataset.observations.entries()) {
    if (!regions.has(observation.regionCode) && getRegion(observation.regionCode) === undefined) {
      const message = `region ${observation.regionCode} is neither in the dataset's regions nor in the registry`;
      return { path: `observations[${i}].regionCode`, message };
    }
    const spans = [observation.source, ...(observation.alsoIn ?? [])];
    for (const [j, span] of spans.entries()) {
      if (span.end < span.start) {
        const path = j === 0 ? `observations[${i}].source` : `observations[${i}].alsoIn[${j - 1}]`;
        return { path: `${path}.end`, message: `end ${span.end} is before start ${span.start}` };
      }
    }
  }
  const count = dataset.observations.length;
  for (const [i, conflict] of dataset.conflicts.entries()) {
    for (const [j, index] of conflict.observations.entries()) {
      if (index >= count) {
        return {
          path: `conflicts[${i}].observations[${j}]`,
          message: `index ${index} is out of range (the dataset has ${count} observations)`,
        };
      }
    }
  }
  return undefined;
}
