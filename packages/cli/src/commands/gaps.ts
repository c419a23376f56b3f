import type { CliContext } from "../context.js";
import { UsageError } from "../usage.js";

export async function run(_ctx: CliContext): Promise<number> {
  throw new UsageError("gaps is not available yet");
}
