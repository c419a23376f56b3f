/**
 * Parquet's snappy decoder, as hyparquet exports it (`snappyUncompress`): hyparquet is an
 * optional peer loaded on first use, so the reader is handed it.
 */
export type Unsnappy = (input: Uint8Array, output: Uint8Array) => void;

/** The part of a column chunk's metadata (hyparquet's `ColumnMetaData`) the decoder reads. */
export interface ChunkMetadata {
  type: string;
  codec: string;
  data_page_offset: bigint;
  dictionary_page_offset?: bigint;
  total_compressed_size: bigint;
}

/** The part of a column's schema element the decoder reads. */
export interface ColumnElement {
  repetition_type?: string;
  converted_type?: string;
  logical_type?: { type: string };
}

/** A decoded column chunk: one cell per row, null where an optional cell is absent. */
export type DecodedColumn = (string | number | null)[] | Float64Array | Int32Array;

type ValueType = "string" | "int32" | "double";

// Parquet's enums, as numbered in parquet.thrift
const PAGE_DICTIONARY = 2;
const PAGE_DATA_V2 = 3;
const ENCODING_PLAIN = 0;
const ENCODING_PLAIN_DICTIONARY = 2;
const ENCODING_RLE_DICTIONARY = 8;

// ignoreBOM keeps a leading U+FEFF: text that starts with one was written with it
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

/**
 * hyparquet's string parser with the text kept whole: its default decoder drops a leading byte
 * order mark, so a value that starts with U+FEFF would read back one character short.
 */
export const parquetParsers = {
  stringFromBytes: (bytes: Uint8Array | undefined): string | undefined => bytes && utf8.decode(bytes),
};

/**
 * Decodes one column chunk of a flat column, the layout {@link writeParquet} writes: data pages
 * of format v2, plain or dictionary encoded, snappy-compressed or not, of strings, INT32 or
 * DOUBLE, required or optional. Anything else (v1 pages, other encodings or codecs, nested or
 * repeated columns, a chunk that does not add up to `rows`) gives undefined, and the caller has
 * hyparquet read that chunk: this decoder is a fast path, never the only one.
 *
 * Faster than hyparquet's general decoder on a million rows because it makes no object per
 * value but the value itself: a page's strings are decoded into one string and cut into
 * values, and a flat optional column skips the nested-list assembly. A file it misreads in any
 * way (an exception included) is left to hyparquet too, so it never fails a read hyparquet can do.
 *
 * @param file - the whole Parquet file
 * @param chunk - the column chunk's metadata
 * @param element - the column's schema element (a direct child of the root)
 * @param rows - the row group's row count
 * @param unsnappy - hyparquet's `snappyUncompress`
 * @returns one cell per row, or undefined when hyparquet must read the chunk
 */
export function decodeColumnChunk(
  file: Uint8Array,
  chunk: ChunkMetadata,
  element: ColumnElement,
  rows: number,
  unsnappy: Unsnappy,
): DecodedColumn | undefined {
  try {
    return decodeChunk(file, chunk, element, rows, unsnappy);
  } catch {
    return undefined;
  }
}

