import { type ParseArgsConfig, parseArgs } from "node:util";
import { UsageError } from "./usage.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * Parses a subcommand's argv with node:util, turning its errors into a {@link UsageError}
 * that names the command's usage line.
 */
export function parse<O extends Options>(
  argv: string[],
  options: O,
  usage: string,
  allowPositionals = false,
): ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>> {
  try {
    return parseArgs({ args: argv, options, allowPositionals: allowPositionals as true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/\. To specify.*$/s, "") : String(error);
    throw new UsageError(message, `Usage: ${usage}`);
  }
}

/** The options of every command over a dataset: --data, --regions, --format, --lang. */
export const datasetOptions = {
  data: { type: "string" },
  regions: { type: "string" },
  format: { type: "string" },
  lang: { type: "string" },
} as const satisfies Options;

/** Options shared by every command that selects a comparison: the dataset's, --period and --kind. */
export const selectorOptions = {
  ...datasetOptions,
  period: { type: "string" },
  kind: { type: "string" },
} as const satisfies Options;

/** Reads an integer option such as --period 2023. */
export function intOption(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d{4}$/.test(raw)) throw new UsageError(`--${name} must be a four-digit year, got "${raw}"`);
  return Number(raw);
}

/** Reads an option restricted to a list of values. */
export function oneOf<T extends string>(name: string, raw: string | undefined, values: readonly T[], fallback: T): T {
  if (raw === undefined) return fallback;
  if (!(values as readonly string[]).includes(raw)) {
    throw new UsageError(`--${name} must be one of ${values.join(", ")}; got "${raw}"`);
  }
  return raw as T;
}

/** Splits "武隆区,万州区" (also with 、 or ，) into names. */
export function listOption(raw: string | undefined): string[] | undefined {
  if (raw === undefined) return undefined;
  const items = raw
    .split(/[,，、]/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length === 0) throw new UsageError("--regions needs at least one region");
  return items;
}
