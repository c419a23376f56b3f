import type { Command } from "../context.js";
import { UsageError } from "../usage.js";

export const command: Command = {
  name: "report",
  summary: "Write the comparison report (HTML, Markdown, charts, data)",
  usage: "duibi report [--data FILE] [--regions …] [--out DIR] [--lang zh|en]",
  run: async () => {
    throw new UsageError("report is not available yet");
  },
};
