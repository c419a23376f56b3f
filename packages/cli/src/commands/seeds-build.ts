import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import {
  buildDataset,
  type Dataset,
  type Document,
  describeDocument,
  duibiError,
  type ExtractOptions,
  extract,
  isUnregistered,
  type Observation,
  ObservationSchema,
  readText,
  serializeDataset,
  writeAtomic,
} from "@duibi/core";
import { parse } from "../args.js";
import type { CliContext } from "../context.js";

/**
 * What the seeds are built from. 000 (a newspaper page carrying the first
 * columns of 武隆's report) is left out: it breaks off before any figure and
 * carries other news whose figures are not the report's. From 003 (武隆's
 * gazette) only the 2024 工业和信息化工作要点 is read: targets for 2024.
 */
export const SEED_SOURCES: readonly SeedSource[] = [
  { file: "001_8f9e7cf461ee1142.txt" },
  { file: "004_4fe08f7bbbc0cf7d.txt" },
  {
    file: "003_ef7b3d82409e665a.txt",
    from: "\n2024年武隆区工业和信息化工作要点\n",
    to: "（上接第",
    options: { region: "500156", year: 2024, kind: "target" },
    title: "2024年武隆区工业和信息化工作要点",
  },
];

/** One source document and, for a compilation, the part of it to read. */
export interface SeedSource {
  file: string;
  /** Read from this marker (exclusive of a leading line break) … */
  from?: string;
  /** … up to this one (default: the end). */
  to?: string;
  options?: Omit<ExtractOptions, "document">;
  title?: string;
}

/** A reviewed correction: what the extractor gets wrong, with why. */
export interface Override {
  op: "add" | "remove" | "replace";
  document: string;
  /** The quote of the observation to remove or replace (exact), or the text an added one quotes (unique in the document). */
  quote?: string;
  start?: number;
  /** Narrows remove/replace to one indicator (and measure) when a quote holds several figures. */
  indicator?: string;
  measure?: string;
  /** For add: the observation without region and source; for replace: the fields to change. */
  observation?: Partial<Observation>;
  reason: string;
}

/**
 * `duibi seeds-build [--check]`: extracts the seed reports, applies the
 * reviewed overrides (seeds/overrides.json) and writes seeds/dataset.json in
 * dataset order (2-space JSON, final newline). With --check, writes nothing and
 * exits 1 when the committed file differs from what the build gives.
 */
export async function run(ctx: CliContext): Promise<number> {
  const { values } = parse(ctx.argv, { check: { type: "boolean" } }, ctx.usage);
  const seeds = findSeeds(ctx.cwd);
  const { dataset, applied } = await buildSeeds(seeds);
  const text = serializeDataset(dataset, "json");
  const target = join(seeds, "dataset.json");
  const counts = dataset.regions.map(
    (r) => `${r.name} ${dataset.observations.filter((o) => o.regionCode === r.code).length}`,
  );
  if (values.check) {
    const committed = existsSync(target) ? await readFile(target, "utf8") : "";
    if (committed !== text) {
      ctx.stderr.write(
        `duibi seeds-build: ${target} differs from a fresh build.\n  hint:  run \`pnpm seeds:build\` and commit the result.\n`,
      );
      return 1;
    }
    ctx.stdout.write(`seeds/dataset.json is up to date (${counts.join(", ")}).\n`);
    return 0;
  }
  // Temporary file, then rename: an interrupted build never leaves half a dataset.json.
  await writeAtomic(target, text);
  ctx.stdout.write(
    `wrote ${target}: ${dataset.observations.length} observations (${counts.join(", ")}), ${applied} overrides applied.\n`,
  );
  return 0;
}

/** The `seeds/` folder: the nearest one up from `cwd` that holds `sources/`. */
function findSeeds(cwd: string): string {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "seeds", "sources"))) return join(dir, "seeds");
    if (dirname(dir) === dir) throw duibiError("file_not_found", { path: join(resolve(cwd), "seeds/sources") });
  }
}

