import type { Command } from "../context.js";

/**
 * Every subcommand, loaded lazily so `duibi compare` never loads vega.
 * Each module exports `command: Command`.
 */
const lazy = (name: string, summary: string, usage: string, load: () => Promise<{ command: Command }>): Command => ({
  name,
  summary,
  usage,
  run: async (ctx) => (await load()).command.run(ctx),
});

export const commands: Command[] = [
  lazy(
    "compare",
    "Regions side by side for one period and kind",
    "duibi compare [--data FILE] [--regions 武隆区,万州区] --period 2023 --kind actual [--format table|json|csv|md]",
    () => import("./compare.js"),
  ),
];
