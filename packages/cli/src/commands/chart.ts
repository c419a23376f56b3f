import type { Command } from "../context.js";
import { UsageError } from "../usage.js";

export const command: Command = {
  name: "chart",
  summary: "Draw a chart to SVG, PNG, HTML or a Vega-Lite spec",
  usage:
    "duibi chart <compare|target-vs-actual|gap|rank-heatmap|slope|scatter|scorecard> [selectors] [--indicator ID] [--lang zh|en] --out FILE.svg|.png|.html|.vl.json",
  run: async () => {
    throw new UsageError("chart is not available yet");
  },
};
