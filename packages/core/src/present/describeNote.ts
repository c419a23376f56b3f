import { shortNames } from "../align/restate.js";
import { duibiError } from "../errors/catalog.js";
import { checkArgs } from "../errors/checkArgs.js";
import { findIndicator } from "../registry/indicators.js";
import { getRegion } from "../registry/regions.js";
import { findUnit } from "../registry/units.js";
import { indicatorDisplayName } from "../registry/unregistered.js";
import type { Qualifier } from "../schema/observation.js";
import type { Restatement, RowNote } from "../schema/rowNote.js";
import { formatNumber } from "./formatFigure.js";
import { type PresentLang, qualifierLabel, wordsOf } from "./labels.js";

/**
 * Region names a note is rendered with: a table's `regions` ({ code, name }[]) or a
 * record from code to name. A code neither holds is named by the region registry, else
 * shown as the code.
 */
export type RegionNames = readonly { code: string; name: string }[] | Readonly<Record<string, string>>;

/** Items a note lists before it counts the rest (…等7项). */
const LISTED = 5;
/** Restatements a note lists before it counts the rest. */
const LISTED_RESTATED = 3;

type Name = (code: string) => string;
type Render = { [C in RowNote["code"]]: (note: Extract<RowNote, { code: C }>, name: Name) => string };

/**
 * A hedge in words as a note lists it: the catalog's (以上, "or more"), and for the two it
 * leaves empty, exact figures (确数) and ranges (区间).
 */
function hedge(qualifier: Qualifier, lang: PresentLang): string {
  const word = qualifierLabel(qualifier, lang);
  if (word !== "") return word;
  if (qualifier === "range") return lang === "zh" ? "区间" : "range";
  return lang === "zh" ? "确数" : "exact";
}

/** The scopes a `scope_assumed` note can name (alignRow's SCOPE_WORDS), in English. */
const EN_SCOPES: Record<string, string> = {
  规上: "above designated size",
  全口径: "all enterprises",
  城区: "urban area",
  全区: "whole district",
};

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

/** Unique items, the first `max` of them and then the count (甲、乙等7项). */
function listZh(items: readonly string[], max: number): string {
  const all = unique(items);
  if (all.length <= max) return all.join("、");
  return `${all.slice(0, max).join("、")}等${all.length}项`;
}

function listEn(items: readonly string[], max: number, separator = ", "): string {
  const all = unique(items);
  if (all.length <= max) return all.join(separator);
  return `${all.slice(0, max).join(separator)} and ${all.length - max} more`;
}

const zhName = (id: string) => indicatorDisplayName(id, "zh");
const enName = (id: string) => indicatorDisplayName(id, "en");
// English names hold commas ("Value added, services"): a list of them takes semicolons
const enNames = (ids: readonly string[]) => unique(ids.map(enName)).join("; ");
const finerZh = (ids: readonly string[]) => unique(ids.flatMap((id) => findIndicator(id)?.scopeNote ?? []));

/** A unit in English words (万元 → 10k yuan); a unit outside the unit table as written. */
const unitEn = (unit: string) => findUnit(unit)?.en ?? unit;
const figureEn = (value: number, unit: string) => {
  if (unit === "%") return `${formatNumber(value)}%`;
  if (unit === "个百分点") return `${formatNumber(value)} pp`;
  return `${formatNumber(value)} ${unitEn(unit)}`;
};

function restatementZh(r: Restatement): string {
  const [from, to] = shortNames(zhName(r.from), zhName(r.to));
  if (r.kind === "same_aggregate") return `${from}即${to}（同一统计总量）`;
  return r.kind === "days_to_ratio" ? `${from}→${to} (${r.value}/${r.days})` : `${from}→${to} (${r.value}%×${r.days})`;
}

function restatementEn(r: Restatement): string {
  const [from, to] = [enName(r.from), enName(r.to)];
  if (r.kind === "same_aggregate") return `${from} is ${to} (one aggregate)`;
  const how = r.kind === "days_to_ratio" ? `${r.value}/${r.days}` : `${r.value}% × ${r.days}`;
  return `${from} → ${to} (${how})`;
}

