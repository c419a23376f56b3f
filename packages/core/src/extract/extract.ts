import { normalizeText } from "../clean/normalizeText.js";
import { isDuibiError } from "../errors/DuibiError.js";
import { findRegion } from "../registry/regions.js";
import type { Region } from "../schema/region.js";
import { detectRegion } from "./detectRegion.js";
import { detectYear } from "./detectYear.js";
import { dropMilestones, extractSentence, type ReportReading } from "./extractSentence.js";
import { findParts } from "./findParts.js";
import { buildLexicon } from "./lexicon.js";
import { type Span, splitSentences } from "./splitSentences.js";
import type { Diagnostic, ExtractOptions, ExtractResult } from "./types.js";

/**
 * Reads the figures a government work report states and returns them as
 * sourced observations. Pure and synchronous; never throws, whatever the string
 * (a failure becomes an `internal_error` diagnostic).
 *
 * 1. normalize the text, keeping a map back to the original (`normalizeText`);
 * 2. read the region and year from the header unless the options give them;
 * 3. find the review (→ last year's actuals, 预计 → estimates) and the plan
 *    (→ this year's targets) (`findParts`, `kindAt`);
 * 4. per sentence, find the figures (`scanMentions`) and tie each to its name
 *    (`readSentence`: 分别, 均, shared subjects);
 * 5. map names to indicators through the registry's aliases and decide the
 *    measure (`resolveFact`); a name the registry lacks keeps its figure as an
 *    observation flagged `unregistered` (indicator `unregistered:` + the name,
 *    see `unregisteredId`); what cannot be an observation at all (a five-year
 *    figure, a 分别 list that does not pair, no region or year) goes to `unmapped`.
 *
 * Every `source` holds offsets into the ORIGINAL text and `quote === text.slice(start, end)`.
 *
 * @param text - the report's text as read (BOM stripped, line endings untouched)
 * @param options - `document` id; `region`, `year`, `kind` override what the text says
 * @returns observations in text order, unmapped figures, diagnostics, the region and year used
 * @example
 * const r = extract("2024年重庆市万州区政府工作报告\n一、2023年工作回顾\n实现地区生产总值1179.4亿元、增长6.9%。", { document: "wz.txt" });
 * r.observations.map((o) => [o.indicator, o.measure, o.period, o.value]);
 * // => [["gdp", "level", 2023, 1179.4], ["gdp", "growth", 2023, 6.9]]
 */
export function extract(text: string, options: ExtractOptions): ExtractResult {
  const diagnostics: Diagnostic[] = [];
  try {
    return run(typeof text === "string" ? text : "", options, diagnostics);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    diagnostics.push({ code: "internal_error", message: `extraction stopped: ${message}` });
    return { observations: [], unmapped: [], diagnostics, region: null, year: null };
  }
}

function run(original: string, options: ExtractOptions, diagnostics: Diagnostic[]): ExtractResult {
  const normalized = normalizeText(original);
  const text = normalized.text;
  const region = chooseRegion(text, options.region, diagnostics);
  const year = chooseYear(text, options.year, diagnostics);
  const parts = findParts(text, year);
  const report: ReportReading = {
    original,
    normalized,
    text,
    kind: options.kind,
    region,
    year,
    parts,
    lexicon: buildLexicon(),
    document: String(options.document ?? ""),
    lastYearWord: year === null ? "" : `${year - 1}年`,
    // 实现地区生产总值1418亿元（预计数，下同）: every later figure of the review is an estimate.
    estimatesFrom: estimatesFollow(text, parts.plan),
    observations: [],
    unmapped: [],
  };
  extractSentences(report, splitSentences(text));
  dropMilestones(report.observations, report.unmapped);
  return { observations: report.observations, unmapped: report.unmapped, diagnostics, region, year };
}

/**
 * The loop over a report's sentences, in a function of its own: its optimized code (compiled
 * while the loop runs) holds the loop alone, not the setup above it.
 */
function extractSentences(report: ReportReading, sentences: readonly Span[]): void {
  let estimateOpen = false;
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!;
    estimateOpen = extractSentence(report, sentence.start, sentence.end, estimateOpen);
  }
}

const ESTIMATES_FOLLOW = /预计(?:数|数据|值)?[，、（(]?(?:下同|以下同)/;

/** Where a 预计数，下同 note starts (its figures and all after it in the review are estimates); Infinity when none. */
function estimatesFollow(text: string, plan: number): number {
  const hit = ESTIMATES_FOLLOW.exec(plan > 0 ? text.slice(0, plan) : text);
  if (hit === null) return Number.POSITIVE_INFINITY;
  // The note follows the first figure it covers: start at that figure's sentence.
  const before = text.lastIndexOf("。", hit.index);
  return Math.max(before + 1, 0);
}

function chooseRegion(text: string, option: string | undefined, diagnostics: Diagnostic[]): Region | null {
  if (option !== undefined) {
    try {
      return findRegion(String(option));
    } catch (error) {
      const message = isDuibiError(error) ? error.message : String(error);
      diagnostics.push({ code: "bad_option", message: `region option ignored: ${message}` });
    }
  }
  let candidates: readonly Region[] = [];
  const found = detectRegion(text, (all) => {
    candidates = all;
  });
  if (!found && candidates.length > 0)
    diagnostics.push({
      code: "ambiguous_region",
      message: `the header names a region several share (${candidates.map((r) => `${r.name} ${r.code}`).join(", ")}) and the text names none of their parents; pass the region option`,
    });
  else if (!found)
    diagnostics.push({
      code: "region_not_found",
      message: "no region named in the title or header; pass the region option",
    });
  return found;
}

function chooseYear(text: string, option: number | undefined, diagnostics: Diagnostic[]): number | null {
  if (option !== undefined) {
    if (Number.isInteger(option) && option >= 1950 && option <= 2100) return option;
    diagnostics.push({ code: "bad_option", message: `year option ignored: ${String(option)} is not a year` });
  }
  const found = detectYear(text);
  if (found === null)
    diagnostics.push({ code: "year_not_found", message: "no report year in the header; pass the year option" });
  return found;
}