function decodeChunk(
  file: Uint8Array,
  chunk: ChunkMetadata,
  element: ColumnElement,
  rows: number,
  unsnappy: Unsnappy,
): DecodedColumn | undefined {
  const type = valueType(chunk.type, element);
  const optional = element.repetition_type === "OPTIONAL";
  if (type === undefined || (!optional && element.repetition_type !== "REQUIRED")) return undefined;
  if (chunk.codec !== "SNAPPY" && chunk.codec !== "UNCOMPRESSED") return undefined;
  let at = Number(chunk.dictionary_page_offset ?? chunk.data_page_offset);
  const end = at + Number(chunk.total_compressed_size);
  if (!(at >= 0 && end <= file.length)) return undefined;
  let cells: DecodedColumn | undefined;
  let dictionary: (string | number)[] | undefined;
  let row = 0;
  while (at < end && row < rows) {
    const header = readPageHeader(file, at, end);
    if (header === undefined) return undefined;
    const body = file.subarray(header.end, header.end + header.compressedSize);
    at = header.end + header.compressedSize;
    if (header.type === PAGE_DICTIONARY) {
      const { count, encoding } = header.dictionary ?? {};
      if (count === undefined || (encoding !== ENCODING_PLAIN && encoding !== ENCODING_PLAIN_DICTIONARY)) {
        return undefined;
      }
      const bytes = inflate(body, header.uncompressedSize, chunk.codec, unsnappy);
      const values = bytes && plainValues(bytes, type, count);
      if (values === undefined) return undefined;
      dictionary = Array.from(values);
      continue;
    }
    const page = header.type === PAGE_DATA_V2 ? header.v2 : undefined;
    if (page === undefined || page.repetitionBytes !== 0 || page.rows !== page.values || row + page.rows > rows) {
      return undefined; // v1 pages, repetition levels, other page types: hyparquet's
    }
    const present = page.values - page.nulls;
    if (present < 0 || (!optional && page.nulls !== 0)) return undefined;
    const data = body.subarray(page.definitionBytes);
    const uncompressed = header.uncompressedSize - page.definitionBytes;
    const bytes = page.compressed && present > 0 ? inflate(data, uncompressed, chunk.codec, unsnappy) : data;
    const values = bytes && pageValues(bytes, page.encoding, type, present, dictionary);
    if (values === undefined) return undefined;
    if (!optional && page.rows === rows && at >= end) return values as DecodedColumn; // one page: its values as decoded
    cells ??= emptyCells(type, optional, rows);
    if (optional) {
      const defined = hybridLevels(body.subarray(0, page.definitionBytes), 1, page.values);
      if (defined === undefined || !scatter(values, defined, present, cells as (string | number | null)[], row)) {
        return undefined;
      }
    } else if (Array.isArray(cells)) {
      for (let i = 0; i < present; i++) cells[row + i] = values[i]!;
    } else {
      cells.set(values as ArrayLike<number>, row);
    }
    row += page.rows;
  }
  return row === rows ? cells : undefined;
}

function emptyCells(type: ValueType, optional: boolean, rows: number): DecodedColumn {
  if (optional || type === "string") return new Array(rows);
  return type === "int32" ? new Int32Array(rows) : new Float64Array(rows);
}

function valueType(physical: string, element: ColumnElement): ValueType | undefined {
  const logical = element.logical_type?.type;
  if (physical === "BYTE_ARRAY") {
    return element.converted_type === "UTF8" || logical === "STRING" ? "string" : undefined;
  }
  if (element.converted_type !== undefined || logical !== undefined) return undefined; // dates, decimals, unsigned
  return physical === "INT32" ? "int32" : physical === "DOUBLE" ? "double" : undefined;
}

function inflate(bytes: Uint8Array, size: number, codec: string, unsnappy: Unsnappy): Uint8Array | undefined {
  if (!(size >= 0)) return undefined;
  if (codec === "UNCOMPRESSED") return bytes.length === size ? bytes : undefined;
  const out = new Uint8Array(size);
  try {
    unsnappy(bytes, out);
  } catch {
    return undefined; // hyparquet reads it again and names the fault
  }
  return out;
}

/** A data page's values: plain, or indexes into the chunk's dictionary. */
function pageValues(
  bytes: Uint8Array,
  encoding: number,
  type: ValueType,
  count: number,
  dictionary: readonly (string | number)[] | undefined,
): ArrayLike<string | number> | undefined {
  if (encoding === ENCODING_PLAIN) return plainValues(bytes, type, count);
  if ((encoding !== ENCODING_RLE_DICTIONARY && encoding !== ENCODING_PLAIN_DICTIONARY) || dictionary === undefined) {
    return undefined;
  }
  if (count === 0) return [];
  const indexes = hybridLevels(bytes.subarray(1), bytes[0] ?? 0, count);
  if (indexes === undefined) return undefined;
  const size = dictionary.length;
  const values = new Array<string | number>(count);
  for (let i = 0; i < count; i++) {
    const index = indexes[i]!;
    if (index >= size) return undefined;
    values[i] = dictionary[index]!;
  }
  return values;
}

