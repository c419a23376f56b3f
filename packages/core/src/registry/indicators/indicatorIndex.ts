import type { Indicator } from "../../schema/indicator.js";
import { indicatorData } from "./data/index.js";
import { normalizeIndicatorName } from "./normalizeIndicatorName.js";

/** One node of the alias trie: children keyed by folded character. */
export interface AliasTrieNode {
  readonly next: Map<string, AliasTrieNode>;
  indicator?: Indicator;
  /** The normalized alias that ends here. */
  alias?: string;
}

/** Lookup structures over the registry, built once from the constant data. */
export interface IndicatorIndex {
  readonly sorted: readonly Indicator[];
  readonly byId: ReadonlyMap<string, Indicator>;
  readonly byName: ReadonlyMap<string, Indicator>;
  readonly byFamily: ReadonlyMap<string, readonly Indicator[]>;
  /** The indicators that are a share by name (`Indicator.shareOf`), keyed `part|whole`. */
  readonly byShare: ReadonlyMap<string, Indicator>;
  /** The `part` of every `shareOf`. */
  readonly shareParts: ReadonlySet<string>;
  readonly trie: AliasTrieNode;
}

/**
 * Every name an indicator answers to: its zh name and its aliases, normalized.
 *
 * @param indicator - a registry entry
 * @returns distinct normalized names
 * @example
 * namesOf(getIndicator("retail_sales")).includes("社零总额"); // => true
 */
export function namesOf(indicator: Indicator): string[] {
  return [...new Set([indicator.zh, ...indicator.aliases].map(normalizeIndicatorName))].filter((n) => n !== "");
}

/**
 * Builds the index from a list of indicators. Later duplicates of a name do
 * not replace earlier ones (the uniqueness test keeps the data free of them).
 *
 * @param data - indicator definitions
 * @returns sorted list, maps by id, name and family, and the alias trie
 * @example
 * buildIndicatorIndex(indicatorData).byId.has("gdp"); // => true
 */
export function buildIndicatorIndex(data: readonly Indicator[]): IndicatorIndex {
  // Callers get the registry's own objects: freeze them so nobody edits the registry by accident.
  const sorted: Indicator[] = data
    .map((i) =>
      Object.freeze({
        ...i,
        aliases: Object.freeze([...i.aliases]) as string[],
        ...(i.shareOf === undefined ? {} : { shareOf: Object.freeze({ ...i.shareOf }) }),
      }),
    )
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byId = new Map(sorted.map((i) => [i.id, i] as const));
  const byName = new Map<string, Indicator>();
  const byFamily = new Map<string, Indicator[]>();
  const byShare = new Map<string, Indicator>();
  const trie: AliasTrieNode = { next: new Map() };
  for (const indicator of sorted) {
    byFamily.set(indicator.family, [...(byFamily.get(indicator.family) ?? []), indicator]);
    if (indicator.shareOf !== undefined) byShare.set(`${indicator.shareOf.part}|${indicator.shareOf.whole}`, indicator);
    for (const name of namesOf(indicator)) {
      if (byName.has(name)) continue;
      byName.set(name, indicator);
      let node = trie;
      // UTF-16 code units, as the text scan walks them
      for (let k = 0; k < name.length; k++) {
        const ch = name.charAt(k);
        let child = node.next.get(ch);
        if (child === undefined) {
          child = { next: new Map() };
          node.next.set(ch, child);
        }
        node = child;
      }
      node.indicator = indicator;
      node.alias = name;
    }
  }
  const shareParts = new Set(sorted.flatMap((i) => (i.shareOf === undefined ? [] : [i.shareOf.part])));
  return { sorted, byId, byName, byFamily, byShare, shareParts, trie };
}

// The registry is constant data: build the index on first use, then reuse it.
let cached: IndicatorIndex | undefined;

/**
 * The index over the built-in registry, built on first call.
 *
 * @returns the shared, read-only index
 * @example
 * indicatorIndex().sorted.length > 80; // => true
 */
export function indicatorIndex(): IndicatorIndex {
  cached ??= buildIndicatorIndex(indicatorData);
  return cached;
}