const ZH: Render = {
  unregistered: (n) => {
    const head = `未登记指标“${n.name}”`;
    if (n.ambiguous) return `${head}在同一地区有多个数值，所指不明，不并列比较`;
    return n.unit === undefined ? head : `${head}，按名称与单位“${n.unit}”对齐`;
  },
  variants: (n) => {
    const names = unique(n.indicators.map(zhName));
    const shown = names.length === 2 ? shortNames(names[0]!, names[1]!) : names;
    const tail = n.unstated === undefined ? "" : `，${n.unstated.map(zhName).join("、")}未注明口径`;
    const finer = finerZh(n.finer ?? []);
    return `${shown.join("与")}口径不同${tail}${finer.length > 0 ? `（${finer.join("；")}）` : ""}`;
  },
  unit_unknown: (n) => `单位不在单位表中（${n.units.join("、")}）`,
  unit_not_convertible: (n) => `单位无法换算（${n.units.join("、")}）`,
  units_differ: (n) => `单位不同，不并列比较（${n.units.join("、")}）`,
  restated: (n) => listZh(n.how.map(restatementZh), LISTED_RESTATED),
  unit_converted: (n) => `${n.from}→${n.to}`,
  missing: (n, name) => {
    const shown = n.regions.slice(0, LISTED).map(name);
    const names = n.regions.length <= LISTED ? shown.join("、") : `${shown.join("、")}等${n.regions.length}个地区`;
    if (n.elsewhere === undefined || n.elsewhere.length === 0) return `缺少：${names}`;
    const other = n.elsewhere.map((e) => `${name(e.region)}另报${e.indicators.map(zhName).join("、")}`);
    const finer = finerZh(n.finer ?? []);
    return `缺少：${names}（${listZh(other, 3)}，口径不同${finer.length > 0 ? `：${finer.join("；")}` : ""}）`;
  },
  qualifiers_differ: (n, name) => {
    if (n.cells.length <= 4) {
      return `限定词不同：${n.cells.map((c) => `${name(c.region)}${hedge(c.qualifier, "zh")}`).join("，")}`;
    }
    return `限定词不同：${unique(n.cells.map((c) => hedge(c.qualifier, "zh"))).join("、")}`;
  },
  scope_unstated: (n) =>
    `报告未注明口径（另有${unique(n.variants.flatMap((id) => findIndicator(id)?.scope ?? [])).join("、")}口径）`,
  scope_assumed: (n, name) =>
    `口径未写明（按${n.scope}归类）：${listZh(
      n.cells.map((c) => `${name(c.region)}写作“${c.nameAsWritten}”`),
      LISTED,
    )}`,
  values_conflict: (n, name) => `数值冲突，取首个来源：${listZh(figuresZh(n.cells, name), LISTED)}`,
  revised: (n, name) => `数值经修订，取最新报告：${listZh(figuresZh(n.cells, name), LISTED)}`,
  estimate_stands_in: (n, name) => `以预计数代替实际数：${listZh(n.regions.map(name), LISTED)}`,
};

type RegionFigures = Extract<RowNote, { code: "revised" }>["cells"];

// the figures as the reports state them: the stored number, not rounded
function figuresZh(cells: RegionFigures, name: Name): string[] {
  return cells.map((c) => `${name(c.region)}（${c.values.map((v) => `${v.value}${v.unit}`).join("、")}）`);
}

function figuresEn(cells: RegionFigures, name: Name): string[] {
  return cells.map((c) => `${name(c.region)} (${c.values.map((v) => figureEn(v.value, v.unit)).join(", ")})`);
}

const EN: Render = {
  unregistered: (n) => {
    const head = `unregistered indicator “${n.name}”`;
    if (n.ambiguous) return `${head} stands for several figures of one region: not compared`;
    return n.unit === undefined ? head : `${head}, matched on name and unit (${unitEn(n.unit)})`;
  },
  variants: (n) => {
    const names = unique(n.indicators.map(enName));
    const tail = n.unstated === undefined ? "" : `; scope not stated: ${enNames(n.unstated)}`;
    const finer = n.finer === undefined ? "" : ` (counted differently: ${enNames(n.finer)})`;
    return `different definitions: ${names.join(" vs ")}${tail}${finer}`;
  },
  unit_unknown: (n) => `units not in the unit table (${n.units.join(", ")})`,
  unit_not_convertible: (n) => `units do not convert (${n.units.map(unitEn).join(", ")})`,
  units_differ: (n) => `units differ, not compared (${n.units.map(unitEn).join(", ")})`,
  restated: (n) => listEn(n.how.map(restatementEn), LISTED_RESTATED),
  unit_converted: (n) => `${unitEn(n.from)} → ${unitEn(n.to)}`,
  missing: (n, name) => {
    const names = listEn(n.regions.map(name), LISTED);
    if (n.elsewhere === undefined || n.elsewhere.length === 0) return `missing: ${names}`;
    const other = n.elsewhere.map((e) => `${name(e.region)} states ${enNames(e.indicators)}`);
    const finer = n.finer === undefined ? "" : `; counted differently: ${enNames(n.finer)}`;
    return `missing: ${names} (${listEn(other, 3, "; ")}: another definition${finer})`;
  },
  qualifiers_differ: (n, name) => {
    if (n.cells.length <= 4) {
      return `qualifiers differ: ${n.cells.map((c) => `${name(c.region)} ${hedge(c.qualifier, "en")}`).join(", ")}`;
    }
    return `qualifiers differ: ${unique(n.cells.map((c) => hedge(c.qualifier, "en"))).join(", ")}`;
  },
  scope_unstated: (n) => `the reports do not state the scope (variants: ${enNames(n.variants)})`,
  scope_assumed: (n, name) =>
    `scope not written, taken as ${EN_SCOPES[n.scope] ?? "the registry's"}: ${listEn(
      n.cells.map((c) => `${name(c.region)} wrote “${c.nameAsWritten}”`),
      LISTED,
    )}`,
  values_conflict: (n, name) =>
    `conflicting figures, the first source taken: ${listEn(figuresEn(n.cells, name), LISTED)}`,
  revised: (n, name) => `revised, the latest report taken: ${listEn(figuresEn(n.cells, name), LISTED)}`,
  estimate_stands_in: (n, name) => `estimate in place of the actual: ${listEn(n.regions.map(name), LISTED)}`,
};

