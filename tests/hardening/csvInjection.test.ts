/**
 * CSV formula injection, second round: every CSV duibi writes goes through one writer with
 * one guard (core's `formatCsv`), which covers =, +, -, @, tab and CR, leaves numbers as
 * numbers, and the dataset CSV still round-trips exactly.
 */
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { buildDataset, type Dataset, datasetFromCsv, datasetToCsv, loadSeeds, parseCsv } from "@duibi/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, SEED_TEXTS, tempDir } from "./helpers.js";

const FORMULAS = [
  '=HYPERLINK("http://x","y")',
  "@SUM(1+1)",
  "+1+cmd",
  "-2+3+cmd",
  "\t=1+1",
  "\r=1+1",
  "-0.5",
  "'=already quoted",
] as const;

/** The seeds with formula text in every free-text field a CSV carries. */
function formulaDataset(): Dataset {
  const seeds = loadSeeds();
  const pick = (i: number) => FORMULAS[i % FORMULAS.length]!;
  const docId = new Map(seeds.documents.map((d, i) => [d.id, `${pick(i)}-${i}.txt`]));
  // built, so it is in canonical order (documents sorted by their new ids)
  return buildDataset({
    documents: seeds.documents.map((d) => ({ ...d, id: docId.get(d.id)! })),
    observations: seeds.observations.map((o, i) => ({
      ...o,
      regionName: pick(i + 1),
      nameAsWritten: pick(i + 2),
      source: { ...o.source, document: docId.get(o.source.document)!, quote: pick(i) },
      ...(o.alsoIn
        ? { alsoIn: o.alsoIn.map((s) => ({ ...s, document: docId.get(s.document)!, quote: pick(i) })) }
        : {}),
    })),
  });
}

/** Fields a spreadsheet would run: starting with =, +, -, @, tab or CR and not a plain decimal number. */
function liveFormulas(csv: string): string[] {
  return parseCsv(csv)
    .flatMap((r) => r.fields)
    .filter((f) => /^[=+\-@\t\r]/.test(f) && !/^-\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i.test(f));
}

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
  await writeFile(join(dir, "formula.json"), JSON.stringify(formulaDataset()));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("one CSV writer, one guard, every CSV", () => {
  it("datasetToCsv guards every formula-like text cell and datasetFromCsv reads back exactly what it wrote", () => {
    const dataset = formulaDataset();
    const csv = datasetToCsv(dataset);
    expect(liveFormulas(csv)).toEqual([]);
    expect(csv).toContain("'=HYPERLINK(");
    expect(csv).toContain("''=already quoted");
    expect(datasetFromCsv(csv, { documents: dataset.documents })).toEqual(dataset);
  });

  it("a negative number in a value column stays a number, a -0.5 quote becomes text", () => {
    const seeds = loadSeeds();
    const negative = { ...seeds, observations: seeds.observations.map((o) => ({ ...o, value: -0.5, quote: "-0.5" })) };
    const [header, first] = parseCsv(datasetToCsv(negative)).map((r) => r.fields);
    expect(first![header!.indexOf("value")]).toBe("-0.5");
    const quoted = parseCsv(datasetToCsv(formulaDataset())).map((r) => r.fields);
    expect(quoted.flat()).toContain("'-0.5");
  });

  it.each([
    ["compare", ["compare", "--data", "formula.json", "--period", "2023", "--format", "csv"]],
    ["gaps", ["gaps", "--data", "formula.json", "--period", "2023", "--format", "csv"]],
    ["rank", ["rank", "--data", "formula.json", "--period", "2023", "--format", "csv"]],
    ["ambition", ["ambition", "--data", "formula.json", "--format", "csv"]],
  ])("%s --format csv holds no live formula", async (_, argv) => {
    const run = await runCli(argv, dir);
    expect(run.code, run.stderr).toBe(0);
    expect(liveFormulas(run.stdout)).toEqual([]);
    expect(run.stdout.length).toBeGreaterThan(100);
  });

  it("the report's data.csv holds no live formula (a leading - or tab was not guarded)", async () => {
    const run = await runCli(["report", "--data", "formula.json", "--out", "r"], dir);
    expect(run.code, run.stderr).toBe(0);
    const csv = await readFile(join(dir, "r", "data.csv"), "utf8");
    expect(liveFormulas(csv)).toEqual([]);
    expect(csv).toContain("'\t=1+1");
    expect(csv).toContain("'-2+3+cmd");
  });

  it("extract --format csv of a file named =HYPERLINK(…).txt writes no = cell", async () => {
    const name = '=HYPERLINK("http:x")-.txt';
    await writeFile(join(dir, name), SEED_TEXTS.find((t) => t.name.startsWith("001_"))!.text);
    const run = await runCli(["extract", name, "--format", "csv"], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(liveFormulas(run.stdout)).toEqual([]);
    expect(run.stdout).toContain("'=HYPERLINK(");
  });
});
