import type { CliContext } from "../context.js";
import { UsageError } from "../usage.js";

export async function run(_ctx: CliContext): Promise<number> {
  throw new UsageError("chart is not available yet");
}
