import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../main.js";

// The whole report is drawn end to end in tests/report.browser.test.ts; these are the
// refusals, which must happen before anything is drawn or written.
async function run(argv: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(["report", ...argv], {
    cwd,
    stdout: { write: (s: string) => out.push(String(s)) > 0 },
    stderr: { write: (s: string) => err.push(String(s)) > 0 },
  });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

describe("duibi report refuses", () => {
  it("a non-empty directory it did not write (exit 1), naming --force", async () => {
    const cwd = await mkdtemp(join(tmpdir(), "duibi-report-cmd-"));
    await writeFile(join(cwd, "notes.txt"), "someone's work");
    const result = await run(["--out", "."], cwd);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Refusing to overwrite");
    expect(result.stderr).toContain("--force");
    expect(result.stdout).toBe("");
  });

  it("a region the dataset has no figures for (exit 1, where: --regions)", async () => {
    const cwd = await mkdtemp(join(tmpdir(), "duibi-report-cmd-"));
    const result = await run(["--regions", "武隆区,涪陵区"], cwd);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Unknown region "涪陵区"[\s\S]*where: --regions/);
  });

  it("an unknown language or option (exit 2)", async () => {
    const cwd = await mkdtemp(join(tmpdir(), "duibi-report-cmd-"));
    expect((await run(["--lang", "fr"], cwd)).code).toBe(2);
    expect((await run(["--colour"], cwd)).code).toBe(2);
  });
});
