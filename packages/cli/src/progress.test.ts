import { describe, expect, it } from "vitest";
import { createProgress, renderProgress } from "./progress.js";

function sink(isTTY: boolean) {
  const written: string[] = [];
  return { written, stream: { isTTY, write: (s: string) => written.push(s) > 0 } };
}

describe("renderProgress", () => {
  it("shows the bar, the count, the rate and the time left", () => {
    expect(renderProgress({ done: 12, total: 48, elapsedMs: 4000, failed: 0 })).toBe(
      "[██████░░░░░░░░░░░░░░░░░░] 12/48  3.0 files/s  ETA 12s",
    );
    expect(renderProgress({ done: 30, total: 330, elapsedMs: 10_000, failed: 2 })).toBe(
      "[██░░░░░░░░░░░░░░░░░░░░░░] 30/330  3.0 files/s  ETA 1m 40s  2 failed",
    );
    expect(renderProgress({ done: 4, total: 4, elapsedMs: 2000, failed: 0 })).toContain("done in 2s");
    expect(renderProgress({ done: 0, total: 4, elapsedMs: 0, failed: 0 })).toContain("ETA --");
  });
});

describe("createProgress", () => {
  it("on a terminal, redraws one line in place and ends it with a newline", () => {
    let t = 0;
    const { written, stream } = sink(true);
    const progress = createProgress(stream, 3, { now: () => t, intervalMs: 100 });
    t = 1000;
    progress.tick("[1/3] a.txt: 5 observations");
    t = 1050; // within the interval: not redrawn
    progress.tick("[2/3] b.txt: skipped", 0, true);
    progress.message("duibi extract: b.txt: empty\n");
    t = 1500;
    progress.tick("[3/3] c.txt: 1 observations");
    progress.end();
    const text = written.join("");
    expect(text).not.toContain("a.txt");
    expect(written[0]).toBe("\r[████████░░░░░░░░░░░░░░░░] 1/3  1.0 files/s  ETA 2s\x1b[K");
    // a message clears the bar, prints, and redraws it
    expect(written.slice(1, 4)).toEqual([
      "\r\x1b[K",
      "duibi extract: b.txt: empty\n",
      "\r[████████████████░░░░░░░░] 2/3  1.9 files/s  ETA 1s  1 failed\x1b[K",
    ]);
    expect(text.endsWith("3/3  2.0 files/s  done in 2s  1 failed\x1b[K\n")).toBe(true);
  });

  it("elsewhere, writes one plain line per file; with quiet, nothing but messages", () => {
    const plain = sink(false);
    const progress = createProgress(plain.stream, 2);
    progress.tick("[1/2] a.txt: 5 observations");
    progress.tick("[2/2] b.txt: skipped");
    progress.end();
    expect(plain.written).toEqual(["[1/2] a.txt: 5 observations\n", "[2/2] b.txt: skipped\n"]);
    for (const isTTY of [true, false]) {
      const quiet = sink(isTTY);
      const q = createProgress(quiet.stream, 2, { quiet: true });
      q.tick("[1/2] a.txt");
      q.message("warning\n");
      q.end();
      expect(quiet.written).toEqual(["warning\n"]);
    }
  });
});
