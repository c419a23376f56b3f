import { checkArgs, duibiError, type Kind } from "@duibi/core";
import type { Panel, PanelColumns, PanelGroup } from "./Panel.js";

const KINDS: readonly Kind[] = ["actual", "estimate", "target"];

/** Dictionary-encodes one string column: per row the code's id in first-seen order. */
function encode(column: ArrayLike<string>, ids: Int32Array): string[] {
  const index = new Map<string, number>();
  const dictionary: string[] = [];
  let last: string | undefined;
  let lastId = -1;
  for (let i = 0; i < column.length; i++) {
    const s = column[i] as string;
    // reports list a region's figures together: the previous row's string is the likeliest hit
    if (s !== last) {
      let id = index.get(s);
      if (id === undefined) {
        id = dictionary.length;
        index.set(s, id);
        dictionary.push(s);
      }
      last = s;
      lastId = id;
    }
    ids[i] = lastId;
  }
  return dictionary;
}

/** Maps first-seen ids to positions in the sorted dictionary. */
function sortedOrder(dictionary: readonly string[]): { sorted: string[]; order: number[]; position: Int32Array } {
  const order = dictionary
    .map((_, i) => i)
    .sort((a, b) => {
      const x = dictionary[a] as string;
      const y = dictionary[b] as string;
      return x < y ? -1 : x > y ? 1 : 0;
    });
  const position = new Int32Array(dictionary.length);
  order.forEach((id, p) => {
    position[id] = p;
  });
  return { sorted: order.map((id) => dictionary[id] as string), order, position };
}

/** Smallest and largest period; each row must hold an integer year. */
function periodRange(period: ArrayLike<number>): { min: number; max: number } {
  let min = 0;
  let max = -1;
  for (let i = 0; i < period.length; i++) {
    const p = period[i] as number;
    if (!Number.isInteger(p)) {
      throw duibiError("invalid_option", {
        option: "period",
        detail: `row ${i}: ${p}`,
        fix: "Give periods as integer years.",
      });
    }
    if (i === 0 || p < min) min = p;
    if (i === 0 || p > max) max = p;
  }
  if (max - min >= 1000) {
    throw duibiError("invalid_option", {
      option: "period",
      detail: `periods run from ${min} to ${max}`,
      fix: "Give periods as years.",
    });
  }
  return { min, max };
}

/**
 * Turns each row's indicator id (in `keys`) into its (indicator, period, kind) cell key, in place,
 * and marks the cells that occur in `present`.
 */
function cellKeys(
  kind: ArrayLike<string>,
  period: ArrayLike<number>,
  minPeriod: number,
  span: number,
  keys: Int32Array,
  present: Uint8Array,
): void {
  const kinds = KINDS.length;
  let lastKind: string | undefined;
  let lastKindId = 0;
  for (let i = 0; i < keys.length; i++) {
    const k = kind[i] as string;
    if (k !== lastKind) {
      lastKindId = KINDS.indexOf(k as Kind);
      if (lastKindId < 0) {
        throw duibiError("invalid_option", {
          option: "kind",
          detail: `"${k}"`,
          fix: `Use one of ${KINDS.join(", ")}.`,
        });
      }
      lastKind = k;
    }
    const key = ((keys[i] as number) * span + ((period[i] as number) - minPeriod)) * kinds + lastKindId;
    keys[i] = key;
    present[key] = 1;
  }
}

/** Writes each row's value into its cell; returns how many rows repeated a cell holding a number. */
function scatter(
  value: ArrayLike<number>,
  keys: Int32Array,
  regionId: Int32Array,
  groupOf: Int32Array,
  regionPosition: Int32Array,
  width: number,
  values: Float64Array,
): number {
  let duplicates = 0;
  for (let i = 0; i < keys.length; i++) {
    const at = (groupOf[keys[i] as number] as number) * width + (regionPosition[regionId[i] as number] as number);
    // repeats of NaN cells are not told apart
    if (!Number.isNaN(values[at] as number)) duplicates++;
    values[at] = value[i] as number;
  }
  return duplicates;
}

/**
 * Builds a {@link Panel} from long columns (one entry per observation): dictionary-encodes
 * regions and indicators, keeps only the (indicator, period, kind) groups that occur, and
 * scatters the values into a dense groups × regions Float64Array. Cost: O(rows) plus sorting
 * the dictionaries; memory: the matrix plus two Int32Array row codes while building.
 *
 * @param columns - region codes, indicator ids, periods, kinds and values, equally long.
 * @returns The panel; input columns are not modified.
 * @throws DuibiError invalid_option when the columns differ in length, a kind is unknown or a
 *   period is not an integer year.
 * @example
 * const panel = panelFromColumns({
 *   region: ["500156", "500101"], indicator: ["gdp", "gdp"], period: [2023, 2023],
 *   kind: ["actual", "actual"], value: [5.5, 6.9],
 * });
 * panel.regions; // => ["500101", "500156"]
 * [...panel.values]; // => [6.9, 5.5]
 */
export function panelFromColumns(columns: PanelColumns): Panel {
  checkArgs({
    columns: [
      columns,
      {
        region: "object|array",
        indicator: "object|array",
        period: "object|array",
        kind: "object|array",
        value: "object|array",
      },
    ],
  });
  const rows = columns.region.length;
  for (const name of ["indicator", "period", "kind", "value"] as const) {
    if (columns[name].length !== rows) {
      throw duibiError("invalid_option", {
        option: "columns",
        detail: `column "${name}" has ${columns[name].length} entries, "region" has ${rows}`,
        fix: "Give every column one entry per observation.",
      });
    }
  }
  const regionId = new Int32Array(rows);
  const groupKey = new Int32Array(rows);
  const regionDictionary = encode(columns.region, regionId);
  const indicatorDictionary = encode(columns.indicator, groupKey);
  // each pass is its own function: a hot loop compiled on its own does not drag the others along
  const { min: minPeriod, max: maxPeriod } = periodRange(columns.period);
  const spanOfPeriods = rows === 0 ? 0 : maxPeriod - minPeriod + 1;
  const present = new Uint8Array(indicatorDictionary.length * spanOfPeriods * KINDS.length);
  cellKeys(columns.kind, columns.period, minPeriod, spanOfPeriods, groupKey, present);
  const indicators = sortedOrder(indicatorDictionary);
  const regions = sortedOrder(regionDictionary);
  // compact group ids in output order: indicator id, then period, then kind
  const groupOf = new Int32Array(present.length).fill(-1);
  const groups: PanelGroup[] = [];
  for (const id of indicators.order) {
    const indicator = indicatorDictionary[id] as string;
    for (let t = 0; t < spanOfPeriods; t++) {
      for (let k = 0; k < KINDS.length; k++) {
        const key = (id * spanOfPeriods + t) * KINDS.length + k;
        if (present[key] === 1) {
          groupOf[key] = groups.length;
          groups.push({ indicator, period: minPeriod + t, kind: KINDS[k] as Kind });
        }
      }
    }
  }
  const width = regions.sorted.length;
  const values = new Float64Array(groups.length * width).fill(Number.NaN);
  const duplicates = scatter(columns.value, groupKey, regionId, groupOf, regions.position, width, values);
  return { regions: regions.sorted, groups, values, duplicates };
}
