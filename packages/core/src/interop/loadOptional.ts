import { duibiError } from "../errors/index.js";

/**
 * Runs `load` (a dynamic `import()` of an optional peer dependency) and turns
 * "package not installed" into a {@link DuibiError} `missing_dependency` whose
 * hint is the `npm install` line. Any other failure, including a missing
 * dependency *of* that package, is rethrown as is: it is not the caller's fix.
 *
 * Internal: the interop functions call it so that core installs without the
 * heavy interchange packages and loads them only when they are used.
 *
 * @param load - `() => import("danfojs-node")`; a literal specifier keeps types and bundlers working
 * @param pkg - the npm package name the user must install
 * @param feature - what needs it, for the message ("toDataFrame")
 * @returns the loaded module
 * @throws DuibiError `missing_dependency` when `pkg` itself cannot be found
 * @example
 * const arrow = await loadOptional(() => import("apache-arrow"), "apache-arrow", "writeArrow");
 */
export async function loadOptional<T>(load: () => Promise<T>, pkg: string, feature: string): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isMissingPackage(error, pkg))
      throw duibiError("missing_dependency", { feature, package: pkg }, { cause: error });
    throw error;
  }
}

function isMissingPackage(error: unknown, pkg: string): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  const notFound =
    code === "ERR_MODULE_NOT_FOUND" ||
    code === "MODULE_NOT_FOUND" ||
    /Cannot find (package|module)/.test(error.message);
  // Node names the package it could not find in quotes; a nested miss names another package.
  return notFound && (error.message.includes(`'${pkg}'`) || error.message.includes(`"${pkg}"`));
}
