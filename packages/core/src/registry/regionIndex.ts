import type { Region, RegionLevel } from "../schema/region.js";
import { REGION_LINES } from "./generated/regions.js";

/** The parsed registry and its lookup maps; built once, on first use. */
export interface RegionIndex {
  readonly list: readonly Region[];
  readonly byCode: ReadonlyMap<string, Region>;
  /** Full name → regions carrying it (朝阳区 → 110105, 220104 …). */
  readonly byName: ReadonlyMap<string, readonly Region[]>;
  /** Short name or common abbreviation → regions carrying it (武隆 → 500156; 恩施州, 石柱县). */
  readonly byShortName: ReadonlyMap<string, readonly Region[]>;
}

/** Province before prefecture before county: a bare name means the higher unit. */
export const LEVEL_RANK: Readonly<Record<RegionLevel, number>> = { country: 0, province: 1, prefecture: 2, county: 3 };

function parseLine(line: string): Region {
  const [code = "", name = "", shortName = "", level = "", parent = ""] = line.split("|");
  return { code, name, shortName, level: level as RegionLevel, parent: parent === "" ? null : parent };
}

function group(list: readonly Region[], keys: (r: Region) => readonly string[]): Map<string, Region[]> {
  const map = new Map<string, Region[]>();
  for (const region of list) {
    for (const k of new Set(keys(region))) {
      const bucket = map.get(k);
      if (bucket) bucket.push(region);
      else map.set(k, [region]);
    }
  }
  return map;
}

// Reports shorten autonomous units to short name + unit word: 恩施州, 石柱县, 鄂伦春旗.
const ABBREVIATED = /自治(州|县|旗)$/u;

function shortNames(region: Region): string[] {
  const unit = ABBREVIATED.exec(region.name)?.[1];
  return unit ? [region.shortName, region.shortName + unit] : [region.shortName];
}

function buildIndex(): RegionIndex {
  // Frozen so callers can share the same objects without copying on every lookup.
  const list = Object.freeze(REGION_LINES.split("\n").map((line) => Object.freeze(parseLine(line))));
  return {
    list,
    byCode: new Map(list.map((r) => [r.code, r])),
    byName: group(list, (r) => [r.name]),
    byShortName: group(list, shortNames),
  };
}

/**
 * The region index, parsed from the generated table on first call (about 3,200 lines, a few
 * milliseconds) and reused afterwards: importing the registry costs nothing until it is used.
 * @returns the shared, read-only index
 */
export const regionIndex: () => RegionIndex = (() => {
  let cached: RegionIndex | undefined;
  return () => {
    cached ??= buildIndex();
    return cached;
  };
})();
