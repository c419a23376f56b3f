import { copyFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { datasetToCsv, ObservationSchema, readDataset } from "@duibi/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../main.js";

const SEED = fileURLToPath(new URL("../../../../seeds/sources/004_4fe08f7bbbc0cf7d.txt", import.meta.url));
const GB18030 = fileURLToPath(new URL("../../../core/src/io/__fixtures__/wanzhou-gb18030.txt", import.meta.url));

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "duibi-extract-"));
  await copyFile(SEED, join(dir, "wanzhou.txt"));
  await copyFile(GB18030, join(dir, "gbk.txt"));
  await writeFile(join(dir, "empty.txt"), "");
  await writeFile(join(dir, "report.txt"), "%PDF-1.7\n%\u00e2\u00e3");
  await writeFile(join(dir, "nul.txt"), new Uint8Array([0x31, 0, 0x32]));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(...argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(["extract", ...argv], {
    stdout: { write: (s: string) => stdout.push(s) > 0 },
    stderr: { write: (s: string) => stderr.push(s) > 0 },
    cwd: dir,
  });
  return { code, stdout: stdout.join(""), stderr: stderr.join("") };
}

describe("duibi extract", () => {
  it("prints 万州's 2023 actuals and 2024 targets with their sentences as JSON", async () => {
    const { code, stdout, stderr } = await run("wanzhou.txt", "--format", "json");
    expect([code, stderr]).toEqual([0, ""]);
    const out = JSON.parse(stdout) as {
      documents: { id: string; regionCode: string; year: number }[];
      observations: unknown[];
      unmapped: unknown[];
    };
    expect(out.documents.map((d) => [d.id, d.regionCode, d.year])).toEqual([["wanzhou.txt", "500101", 2024]]);
    const observations = out.observations.map((o) => ObservationSchema.parse(o));
    const gdp = observations.filter((o) => o.indicator === "gdp" && o.measure === "growth");
    expect(gdp.map((o) => [o.period, o.kind, o.value, o.source.quote])).toEqual([
      [2023, "actual", 6.9, "地区生产总值1179.4亿元、增长6.9%"],
      [2024, "target", 7, "地区生产总值增长7%"],
    ]);
    expect(observations.length).toBeGreaterThan(100);
    // 万州's long tail (实施84个老旧小区改造, 整治窨井盖4416个) is kept, flagged, not dropped to unmapped.
    const loose = observations.filter((o) => o.unregistered);
    expect(loose.length).toBeGreaterThan(100);
    expect(loose.every((o) => o.indicator.startsWith("unregistered:"))).toBe(true);
    expect(Array.isArray(out.unmapped)).toBe(true);
  });

  it("writes one observation per line with --format jsonl, to --out", async () => {
    const { code } = await run("wanzhou.txt", "--format", "jsonl", "--out", "obs.jsonl");
    const lines = (await readFile(join(dir, "obs.jsonl"), "utf8")).trimEnd().split("\n");
    expect(code).toBe(0);
    expect(lines.every((l) => ObservationSchema.safeParse(JSON.parse(l)).success)).toBe(true);
  });

  it("reads GB18030 files and overrides region and year; CSV has a header row", async () => {
    const { code, stdout } = await run("gbk.txt", "--region", "武隆", "--year", "2024", "--format", "csv");
    const [header, first] = stdout.split("\n");
    expect(code).toBe(0);
    expect(header?.startsWith("region_code,")).toBe(true);
    expect(first).toContain("500156,武隆区,gdp,level,2023,actual,1179.4,亿元");
  });

  it("names each bad file on stderr, still reads the others, and exits 1", async () => {
    const { code, stdout, stderr } = await run("empty.txt", "report.txt", "nul.txt", "absent.txt", "gbk.txt");
    expect(code).toBe(1);
    expect(stderr).toContain("empty.txt is empty");
    expect(stderr).toContain("report.txt is not a text file (a PDF file)");
    expect(stderr).toContain("nul.txt is not a text file (it contains NUL bytes)");
    expect(stderr).toContain("File not found");
    expect(stderr).toContain("[5/5] gbk.txt: 2 observations");
    expect(stderr).not.toContain("    at ");
    expect((JSON.parse(stdout) as { documents: unknown[] }).documents).toHaveLength(1);
  });

  it("treats a missing file list or a bad option as a usage error (exit 2)", async () => {
    expect((await run()).code).toBe(2);
    expect((await run("gbk.txt", "--format", "xml")).code).toBe(2);
    expect((await run("gbk.txt", "--year", "24")).code).toBe(2);
    expect((await run("gbk.txt", "--region", "不存在区")).code).toBe(1);
    const unwritable = await run("gbk.txt", "--out", "no/such/folder/out.json");
    expect([unwritable.code, unwritable.stderr.split("\n")[0]]).toEqual([
      1,
      expect.stringContaining("Cannot write") as unknown as string,
    ]);
  });

  it("walks a folder; the output is byte-identical with --jobs 1 and --jobs 2", async () => {
    const inline = await run(".", "--jobs", "1", "--quiet");
    const parallel = await run(".", "--jobs", "2", "--quiet");
    expect(inline.code).toBe(1); // the bad files are named, the others read
    expect(parallel.stdout).toBe(inline.stdout);
    const output = JSON.parse(inline.stdout) as { documents: { id: string }[]; observations: unknown[] };
    expect(output.documents.map((d) => d.id)).toEqual(["./gbk.txt", "./wanzhou.txt"]);
    // JSON is streamed in chunks; the bytes are those of JSON.stringify
    expect(inline.stdout).toBe(`${JSON.stringify(output, null, 2)}\n`);
    expect(inline.stderr).toContain("duibi extract: 3 files not read: ./empty.txt, ./nul.txt, ./report.txt");
    expect(inline.stderr).not.toMatch(/\[\d+\/\d+\]/); // --quiet: no progress lines
    const csv1 = await run(".", "--jobs", "1", "--format", "csv", "--quiet");
    const csv2 = await run(".", "--jobs", "2", "--format", "csv", "--quiet");
    expect(csv2.stdout).toBe(csv1.stdout);
  });

  it("refuses --jobs 0 or a non-number as a usage error (exit 2)", async () => {
    for (const jobs of ["0", "abc", "-1", "1.5", ""]) {
      const { code, stderr } = await run("gbk.txt", "--jobs", jobs);
      expect([jobs, code]).toEqual([jobs, 2]);
      expect(stderr).toContain("--jobs");
    }
  });

  it("writes Parquet that readDataset reads back as the same dataset", async () => {
    const { code } = await run("wanzhou.txt", "--format", "parquet", "--out", "w.parquet");
    expect(code).toBe(0);
    const csv = await run("wanzhou.txt", "--format", "csv");
    const back = await readDataset(join(dir, "w.parquet"));
    expect(datasetToCsv(back)).toBe(csv.stdout);
  });
});
