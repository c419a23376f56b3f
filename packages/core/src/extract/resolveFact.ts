import type { Indicator } from "../schema/indicator.js";
import type { Measure, Qualifier } from "../schema/observation.js";
import type { Lexicon } from "./lexicon.js";
import { shareHeads } from "./listNames.js";
import type { Fact } from "./readSentence.js";
import type { UnmappedReason } from "./types.js";

/** A fact read against the registry: the indicator (if any), the measure and the number to record. */
export interface Resolved {
  indicator: Indicator | undefined;
  nameAsWritten: string;
  measure: Measure;
  value: number;
  unit: string;
  qualifier: Qualifier;
  /** Why it cannot be an observation, if it cannot. */
  problem: UnmappedReason | null;
}

const MAX_NAME = 24;
const SHARE = /占比|比重|占.{0,12}的?比例/;

/**
 * Maps a fact's name to an indicator and decides its measure:
 * - a name from a list is completed by shared heads, then looked up whole;
 * - any other name is looked up by its longest tail that the registry knows
 *   (全区规上工业增加值 → 规上工业增加值), at most 24 characters, so a long lead
 *   costs a bounded number of lookups;
 * - 2.35:1 is a `ratio`; 个百分点 a `change_pp`; a % after 增长/下降 a `growth`
 *   (下降 negative); a % of a name with 占比/比重 a `share`; another % a `rate`;
 *   anything else a `level`. 增加3000人 (a change in a level) is `unsupported_measure`.
 *
 * @param fact - a fact from {@link readSentence}
 * @param lexicon - registry lookups
 * @returns the resolved fact
 */
export function resolveFact(fact: Fact, lexicon: Lexicon): Resolved {
  const known = (name: string) => lexicon.indicator(name) !== undefined;
  const { indicator, name } = fact.listed ? listedName(fact, lexicon, known) : ownName(fact, lexicon);
  const m = fact.mention;
  const sign = fact.change === "decline" ? -1 : 1;
  const qualifier: Qualifier = m.qualifier ?? fact.qualifier ?? "exact";
  const base = { indicator, nameAsWritten: name, value: round(m.value), unit: m.unit, qualifier };
  const problem: UnmappedReason | null =
    indicator === undefined ? "unknown_indicator" : m.known ? null : "unknown_unit";
  if (m.ratio) return { ...base, measure: "ratio", problem };
  if (m.unit === lexicon.points) return { ...base, measure: "change_pp", value: round(sign * m.value), problem };
  if (fact.change !== null) {
    if (m.unit === lexicon.percent) return { ...base, measure: "growth", value: round(sign * m.value), problem };
    return { ...base, measure: "level", problem: problem ?? "unsupported_measure" };
  }
  if (m.unit === lexicon.percent) {
    const share = SHARE.test(name) || (indicator !== undefined && SHARE.test(indicator.zh));
    return { ...base, measure: share ? "share" : "rate", problem };
  }
  return { ...base, measure: "level", problem };
}

function problemOf(
  indicator: Indicator | undefined,
  unit: string,
  known: boolean,
  lexicon: Lexicon,
): UnmappedReason | null {
  if (indicator === undefined) return "unknown_indicator";
  if (!known) return "unknown_unit";
  const quantity = lexicon.quantity(unit);
  if (quantity === undefined || quantity === "percent" || quantity === "percentage_points" || quantity === "ratio") {
    return null;
  }
  // 103个重点项目 is not 重点项目完成投资 (money): the unit must count what the indicator counts.
  const people = (q: string) => q === "persons" || q === "person_times";
  return quantity === indicator.quantity || (people(quantity) && people(indicator.quantity)) ? null : "unit_mismatch";
}

function listedName(fact: Fact, lexicon: Lexicon, known: (name: string) => boolean) {
  const verb = fact.verb ?? "";
  const withVerb = (name: string) => known(verb + name) || known(name);
  const completed =
    fact.list && fact.listIndex !== undefined ? shareHeads(fact.list, withVerb)[fact.listIndex] : undefined;
  const name = completed?.text ?? fact.name;
  const direct = verb === "" ? undefined : lexicon.indicator(verb + name);
  if (direct) return { indicator: direct, name: verb + name };
  const plain = lexicon.indicator(name);
  return plain ? { indicator: plain, name } : tailName(verb + name, lexicon);
}

/** The name's own tail, or — for 粮食播种面积…、产量 — the prior figure's name completing it. */
function ownName(fact: Fact, lexicon: Lexicon) {
  const own = tailName(fact.name, lexicon);
  if (own.indicator || fact.prior === undefined) return own;
  const prior = tailName(fact.prior, lexicon);
  if (!prior.indicator) return own;
  const full = prior.name;
  for (let p = Math.max(1, full.length - fact.name.length - 2); p < full.length; p++) {
    const candidate = full.slice(0, p) + fact.name;
    const indicator = lexicon.indicator(candidate);
    if (indicator) return { indicator, name: candidate };
  }
  return own;
}

function tailName(name: string, lexicon: Lexicon): { indicator: Indicator | undefined; name: string } {
  for (let s = Math.max(0, name.length - MAX_NAME); s <= name.length - 2; s++) {
    const tail = name.slice(s);
    const indicator = lexicon.indicator(tail);
    if (indicator) return { indicator, name: tail };
  }
  return { indicator: undefined, name: readable(name) };
}

/** An unmapped name a user can alias: the words after the last verb, at most 16 characters. */
function readable(name: string): string {
  const verbs = /.*(?:实现|完成|达到|其中|全年|累计)/;
  const trimmed = name.replace(verbs, "");
  const text = trimmed === "" ? name : trimmed;
  return text.length > 16 ? text.slice(-16) : text;
}

function round(value: number): number {
  return Number(value.toPrecision(12));
}
