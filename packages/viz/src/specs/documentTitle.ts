import type { Document } from "@duibi/core";

/**
 * A document's title for the source line and tooltips, or its id when the documents are not given.
 *
 * @param id - Document id (file name).
 * @param documents - The dataset's documents.
 * @returns "2024年武隆区政府工作报告" or the id.
 * @example
 * documentTitle("x.txt"); // => "x.txt"
 */
export function documentTitle(id: string, documents: readonly Document[] | undefined): string {
  return documents?.find((d) => d.id === id)?.title || id;
}
