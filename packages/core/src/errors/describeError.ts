import { catalog, duibiError, type Lang } from "./catalog.js";
import { checkArgs } from "./checkArgs.js";
import type { DuibiError } from "./DuibiError.js";

/** An error's message and hint in one language, and where it happened. */
export interface ErrorDescription {
  message: string;
  hint?: string;
  where?: string;
}

/**
 * Renders a {@link DuibiError} in a language: its message and hint from the catalog and the
 * facts the error keeps, so zh and en say the same thing. An error built with a message of
 * its own (no facts) is described as it was written.
 * @param error - a DuibiError (from any copy of the package)
 * @param lang - "zh" or "en"
 * @returns message, hint and where
 * @throws DuibiError `invalid_argument` when `error` is not a DuibiError or `lang` is neither "zh" nor "en"
 * @example
 * describeError(duibiError("unknown_region", { input: "不存在区" }), "zh").message; // => "未知地区“不存在区”。"
 */
export function describeError(error: DuibiError, lang: Lang): ErrorDescription {
  checkArgs({ error: [error, { code: "string", message: "string" }], lang: [lang, "string"] });
  if (lang !== "zh" && lang !== "en") {
    throw duibiError("invalid_argument", { name: "lang", expected: '"zh" or "en"', got: JSON.stringify(lang) });
  }
  const where = error.where === undefined ? {} : { where: error.where };
  const entries = catalog[lang];
  const entry = Object.hasOwn(entries, error.code) ? entries[error.code] : undefined;
  if (entry === undefined || error.facts == null || typeof error.facts !== "object") {
    return { message: error.message, ...(error.hint === undefined ? {} : { hint: error.hint }), ...where };
  }
  return { message: entry.message(error.facts), hint: entry.hint(error.facts), ...where };
}
