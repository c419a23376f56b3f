import { duibiError } from "../errors/catalog.js";
import { type Dataset, DatasetSchema } from "../schema/dataset.js";
import { formatIssues, formatPath } from "./formatIssues.js";

/**
 * Validates a parsed JSON value as a {@link Dataset}.
 *
 * Beyond the schema it checks what the schema cannot say alone: every source
 * span ends at or after its start, and every conflict points at observations
 * that exist.
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
  const result = DatasetSchema.safeParse(json);
  if (!result.success) {
    const first = result.error.issues[0];
    throw invalidDataset(formatIssues(result.error.issues), first ? formatPath(first.path) : "(root)", where);
  }
  const dataset = result.data;
  const problem = firstInconsistency(dataset);
  if (problem) throw invalidDataset(`${problem.path}: ${problem.message}`, problem.path, where);
  return dataset;
}

function invalidDataset(detail: string, path: string, where: string | undefined) {
  return duibiError("invalid_dataset", { detail }, { where: where === undefined ? path : `${where} at ${path}` });
}

function firstInconsistency(dataset: Dataset): { path: string; message: string } | undefined {
  for (const [i, observation] of dataset.observations.entries()) {
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