function plainValues(bytes: Uint8Array, type: ValueType, count: number): ArrayLike<string | number> | undefined {
  if (type === "string") return plainStrings(bytes, count);
  const width = type === "int32" ? 4 : 8;
  if (bytes.length < count * width) return undefined;
  // Parquet stores numbers little-endian, as the machines Node runs on do: the bytes are copied out whole
  const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + count * width) as ArrayBuffer;
  if (LITTLE_ENDIAN) return type === "int32" ? new Int32Array(copy) : new Float64Array(copy);
  const view = new DataView(copy);
  if (type === "int32") return Int32Array.from({ length: count }, (_, i) => view.getInt32(i * 4, true));
  return Float64Array.from({ length: count }, (_, i) => view.getFloat64(i * 8, true));
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Plain byte arrays (a 4-byte length, then the bytes) as strings. The page's values are decoded
 * from UTF-8 into one run of UTF-16 units, made one string and cut at each value's offset: a
 * string object per value and nothing else (no view or decoder call per value). Bytes that are
 * not well-formed UTF-8 give undefined, and hyparquet's decoder then replaces them as a
 * per-value decode does.
 */
function plainStrings(bytes: Uint8Array, count: number): string[] | undefined {
  if (count * 4 > bytes.length) return undefined; // every value takes at least its length
  const offsets = new Int32Array(count + 1);
  const units = new Uint16Array(bytes.length); // never more UTF-16 units than UTF-8 bytes
  let p = 0;
  let k = 0;
  for (let i = 0; i < count; i++) {
    if (p + 4 > bytes.length) return undefined;
    const length = (bytes[p]! | (bytes[p + 1]! << 8) | (bytes[p + 2]! << 16) | (bytes[p + 3]! << 24)) >>> 0;
    p += 4;
    if (p + length > bytes.length) return undefined;
    k = utf8ToUnits(bytes, p, p + length, units, k);
    if (k < 0) return undefined;
    p += length;
    offsets[i + 1] = k;
  }
  const text = utf16.decode(units.subarray(0, k));
  const values = new Array<string>(count);
  for (let i = 0; i < count; i++) values[i] = text.slice(offsets[i], offsets[i + 1]);
  return values;
}

// ignoreBOM: a value's leading U+FEFF is text, not a byte order mark
const utf16 = new TextDecoder("utf-16le", { ignoreBOM: true });

/**
 * The UTF-8 bytes `from`–`to` as UTF-16 units written from `units[k]` on; returns the next
 * free index, or -1 when the bytes are not well-formed UTF-8 (a stray or missing continuation
 * byte, an overlong form, a surrogate, a code point past U+10FFFF), as the Encoding Standard
 * defines it.
 */
