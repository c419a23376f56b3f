import type { Command } from "../context.js";
import { UsageError } from "../usage.js";

export const command: Command = {
  name: "compare",
  summary: "Regions side by side for one period and kind",
  usage: "duibi compare",
  run: async () => {
    throw new UsageError("compare is being built");
  },
};
