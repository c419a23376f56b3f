import type { Writable } from "node:stream";

/** What a command may touch: arguments, streams, the working directory. Tests pass their own. */
export interface CliContext {
  argv: string[];
  stdout: Pick<Writable, "write">;
  stderr: Pick<Writable, "write">;
  cwd: string;
  /** The running command's usage line, for parse errors. */
  usage: string;
  /** Print stack traces (--debug). */
  debug: boolean;
}

/** A subcommand: parses its own argv and returns an exit code (0 ok, 1 data error, 2 usage error). */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(context: CliContext): Promise<number>;
}
