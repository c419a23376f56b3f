import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { findIndicator } from "../registry/indicators.js";
import { getRegion } from "../registry/regions.js";
import { canConvert, units } from "../registry/units.js";
import { KindSchema, MeasureSchema, QualifierSchema } from "../schema/observation.js";

/**
 * Checks the hand-made corpus gold set (__fixtures__/corpus-gold/<folder>/*.jsonl, format in
 * FORMAT.md): every line parses, every fact is in scope (scope.json), its period is the report's
 * review or plan year as its kind says, and — when the development corpus (../shared/corpus,
 * outside the repository) is present — its quote is the text's slice at its offsets.
 */
const goldDir = new URL("./__fixtures__/corpus-gold/", import.meta.url);
// DUIBI_CORPUS points elsewhere (or at nothing, to see what a fresh clone checks).
const corpusDir = process.env.DUIBI_CORPUS
  ? pathToFileURL(`${process.env.DUIBI_CORPUS.replace(/\/$/, "")}/`)
  : new URL("../../../../../shared/corpus/", import.meta.url);
const FOLDERS = ["chongqing", "prefecture", "shenzhen"] as const;
const scope = JSON.parse(readFileSync(new URL("scope.json", goldDir), "utf8")) as {
  indicators: Record<string, string[]>;
};

const year = z.number().int().min(1990).max(2100);
const DocumentLine = z.strictObject({
  type: z.literal("document"),
  file: z.string().regex(/^(chongqing|prefecture|shenzhen)\/[^/]+\.(md|txt)$/),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  regionCode: z.string().regex(/^\d{6}$/),
  regionName: z.string().min(2),
  province: z.string().min(2),
  sessionYear: year,
  reviewYear: year,
  planYear: year,
  named: z.enum(["title", "dateline", "self", "none"]),
});
const FactLine = z.strictObject({
  type: z.literal("fact"),
  indicator: z.string(),
  measure: MeasureSchema,
  period: year,
  kind: KindSchema,
  value: z.number().finite(),
  unit: z.string().min(1),
  qualifier: QualifierSchema,
  bounds: z.strictObject({ low: z.number().finite(), high: z.number().finite() }).optional(),
  nameAsWritten: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  quote: z.string().min(1),
});
type DocumentLine = z.infer<typeof DocumentLine>;
const quantityOf = (unit: string) => units().find((u) => u.id === unit)?.quantity;
type FactLine = z.infer<typeof FactLine>;

interface GoldFile {
  path: string;
  lines: string[];
}

const files: GoldFile[] = FOLDERS.flatMap((folder) => {
  const dir = new URL(`${folder}/`, goldDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()
    .map((f) => ({
      path: `${folder}/${f}`,
      lines: readFileSync(new URL(f, dir), "utf8")
        .split("\n")
        .filter((l) => l.trim() !== ""),
    }));
});
const corpusPresent = existsSync(new URL("MANIFEST.json", corpusDir));

/** Every problem of one gold file, as readable lines (empty: the file is right). */
function problemsOf(file: GoldFile, text: string | undefined): string[] {
  const problems: string[] = [];
  const first = DocumentLine.safeParse(JSON.parse(file.lines[0] ?? "null"));
  if (!first.success) return [`line 1 is not a document line: ${z.prettifyError(first.error)}`];
  const doc: DocumentLine = first.data;
  const base = file.path.replace(/\.jsonl$/, "");
  if (doc.file.replace(/\.(md|txt)$/, "") !== base) problems.push(`document file ${doc.file} is not ${base}.*`);
  if (getRegion(doc.regionCode) === undefined) problems.push(`region code ${doc.regionCode} is not in the registry`);
  if (doc.planYear !== doc.reviewYear + 1) problems.push(`planYear ${doc.planYear} ≠ reviewYear ${doc.reviewYear} + 1`);
  if (doc.planYear !== doc.sessionYear && doc.reviewYear !== doc.sessionYear - 1)
    problems.push(`session ${doc.sessionYear} is neither the plan year nor the year after the review`);
  if (text !== undefined && createHash("sha256").update(text, "utf8").digest("hex") !== doc.sha256)
    problems.push(`sha256 of ${doc.file} differs from the document line`);
  file.lines.slice(1).forEach((line, i) => {
    const at = `line ${i + 2}`;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      problems.push(`${at}: not JSON`);
      return;
    }
    const parsed = FactLine.safeParse(json);
    if (!parsed.success) {
      problems.push(`${at}: ${z.prettifyError(parsed.error)}`);
      return;
    }
    const f: FactLine = parsed.data;
    const measures = scope.indicators[f.indicator];
    if (measures === undefined) problems.push(`${at}: indicator ${f.indicator} is out of scope`);
    else if (!measures.includes(f.measure)) problems.push(`${at}: ${f.indicator} has no measure ${f.measure} in scope`);
    const indicator = findIndicator(f.indicator);
    if (indicator === undefined) problems.push(`${at}: indicator ${f.indicator} is not in the registry`);
    const target = f.measure === "level" ? indicator?.unit : "%";
    // 新增城镇就业岗位16万个: jobs counted as posts (个) are still people's jobs.
    const posts = indicator?.quantity === "persons" && quantityOf(f.unit) === "count";
    if (target !== undefined && !canConvert(f.unit, target) && !posts)
      problems.push(`${at}: unit ${f.unit} does not convert to ${target}`);
    const period = f.kind === "target" ? doc.planYear : doc.reviewYear;
    if (f.period !== period) problems.push(`${at}: a ${f.kind} of ${f.period}, not of ${period}`);
    if ((f.qualifier === "range") !== (f.bounds !== undefined))
      problems.push(`${at}: bounds go with qualifier range, and only with it`);
    if (f.bounds && f.bounds.low > f.bounds.high) problems.push(`${at}: bounds low > high`);
    if (f.end - f.start !== f.quote.length) problems.push(`${at}: end − start ≠ quote length`);
    if (text !== undefined && text.slice(f.start, f.end) !== f.quote)
      problems.push(`${at}: text.slice(${f.start}, ${f.end}) is «${text.slice(f.start, f.end)}», not «${f.quote}»`);
  });
  return problems;
}

