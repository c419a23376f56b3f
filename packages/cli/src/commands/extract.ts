import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import {
  buildDataset,
  type Document,
  datasetToCsv,
  describeDocument,
  duibiError,
  type ExtractResult,
  extract,
  findRegion,
  isDuibiError,
  type Observation,
  readText,
  type Unmapped,
} from "@duibi/core";
import { intOption, oneOf, parse } from "../args.js";
import type { CliContext } from "../context.js";
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
    { region: { type: "string" }, year: { type: "string" }, format: { type: "string" }, out: { type: "string" } },
    ctx.usage,
    true,
  );
  if (positionals.length === 0) throw new UsageError("give at least one report text file");
  const format = oneOf("format", values.format, FORMATS, "json");
  const year = intOption("year", values.year);
  if (values.region !== undefined) findRegion(values.region); // a bad --region fails before any file is read
  const output: ExtractOutput = { documents: [], observations: [], unmapped: [] };
  let failed = 0;
  for (const [index, file] of positionals.entries()) {
    const result = await extractFile(ctx, file, { region: values.region, year });
    if (result === null) failed++;
    else {
      output.documents.push(result.document);
      output.observations.push(...result.observations);
      output.unmapped.push(...result.unmapped);
    }
    if (positionals.length > 1) {
      const counts = result
        ? `${result.observations.length} observations, ${result.unmapped.length} unmapped`
        : "skipped";
      ctx.stderr.write(`[${index + 1}/${positionals.length}] ${file}: ${counts}\n`);
    }
  }
  const text = render(output, format);
  if (values.out === undefined) ctx.stdout.write(text);
  else await writeOut(resolve(ctx.cwd, values.out), text);
  return failed > 0 ? 1 : 0;
}

async function extractFile(
  ctx: CliContext,
  file: string,
  options: { region: string | undefined; year: number | undefined },
): Promise<(ExtractResult & { document: Document }) | null> {
  try {
    const { text } = await readText(resolve(ctx.cwd, file));
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

async function writeOut(path: string, text: string): Promise<void> {
  try {
    await writeFile(path, text, "utf8");
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw duibiError("file_unwritable", { path, detail }, { where: path, cause: error });
  }
}

function render(output: ExtractOutput, format: (typeof FORMATS)[number]): string {
  if (format === "json") return `${JSON.stringify(output, null, 2)}\n`;
  if (format === "jsonl") return output.observations.map((o) => `${JSON.stringify(o)}\n`).join("");
  return datasetToCsv(buildDataset({ observations: output.observations, documents: output.documents }));
}
