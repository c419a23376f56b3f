import type { Command } from "../context.js";
import { UsageError } from "../usage.js";

export const command: Command = {
  name: "extract",
  summary: "Observations found in report texts, each with its sentence",
  usage: "duibi extract <file...> [--region R] [--year YYYY] [--format json|jsonl|csv] [--out FILE]",
  run: async () => {
    throw new UsageError("extract is not available yet");
  },
};
