import { ARGS, type ComparisonTable, checkArgs, duibiError, formatFigure, type Measure } from "@duibi/core";
import { frame } from "../theme/frame.js";
import { locale } from "../theme/locale.js";
import { indicatorName, regionName, unitLabel } from "../theme/lookup.js";
import type { ChartOptions, ChartSpec } from "../types.js";
import { CHART_OPTIONS } from "./argShapes.js";
import { documentTitle } from "./documentTitle.js";
import { drawnColors } from "./drawnColors.js";
import { regionStyle } from "./regionStyle.js";
import { rowLabel } from "./rowLabel.js";

/** A row of the table to put on an axis. */
export interface AxisRow {
  indicator: string;
  measure: Measure;
}

/** Options for {@link scatter}. */
export interface ScatterOptions extends ChartOptions {
  /** Shorthand: x = the indicator's level, y = its growth. Default "gdp". */
  indicator?: string;
  /** Row on the x axis (default `{ indicator, measure: "level" }`). */
  x?: AxisRow;
  /** Row on the y axis (default `{ indicator, measure: "growth" }`). */
  y?: AxisRow;
}

/**
 * Level against growth (or any two rows of the table), one labelled point per
 * region: who is big, who grows fast. Regions missing either value are left
 * out; incomparable rows are refused.
 *
 * @param table - A comparison table from `align`.
 * @param options - indicator, or x and y rows; lang, title, width, documents.
 * @returns A Vega-Lite spec.
 * @throws DuibiError `invalid_option` when a row is not in the table or is incomparable.
 * @example
 * scatter(align(loadSeeds(), { period: 2023, kind: "actual" }), { indicator: "gdp" });
 * // => 万州区 (1179.4亿元, 6.9%), 武隆区 (273.46亿元, 5.5%)
 */
export function scatter(table: ComparisonTable, options: ScatterOptions = {}): ChartSpec {
  checkArgs({
    table: [table, ARGS.table],
    options: [options, { ...CHART_OPTIONS, "indicator?": "string", "x?": "object", "y?": "object" }],
  });
  const lang = options.lang ?? "zh";
  const words = locale(lang);
  const indicator = options.indicator ?? "gdp";
  const xRow = options.x ?? { indicator, measure: "level" };
  const yRow = options.y ?? { indicator, measure: "growth" };
  const find = (want: AxisRow) => {
    const row = table.rows.find((r) => r.indicator === want.indicator && r.measure === want.measure);
    if (row === undefined || row.verdict === "incomparable") {
      throw duibiError("invalid_option", {
        option: "indicator",
        detail: `${want.indicator} (${want.measure}) is ${row === undefined ? "not in the table" : "not comparable across these regions"}`,
        fix: "Choose rows both regions state comparably (see `duibi compare`).",
      });
    }
    return row;
  };
  const rx = find(xRow);
  const ry = find(yRow);
  const regions = [...table.regions].sort((a, b) => a.code.localeCompare(b.code));
  const style = regionStyle(
    regions.map((r) => ({ code: r.code, name: regionName(r.code, r.name) })),
    options,
    words.otherRegions,
  );
  const values = regions.flatMap((region) => {
    const cx = rx.cells[region.code];
    const cy = ry.cells[region.code];
    if (cx == null || cy == null) return [];
    const name = regionName(region.code, region.name);
    return [
      {
        regionCode: region.code,
        region: name,
        colorKey: style.keyOf({ code: region.code, name }),
        highlighted: style.highlighted.has(region.code),
        x: cx.value,
        y: cy.value,
        xLabel: formatFigure(cx.value, unitLabel(cx.unit, lang), cx.qualifier, lang, cx.bounds),
        yLabel: formatFigure(cy.value, unitLabel(cy.unit, lang), cy.qualifier, lang, cy.bounds),
        quote: cx.source.quote === cy.source.quote ? cx.source.quote : `${cx.source.quote} / ${cy.source.quote}`,
        document: documentTitle(cx.source.document, options.documents),
        documentY: documentTitle(cy.source.document, options.documents),
      },
    ];
  });
  const scale = drawnColors(style, values);
  const unitOf = (row: typeof rx) => Object.values(row.cells).find((c) => c != null)?.unit ?? "";
  const xTitle = rowLabel(rx.indicator, rx.measure, unitOf(rx), lang);
  const yTitle = rowLabel(ry.indicator, ry.measure, unitOf(ry), lang);
  const width = options.width ?? 420;
  const tooltip = [
    { field: "region", type: "nominal", title: words.region },
    { field: "xLabel", type: "nominal", title: xTitle },
    { field: "yLabel", type: "nominal", title: yTitle },
    { field: "quote", type: "nominal", title: words.quote },
  ];
  const inner = {
    data: { values },
    width,
    height: 300,
    encoding: {
      x: { field: "x", type: "quantitative", title: xTitle, scale: { zero: false, nice: true, padding: 40 } },
      y: { field: "y", type: "quantitative", title: yTitle, scale: { zero: false, nice: true, padding: 30 } },
      color: {
        field: "colorKey",
        type: "nominal",
        title: null,
        scale,
        // a full-strength legend symbol, although the grey points are drawn faint
        ...(style.many ? { legend: { symbolOpacity: 1 } } : {}),
      },
    },
    layer: [
      // many regions: a grey cloud under the highlighted points, which alone are labelled
      ...(style.many
        ? [
            {
              transform: [{ filter: "!datum.highlighted" }],
              mark: { type: "point", filled: true, size: 24, opacity: 0.45 },
              encoding: { tooltip },
            },
          ]
        : []),
      {
        ...(style.many ? { transform: [{ filter: "datum.highlighted" }] } : {}),
        mark: { type: "point", filled: true, size: 120, opacity: 1 },
        encoding: { tooltip },
      },
      {
        ...(style.many ? { transform: [{ filter: "datum.highlighted" }] } : {}),
        mark: { type: "text", align: "left", baseline: "middle", dx: 10, fontSize: 12 },
        encoding: { text: { field: "region" }, color: { value: "#333333" } },
      },
    ],
  };
  const sameIndicator = rx.indicator === ry.indicator;
  const title =
    options.title ??
    (sameIndicator
      ? `${indicatorName(rx.indicator, lang)}${words.colon}${words.when(table.period, table.kind)}`
      : `${indicatorName(rx.indicator, lang)} × ${indicatorName(ry.indicator, lang)}${words.colon}${words.year(table.period)}`);
  return frame(inner, {
    title,
    ...(style.many ? { subtitle: words.allOfMany(values.length, style.highlighted.size > 0) } : {}),
    sources: values.flatMap((v) => [v.document, v.documentY]),
    documents: undefined,
    lang,
    width: width + 80,
  });
}
