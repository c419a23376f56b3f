import { resolve } from "node:path";
import {
  buildDataset,
  type Document,
  datasetToCsv,
  extractReports,
  findRegion,
  gatherReports,
  isSameFile,
  listReports,
  MAX_TEXT_BYTES,
  type Observation,
  type Unmapped,
  writeAtomic,
  writeParquet,
} from "@duibi/core";
import { intOption, oneOf, parse } from "../args.js";
import type { CliContext } from "../context.js";
import { createProgress } from "../progress.js";
import { UsageError } from "../usage.js";

const FORMATS = ["json", "jsonl", "csv", "parquet"] as const;

/** What `duibi extract` prints as JSON. */
export interface ExtractOutput {
  documents: Document[];
  observations: Observation[];
  unmapped: Unmapped[];
}

/**
 * `duibi extract <file|folder|glob...>`: the observations found in each report text,
 * each with the sentence it came from. Folders are walked for `.txt` and `.md` files;
 * the files are read on every core (`--jobs N`; 1 reads in this thread), and the output is
 * the same whatever the number of jobs. A file that cannot be read (missing, empty,
 * binary, a PDF, undecodable) is reported on stderr and skipped; the others are still read
 * and the exit code is 1. Progress goes to stderr: a bar on a terminal, a line per file
 * otherwise, nothing with `--quiet`.
 */
export async function run(ctx: CliContext): Promise<number> {
  const { values, positionals } = parse(
    ctx.argv,
    {
      region: { type: "string" },
      year: { type: "string" },
      format: { type: "string" },
      out: { type: "string" },
      "max-bytes": { type: "string" },
      jobs: { type: "string" },
      quiet: { type: "boolean" },
    },
    ctx.usage,
    true,
  );
  if (positionals.length === 0) throw new UsageError("give at least one report text file or folder");
  const format = oneOf("format", values.format, FORMATS, "json");
  const year = intOption("year", values.year);
  const maxBytes = maxBytesOption(values["max-bytes"]);
  const jobs = jobsOption(values.jobs);
  const out = values.out === undefined ? undefined : resolve(ctx.cwd, values.out);
  const files = await listReports(positionals, ctx.cwd);
  // Checked before reading anything: writing over a report text would lose it.
  if (
    out !== undefined &&
    (await someSameFile(
      out,
      files.map((f) => f.path),
    ))
  ) {
    throw new UsageError(`--out ${values.out} is one of the input files`, "Choose another --out file.");
  }
  if (values.region !== undefined) findRegion(values.region); // a bad --region fails before any file is read
  const progress = createProgress(ctx.stderr, files.length, { quiet: values.quiet === true });
  const outcomes = await extractReports(files, {
    ...(jobs === undefined ? {} : { jobs }),
    ...(values.region === undefined ? {} : { region: values.region }),
    ...(year === undefined ? {} : { year }),
    maxBytes,
    onFile: ({ index, file, outcome }) => {
      if (outcome.ok) {
        for (const d of outcome.diagnostics) progress.message(`duibi extract: ${file.id}: warning: ${d.message}\n`);
      } else {
        const lines = [`duibi extract: ${file.id}: ${outcome.error.message}`];
        if (outcome.error.hint) lines.push(`  hint:  ${outcome.error.hint}`);
        progress.message(`${lines.join("\n")}\n`);
      }
      const counts = outcome.ok
        ? `${outcome.observations.length} observations, ${outcome.unmapped.length} unmapped`
        : "skipped";
      progress.tick(`[${index + 1}/${files.length}] ${file.id}: ${counts}`, 0, !outcome.ok);
    },
  });
  progress.end();
  const { documents, observations, unmapped, failures } = gatherReports(files, outcomes);
  if (failures.length > 0 && files.length > 1) {
    const names = failures.map((f) => f.file.id).join(", ");
    ctx.stderr.write(`duibi extract: ${failures.length} files not read: ${names}\n`);
  }
  await emit(ctx, out, format, { documents, observations, unmapped });
  return failures.length > 0 ? 1 : 0;
}

/** Reads --jobs: a whole number ≥ 1; default every core. */
function jobsOption(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(raw)) throw new UsageError(`--jobs must be a whole number of at least 1; got "${raw}"`);
  return Number(raw);
}

async function someSameFile(out: string, inputs: readonly string[]): Promise<boolean> {
  for (const input of inputs) if (await isSameFile(out, input)) return true;
  return false;
}

/** Reads --max-bytes: a whole number of bytes, default {@link MAX_TEXT_BYTES}. */
function maxBytesOption(raw: string | undefined): number {
  if (raw === undefined) return MAX_TEXT_BYTES;
  if (!/^[1-9]\d*$/.test(raw)) throw new UsageError(`--max-bytes must be a whole number of bytes; got "${raw}"`);
  return Number(raw);
}

/** Writes the output to stdout or to --out (see `writeAtomic`: a file is replaced whole, a device or FIFO written through). */
async function emit(
  ctx: CliContext,
  path: string | undefined,
  format: (typeof FORMATS)[number],
  output: ExtractOutput,
): Promise<void> {
  const chunks = render(output, format);
  if (path === undefined) {
    for await (const chunk of chunks) await writeTo(ctx.stdout, chunk);
    return;
  }
  await writeAtomic(path, chunks);
}

/** Writes a chunk, waiting for the stream to drain when it asks to. */
async function writeTo(stream: CliContext["stdout"], chunk: string | Uint8Array): Promise<void> {
  const more = stream.write(chunk);
  const emitter = stream as Partial<Pick<NodeJS.EventEmitter, "once">>;
  if (!more && typeof emitter.once === "function") {
    await new Promise<void>((done) => emitter.once?.("drain", () => done()));
  }
}

const CHUNK = 1 << 20;

/**
 * The output in chunks of about a megabyte: a huge text's JSON is longer than one
 * JavaScript string may be. JSON is byte for byte `JSON.stringify(output, null, 2)` + newline.
 */
async function* render(output: ExtractOutput, format: (typeof FORMATS)[number]): AsyncGenerator<string | Uint8Array> {
  if (format === "parquet" || format === "csv") {
    const dataset = buildDataset({ observations: output.observations, documents: output.documents });
    yield format === "csv" ? datasetToCsv(dataset) : await writeParquet(dataset);
    return;
  }
  let buffer = "";
  if (format === "jsonl") {
    for (const o of output.observations) {
      buffer += `${JSON.stringify(o)}\n`;
      if (buffer.length >= CHUNK) {
        yield buffer;
        buffer = "";
      }
    }
    if (buffer !== "") yield buffer;
    return;
  }
  buffer = "{\n";
  const keys = ["documents", "observations", "unmapped"] as const;
  for (const [k, key] of keys.entries()) {
    const items: readonly unknown[] = output[key];
    if (items.length === 0) buffer += `  "${key}": []`;
    else {
      buffer += `  "${key}": [\n`;
      for (const [i, item] of items.entries()) {
        // Two levels deep, JSON.stringify indents four more spaces (a JSON string holds no raw newline).
        buffer += `    ${JSON.stringify(item, null, 2).replaceAll("\n", "\n    ")}${i < items.length - 1 ? ",\n" : "\n"}`;
        if (buffer.length >= CHUNK) {
          yield buffer;
          buffer = "";
        }
      }
      buffer += "  ]";
    }
    buffer += k < keys.length - 1 ? ",\n" : "\n";
  }
  yield `${buffer}}\n`;
}
