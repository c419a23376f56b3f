import { readFileSync } from "node:fs";
import { describeError, isDuibiError, type Lang } from "@duibi/core";
import { commands } from "./commands/index.js";
import type { CliContext, Command } from "./context.js";
import { UsageError } from "./usage.js";

const HELP = (list: Command[]) =>
  [
    "duibi — compare Chinese local governments on the numbers their reports state",
    "",
    "Usage: duibi <command> [options]",
    "",
    "Commands:",
    ...list.map((c) => `  ${c.name.padEnd(18)}${c.summary}`),
    "",
    "Run `duibi <command> --help` for a command's options. Add --debug to see stack traces.",
    "",
  ].join("\n");

/**
 * Runs the CLI. Returns the exit code: 0 ok, 1 a data error (bad file, unknown region),
 * 2 a usage error (unknown option, missing argument).
 */
export async function main(argv: string[], context: Partial<CliContext> = {}): Promise<number> {
  const debug = argv.includes("--debug");
  const args = argv.filter((a) => a !== "--debug");
  const ctx: CliContext = {
    argv: args.slice(1),
    stdout: context.stdout ?? process.stdout,
    stderr: context.stderr ?? process.stderr,
    cwd: context.cwd ?? process.cwd(),
    usage: "duibi <command> [options]",
    debug,
  };
  const name = args[0];
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    ctx.stdout.write(HELP(commands));
    return name === undefined ? 2 : 0;
  }
  if (name === "--version" || name === "-v") {
    ctx.stdout.write(`${version()}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (command === undefined) {
    ctx.stderr.write(`duibi: unknown command "${name}".\nRun \`duibi --help\` to list the commands.\n`);
    return 2;
  }
  ctx.usage = command.usage;
  if (ctx.argv.includes("--help") || ctx.argv.includes("-h")) {
    ctx.stdout.write(`Usage: ${command.usage}\n\n${command.summary}\n`);
    return 0;
  }
  try {
    return await command.run(ctx);
  } catch (error) {
    return report(error, ctx, command);
  }
}

function report(error: unknown, ctx: CliContext, command: Command): number {
  if (error instanceof UsageError) {
    ctx.stderr.write(`duibi ${command.name}: ${error.message}\n${error.hint ?? `Usage: ${command.usage}`}\n`);
    return 2;
  }
  if (isDuibiError(error)) {
    const lang = errorLang(ctx.argv);
    const { message, hint, where } = describeError(error, lang);
    const label = LABELS[lang];
    const lines = [`duibi ${command.name}: ${message}`];
    if (where) lines.push(`  ${label.where}${where}`);
    if (hint) lines.push(`  ${label.hint}${hint}`);
    if (ctx.debug && error.stack) lines.push(error.stack);
    ctx.stderr.write(`${lines.join("\n")}\n`);
    return 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  ctx.stderr.write(
    `duibi ${command.name}: unexpected error: ${message}\n` +
      (ctx.debug && error instanceof Error && error.stack
        ? `${error.stack}\n`
        : "  Run again with --debug for details.\n"),
  );
  return 1;
}

const LABELS = {
  en: { where: "where: ", hint: "hint:  " },
  zh: { where: "位置：", hint: "提示：" },
} as const satisfies Record<Lang, { where: string; hint: string }>;

/**
 * The language errors are printed in: the run's `--lang zh|en` (also `--lang=en`). Without
 * --lang, English, as errors have always been printed: scripts and issue reports match on them.
 */
function errorLang(argv: readonly string[]): Lang {
  for (const [i, arg] of argv.entries()) {
    let value: string | undefined;
    if (arg === "--lang") value = argv[i + 1];
    else if (arg.startsWith("--lang=")) value = arg.slice("--lang=".length);
    if (value === "zh" || value === "en") return value;
  }
  return "en";
}

/** The installed package's version (src/ and dist/ both sit one level below package.json). */
function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}
