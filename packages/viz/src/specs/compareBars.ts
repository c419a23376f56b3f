import type { ComparisonRow, ComparisonTable, Measure } from "@duibi/core";
import { ARGS, checkArgs, describeNotes, formatFigure, joinNames } from "@duibi/core";
import { frame } from "../theme/frame.js";
import { locale } from "../theme/locale.js";
import { regionName, unitLabel } from "../theme/lookup.js";
import type { ChartOptions, ChartSpec } from "../types.js";
import { CHART_OPTIONS } from "./argShapes.js";
import { CHART_INDICATORS } from "./chartIndicators.js";
import { documentTitle } from "./documentTitle.js";
import { notStatedLine } from "./notStatedLine.js";
import { orderCodes } from "./regionOrder.js";
import { regionStyle } from "./regionStyle.js";
import { rowLabel } from "./rowLabel.js";
import { SHOW_EACH_END, shownRegions } from "./shownRegions.js";
import { BY_SORT_INDEX, sortIndex } from "./sortIndex.js";
import { valueTooltip } from "./valueTooltip.js";

/** Options for {@link compareBars}. */
export interface CompareBarsOptions extends ChartOptions {
  /** Indicator ids to draw, in this order; default the {@link CHART_INDICATORS} the table has for every region (else every such row). */
  indicators?: readonly string[];
  /** Only rows of this measure (e.g. "growth"). */
  measure?: Measure;
}

/** Rows to draw: never incomparable ones (different definitions are not set side by side). */
function pickRows(table: ComparisonTable, options: CompareBarsOptions): ComparisonRow[] {
  const drawable = table.rows.filter(
    (row) =>
      row.verdict !== "incomparable" &&
      (options.measure === undefined || row.measure === options.measure) &&
      Object.values(row.cells).some((cell) => cell != null),
  );
  const named = (ids: readonly string[]) => ids.flatMap((id) => drawable.filter((row) => row.indicator === id));
  if (options.indicators !== undefined) return named(options.indicators);
  // by default the headline rows both regions state; a report states dozens more, too many panels to read
  const complete = drawable.filter((row) => row.verdict !== "partial");
  const headline = named(CHART_INDICATORS).filter((row) => row.verdict !== "partial");
  return headline.length > 0 ? headline : complete;
}

/** Row height (px) of a panel cut to its highest and lowest regions. */
const CUT_STEP = 16;
/** Panels a row of cut panels holds. */
const CUT_COLUMNS = 3;

/**
 * Regions side by side on one or many indicators: horizontal bars, one panel
 * per indicator (small multiples, each with its own scale, since units differ),
 * values labelled with their qualifier (6.5%以上), tooltips quoting the report.
 * Incomparable rows are never drawn. With more than 25 regions each panel shows the 10 highest and
 * 10 lowest (plus `highlight`ed regions), highest first, and the subtitle says so; with more than
 * eight regions only the highlighted ones are coloured, the rest grey (see `regionStyle`).
 *
 * @param table - A comparison table from `align`.
 * @param options - `indicators`, `measure`, `lang`, `title`, `width`, `documents`.
 * @returns A Vega-Lite spec with the data inline.
 * @example
 * const spec = compareBars(align(loadSeeds(), { period: 2023, kind: "actual" }), { indicators: ["gdp"], measure: "growth" });
 * spec.vconcat[0].data.values.length; // => 2 (武隆区, 万州区)
 */
