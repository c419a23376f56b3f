import type { Command } from "../context.js";
import { UsageError } from "../usage.js";

export const command: Command = {
  name: "seeds-build",
  summary: "Rebuild seeds/dataset.json from seeds/sources/",
  usage: "duibi seeds-build [--check]",
  run: async () => {
    throw new UsageError("seeds-build is not available yet");
  },
};
