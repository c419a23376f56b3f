import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { loadSeeds } from "@duibi/core";
import { buildReport, compileReport, drawCharts, readDocumentTexts, writeReport } from "@duibi/report";
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

describe("duibi report is @duibi/report", () => {
  it("writes the same files, byte for byte, as the library calls the docs show", async () => {
    const root = await mkdtemp(join(tmpdir(), "duibi-report-lib-"));
    const code = await main(["report", "--out", "cli"], { cwd: root, stdout: quiet, stderr: quiet });
    expect(code).toBe(0);

    const dataset = loadSeeds();
    const { data, charts: plans, ...rest } = compileReport(dataset, { regions: ["武隆", "万州"] });
    const charts = await drawCharts(plans);
    const { texts, refused } = await readDocumentTexts(dataset, []);
    const model = buildReport({ ...data, ...rest, charts, texts, refused });
    await writeReport(model, data, join(root, "lib"));

    const [cli, lib] = [await files(join(root, "cli")), await files(join(root, "lib"))];
    expect([...cli.keys()].sort()).toEqual([...lib.keys()].sort());
    expect(cli.has("report.html") && cli.has("report.md")).toBe(true);
    for (const [file, bytes] of cli) expect(lib.get(file), file).toBe(bytes);
  });
});
