import { resolve } from "node:path";
import {
  buildDataset,
  type Document,
  datasetToCsv,
  describeDocument,
  type ExtractResult,
  extract,
  findRegion,
  isDuibiError,
  MAX_TEXT_BYTES,
  type Observation,
  readText,
  type Unmapped,
  writeAtomic,
} from "@duibi/core";
import { intOption, oneOf, parse } from "../args.js";
import type { CliContext } from "../context.js";
import { isSameFile } from "../sameFile.js";
import { UsageError } from "../usage.js";

const FORMATS = ["json", "jsonl", "csv"] as const;

/** What `duibi extract` prints as JSON. */
export interface ExtractOutput {
  documents: Document[];
  observations: Observation[];
  unmapped: Unmapped[];
}

/**
 * `duibi extract <file...>`: the observations found in each report text, each
 * with the sentence it came from. A file that cannot be read (missing, empty,
 * binary, a PDF, undecodable) is reported on stderr and skipped; the others are
 * still read and the exit code is 1. Progress goes to stderr for several files.
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
    },
    ctx.usage,
    true,
  );
  if (positionals.length === 0) throw new UsageError("give at least one report text file");
  const format = oneOf("format", values.format, FORMATS, "json");
  const year = intOption("year", values.year);
  const maxBytes = maxBytesOption(values["max-bytes"]);
  const out = values.out === undefined ? undefined : resolve(ctx.cwd, values.out);
  // Checked before reading anything: writing over a report text would lose it.
  const inputs = positionals.map((file) => resolve(ctx.cwd, file));
  if (out !== undefined && (await someSameFile(out, inputs))) {
    throw new UsageError(`--out ${values.out} is one of the input files`, "Choose another --out file.");
  }
  if (values.region !== undefined) findRegion(values.region); // a bad --region fails before any file is read
  const output: ExtractOutput = { documents: [], observations: [], unmapped: [] };
  let failed = 0;
  for (const [index, file] of positionals.entries()) {
    const result = await extractFile(ctx, file, { region: values.region, year, maxBytes });
    if (result === null) failed++;
    else {
      output.documents.push(result.document);
      // A loop, not push(...items): a huge text yields more items than a call may take arguments.
      for (const o of result.observations) output.observations.push(o);
      for (const u of result.unmapped) output.unmapped.push(u);
    }
    if (positionals.length > 1) {
      const counts = result
        ? `${result.observations.length} observations, ${result.unmapped.length} unmapped`
        : "skipped";
      ctx.stderr.write(`[${index + 1}/${positionals.length}] ${file}: ${counts}\n`);
    }
  }
  const text = render(output, format);
  if (out === undefined) ctx.stdout.write(text);
  else await writeAtomic(out, text); // a device or FIFO is written through, a file replaced whole
  return failed > 0 ? 1 : 0;
}

async function extractFile(
  ctx: CliContext,
  file: string,
  options: { region: string | undefined; year: number | undefined; maxBytes: number },
): Promise<(ExtractResult & { document: Document }) | null> {
  try {
    const { text } = await readText(resolve(ctx.cwd, file), { maxBytes: options.maxBytes });
    const result = extract(text, {
      document: file,
      ...(options.region === undefined ? {} : { region: options.region }),
      ...(options.year === undefined ? {} : { year: options.year }),
    });
    for (const d of result.diagnostics) ctx.stderr.write(`duibi extract: ${file}: warning: ${d.message}\n`);
    return { ...result, document: describeDocument(text, file, result) };
  } catch (error) {
    if (!isDuibiError(error)) throw error;
    const lines = [`duibi extract: ${file}: ${error.message}`];
    if (error.hint) lines.push(`  hint:  ${error.hint}`);
    ctx.stderr.write(`${lines.join("\n")}\n`);
    return null;
  }
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

function render(output: ExtractOutput, format: (typeof FORMATS)[number]): string {
  if (format === "json") return `${JSON.stringify(output, null, 2)}\n`;
  if (format === "jsonl") return output.observations.map((o) => `${JSON.stringify(o)}\n`).join("");
  return datasetToCsv(buildDataset({ observations: output.observations, documents: output.documents }));
}
