import { toPng, toSvg } from "@duibi/viz";
import type { ReportChart } from "./model.js";
import { stableSvgIds } from "./stableSvgIds.js";

/** A chart drawn: its SVG (ids renumbered, see stableSvgIds) and, when asked for, its PNG at 2×. */
export interface DrawnChart {
  svg: string;
  png: Uint8Array | null;
}

/**
 * Draws the report's charts from their specs, one at a time: vega is single-threaded and
 * the machine may be shared. Used by renderHtml (SVG only) and writeReport (SVG and PNG).
 * @param charts - the model's charts
 * @param options.png - also draw a PNG at 2× (for print and slides)
 * @param options.onChart - called before each chart with its 1-based position
 * @returns chart id → the drawn chart
 * @throws DuibiError `missing_font` when no CJK font is installed; `render_failed` for a spec vega rejects
 * @example
 * (await drawCharts(model.charts, { png: false })).get("growth")?.svg.startsWith("<svg"); // => true
 */
export async function drawCharts(
  charts: readonly ReportChart[],
  options: { png: boolean; onChart?: (done: number, total: number, chart: ReportChart) => void },
): Promise<Map<string, DrawnChart>> {
  const drawn = new Map<string, DrawnChart>();
  for (const [i, chart] of charts.entries()) {
    options.onChart?.(i + 1, charts.length, chart);
    const svg = stableSvgIds(await toSvg(chart.spec));
    const png = options.png ? new Uint8Array(await toPng(chart.spec, { scale: 2 })) : null;
    drawn.set(chart.id, { svg, png });
  }
  return drawn;
}
