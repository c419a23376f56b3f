import { type Dataset, DatasetSchema, duibiError } from "@duibi/core";

/** Validates a dataset at the package boundary (zod), naming the first bad path. */
export function parseDatasetInput(dataset: unknown): Dataset {
  const parsed = DatasetSchema.safeParse(dataset);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join(".") ?? "";
    throw duibiError(
      "invalid_dataset",
      { detail: `${path === "" ? "" : `${path}: `}${issue?.message ?? "not a dataset"}` },
      { where: path === "" ? "dataset" : `dataset.${path}` },
    );
  }
  return parsed.data;
}
