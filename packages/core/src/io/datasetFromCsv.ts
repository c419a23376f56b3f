import { buildDataset } from "../dataset/buildDataset.js";
import { duibiError } from "../errors/catalog.js";
import { checkArgs } from "../errors/checkArgs.js";
import { getRegion } from "../registry/regions.js";
import type { Dataset } from "../schema/dataset.js";
import type { Document } from "../schema/document.js";
import { type Observation, ObservationSchema } from "../schema/observation.js";
import { csvText, parseCsv } from "./csv.js";
import { CSV_COLUMNS, type CsvColumn, OPTIONAL_CSV_COLUMNS } from "./datasetToCsv.js";

/** A hash of 64 zeros marks a document known only by name (a CSV does not carry its text). */
export const UNKNOWN_SHA256 = "0".repeat(64);

/**
 * Numbers as `datasetToCsv` writes them: decimal notation, an exponent allowed in
 * value columns (JavaScript writes 1.5e21 so), nothing else: no `0x10`, `1_000`,
 * `Infinity`, `+5` or padding spaces, which `Number()` would take.
 */
const DECIMAL = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;
/** Periods and offsets: plain integers only (`2.023e3` is not a year). */
const INTEGER = /^-?\d+$/;

/** Which CSV column holds each observation field, to name the column in errors. */
const FIELD_COLUMN: Record<string, CsvColumn> = {
  regionCode: "region_code",
  regionName: "region_name",
  indicator: "indicator",
  measure: "measure",
  period: "period",
  kind: "kind",
  value: "value",
  unit: "unit",
  qualifier: "qualifier",
  bounds: "bound_low",
  nameAsWritten: "name_as_written",
  source: "document",
  unregistered: "unregistered",
};

/** The `unregistered` cell: "true" (as written), also "1"; empty or absent is false. */
function unregisteredFlag(cell: string): boolean {
  const value = cell.trim().toLowerCase();
  return value === "true" || value === "1";
}
const SOURCE_COLUMN: Record<string, CsvColumn> = { document: "document", start: "start", end: "end", quote: "quote" };

/**
 * Reads the long CSV written by `datasetToCsv` back into a dataset. Columns may
 * come in any order and extra columns are ignored. Rows stating the same fact
 * with the same value merge into one observation with `alsoIn`; different
 * values become conflicts (see `reconcile`). Regions come from the registry.
 *
 * A CSV has no document metadata: pass `documents` to keep titles and hashes.
 * A document the rows cite but `documents` lacks is rebuilt from the rows:
 * title = id, type "other", year null, its region when all its rows share one,
 * `chars` = the largest end offset cited, and `sha256` = {@link UNKNOWN_SHA256}.
 *
 * @param text - CSV text (RFC 4180; CRLF or LF; a UTF-8 BOM is dropped)
 * @param options.where - the file name, for errors
 * @param options.documents - documents to keep (all of them, cited or not)
 * @returns the dataset
 * Numbers must be in decimal notation (an exponent is allowed in value and bound
 * columns; periods and offsets are plain integers); text cells lose the apostrophe
 * `datasetToCsv` puts before formula-like text. Every region code must be in the
 * registry, and a range's low bound must not be above its high one.
 *
 * @throws DuibiError `invalid_csv` naming the line and column (a missing column,
 *   a short row, "value: expected a decimal number", an unknown region, inverted bounds)
 * @example
 * const seeds = loadSeeds();
 * datasetFromCsv(datasetToCsv(seeds), { documents: seeds.documents }); // => equal to seeds
 */
export function datasetFromCsv(
  text: string,
  options: { where?: string; documents?: readonly Document[] } = {},
): Dataset {
  checkArgs({ text: [text, "string"], options: [options, { "where?": "string", "documents?": "object[]" }] });
  const where = options.where ?? "csv";
  const [header, ...records] = parseCsv(text, where);
  if (header === undefined) throw duibiError("invalid_csv", { detail: "the file has no header row" }, { where });
  const index = new Map(header.fields.map((name, i) => [name.trim(), i]));
  const missing = CSV_COLUMNS.filter((c) => !index.has(c) && !OPTIONAL_CSV_COLUMNS.includes(c));
  if (missing.length > 0) {
    throw duibiError(
      "invalid_csv",
      { detail: `missing column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}` },
      { where: `${where}:${header.line}` },
    );
  }
  const observations = records.map(({ line, fields }) => {
    const fail = (column: CsvColumn | undefined, detail: string) =>
      duibiError(
        "invalid_csv",
        { detail: column ? `line ${line}, column ${column}: ${detail}` : `line ${line}: ${detail}` },
        { where: `${where}:${line}` },
      );
    if (fields.length !== header.fields.length) {
      throw fail(undefined, `${fields.length} fields where the header has ${header.fields.length}`);
    }
    const get = (column: CsvColumn) => {
      const at = index.get(column);
      return at === undefined ? "" : csvText(fields[at] ?? "");
    };
    const number = (column: CsvColumn, integer: boolean) => {
      const raw = fields[index.get(column)!] ?? "";
      const value = (integer ? INTEGER : DECIMAL).test(raw) ? Number(raw) : Number.NaN;
      if (!Number.isFinite(value)) {
        const expected = integer ? "an integer in plain digits (2023)" : "a number in decimal notation (273.46, -0.5)";
        throw fail(column, `expected ${expected}, got "${raw}"`);
      }
      return value;
    };
    const low = get("bound_low");
    const high = get("bound_high");
    const candidate = {
      regionCode: get("region_code"),
      regionName: get("region_name"),
      indicator: get("indicator"),
      measure: get("measure"),
      period: number("period", true),
      kind: get("kind"),
      value: number("value", false),
      unit: get("unit"),
      qualifier: get("qualifier"),
      ...(low === "" && high === ""
        ? {}
        : { bounds: { low: number("bound_low", false), high: number("bound_high", false) } }),
      nameAsWritten: get("name_as_written"),
      source: {
        document: get("document"),
        start: number("start", true),
        end: number("end", true),
        quote: get("quote"),
      },
      ...(unregisteredFlag(get("unregistered")) ? { unregistered: true } : {}),
    };
    const result = ObservationSchema.safeParse(candidate);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const [field, sub] = issue.path.map(String);
      const column = field === "source" && sub ? SOURCE_COLUMN[sub] : FIELD_COLUMN[field ?? ""];
      throw fail(column, issue.message);
    }
    if (getRegion(result.data.regionCode) === undefined) {
      throw fail("region_code", `${result.data.regionCode} is not in the region registry`);
    }
    return result.data;
  });
  return buildDataset({ observations, documents: documentsFor(observations, options.documents ?? []) });
}

function documentsFor(observations: readonly Observation[], known: readonly Document[]): Document[] {
  const ids = new Set(known.map((d) => d.id));
  const rebuilt = new Map<string, { regions: Set<string>; chars: number }>();
  for (const o of observations) {
    if (ids.has(o.source.document)) continue;
    const entry = rebuilt.get(o.source.document) ?? { regions: new Set<string>(), chars: 0 };
    entry.regions.add(o.regionCode);
    entry.chars = Math.max(entry.chars, o.source.end);
    rebuilt.set(o.source.document, entry);
  }
  return [
    ...known,
    ...[...rebuilt].map(([id, { regions, chars }]) => ({
      id,
      title: id,
      regionCode: regions.size === 1 ? [...regions][0]! : null,
      year: null,
      type: "other" as const,
      chars,
      sha256: UNKNOWN_SHA256,
    })),
  ];
}
