#!/usr/bin/env node
import { main } from "./main.js";

// `duibi compare | head -1` closes the pipe early: the reader has what it wanted, so stop
// quietly instead of dying on an unhandled EPIPE with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    // Any other stream error (EIO) leaves nowhere to print to: exit 1 without a stack.
    process.exit(error.code === "EPIPE" ? (process.exitCode ?? 0) : 1);
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // main reports every command's errors itself; this is a last resort, still without a stack.
    const debug = process.argv.includes("--debug");
    const detail = error instanceof Error ? (debug ? (error.stack ?? error.message) : error.message) : String(error);
    process.stderr.write(`duibi: unexpected error: ${detail}\n`);
    process.exitCode = 1;
  },
);
