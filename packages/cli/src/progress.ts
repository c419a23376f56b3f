import type { Writable } from "node:stream";

/** Where a run stands, for {@link renderProgress}. */
export interface ProgressState {
  done: number;
  total: number;
  /** Bytes of input finished so far (for MB/s); optional. */
  bytes?: number;
  elapsedMs: number;
  failed: number;
}

const WIDTH = 24;

/** "1m 05s", "42s": a duration for a progress line. */
function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "--";
  const s = Math.max(0, Math.round(seconds));
  return s >= 60 ? `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, "0")}s` : `${s}s`;
}

/**
 * One progress line: a bar, the count, the rate and the time left.
 * @param state - files done and total, elapsed time, failures
 * @returns e.g. `[██████░░░░░░] 12/336  3.4 files/s  ETA 1m 35s`
 * @example
 * renderProgress({ done: 1, total: 4, elapsedMs: 1000, failed: 0 }); // => "[██████░░░…] 1/4  1.0 files/s  ETA 3s"
 */
export function renderProgress(state: ProgressState): string {
  const fraction = state.total === 0 ? 1 : state.done / state.total;
  const filled = Math.round(fraction * WIDTH);
  const seconds = state.elapsedMs / 1000;
  const rate = seconds > 0 ? state.done / seconds : 0;
  const eta = rate > 0 ? (state.total - state.done) / rate : Number.POSITIVE_INFINITY;
  const parts = [
    `[${"█".repeat(filled)}${"░".repeat(WIDTH - filled)}] ${state.done}/${state.total}`,
    `${rate.toFixed(1)} files/s`,
  ];
  if (state.bytes !== undefined && seconds > 0) parts.push(`${(state.bytes / 1e6 / seconds).toFixed(1)} MB/s`);
  parts.push(state.done === state.total ? `done in ${duration(seconds)}` : `ETA ${duration(eta)}`);
  if (state.failed > 0) parts.push(`${state.failed} failed`);
  return parts.join("  ");
}

/** A progress display on a stream: a bar redrawn in place on a terminal, plain lines otherwise, or nothing. */
export interface Progress {
  /** A file finished; `line` is its plain-text line (used when the stream is not a terminal). */
  tick(line: string, bytes?: number, failed?: boolean): void;
  /** Writes a message (a warning, an error) without breaking the bar. */
  message(text: string): void;
  /** Ends the display (the bar's final state and a newline). */
  end(): void;
}

/**
 * The progress display of a run over `total` files on `stream`: on a terminal
 * (`stream.isTTY`), one bar redrawn at most every `intervalMs`; otherwise one plain line
 * per file (when there are several); with `quiet`, nothing but messages.
 * @param stream - stderr, or a test's stand-in with `isTTY`
 * @param total - files to do
 * @param options - quiet; clock and redraw interval (for tests)
 * @returns the display
 * @example
 * const progress = createProgress(process.stderr, files.length, { quiet: false });
 */
export function createProgress(
  stream: Pick<Writable, "write"> & { isTTY?: boolean },
  total: number,
  options: { quiet?: boolean; now?: () => number; intervalMs?: number } = {},
): Progress {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const tty = stream.isTTY === true && !options.quiet;
  const interval = options.intervalMs ?? 100;
  const state: ProgressState = { done: 0, total, elapsedMs: 0, failed: 0 };
  let drawn = false;
  let lastDraw = Number.NEGATIVE_INFINITY;
  const draw = () => {
    state.elapsedMs = now() - started;
    stream.write(`\r${renderProgress(state)}\x1b[K`);
    drawn = true;
    lastDraw = now();
  };
  const clear = () => {
    if (drawn) stream.write("\r\x1b[K");
    drawn = false;
  };
  return {
    tick(line, bytes = 0, failed = false) {
      state.done++;
      if (bytes > 0) state.bytes = (state.bytes ?? 0) + bytes;
      if (failed) state.failed++;
      if (tty) {
        if (now() - lastDraw >= interval || state.done === total) draw();
      } else if (!options.quiet && total > 1) stream.write(`${line}\n`);
    },
    message(text) {
      if (!tty) return void stream.write(text);
      clear();
      stream.write(text);
      if (state.done > 0) draw();
    },
    end() {
      if (!tty || total === 0) return;
      if (!drawn || state.done < total) draw(); // the last tick drew the final state already
      stream.write("\n");
    },
  };
}
