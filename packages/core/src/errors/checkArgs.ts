import { duibiError } from "./catalog.js";
import { isDuibiError } from "./DuibiError.js";

/**
 * What an argument must be, as {@link checkArgs} reads it.
 *
 * - a kind: `"string"`, `"number"` (NaN included), `"finite"`, `"integer"`, `"boolean"`,
 *   `"function"`, `"object"` (not null, not an array), `"array"`, `"bytes"` (a Uint8Array),
 *   `"null"`, `"any"`, `"readable"` (anything whose own properties can be read: for
 *   `unknown` input a schema validates next), `"json"` (an object JSON.stringify can write:
 *   no cycle, no throwing getter);
 *   a range after a number kind, ends included (`"integer 0..100"`);
 *   `"string[]"` and the like for an array whose every element is of that kind;
 *   alternatives joined by `|` (`"string|function"`);
 * - an object of fields: the argument must be an object, and each field is checked in
 *   turn (a field name ending in `?` may be undefined);
 * - `[spec]`: an array whose every element matches `spec`.
 */
export type ArgSpec = string | readonly [ArgSpec] | { readonly [field: string]: ArgSpec };

/**
 * Specs of the data the stages pass each other, for {@link checkArgs}: what a function
 * reads before it trusts the types. Shallow on purpose: a million observations are not
 * checked one by one at every entrance; the schemas validate data read from files.
 *
 * @example
 * checkArgs({ table: [table, ARGS.table] });
 */
export const ARGS = {
  /** A Dataset: its observations and regions. */
  dataset: { observations: "object[]", regions: "object[]" },
  /** A ComparisonTable from `align`. */
  table: {
    rows: [{ indicator: "string", measure: "string", verdict: "string", cells: "object" }],
    regions: [{ code: "string", name: "string" }],
    period: "number",
    kind: "string",
  },
  /** A dataset's observations as writers read them: each with its source span. */
  sources: [{ source: { document: "string", start: "number", end: "number", quote: "string" }, "alsoIn?": "object[]" }],
} as const satisfies Record<string, ArgSpec>;

/**
 * Checks a public function's arguments at its entrance, so bad input is a
 * DuibiError naming the parameter instead of a TypeError from deep inside.
 * Reads only what the spec names; a getter or Proxy trap that throws while it
 * is read is reported as that argument being invalid.
 *
 * One call per function, arguments by name (a name ending in `?` may be undefined):
 *
 * @param args - name → [value, spec]; checked in order
 * @throws DuibiError `invalid_argument` with the parameter's path in `where` (`options.regions`)
 * @example
 * checkArgs({ dataset: [dataset, { observations: "array", regions: "array" }], "options?": [options, { "regions?": "string[]" }] });
 * checkArgs({ text: [42, "string"] }); // throws invalid_argument, where "text"
 */
export function checkArgs(args: Readonly<Record<string, readonly [value: unknown, spec: ArgSpec]>>): void {
  let entries: [string, readonly [unknown, ArgSpec]][];
  try {
    entries = isObject(args) ? Object.entries(args) : [];
  } catch (error) {
    throw readError("args", "object", error);
  }
  if (!isObject(args) || !entries.every(([, a]) => Array.isArray(a) && a.length === 2)) {
    fail("args", "an object of [value, spec] pairs", args);
  }
  for (const [name, [value, spec]] of entries) {
    const optional = name.endsWith("?");
    const where = optional ? name.slice(0, -1) : name;
    if (optional && value === undefined) continue;
    try {
      check(value, spec, where);
    } catch (error) {
      // a revoked Proxy throws even from Array.isArray
      if (isDuibiError(error)) throw error;
      throw readError(where, spec, error);
    }
  }
}

function readError(where: string, spec: ArgSpec, error: unknown) {
  const got = `an error when read (${error instanceof Error ? error.message : "a thrown value"})`;
  return duibiError("invalid_argument", { name: where, expected: describe(spec), got }, { where, cause: error });
}

