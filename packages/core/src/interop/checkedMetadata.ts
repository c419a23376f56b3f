import type { Conflict, Dataset, Document, Region } from "../schema/index.js";

/** A dataset without its observations: what a columnar file keeps in its metadata. */
export type DatasetMetadata = Omit<Dataset, "observations">;

const REGION_CODE = /^\d{6}$/;
const SHA256 = /^[0-9a-f]{64}$/;
const LEVELS: ReadonlySet<unknown> = new Set(["country", "province", "prefecture", "county"]);
const TYPES: ReadonlySet<unknown> = new Set(["work_report", "gazette", "newspaper", "other"]);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === "string" && v.length > 0;
const isCode = (v: unknown): v is string => typeof v === "string" && REGION_CODE.test(v);
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/**
 * Parsed dataset metadata (version, regions, documents, conflicts) checked by hand against
 * exactly what the dataset schema requires, and rebuilt as the schema's parse would return
 * it: its keys only, in schema order. Thousands of regions and documents check in a few
 * milliseconds, where the schema's first parse compiles its validators. Undefined when any
 * field fails; the schema then parses it, for its error.
 *
 * @param value - the metadata as `JSON.parse` gave it
 * @returns the metadata, or undefined when the schema must say what is wrong
 * @example
 * checkedMetadata({ version: 1, regions: [], documents: [], conflicts: [] }); // => { version: 1, regions: [], documents: [], conflicts: [] }
 * checkedMetadata({ version: 2, regions: [], documents: [], conflicts: [] }); // => undefined
 */
export function checkedMetadata(value: unknown): DatasetMetadata | undefined {
  if (!isRecord(value) || value.version !== 1) return undefined;
  const { regions, documents, conflicts } = value;
  if (!Array.isArray(regions) || !Array.isArray(documents) || !Array.isArray(conflicts)) return undefined;
  const outRegions: Region[] = [];
  for (const r of regions as unknown[]) {
    if (!isRecord(r)) return undefined;
    const { code, name, shortName, level, parent } = r;
    if (!isCode(code) || !isText(name) || !isText(shortName) || !LEVELS.has(level)) return undefined;
    if (parent !== null && !isCode(parent)) return undefined;
    outRegions.push({ code, name, shortName, level: level as Region["level"], parent });
  }
  const outDocuments: Document[] = [];
  for (const d of documents as unknown[]) {
    if (!isRecord(d)) return undefined;
    const { id, title, regionCode, year, type, chars, sha256 } = d;
    if (!isText(id) || typeof title !== "string" || (regionCode !== null && !isCode(regionCode))) return undefined;
    if ((year !== null && !Number.isSafeInteger(year)) || !TYPES.has(type) || !isCount(chars)) return undefined;
    if (typeof sha256 !== "string" || !SHA256.test(sha256)) return undefined;
    const doc = { id, title, regionCode, year: year as number | null, type: type as Document["type"], chars, sha256 };
    outDocuments.push(doc);
  }
  const outConflicts: Conflict[] = [];
  for (const c of conflicts as unknown[]) {
    if (!isRecord(c)) return undefined;
    const { key, observations, values } = c;
    if (typeof key !== "string" || !Array.isArray(observations) || !Array.isArray(values)) return undefined;
    if (observations.length < 2 || !observations.every(isCount)) return undefined;
    if (!values.every((v) => Number.isFinite(v))) return undefined;
    outConflicts.push({ key, observations: [...observations], values: [...values] });
  }
  return { version: 1, regions: outRegions, documents: outDocuments, conflicts: outConflicts };
}
