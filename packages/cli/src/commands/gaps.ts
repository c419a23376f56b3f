import type { Command } from "../context.js";
import { UsageError } from "../usage.js";

export const command: Command = {
  name: "gaps",
  summary: "Each region's gap to a reference region, the median or the mean",
  usage: "duibi gaps [selectors] [--reference 万州区|median|mean] [--format table|json|csv|md]",
  run: async () => {
    throw new UsageError("gaps is not available yet");
  },
};