function utf8ToUnits(bytes: Uint8Array, from: number, to: number, units: Uint16Array, k: number): number {
  let p = from;
  while (p < to) {
    const b = bytes[p]!;
    if (b < 0x80) {
      units[k++] = b;
      p += 1;
    } else if (b >= 0xe0 && b <= 0xef) {
      if (p + 2 >= to) return -1;
      const b1 = bytes[p + 1]!;
      const b2 = bytes[p + 2]!;
      const low = b === 0xe0 ? 0xa0 : 0x80;
      const high = b === 0xed ? 0x9f : 0xbf;
      if (b1 < low || b1 > high || (b2 & 0xc0) !== 0x80) return -1;
      units[k++] = ((b & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
      p += 3;
    } else if (b >= 0xc2 && b <= 0xdf) {
      if (p + 1 >= to) return -1;
      const b1 = bytes[p + 1]!;
      if ((b1 & 0xc0) !== 0x80) return -1;
      units[k++] = ((b & 0x1f) << 6) | (b1 & 0x3f);
      p += 2;
    } else if (b >= 0xf0 && b <= 0xf4) {
      if (p + 3 >= to) return -1;
      const b1 = bytes[p + 1]!;
      const b2 = bytes[p + 2]!;
      const b3 = bytes[p + 3]!;
      const low = b === 0xf0 ? 0x90 : 0x80;
      const high = b === 0xf4 ? 0x8f : 0xbf;
      if (b1 < low || b1 > high || (b2 & 0xc0) !== 0x80 || (b3 & 0xc0) !== 0x80) return -1;
      const point = (((b & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f)) - 0x10000;
      units[k++] = 0xd800 | (point >> 10);
      units[k++] = 0xdc00 | (point & 0x3ff);
      p += 4;
    } else {
      return -1;
    }
  }
  return k;
}

/**
 * Parquet's RLE / bit-packed hybrid encoding of `count` small integers (definition levels,
 * dictionary indexes) of `width` bits, from bytes that hold exactly the encoded runs.
 */
function hybridLevels(bytes: Uint8Array, width: number, count: number): Uint32Array | undefined {
  if (width > 32) return undefined;
  const out = new Uint32Array(count);
  const valueBytes = (width + 7) >> 3;
  let p = 0;
  let seen = 0;
  while (seen < count) {
    // the run's header, a varint: a page's runs never pass 2^28 values
    let header = 0;
    let shift = 0;
    let b: number;
    do {
      if (p >= bytes.length || shift > 21) return undefined;
      b = bytes[p++]!;
      header |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    if ((header & 1) === 0) {
      const run = header >>> 1;
      let value = 0;
      for (let i = 0; i < valueBytes; i++) value |= (bytes[p + i] ?? 0) << (8 * i);
      value >>>= 0;
      p += valueBytes;
      const stop = Math.min(count, seen + run);
      if (run > 16) out.fill(value, seen, stop);
      else for (let i = seen; i < stop; i++) out[i] = value;
      seen += run;
    } else {
      // groups of 8 values, packed from the least significant bit of each byte on
      const values = (header >>> 1) << 3;
      const stop = p + ((values * width) >> 3);
      if (width > 24 || (stop > bytes.length && seen + values < count)) return undefined;
      const mask = (1 << width) - 1;
      let buffered = 0;
      let bits = 0;
      for (let i = 0; i < values && seen < count; i++, seen++) {
        while (bits < width) {
          buffered |= (bytes[p++] ?? 0) << bits;
          bits += 8;
        }
        out[seen] = buffered & mask;
        buffered >>>= width;
        bits -= width;
      }
      p = stop;
    }
  }
  return out;
}

/** An optional column's present values spread over its rows by definition level (1 present, 0 null). */
function scatter(
  values: ArrayLike<string | number>,
  defined: Uint32Array,
  present: number,
  cells: (string | number | null)[],
  row: number,
): boolean {
  let v = 0;
  for (let i = 0; i < defined.length; i++) {
    if (defined[i] === 1) {
      if (v >= present) return false;
      cells[row + i] = values[v++]!;
    } else {
      cells[row + i] = null;
    }
  }
  return v === present;
}

/** What the decoder needs of a page header. */
interface PageHeader {
  type: number;
  uncompressedSize: number;
  compressedSize: number;
  /** the offset in the file where the page's bytes begin */
  end: number;
  dictionary?: { count: number; encoding: number };
  v2?: {
    values: number;
    nulls: number;
    rows: number;
    encoding: number;
    definitionBytes: number;
    repetitionBytes: number;
    compressed: boolean;
  };
}

/** A position in Thrift compact-protocol bytes. */
interface Cursor {
  bytes: Uint8Array;
  at: number;
  limit: number;
}

type Fields = Map<number, unknown>;

/** A page header (Thrift compact protocol, parquet.thrift's `PageHeader`) at `at`, or undefined when it does not parse. */
function readPageHeader(bytes: Uint8Array, at: number, limit: number): PageHeader | undefined {
  const cursor: Cursor = { bytes, at, limit };
  let fields: Fields;
  try {
    fields = readStruct(cursor);
  } catch {
    return undefined;
  }
  const type = fields.get(1);
  const uncompressedSize = fields.get(2);
  const compressedSize = fields.get(3);
  if (!isCount(type) || !isCount(uncompressedSize) || !isCount(compressedSize)) return undefined;
  if (cursor.at + compressedSize > limit) return undefined;
  const header: PageHeader = { type, uncompressedSize, compressedSize, end: cursor.at };
  const dictionary = fields.get(7);
  if (dictionary instanceof Map) {
    const count = dictionary.get(1);
    const encoding = dictionary.get(2);
    if (isCount(count) && isCount(encoding)) header.dictionary = { count, encoding };
  }
  const v2 = fields.get(8);
  if (v2 instanceof Map) {
    const [values, nulls, rows, encoding, definitionBytes, repetitionBytes] = [1, 2, 3, 4, 5, 6].map((id) =>
      v2.get(id),
    );
    if (
      isCount(values) &&
      isCount(nulls) &&
      isCount(rows) &&
      isCount(encoding) &&
      isCount(definitionBytes) &&
      isCount(repetitionBytes)
    ) {
      header.v2 = { values, nulls, rows, encoding, definitionBytes, repetitionBytes, compressed: v2.get(7) !== false };
    }
  }
  return header;
}

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/** A struct's fields by id: integers as numbers, booleans, nested structs as maps; binaries, lists, sets and maps skipped. */
function readStruct(cursor: Cursor): Fields {
  const fields: Fields = new Map();
  let id = 0;
  for (;;) {
    const head = readByte(cursor);
    if (head === 0) return fields;
    const delta = head >> 4;
    const kind = head & 0x0f;
    id = delta === 0 ? zigzag(readVarint(cursor)) : id + delta;
    fields.set(id, readValue(cursor, kind));
  }
}

function readValue(cursor: Cursor, kind: number): unknown {
  switch (kind) {
    case 1:
      return true;
    case 2:
      return false;
    case 3:
      return readByte(cursor);
    case 4:
    case 5:
    case 6:
      return zigzag(readVarint(cursor));
    case 7:
      skip(cursor, 8);
      return undefined;
    case 8:
      skip(cursor, readVarint(cursor));
      return undefined;
    case 9:
    case 10: {
      const head = readByte(cursor);
      const size = head >> 4 === 15 ? readVarint(cursor) : head >> 4;
      for (let i = 0; i < size; i++) readElement(cursor, head & 0x0f);
      return undefined;
    }
    case 11: {
      const size = readVarint(cursor);
      const types = size > 0 ? readByte(cursor) : 0;
      for (let i = 0; i < size; i++) {
        readElement(cursor, types >> 4);
        readElement(cursor, types & 0x0f);
      }
      return undefined;
    }
    case 12:
      return readStruct(cursor);
    default:
      throw new Error(`thrift type ${kind}`);
  }
}

/** An element of a list, set or map: a boolean there takes a byte of its own. */
function readElement(cursor: Cursor, kind: number): void {
  if (kind === 1 || kind === 2) readByte(cursor);
  else readValue(cursor, kind);
}

function readByte(cursor: Cursor): number {
  if (cursor.at >= cursor.limit) throw new Error("thrift: past the end");
  return cursor.bytes[cursor.at++]!;
}

function skip(cursor: Cursor, count: number): void {
  if (cursor.at + count > cursor.limit) throw new Error("thrift: past the end");
  cursor.at += count;
}

function readVarint(cursor: Cursor): number {
  let value = 0;
  let scale = 1;
  for (;;) {
    const b = readByte(cursor);
    value += (b & 0x7f) * scale;
    if ((b & 0x80) === 0) return value;
    scale *= 128;
  }
}

function zigzag(value: number): number {
  return value % 2 === 0 ? value / 2 : -(value + 1) / 2;
}
