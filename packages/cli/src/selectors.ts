import { resolve } from "node:path";
import {
  type AlignOptions,
  align,
  buildDataset,
  type ComparisonTable,
  type Dataset,
  DuibiError,
  duibiError,
  isDuibiError,
  type Kind,
  KindSchema,
  type Lang,
  loadSeeds,
  readDataset,
} from "@duibi/core";
import { intOption, listOption, oneOf } from "./args.js";
import { OUTPUT_FORMATS, type OutputFormat } from "./format/output.js";
import { UsageError } from "./usage.js";

/** The raw values of `selectorOptions` (--data, --regions, --period, --kind, --format, --lang) as parseArgs returns them. */
export interface SelectorValues {
  data?: string | undefined;
  regions?: string | undefined;
  period?: string | undefined;
  kind?: string | undefined;
  format?: string | undefined;
  lang?: string | undefined;
}

/** What a table command works on, with every option checked and defaulted. */
export interface Selection {
  dataset: Dataset;
  /** Region names or codes as given; `undefined` means all the dataset's regions. */
  regions: string[] | undefined;
  period: number;
  kind: Kind;
  format: OutputFormat;
  lang: Lang;
}

/**
 * Loads the dataset a command works on: `--data` (JSON, the long CSV, or what
 * `duibi extract --format json` prints; relative to `cwd`), else the seeds.
 * `--data` may list several, separated by commas, with the word `seeds` for the
 * seeds dataset: `--data seeds,fuling.json` compares a third district with the
 * seeds. They are merged with `buildDataset` (the same fact twice is merged,
 * different values are kept as a conflict).
 *
 * @param data - the --data value, if any
 * @param cwd - the directory relative paths start from
 * @returns the validated dataset
 * @throws DuibiError `file_not_found`, `invalid_json`, `invalid_csv`, `invalid_parquet`, `invalid_dataset` (exit 1)
 * @example
 * await loadDataset(undefined, process.cwd()); // => the seeds dataset
 * await loadDataset("seeds,fuling.json", process.cwd()); // => seeds plus 涪陵区
 */
export async function loadDataset(data: string | undefined, cwd: string): Promise<Dataset> {
  const paths = dataPaths(data, cwd);
  if (paths.length === 0) return seeds();
  const parts = await Promise.all(paths.map((path) => (path === SEEDS ? seeds() : readDataset(path))));
  if (parts.length === 1) return parts[0] as Dataset;
  return buildDataset({
    observations: parts.flatMap((d) => d.observations),
    documents: parts.flatMap((d) => d.documents),
  });
}

const SEEDS = "seeds";

/**
 * The files `--data` names, resolved against `cwd`; the word `seeds` stays as it is.
 * @example
 * dataPaths("seeds, a.json", "/work"); // => ["seeds", "/work/a.json"]
 * dataPaths(undefined, "/work"); // => []
 */
export function dataPaths(data: string | undefined, cwd: string): string[] {
  if (data === undefined) return [];
  const items = data
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length === 0) throw new UsageError("--data needs a file (or `seeds`)");
  return items.map((item) => (item === SEEDS ? SEEDS : resolve(cwd, item)));
}

function seeds(): Dataset {
  try {
    return loadSeeds();
  } catch (error) {
    if (isDuibiError(error) && error.code === "file_not_found") {
      throw new DuibiError({
        code: "file_not_found",
        message: error.message,
        hint: "The seeds dataset is not built yet: run `pnpm seeds:build`, or pass --data FILE.",
        cause: error,
      });
    }
    throw error;
  }
}

/**
 * Reads --kind: actual (default), estimate or target.
 * @throws UsageError for another value (exit 2)
 * @example
 * parseKind(undefined); // => "actual"
 */
export function parseKind(raw: string | undefined, fallback: Kind = "actual"): Kind {
  return oneOf("kind", raw, KindSchema.options, fallback);
}

/**
 * Reads --format: table (default), json, csv or md, or one of `allowed`.
 * @throws UsageError for another value (exit 2)
 * @example
 * parseFormat("md"); // => "md"
 */
export function parseFormat(raw: string | undefined, allowed: readonly OutputFormat[] = OUTPUT_FORMATS): OutputFormat {
  return oneOf("format", raw, allowed, allowed[0] ?? "table");
}

/**
 * Reads --lang: zh (default) or en.
 * @throws UsageError for another value (exit 2)
 * @example
 * parseLang("en"); // => "en"
 */
