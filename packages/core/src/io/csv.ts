import { duibiError } from "../errors/catalog.js";
import { checkArgs } from "../errors/checkArgs.js";
import { stripBom } from "./stripBom.js";

/** One CSV record and the 1-based line it starts on (records may span lines inside quotes). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** A CSV cell as a writer gives it: text, a number, or nothing (an empty field). */
export type CsvCell = string | number | null | undefined;

/**
 * Starts a text a spreadsheet would run as a formula (=, +, -, @, tab, CR: CSV
 * injection), or the apostrophe that guards one, so the guard can be undone exactly.
 */
const GUARDED_START = /^[=+\-@\t\r']/;

/**
 * Writes one cell: the one place duibi guards CSV against formula injection.
 * Text starting with =, +, -, @, tab, CR or an apostrophe gets a leading
 * apostrophe, so a spreadsheet shows it as text instead of running it
 * (`=HYPERLINK(…)`, `-2+3`); {@link csvText} undoes it exactly. A number is written
 * as a number (shortest round-trip form, `-0.5` stays `-0.5`); a non-finite number,
 * `null` and `undefined` are an empty field. Quoted when RFC 4180 requires it
 * (a comma, double quote, CR or LF); quotes inside are doubled.
 *
 * @param cell - the cell
 * @returns the field as written in a CSV file
 * @example
 * csvField('增长"7%"'); // => '"增长""7%"""'
 * csvField(-0.5); // => "-0.5"
 * csvField("=1+1"); // => "'=1+1"
 */
export function csvField(cell: CsvCell): string {
  if (typeof cell !== "string" && typeof cell !== "number" && cell != null)
    checkArgs({ cell: [cell, "string|number|null"] });
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  if (cell == null) return "";
  const text = GUARDED_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The text a {@link csvField} text cell held: drops the one apostrophe the formula
 * guard added. Use it on text columns read back with {@link parseCsv}.
 *
 * @param field - a field as parsed
 * @returns the text as it was before writing
 * @example
 * csvText("'=1+1"); // => "=1+1"
 * csvText("''quoted"); // => "'quoted"
 */
export function csvText(field: string): string {
  checkArgs({ field: [field, "string"] });
  return field.startsWith("'") ? field.slice(1) : field;
}

/**
 * Writes records as RFC 4180 CSV: CRLF between records and after the last, each
 * cell quoted as RFC 4180 needs (numbers as numbers, text guarded against formulas).
 * Every CSV duibi writes goes through here.
 *
 * @param records - rows of cells (the first is usually the header)
 * @returns the CSV text
 * @example
 * formatCsv([["a", "b"], [1, "x,y"]]); // => 'a,b\r\n1,"x,y"\r\n'
 */
export function formatCsv(records: readonly (readonly CsvCell[])[]): string {
  checkArgs({ records: [records, "array[]"] });
  // a record of one empty field would read back as a blank line: quote it
  const line = (cells: readonly CsvCell[]) => {
    const fields = cells.map(csvField);
    return fields.length === 1 && fields[0] === "" ? '""' : fields.join(",");
  };
  return records.map((cells) => `${line(cells)}\r\n`).join("");
}

/**
 * Reads RFC 4180 CSV: fields separated by commas, records by CRLF or LF,
 * quoted fields may hold commas, doubled quotes and line breaks (kept as
 * written). A UTF-8 BOM is dropped; blank lines between records are skipped.
 *
 * Cost: one pass over the text.
 *
 * @param text - the CSV text
 * @param where - the file name, for errors
 * @returns the records with the line each starts on
 * @throws DuibiError `invalid_csv` for an unclosed quote or text after a closing quote
 * @example
 * parseCsv('a,b\n1,"x,y"\n').map((r) => r.fields); // => [["a", "b"], ["1", "x,y"]]
 */
export function parseCsv(text: string, where?: string): CsvRecord[] {
  checkArgs({ text: [text, "string"], "where?": [where, "string"] });
  const source = stripBom(text);
  const fail = (detail: string, line: number) =>
    duibiError("invalid_csv", { detail }, { where: `${where ?? "csv"}:${line}` });
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false; // the current field was quoted: "" is then a field, not a blank line
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || field !== "" || quoted) records.push({ line: recordLine, fields });
    fields = [];
    field = "";
    quoted = false;
  };
  while (i < source.length) {
    const c = source[i];
    if (c === '"' && field === "" && !quoted) {
      const open = line;
      quoted = true;
      i++;
      // each run up to the next quote is one slice: adding a character at a time builds a
      // rope per field, which for a million rows costs seconds of GC and gigabytes
      for (;;) {
        const close = source.indexOf('"', i);
        if (close < 0) throw fail("a quoted field is not closed", open);
        for (let k = i; k < close; k++) if (source.charCodeAt(k) === 10) line++;
        field += source.slice(i, close);
        i = close + 1;
        if (source[i] !== '"') break;
        field += '"';
        i++;
      }
      const next = source[i];
      if (next !== undefined && next !== "," && next !== "\n" && next !== "\r") {
        throw fail("text follows a closing quote (double a quote inside a quoted field)", line);
      }
    } else if (c === ",") {
      fields.push(field);
      field = "";
      quoted = false;
      i++;
    } else if (c === "\r" || c === "\n") {
      endRecord();
      i += c === "\r" && source[i + 1] === "\n" ? 2 : 1;
      line++;
      recordLine = line;
    } else {
      // an unquoted field: up to the next comma or line break, in one slice
      let end = i + 1;
      for (; end < source.length; end++) {
        const d = source.charCodeAt(end);
        if (d === 44 || d === 10 || d === 13) break; // , \n \r
      }
      field += source.slice(i, end);
      i = end;
    }
  }
  if (field !== "" || quoted || fields.length > 0) endRecord();
  return records;
}
