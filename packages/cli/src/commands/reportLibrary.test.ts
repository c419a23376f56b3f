import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { loadSeeds } from "@duibi/core";
import { compileReport, writeReport } from "@duibi/report";
import { describe, expect, it } from "vitest";
import { main } from "../main.js";

const quiet = { write: () => true };

async function files(dir: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    found.set(relative(dir, path), (await readFile(path)).toString("base64"));
  }
  return found;
}

describe("duibi report is writeReport(compileReport(dataset, options), dir)", () => {
  it.each([
    [[], { regions: ["武隆", "万州"] }],
    [["--lang", "en", "--regions", "万州,武隆"], { regions: ["万州", "武隆"], lang: "en" as const }],
  ])(
    "duibi report %j writes the same files, byte for byte, as writeReport(compileReport(seeds, %j))",
    async (argv, options) => {
      const root = await mkdtemp(join(tmpdir(), "duibi-report-lib-"));
      const code = await main(["report", ...argv, "--out", "cli"], { cwd: root, stdout: quiet, stderr: quiet });
      expect(code).toBe(0);

      await writeReport(compileReport(loadSeeds(), options), join(root, "lib"));

      const [cli, lib] = [await files(join(root, "cli")), await files(join(root, "lib"))];
      expect([...cli.keys()].sort()).toEqual([...lib.keys()].sort());
      expect(cli.has("report.html") && cli.has("report.md") && cli.has(".duibi-report")).toBe(true);
      expect([...cli.keys()].filter((f) => f.endsWith(".png")).length).toBeGreaterThan(2);
      for (const [file, bytes] of cli) expect(lib.get(file), file).toBe(bytes);
    },
  );
});
