import type { Command } from "../context.js";
import { UsageError } from "../usage.js";

export const command: Command = {
  name: "rank",
  summary: "Where each region ranks on every comparable row",
  usage:
    "duibi rank [selectors] [--method competition|dense|average|ordinal] [--missing last|exclude] [--format table|json|csv|md]",
  run: async () => {
    throw new UsageError("rank is not available yet");
  },
};