export function compareBars(table: ComparisonTable, options: CompareBarsOptions = {}): ChartSpec {
  checkArgs({
    table: [table, ARGS.table],
    options: [options, { ...CHART_OPTIONS, "indicators?": "string[]", "measure?": "string" }],
  });
  const lang = options.lang ?? "zh";
  const words = locale(lang);
  const rows = pickRows(table, options);
  const style = regionStyle(
    table.regions.map((r) => ({ code: r.code, name: regionName(r.code, r.name) })),
    options,
    words.otherRegions,
  );
  const regions = style.ordered;
  const panels = rows.map((row) => rowLabel(row.indicator, row.measure, firstUnit(row), lang));
  // many regions: each panel shows its highest and lowest regions (and the highlighted), highest first
  const shown = rows.map((row) =>
    shownRegions(
      regions.map((r) => ({ code: r.code, value: row.cells[r.code]?.value ?? null })),
      style.many ? style.highlighted : new Set(),
    ),
  );
  const cut = shown.some((s) => s.cut);
  const values = rows.flatMap((row, i) => {
    const order = sortIndex(shown[i]?.codes ?? []);
    return regions.flatMap((region) => {
      const cell = row.cells[region.code];
      const at = order.get(region.code);
      if (cell == null || at === undefined) return [];
      return [
        {
          panel: panels[i],
          panelIndex: i,
          sortIndex: at,
          indicator: row.indicator,
          measure: row.measure,
          regionCode: region.code,
          region: region.name,
          colorKey: style.keyOf(region),
          value: cell.value,
          unit: cell.unit,
          label: formatFigure(cell.value, unitLabel(cell.unit, lang), cell.qualifier, lang, cell.bounds),
          quote: cell.original
            ? `${cell.source.quote}（${formatFigure(cell.original.value, cell.original.unit, cell.qualifier, lang)}）`
            : cell.source.quote,
          document: documentTitle(cell.source.document, options.documents),
        },
      ];
    });
  });
  const width = options.width ?? (rows.length > 1 ? (cut ? 220 : 260) : 420);
  const color = {
    field: "colorKey",
    type: "nominal",
    scale: { domain: style.domain, range: style.range },
    legend: null,
  };
  const layer = [
    { mark: { type: "bar", height: { band: 0.7 } }, encoding: { color } },
    // labels right of a positive bar's end, and right of the zero line for a negative bar
    // (left of it they would run into the region names)
    {
      transform: [{ calculate: "max(datum.value, 0)", as: "labelAt" }],
      mark: { type: "text", baseline: "middle", fontSize: 12, align: "left", dx: 4 },
      encoding: { x: { field: "labelAt", type: "quantitative" }, text: { field: "label" } },
    },
  ];
  const single = rows.length === 1;
  const encoding = {
    y: { field: "region", type: "nominal", sort: BY_SORT_INDEX, title: null },
    x: {
      field: "value",
      type: "quantitative",
      // one indicator: its name and unit under the axis; many: in each panel's header
      title: single ? (panels[0] ?? null) : null,
      // 8,000 and 10,000 side by side in a narrow panel: every other label rather than two run together
      axis: { grid: true, tickCount: 4, labelOverlap: true, labelSeparation: 8 },
      scale: { nice: true },
    },
    tooltip: valueTooltip(words),
  };
  // panels cut to their own highest and lowest regions list different regions: separate views, not a facet
  const panelView = (panel: string, i: number) => ({
    title: { text: panel, anchor: "start", fontSize: 13, fontWeight: "bold", offset: 8 },
    data: { values: values.filter((v) => v.panelIndex === i) },
    width,
    // cut panels of many regions: a tighter row so three columns of them fit one screen
    height: { step: CUT_STEP },
    encoding,
    layer,
  });
  const inner = single
    ? { data: { values }, width, height: { step: 34 }, encoding, layer }
    : cut
      ? { concat: panels.map(panelView), columns: Math.min(CUT_COLUMNS, rows.length) }
      : {
          data: { values },
          facet: {
            field: "panel",
            type: "nominal",
            sort: { field: "panelIndex", op: "min" },
            title: null,
            header: { labelAnchor: "start" },
          },
          columns: Math.min(2, rows.length),
          spec: { width, height: { step: 30 }, encoding, layer },
          resolve: { scale: { x: "independent" } },
        };
  const when = words.when(table.period, table.kind);
  const title =
    options.title ??
    (single && rows[0] !== undefined
      ? `${rowLabel(rows[0].indicator, rows[0].measure, "", lang)}${words.colon}${when}`
      : style.many
        ? when
        : `${words.regionList(regions.map((r) => r.name))}${words.colon}${when}`);
  // the missing-region rule: each row is drawn among the regions that state it, and says who does not
  const expected = orderCodes([...regions.map((r) => r.code), ...(options.regionOrder ?? [])], options.regionOrder);
  const nameOf = (code: string) => regionName(code, regions.find((r) => r.code === code)?.name);
  // panels the same regions lack share one line: "黔江区未说明地区生产总值、接待游客"
  const lacking = new Map<string, { present: Set<string>; panels: string[] }>();
  rows.forEach((row, i) => {
    const present = new Set(Object.keys(row.cells).filter((code) => row.cells[code] != null));
    const key = expected.filter((code) => !present.has(code)).join(",");
    if (key === "") return;
    const group = lacking.get(key) ?? { present, panels: [] };
    group.panels.push(panels[i] ?? "");
    lacking.set(key, group);
  });
  const notStated = [...lacking.values()].flatMap(({ present, panels: lacked }) =>
    notStatedLine(expected, present, nameOf, words, single ? undefined : joinNames(lacked, lang)),
  );
  // converted rows say how (万元→亿元, 优良天数→优良率 (336/365)), as the table's verdict notes do
  const converted = rows.flatMap((row) => {
    const how = row.notes.filter((n) => n.code === "unit_converted" || n.code === "restated");
    if (row.verdict !== "converted" || how.length === 0) return [];
    return [words.unitInTitle(rowLabel(row.indicator, row.measure, "", lang), describeNotes(how, lang))];
  });
  const selected = style.highlighted.size > 0;
  const many = !style.many
    ? []
    : [cut ? words.shownOfMany(regions.length, SHOW_EACH_END, selected) : words.allOfMany(regions.length, selected)];
  return frame(inner, {
    title,
    subtitle: [
      ...many,
      ...notStated,
      ...(converted.length === 0 ? [] : [`${words.converted}${converted.join(words.listSeparator)}`]),
    ],
    sources: values.map((v) => v.document),
    documents: undefined,
    lang,
    width: single ? width + 80 : (width + 100) * Math.min(2, rows.length),
  });
}

function firstUnit(row: ComparisonRow): string {
  return Object.values(row.cells).find((cell) => cell != null)?.unit ?? "";
}
