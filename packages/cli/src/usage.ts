/** A usage error: wrong or missing arguments. Exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
  readonly hint?: string;
  constructor(message: string, hint?: string) {
    super(message);
    if (hint !== undefined) this.hint = hint;
  }
}
