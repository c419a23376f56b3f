import type * as z from "zod";
import { checkArgs } from "../errors/checkArgs.js";

/** How many schema issues an error message lists before "and N more". */
const SHOWN = 3;

/**
 * Renders a JSON path as people write it: `observations[3].source.start`.
 *
 * @param path - keys and indices, as in a zod issue
 * @returns the dotted path; `(root)` for the empty path
 * @example
 * formatPath(["observations", 3, "unit"]); // => "observations[3].unit"
 */
export function formatPath(path: readonly PropertyKey[]): string {
  checkArgs({ path: [path, "array"] });
  if (path.length === 0) return "(root)";
  return path
    .map((key, i) => {
      if (typeof key === "number") return `[${key}]`;
      const name = String(key);
      return i === 0 ? name : `.${name}`;
    })
    .join("");
}

/**
 * One line naming the first few issues, each as `path: what was expected`.
 *
 * @param issues - zod issues (in zod's order: the first is the first found)
 * @returns e.g. `observations[3].unit: Invalid input: expected string, received number (and 2 more)`
 * @example
 * formatIssues([{ code: "custom", path: ["version"], message: "expected 1", input: 2 }]); // => "version: expected 1"
 */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string {
  checkArgs({ issues: [issues, "object[]"] });
  const shown = issues.slice(0, SHOWN).map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  const more = issues.length - SHOWN;
  return more > 0 ? `${shown.join("; ")} (and ${more} more)` : shown.join("; ");
}
