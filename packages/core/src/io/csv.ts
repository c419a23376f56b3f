import { duibiError } from "../errors/catalog.js";
import { stripBom } from "./stripBom.js";

/** One CSV record and the 1-based line it starts on (records may span lines inside quotes). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/**
 * Quotes a field when RFC 4180 requires it: it holds a comma, a double quote,
 * CR or LF. Quotes inside are doubled.
 *
 * @param field - the raw field text
 * @returns the field as written in a CSV file
 * @example
 * csvField('增长"7%"'); // => '"增长""7%"""'
 * csvField("273.46"); // => "273.46"
 */
export function csvField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

/**
 * Writes records as RFC 4180 CSV: CRLF between records and after the last.
 *
 * @param records - rows of fields (the first is usually the header)
 * @returns the CSV text
 * @example
 * formatCsv([["a", "b"], ["1", "x,y"]]); // => 'a,b\r\n1,"x,y"\r\n'
 */
export function formatCsv(records: readonly (readonly string[])[]): string {
  // a record of one empty field would read back as a blank line: quote it
  const line = (fields: readonly string[]) =>
    fields.length === 1 && fields[0] === "" ? '""' : fields.map(csvField).join(",");
  return records.map((fields) => `${line(fields)}\r\n`).join("");
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