export function parseLang(raw: string | undefined): Lang {
  return oneOf("lang", raw, ["zh", "en"] as const, "zh");
}

/**
 * The period a command compares: --period when given, else the only period
 * the dataset has figures of this kind for.
 *
 * @param dataset - the dataset
 * @param kind - the kind asked for
 * @param raw - the --period value, if any
 * @returns the year
 * @throws UsageError when --period is not a four-digit year, or is left out and the dataset has several (exit 2)
 * @throws DuibiError `missing_period` when the dataset has no figures of this kind at all (exit 1)
 * @example
 * resolvePeriod(loadSeeds(), "target", undefined); // => 2024
 */
export function resolvePeriod(dataset: Dataset, kind: Kind, raw: string | undefined): number {
  const given = intOption("period", raw);
  if (given !== undefined) return given;
  const periods = [...new Set(dataset.observations.filter((o) => o.kind === kind).map((o) => o.period))].sort(
    (a, b) => a - b,
  );
  if (periods.length === 1) return periods[0]!;
  if (periods.length === 0) throw duibiError("missing_period", { period: "any year", kind, available: "" });
  throw new UsageError(
    `--period is required: the dataset has ${kind} figures for ${periods.join(", ")}`,
    `Add e.g. --period ${periods.at(-1)}`,
  );
}

/**
 * Checks and defaults every selector option, and loads the dataset. Option
 * errors come first (exit 2), then data errors (exit 1).
 *
 * @param values - parsed `selectorOptions` values
 * @param cwd - the directory --data is relative to
 * @param options.formats - the formats the command prints (default table, json, csv, md)
 * @returns the selection
 * @example
 * const { values } = parse(ctx.argv, selectorOptions, ctx.usage);
 * const selection = await select(values, ctx.cwd);
 */
export async function select(
  values: SelectorValues,
  cwd: string,
  options: { formats?: readonly OutputFormat[] } = {},
): Promise<Selection> {
  const kind = parseKind(values.kind);
  const format = parseFormat(values.format, options.formats);
  const lang = parseLang(values.lang);
  const regions = listOption(values.regions);
  intOption("period", values.period); // a malformed year is a usage error, before any file is read
  const dataset = await loadDataset(values.data, cwd);
  const period = resolvePeriod(dataset, kind, values.period);
  return { dataset, regions, period, kind, format, lang };
}

/**
 * Aligns the selection (see `align` in @duibi/core). A region that cannot be
 * found is reported at --regions.
 *
 * @param selection - from {@link select}
 * @returns the comparison table
 * @throws DuibiError `unknown_region` / `ambiguous_region` (where "--regions"), `missing_period` (exit 1)
 * @example
 * const table = alignSelection(await select(values, ctx.cwd));
 */
export function alignSelection(selection: Selection): ComparisonTable {
  const options: AlignOptions = {
    period: selection.period,
    kind: selection.kind,
    ...(selection.regions ? { regions: selection.regions } : {}),
  };
  return atRegions(() => align(selection.dataset, options));
}

/**
 * Runs `f`, pointing any region error it throws at the option that named the
 * region: `unknown_region` / `ambiguous_region` get `where` "--regions".
 *
 * @param f - work that resolves regions (align, ambition, a report)
 * @returns what `f` returns
 * @throws what `f` throws, region errors with `where` set
 * @example
 * const result = atRegions(() => ambition(dataset, { regions, year }));
 */
export function atRegions<T>(f: () => T): T {
  try {
    return f();
  } catch (error) {
    if (isDuibiError(error) && (error.code === "unknown_region" || error.code === "ambiguous_region")) {
      throw new DuibiError({
        code: error.code,
        message: error.message,
        where: "--regions",
        ...(error.hint ? { hint: error.hint } : {}),
        ...(error.facts ? { facts: error.facts } : {}),
        cause: error,
      });
    }
    throw error;
  }
}

/**
 * {@link select} then {@link alignSelection}: what compare, gaps and rank start from.
 *
 * @param values - parsed `selectorOptions` values
 * @param cwd - the directory --data is relative to
 * @returns the selection and its comparison table
 * @example
 * const { selection, table } = await selectTable(values, ctx.cwd);
 */
export async function selectTable(
  values: SelectorValues,
  cwd: string,
  options: { formats?: readonly OutputFormat[] } = {},
): Promise<{ selection: Selection; table: ComparisonTable }> {
  const selection = await select(values, cwd, options);
  return { selection, table: alignSelection(selection) };
}