/** The name lookup of a `RegionNames`, falling back to the region registry, then the code. */
function nameLookup(names: RegionNames | undefined): Name {
  // an array of regions or a record: "object" alone refuses arrays
  if (names !== undefined && (typeof names !== "object" || names === null)) checkArgs({ "names?": [names, "object"] });
  const known = new Map<string, string>(
    names === undefined
      ? []
      : Array.isArray(names)
        ? names.map((r) => [r.code, r.name] as const)
        : Object.entries(names as Readonly<Record<string, string>>),
  );
  return (code) => known.get(code) ?? getRegion(code)?.name ?? code;
}

function render(note: RowNote, lang: PresentLang, name: Name): string {
  wordsOf(lang);
  const words = lang === "en" ? EN : ZH;
  if (note === null || typeof note !== "object" || !Object.hasOwn(words, note.code)) {
    throw duibiError(
      "invalid_argument",
      {
        name: "note.code",
        expected: Object.keys(words).join(", "),
        got: JSON.stringify((note as { code?: unknown } | null)?.code),
      },
      { where: "note.code" },
    );
  }
  return (words[note.code] as (n: RowNote, name: Name) => string)(note, name);
}

/**
 * One note of a comparison row in the caller's language: Chinese as the reports word it,
 * or English with no Chinese but the region names and unregistered names as written.
 * Region codes become names through `names` (a table's `regions`), else the region registry.
 * @param note - a note of a `ComparisonRow`
 * @param lang - `"zh"` or `"en"`
 * @param names - region names by code; default the region registry
 * @returns the sentence
 * @throws DuibiError `invalid_argument` for a language other than zh/en or an unknown code
 * @example
 * describeNote({ code: "unit_converted", from: "万元", to: "亿元" }, "zh"); // => "万元→亿元"
 * describeNote({ code: "unit_converted", from: "万元", to: "亿元" }, "en"); // => "10k yuan → 100m yuan"
 * describeNote({ code: "missing", regions: ["500156"] }, "en", [{ code: "500156", name: "Wulong" }]); // => "missing: Wulong"
 */
export function describeNote(note: RowNote, lang: PresentLang, names?: RegionNames): string {
  checkArgs({ note: [note, { code: "string" }], lang: [lang, "string"] });
  return render(note, lang, nameLookup(names));
}

/**
 * A row's notes as one line in the caller's language, in their order, joined with "；" (zh)
 * or "; " (en).
 * @param notes - the notes of a `ComparisonRow`
 * @param lang - `"zh"` or `"en"`
 * @param names - region names by code (a table's `regions`); default the region registry
 * @returns the line; "" when there are no notes
 * @throws DuibiError `invalid_argument` for a language other than zh/en or an unknown code
 * @example
 * describeNotes([{ code: "unit_converted", from: "万元", to: "亿元" }, { code: "missing", regions: ["500101"] }], "zh");
 * // => "万元→亿元；缺少：万州区"
 */
export function describeNotes(notes: readonly RowNote[], lang: PresentLang, names?: RegionNames): string {
  checkArgs({ notes: [notes, "object[]"], lang: [lang, "string"] });
  const name = nameLookup(names);
  return notes.map((n) => render(n, lang, name)).join(lang === "en" ? "; " : "；");
}
