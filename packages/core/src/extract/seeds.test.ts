import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizeText } from "../clean/normalizeText.js";
import { loadSeeds } from "../io/loadSeeds.js";
import type { Observation } from "../schema/observation.js";

const root = new URL("../../../../", import.meta.url);
const texts = new Map<string, string>();
const textOf = (document: string) => {
  if (!texts.has(document)) texts.set(document, readFileSync(new URL(`seeds/sources/${document}`, root), "utf8"));
  return texts.get(document)!;
};

/**
 * How a value can appear in its quote: as stored, before a 万/亿 multiplier was
 * applied (3万座 → 30000 座), as a percentage of a multiple (增长5倍 → 500%),
 * without the sign of 下降, or as a range's bounds.
 */
function writtenForms(o: Observation): string[] {
  const abs = Math.abs(o.value);
  const values = [abs, abs / 1e4, abs / 1e8, abs / 1e12, abs / 100, o.bounds?.low, o.bounds?.high];
  return values.filter((v): v is number => v !== undefined).map((v) => String(Number(v.toPrecision(12))));
}

describe("seeds/dataset.json (built by `pnpm seeds:build`)", () => {
  const seeds = loadSeeds();
  const sources = seeds.observations.flatMap((o) => [o.source, ...(o.alsoIn ?? [])].map((s) => ({ o, s })));

  it("quotes each source exactly at its offsets", () => {
    const wrong = sources.filter(({ s }) => textOf(s.document).slice(s.start, s.end) !== s.quote);
    expect(wrong.map(({ s }) => `${s.document}:${s.start}`)).toEqual([]);
  });

  it("has each value as written in its quote", () => {
    const missing = sources.filter(({ o, s }) => {
      const quote = normalizeText(s.quote).text;
      return !writtenForms(o).some((form) => quote.includes(form));
    });
    expect(missing.map(({ o, s }) => `${o.indicator} ${o.value} «${s.quote}»`)).toEqual([]);
  });
});
