import type { Command } from "../context.js";
import { UsageError } from "../usage.js";

export const command: Command = {
  name: "ambition",
  summary: "Target growth minus last year's actual growth, per region",
  usage: "duibi ambition --year 2024 [--data FILE] [--regions …] [--format table|json|csv|md]",
  run: async () => {
    throw new UsageError("ambition is not available yet");
  },
};
