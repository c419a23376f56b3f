/**
 * Stable error codes. Each has a zh/en message and hint in `catalog.ts`.
 * Add a code there when you add one here.
 */
export type DuibiErrorCode =
  | "unknown_region"
  | "ambiguous_region"
  | "unknown_indicator"
  | "unknown_unit"
  | "unit_mismatch"
  | "invalid_dataset"
  | "invalid_json"
  | "invalid_csv"
  | "invalid_parquet"
  | "invalid_option"
  | "invalid_argument"
  | "missing_period"
  | "file_not_found"
  | "file_unreadable"
  | "file_unwritable"
  | "file_empty"
  | "file_binary"
  | "file_encoding"
  | "file_too_large"
  | "file_exists"
  | "extract_failed"
  | "missing_dependency"
  | "missing_font"
  | "render_failed";

/** The values an error's message and hint name (input, path, suggestions …), by name. */
export type DuibiErrorFacts = Readonly<Record<string, string | number | undefined>>;

/**
 * An error the caller must fix: a stable `code`, a one-line `message` (what),
 * `where` it happened and a `hint` (how to fix it). An error from `duibiError` also keeps
 * the `facts` its message was rendered from, so `describeError(error, lang)` renders it
 * again in the caller's language.
 *
 * @example
 * try { findRegion("不存在区") } catch (e) { if (isDuibiError(e)) console.log(e.code) } // => "unknown_region"
 */
export class DuibiError extends Error {
  override readonly name = "DuibiError";
  readonly code: DuibiErrorCode;
  readonly where?: string;
  readonly hint?: string;
  /** What the catalog renders the message and hint from; absent on an error built with a message of its own. */
  readonly facts?: DuibiErrorFacts;
  constructor(init: {
    code: DuibiErrorCode;
    message: string;
    where?: string;
    hint?: string;
    facts?: DuibiErrorFacts;
    cause?: unknown;
  }) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code;
    if (init.where !== undefined) this.where = init.where;
    if (init.hint !== undefined) this.hint = init.hint;
    if (init.facts !== undefined) this.facts = Object.freeze({ ...init.facts });
  }
}

/** True when `error` is a {@link DuibiError} (also across package copies). */
export function isDuibiError(error: unknown): error is DuibiError {
  try {
    return error instanceof DuibiError || (error instanceof Error && error.name === "DuibiError" && "code" in error);
  } catch {
    return false; // a revoked Proxy throws even from instanceof
  }
}
