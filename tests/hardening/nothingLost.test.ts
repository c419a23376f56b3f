/**
 * Nothing lost: outputs are written through a temporary file and a rename, the CLI
 * refuses to write over its own input or over a directory it did not create, an
 * interrupted run leaves the old file or the whole new one, inputs over a stated
 * size are refused with a message naming the limit, and re-runs give the same bytes.
 */
import { execFileSync, spawn } from "node:child_process";
import { link, mkdir, readdir, readFile, stat, symlink, truncate, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { loadSeeds, MAX_DATASET_BYTES, MAX_TEXT_BYTES, readDataset, readText, writeDataset } from "@duibi/core";
import { beforeAll, describe, expect, it } from "vitest";
import { readUtf8 } from "../../packages/core/src/io/readDataset.js";
import { builtBin, ROOT, runBin, runCli, SEED_TEXTS, STACK_LINE, tempDir } from "./helpers.js";

let dir: string;
const SEED_TEXT = SEED_TEXTS[1]!.text;

beforeAll(async () => {
  dir = await tempDir("duibi-nothing-lost-");
  await writeFile(join(dir, "a.txt"), SEED_TEXT);
  await writeDataset(loadSeeds(), join(dir, "seeds.json"));
  await writeDataset(loadSeeds(), join(dir, "seeds.vl.json"));
});

const leftovers = async (folder: string) => (await readdir(folder)).filter((f) => f.endsWith(".tmp"));

describe("refusing to write over an input", () => {
  // Regression: `duibi extract a.txt --out a.txt` replaced the report text with its own JSON.
  it("duibi extract a.txt --out a.txt exits 2 and leaves a.txt as it was", async () => {
    const run = await runCli(["extract", "a.txt", "--out", "a.txt"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("input");
    expect(await readFile(join(dir, "a.txt"), "utf8")).toBe(SEED_TEXT);
  });

  it("also when --out names the input by another path (./sub/../a.txt)", async () => {
    await mkdir(join(dir, "sub"), { recursive: true });
    const run = await runCli(["extract", "a.txt", "--out", "./sub/../a.txt"], dir);
    expect(run.code).toBe(2);
    expect(await readFile(join(dir, "a.txt"), "utf8")).toBe(SEED_TEXT);
  });

  // Regression: `duibi chart … --data x.vl.json --out x.vl.json` replaced the dataset with a spec.
  it("duibi chart --data d --out d exits 2 and leaves the dataset as it was", async () => {
    const before = await readFile(join(dir, "seeds.vl.json"), "utf8");
    const run = await runCli(["chart", "compare", "--data", "seeds.vl.json", "--out", "seeds.vl.json"], dir);
    expect(run.code).toBe(2);
    expect(await readFile(join(dir, "seeds.vl.json"), "utf8")).toBe(before);
  });

  it("duibi report refuses a non-empty directory it did not create, unless --force", async () => {
    const target = join(dir, "mine");
    await mkdir(target, { recursive: true });
    await writeFile(join(target, "notes.md"), "my notes");
    const refused = await runCli(["report", "--out", "mine"], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("--force");
    expect(await readdir(target)).toEqual(["notes.md"]);
    const forced = await runCli(["report", "--out", "mine", "--force"], dir);
    expect(forced.code, forced.stderr).toBe(0);
    expect(await readFile(join(target, "notes.md"), "utf8")).toBe("my notes");
  });
});

describe("atomic writes: a failing write leaves no partial file and no temporary file", () => {
  it("extract --out onto a directory fails with a message and leaves no .tmp behind", async () => {
    await mkdir(join(dir, "out-dir.json"), { recursive: true });
    const run = await runCli(["extract", "a.txt", "--out", "out-dir.json"], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("out-dir.json");
    expect(run.stderr).not.toMatch(/\.tmp/);
    expect(await leftovers(dir)).toEqual([]);
  });

  it("chart --out onto a directory fails with a message and leaves no .tmp behind", async () => {
    await mkdir(join(dir, "charts", "gdp.vl.json"), { recursive: true });
    const run = await runCli(["chart", "compare", "--out", "charts/gdp.vl.json"], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(await leftovers(join(dir, "charts"))).toEqual([]);
  });

  it("writeDataset into a missing folder fails with file_unwritable and creates nothing", async () => {
    await expect(writeDataset(loadSeeds(), join(dir, "missing", "d.json"))).rejects.toMatchObject({
      code: "file_unwritable",
    });
    await expect(stat(join(dir, "missing"))).rejects.toThrow();
  });

  it("extract --out replaces an existing file whole", async () => {
    await writeFile(join(dir, "prev.jsonl"), "old content\n");
    const run = await runCli(["extract", "a.txt", "--format", "jsonl", "--out", "prev.jsonl"], dir);
    expect(run.code).toBe(0);
    const lines = (await readFile(join(dir, "prev.jsonl"), "utf8")).trim().split("\n");
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(await leftovers(dir)).toEqual([]);
  });
});

describe("an interrupted run (SIGKILL mid-write) leaves the old file or the whole new one", () => {
  it("duibi extract --out big.json killed while writing", async () => {
    const work = await tempDir("duibi-kill-");
    await writeFile(join(work, "many.txt"), "地区生产总值增长5.5%，".repeat(120_000));
    await writeFile(join(work, "big.json"), "OLD\n");
    const child = spawn(
      process.execPath,
      [builtBin(), "extract", "many.txt", "--region", "武隆", "--out", "big.json"],
      {
        cwd: work,
        stdio: "ignore",
      },
    );
    const exited = new Promise<void>((resolve) => child.on("close", () => resolve()));
    let done = false;
    void exited.then(() => {
      done = true;
    });
    // Kill as soon as a write is under way: a temporary file appears, or (written in place) big.json changes.
    while (!done) {
      const size = (await stat(join(work, "big.json")).catch(() => null))?.size;
      if ((await leftovers(work)).length > 0 || size !== 4) {
        child.kill("SIGKILL");
        break;
      }
      await new Promise((r) => setTimeout(r, 2));
    }
    await exited;
    const content = await readFile(join(work, "big.json"), "utf8");
    if (content !== "OLD\n") expect(() => JSON.parse(content)).not.toThrow();
  });
});

describe("limits: oversized inputs are refused with a message that states the limit", () => {
  it("extract refuses a text over 50 MB, naming the limit, without reading it", async () => {
    const path = join(dir, "huge.txt");
    await writeFile(path, "");
    await truncate(path, MAX_TEXT_BYTES + 1); // sparse: no 50 MB written
    const run = await runCli(["extract", "huge.txt"], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(String(MAX_TEXT_BYTES));
    expect(run.stderr).toContain("--max-bytes");
  });

  it("--max-bytes lowers (or raises) the limit", async () => {
    const run = await runCli(["extract", "a.txt", "--max-bytes", "100"], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/limit is 100 bytes/);
    const ok = await runCli(["extract", "a.txt", "--max-bytes", String(10 * 1024 * 1024)], dir);
    expect(ok.code).toBe(0);
    const bad = await runCli(["extract", "a.txt", "--max-bytes", "ten"], dir);
    expect(bad.code).toBe(2);
  });

  // Regression: a device has size 0, so the size check passed and /dev/urandom was read up to 2 GB.
  it("extract stops reading /dev/urandom and /dev/zero at the limit", async () => {
    for (const device of ["/dev/urandom", "/dev/zero"]) {
      const run = await runCli(["extract", device, "--max-bytes", "1000000"], dir);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain("the limit is 1000000 bytes");
    }
  });

  it("extract still reads a pipe (/dev/stdin) under the limit", async () => {
    // A shell pipe: /dev/stdin must be a pipe, not the socket execFileSync's `input` uses.
    const script = `printf '地区生产总值增长5.5%%。' | "${process.execPath}" "${builtBin()}" extract /dev/stdin --region 武隆 --year 2024`;
    const out = execFileSync("sh", ["-c", script], { encoding: "utf8" });
    expect(JSON.parse(out).observations[0].value).toBe(5.5);
  });

  it("readText refuses a file over maxBytes with file_too_large", async () => {
    await expect(readText(join(dir, "a.txt"), { maxBytes: 10 })).rejects.toMatchObject({ code: "file_too_large" });
  });

  it("a dataset over 500 MB is refused with the limit, not a string-length crash", async () => {
    const path = join(dir, "huge.json");
    await writeFile(path, "");
    await truncate(path, MAX_DATASET_BYTES + 1);
    await expect(readDataset(path)).rejects.toMatchObject({ code: "file_too_large" });
    const run = await runCli(["compare", "--data", "huge.json", "--period", "2023"], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(String(MAX_DATASET_BYTES));
  });

  // Regression: --data /dev/zero read 512 MB and failed with "Invalid string length".
  it("a dataset read from a device stops at the limit", async () => {
    await expect(readUtf8("/dev/zero", 1000)).rejects.toMatchObject({ code: "file_too_large" });
  });

  // Regression: a document id naming a FIFO (or /dev/urandom) made `duibi report` hang or read a gigabyte.
  it("report does not read a document id that names a FIFO or a device", async () => {
    const work = await tempDir("duibi-fifo-");
    const fifo = join(work, "pipe.txt");
    execFileSync("mkfifo", [fifo]);
    const seeds = loadSeeds();
    const from = seeds.documents[0]!.id;
    const rename = (id: string) => (id === from ? fifo : id === seeds.documents[1]!.id ? "/dev/urandom" : id);
    const dataset = {
      ...seeds,
      documents: seeds.documents.map((d) => ({ ...d, id: rename(d.id) })),
      observations: seeds.observations.map((o) => ({
        ...o,
        source: { ...o.source, document: rename(o.source.document) },
      })),
    };
    await writeFile(join(work, "d.json"), JSON.stringify(dataset));
    const run = await runBin(["report", "--data", "d.json", "--out", "r"], work, 100_000);
    expect(run.timedOut, "duibi report hung on a FIFO").toBe(false);
    expect(run.code, run.stderr).toBe(0);
  }, 120_000);
});

describe("determinism", () => {
  it("duibi chart … --out x.svg twice gives the same bytes", async () => {
    const a = await runCli(["chart", "compare", "--out", "det/a.svg"], dir);
    const b = await runCli(["chart", "compare", "--out", "det/b.svg"], dir);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(await readFile(join(dir, "det/a.svg"))).toEqual(await readFile(join(dir, "det/b.svg")));
  });

  it("duibi chart … --out x.vl.json twice gives the same bytes", async () => {
    await runCli(["chart", "target-vs-actual", "--out", "det/a.vl.json"], dir);
    await runCli(["chart", "target-vs-actual", "--out", "det/b.vl.json"], dir);
    expect(await readFile(join(dir, "det/a.vl.json"), "utf8")).toBe(await readFile(join(dir, "det/b.vl.json"), "utf8"));
  });
});

describe("every writer in the packages goes through a temporary file", () => {
  // Regression: seeds-build, extract --out and chart --out wrote the target in place.
  it("writeFile is only ever called on a temporary path (then renamed)", async () => {
    const root = join(ROOT, "packages");
    const offenders: string[] = [];
    for (const pkg of await readdir(root)) {
      const src = join(root, pkg, "src");
      for (const file of await readdir(src, { recursive: true })) {
        if (!file.endsWith(".ts") || file.endsWith(".test.ts") || file.includes("__fixtures__")) continue;
        const text = await readFile(join(src, file), "utf8");
        for (const [i, line] of text.split("\n").entries()) {
          if (/^\s*(\*|\/\/)/.test(line)) continue; // doc examples
          const call = /\b(writeFile|writeFileSync|appendFile|createWriteStream)\(\s*([^,)]*)/.exec(line);
          if (call && call[2]!.trim() !== "temporary") offenders.push(`${pkg}/src/${file}:${i + 1}: ${line.trim()}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe("refusing to write over an input through a link", () => {
  it("duibi extract a.txt --out link.txt, where link.txt is a symbolic or hard link to a.txt, exits 2", async () => {
    await symlink(join(dir, "a.txt"), join(dir, "soft.txt"));
    await link(join(dir, "a.txt"), join(dir, "hard.txt"));
    for (const out of ["soft.txt", "hard.txt"]) {
      const run = await runCli(["extract", "a.txt", "--out", out], dir);
      expect(run.code, out).toBe(2);
    }
    expect(await readFile(join(dir, "a.txt"), "utf8")).toBe(SEED_TEXT);
  });
});