describe("corpus gold set", () => {
  it("has gold files, each at <folder>/<corpus file name>.jsonl", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it("names in scope.json only registered indicators and measures", () => {
    for (const [id, measures] of Object.entries(scope.indicators)) {
      expect(findIndicator(id), id).toBeDefined();
      for (const m of measures) expect(MeasureSchema.safeParse(m).success, `${id} ${m}`).toBe(true);
    }
  });

  const what = corpusPresent
    ? "schema, scope, periods, quote = text slice and sha256"
    : "schema, scope and periods (quote = text slice and sha256 NOT checked: ../shared/corpus absent)";
  for (const file of files) {
    it(`${file.path}: ${what}`, () => {
      const doc = JSON.parse(file.lines[0] ?? "{}") as { file?: string };
      const source = doc.file === undefined ? undefined : new URL(doc.file, corpusDir);
      const text = corpusPresent && source && existsSync(source) ? readFileSync(source, "utf8") : undefined;
      if (corpusPresent) expect(text, `${doc.file} is not in the corpus`).toBeDefined();
      expect(problemsOf(file, text)).toEqual([]);
    });
  }

  it("finds the problems it is meant to find (a doctored file)", () => {
    const good = files[0];
    expect(good).toBeDefined();
    if (!good) return;
    const doc = JSON.parse(good.lines[0] ?? "{}") as DocumentLine;
    const bad = (fact: Partial<FactLine>) =>
      JSON.stringify({
        type: "fact",
        indicator: "gdp",
        measure: "level",
        period: doc.reviewYear,
        kind: "actual",
        value: 1,
        unit: "亿元",
        qualifier: "exact",
        nameAsWritten: "生产总值",
        start: 0,
        end: 4,
        quote: "生产总值",
        ...fact,
      });
    const doctored: GoldFile = {
      path: good.path,
      lines: [
        good.lines[0] ?? "",
        bad({ indicator: "tourism.visitors" }),
        bad({ kind: "target" }),
        bad({ unit: "万人" }),
        bad({ qualifier: "range" }),
        bad({ end: 9 }),
        bad({ measure: "rate" }),
      ],
    };
    const problems = problemsOf(doctored, undefined);
    expect(problems.some((p) => p.startsWith("line 2") && p.includes("out of scope"))).toBe(true);
    expect(problems.some((p) => p.startsWith("line 3") && p.includes("not of"))).toBe(true);
    expect(problems.some((p) => p.startsWith("line 4") && p.includes("does not convert"))).toBe(true);
    expect(problems.some((p) => p.startsWith("line 5") && p.includes("bounds"))).toBe(true);
    expect(problems.some((p) => p.startsWith("line 6") && p.includes("quote length"))).toBe(true);
    expect(problems.some((p) => p.startsWith("line 7") && p.includes("no measure rate"))).toBe(true);
    const sliced = problemsOf({ path: good.path, lines: [good.lines[0] ?? "", bad({})] }, "地区生产总值");
    expect(sliced.some((p) => p.includes("text.slice(0, 4)"))).toBe(true);
  });
});