/**
 * True for a non-null object that is not an array: the cheap test a hot function
 * (a sort's comparator) makes before it calls {@link checkArgs} to say what is wrong.
 *
 * @param value - anything
 * @returns whether it is an object
 * @example
 * isObject({}); // => true
 * isObject([]); // => false
 */
export function isObject(value: unknown): value is object {
  try {
    return typeof value === "object" && value !== null && !Array.isArray(value);
  } catch {
    return false; // a revoked Proxy throws even from Array.isArray
  }
}

function check(value: unknown, spec: ArgSpec, where: string): void {
  if (Array.isArray(spec)) {
    if (!Array.isArray(value)) fail(where, "an array", value);
    (value as unknown[]).forEach((element, i) => {
      check(element, spec[0] as ArgSpec, `${where}[${i}]`);
    });
    return;
  }
  if (typeof spec !== "string" && !isObject(spec)) fail("spec", "a kind or an object of fields", spec);
  if (typeof spec === "string") {
    if (!spec.split("|").some((kind) => isKind(value, kind, where))) fail(where, spec, value);
    return;
  }
  if (!isKind(value, "object", where)) fail(where, "an object", value);
  for (const [field, sub] of Object.entries(spec)) {
    const optional = field.endsWith("?");
    const key = optional ? field.slice(0, -1) : field;
    const path = `${where}.${key}`;
    let v: unknown;
    try {
      v = (value as Record<string, unknown>)[key];
    } catch (error) {
      throw readError(path, sub, error);
    }
    if (!(optional && v === undefined)) check(v, sub, path);
  }
}

function isKind(value: unknown, kind: string, where: string): boolean {
  if (kind.endsWith("[]")) {
    if (!Array.isArray(value)) return false;
    const element = kind.slice(0, -2);
    // A dataset's million observations: each element's path is spelled out only when it fails.
    const plain = !element.includes("|") && !element.endsWith("[]");
    for (let i = 0; i < value.length; i++) {
      if (!(plain && isKind(value[i], element, where))) check(value[i], element, `${where}[${i}]`);
    }
    return true;
  }
  const range = kind.includes("..") ? /^(\w+) (-?\d+)\.\.(-?\d+)$/.exec(kind) : null;
  if (range) {
    const [, base, low, high] = range;
    return isKind(value, base!, where) && (value as number) >= Number(low) && (value as number) <= Number(high);
  }
  switch (kind) {
    case "any":
      return true;
    case "null":
      return value === null;
    case "object":
      return isObject(value);
    case "json":
      return isObject(value) && JSON.stringify(value) !== undefined;
    case "bytes":
      return value instanceof Uint8Array;
    case "readable":
      if (typeof value === "object" && value !== null) for (const key of Object.keys(value)) void (value as never)[key];
      return true;
    case "array":
      return Array.isArray(value);
    case "finite":
      return Number.isFinite(value);
    case "integer":
      return Number.isInteger(value);
    default:
      return typeof value === kind;
  }
}

function describe(spec: ArgSpec): string {
  if (Array.isArray(spec)) return "an array";
  return typeof spec === "string" ? spec.split("|").join(" or ") : "an object";
}

function fail(where: string, expected: string, value: unknown): never {
  throw duibiError("invalid_argument", { name: where, expected: describe(expected), got: shown(value) }, { where });
}

/** The value as an error names it: its type, and short primitives themselves. */
function shown(value: unknown): string {
  if (value === null) return "null";
  try {
    if (Array.isArray(value)) return "an array";
  } catch {
    return "a revoked Proxy";
  }
  switch (typeof value) {
    case "string":
      return value.length > 40 ? "a long string" : JSON.stringify(value);
    case "number":
    case "boolean":
    case "bigint":
      return String(value);
    case "undefined":
      return "undefined";
    case "symbol":
      return "a symbol";
    case "function":
      return "a function";
    default:
      return "an object";
  }
}