/**
 * Builds the seeds dataset from `seeds/sources/` and `seeds/overrides.json`.
 *
 * @param seeds - the seeds folder
 * @returns the dataset and how many overrides were applied
 * @throws DuibiError `invalid_dataset` when an override matches nothing or an added quote is not unique
 */
export async function buildSeeds(seeds: string): Promise<{ dataset: Dataset; applied: number }> {
  const documents: Document[] = [];
  const texts = new Map<string, string>();
  let observations: Observation[] = [];
  for (const source of SEED_SOURCES) {
    const { text } = await readText(join(seeds, "sources", source.file));
    texts.set(source.file, text);
    const from = source.from === undefined ? 0 : text.indexOf(source.from) + 1;
    const to = source.to === undefined ? text.length : text.indexOf(source.to, from);
    if (from <= 0 && source.from !== undefined) throw stale(`${source.file} has no "${source.from.trim()}"`);
    const part = text.slice(from, to < 0 ? text.length : to);
    const result = extract(part, { document: source.file, ...source.options });
    const document = describeDocument(text, source.file, result);
    documents.push(source.title === undefined ? document : { ...document, title: source.title, type: "gazette" });
    observations.push(...result.observations.map((o) => shift(o, from)));
  }
  const overrides = await readOverrides(join(seeds, "overrides.json"));
  for (const override of overrides) observations = applyOverride(observations, override, texts);
  return { dataset: buildDataset({ observations, documents }), applied: overrides.length };
}

function shift(o: Observation, by: number): Observation {
  return by === 0 ? o : { ...o, source: { ...o.source, start: o.source.start + by, end: o.source.end + by } };
}

async function readOverrides(path: string): Promise<Override[]> {
  if (!existsSync(path)) return [];
  const json = JSON.parse(await readFile(path, "utf8")) as { overrides?: Override[] };
  return json.overrides ?? [];
}

function stale(detail: string) {
  return duibiError("invalid_dataset", { detail: `seeds override: ${detail}` }, { where: "seeds/overrides.json" });
}

function matches(o: Observation, e: Override): boolean {
  return (
    o.source.document === e.document &&
    (e.quote === undefined || o.source.quote === e.quote) &&
    (e.start === undefined || o.source.start === e.start) &&
    (e.indicator === undefined || o.indicator === e.indicator) &&
    (e.measure === undefined || o.measure === e.measure)
  );
}

/**
 * Applies one override. Every override must still match: one that matches
 * nothing means the extractor changed, and the override must be reviewed.
 */
function applyOverride(observations: Observation[], e: Override, texts: ReadonlyMap<string, string>): Observation[] {
  const label = `${e.op} ${e.document} «${e.quote ?? e.start}»`;
  if (e.op === "add") return [...observations, added(observations, e, texts, label)];
  const hits = observations.filter((o) => matches(o, e));
  if (hits.length === 0) throw stale(`${label} matches no observation`);
  if (e.op === "remove") return observations.filter((o) => !matches(o, e));
  return observations.map((o) => (matches(o, e) ? replaced(o, e) : o));
}

/** The observation with the override's fields; one given a registry indicator is no longer unregistered. */
function replaced(o: Observation, e: Override): Observation {
  const { unregistered, ...rest } = { ...o, ...e.observation };
  const loose = unregistered === true && isUnregistered(rest.indicator);
  return ObservationSchema.parse(loose ? { ...rest, unregistered } : rest);
}

function added(
  observations: Observation[],
  e: Override,
  texts: ReadonlyMap<string, string>,
  label: string,
): Observation {
  const text = texts.get(e.document);
  const quote = e.quote ?? "";
  const start = text?.indexOf(quote) ?? -1;
  if (text === undefined || quote === "" || start < 0 || text.indexOf(quote, start + 1) >= 0) {
    throw stale(`${label}: the quote must occur exactly once in the document`);
  }
  const region = observations.find((o) => o.source.document === e.document);
  if (!region) throw stale(`${label}: no region known for ${e.document}`);
  return ObservationSchema.parse({
    regionCode: region.regionCode,
    regionName: region.regionName,
    ...e.observation,
    source: { document: e.document, start, end: start + quote.length, quote },
  });
}
