/**
 * Where output goes, nothing is lost: `--out` onto a FIFO, a device or /dev/stdout writes
 * through and never replaces it; a symbolic link that leaves the output folder is refused;
 * a planted `.duibi-report` marker deletes nothing; the report folder is replaced as a
 * whole (a killed run leaves the old report, never half of each), two runs do not mix,
 * and no temporary file or folder survives the next run.
 */
import { execFileSync, spawn } from "node:child_process";
import { lstat, mkdir, readdir, readFile, stat, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { loadSeeds, writeDataset } from "@duibi/core";
import { beforeAll, describe, expect, it } from "vitest";
import { builtBin, runBin, runCli, SEED_TEXTS, tempDir } from "./helpers.js";

const SEED_TEXT = SEED_TEXTS[1]!.text;
let dir: string;

beforeAll(async () => {
  dir = await tempDir("duibi-out-folder-");
  await writeFile(join(dir, "a.txt"), SEED_TEXT);
});

/** Every file under `folder` (relative path → bytes), without following links. */
async function snapshot(folder: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const f of (await readdir(folder, { recursive: true })).sort()) {
    if ((await lstat(join(folder, f))).isFile()) out.set(f, (await readFile(join(folder, f))).toString("base64"));
  }
  return out;
}

describe("--out onto a FIFO, a device or /dev/stdout writes through", () => {
  it("extract --out fifo: the reader gets the JSON and the FIFO stays a FIFO", async () => {
    const fifo = join(dir, "out.fifo");
    execFileSync("mkfifo", [fifo]);
    const reader = spawn("cat", [fifo], { stdio: ["ignore", "pipe", "ignore"] });
    const chunks: Buffer[] = [];
    reader.stdout.on("data", (b: Buffer) => chunks.push(b));
    const closed = new Promise<void>((r) => reader.on("close", () => r()));
    const run = await runCli(["extract", "a.txt", "--region", "武隆", "--out", "out.fifo"], dir);
    await closed;
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(Buffer.concat(chunks).toString("utf8")).observations.length).toBeGreaterThan(0);
    expect((await lstat(fifo)).isFIFO()).toBe(true);
  });

  it("chart --out a character device (a null device node when root, else /dev/null) leaves it a device", async () => {
    let device = "/dev/null";
    if (process.getuid?.() === 0) {
      device = join(dir, "null.svg");
      execFileSync("mknod", [device, "c", "1", "3"]);
    }
    const run = await runCli(["chart", "compare", "--out", device], dir);
    expect(run.code, run.stderr).toBe(0);
    expect((await lstat(device)).isCharacterDevice()).toBe(true);
  });

  it("extract --out /dev/stdout prints the JSON to the pipe", async () => {
    const run = await runBin(["extract", "a.txt", "--region", "武隆", "--out", "/dev/stdout"], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).observations.length).toBeGreaterThan(0);
    expect((await lstat("/dev/stdout")).isSymbolicLink()).toBe(true);
  });
});

describe("--out through a symbolic link", () => {
  it("a link that leaves the output folder is refused; the file outside is untouched", async () => {
    const outside = await tempDir("duibi-outside-");
    await writeFile(join(outside, "precious.svg"), "mine");
    await symlink(join(outside, "precious.svg"), join(dir, "planted.svg"));
    const chart = await runCli(["chart", "compare", "--out", "planted.svg"], dir);
    expect(chart.code).toBe(1);
    expect(chart.stderr).toContain("outside the output folder");
    const extract = await runCli(["extract", "a.txt", "--out", "planted.svg"], dir);
    expect(extract.code).toBe(1);
    expect((await lstat(join(dir, "planted.svg"))).isSymbolicLink()).toBe(true);
    expect(await readFile(join(outside, "precious.svg"), "utf8")).toBe("mine");
  });

  it("a link inside the folder is followed: the file it names is replaced, the link stays", async () => {
    await mkdir(join(dir, "real"), { recursive: true });
    await writeFile(join(dir, "real", "chart.svg"), "old");
    await symlink(join("real", "chart.svg"), join(dir, "inside.svg"));
    const run = await runCli(["chart", "compare", "--out", "inside.svg"], dir);
    expect(run.code, run.stderr).toBe(0);
    expect((await lstat(join(dir, "inside.svg"))).isSymbolicLink()).toBe(true);
    expect(await readFile(join(dir, "real", "chart.svg"), "utf8")).toMatch(/^<svg/);
  });
});

describe("a planted .duibi-report marker deletes nothing", () => {
  it("listing keep/thesis.docx, ../outside.txt and a folder, with and without made-up hashes", async () => {
    const work = await tempDir("duibi-planted-");
    const out = join(work, "out");
    await mkdir(join(out, "keep", "folder"), { recursive: true });
    await writeFile(join(out, "keep", "thesis.docx"), "four years of work");
    await writeFile(join(out, "keep", "notes.md"), "notes");
    await writeFile(join(out, "keep", "folder", "x"), "x");
    await writeFile(join(work, "outside.txt"), "outside");
    await writeFile(
      join(out, ".duibi-report"),
      [
        "duibi report output: files below are rewritten by the next run",
        "keep/thesis.docx",
        `${"ab".repeat(32)}  keep/notes.md`,
        "keep/folder",
        "../outside.txt",
        "",
      ].join("\n"),
    );
    const run = await runCli(["report", "--out", "out"], work);
    expect(run.code, run.stderr).toBe(0);
    expect(await readFile(join(out, "keep", "thesis.docx"), "utf8")).toBe("four years of work");
    expect(await readFile(join(out, "keep", "notes.md"), "utf8")).toBe("notes");
    expect(await readFile(join(out, "keep", "folder", "x"), "utf8")).toBe("x");
    expect(await readFile(join(work, "outside.txt"), "utf8")).toBe("outside");
    expect(await readFile(join(out, "report.html"), "utf8")).toContain("<!doctype html>");
    // The next run replaces the report and still keeps them.
    const again = await runCli(["report", "--out", "out", "--lang", "en"], work);
    expect(again.code, again.stderr).toBe(0);
    expect(await readFile(join(out, "keep", "thesis.docx"), "utf8")).toBe("four years of work");
    expect((await readdir(work)).sort()).toEqual(["out", "outside.txt"]);
  }, 180_000);
});

describe("the report folder is replaced as a whole", () => {
  let refs: { en: Map<string, string>; zh: Map<string, string> };
  beforeAll(async () => {
    const work = await tempDir("duibi-refs-");
    for (const lang of ["en", "zh"]) {
      const run = await runCli(["report", "--out", lang, "--lang", lang], work);
      expect(run.code, run.stderr).toBe(0);
    }
    refs = { en: await snapshot(join(work, "en")), zh: await snapshot(join(work, "zh")) };
  }, 180_000);

  it("a run killed (SIGKILL) while writing leaves the old report whole; the next run leaves no temporary", async () => {
    const work = await tempDir("duibi-kill-folder-");
    const first = await runCli(["report", "--out", "r", "--lang", "en"], work);
    expect(first.code, first.stderr).toBe(0);
    const child = spawn(process.execPath, [builtBin(), "report", "--out", "r", "--lang", "zh"], {
      cwd: work,
      stdio: "ignore",
    });
    let done = false;
    const exited = new Promise<void>((r) => child.on("close", () => r()));
    void exited.then(() => {
      done = true;
    });
    // Kill as soon as writing starts: a sibling build folder, a .tmp, or a changed file in r/.
    const before = await readFile(join(work, "r", "report.html"));
    while (!done) {
      const siblings = (await readdir(work)).filter((e) => e !== "r");
      const inside = (await readdir(join(work, "r"), { recursive: true }).catch(() => [])) as string[];
      const changed = !(await readFile(join(work, "r", "report.html")).catch(() => before)).equals(before);
      if (siblings.length > 0 || inside.some((f) => f.endsWith(".tmp")) || changed) {
        child.kill("SIGKILL");
        break;
      }
      await new Promise((r) => setTimeout(r, 1));
    }
    await exited;
    // What is in r/ is one report, all of it: the old one, or (if the kill came late) the new one.
    const now = await snapshot(join(work, "r")).catch(() => new Map<string, string>());
    const strip = (m: Map<string, string>) => new Map([...m].filter(([f]) => f !== ".duibi-report"));
    expect([strip(refs.en), strip(refs.zh)]).toContainEqual(strip(now));
    // The next run cleans up what the killed one left and writes the new report.
    const next = await runCli(["report", "--out", "r", "--lang", "zh"], work);
    expect(next.code, next.stderr).toBe(0);
    expect(await readdir(work)).toEqual(["r"]);
    expect([...(await snapshot(join(work, "r"))).keys()].filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(strip(await snapshot(join(work, "r")))).toEqual(strip(refs.zh));
  }, 180_000);

  it("a second run waits for the lock, then refuses with a message; a dead run's lock is taken over", async () => {
    const work = await tempDir("duibi-lock-");
    // A live holder: this very process.
    await writeFile(join(work, ".r.duibi-lock"), `${process.pid}\n`);
    const refused = await runCli(["report", "--out", "r"], work);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("another duibi report");
    expect(refused.stderr).toContain("r");
    await expect(stat(join(work, "r"))).rejects.toThrow();
    // A holder that has exited.
    const dead = spawn(process.execPath, ["-e", ""]);
    await new Promise((r) => dead.on("close", r));
    await writeFile(join(work, ".r.duibi-lock"), `${dead.pid}\n`);
    const taken = await runCli(["report", "--out", "r"], work);
    expect(taken.code, taken.stderr).toBe(0);
    expect((await readdir(work)).sort()).toEqual(["r"]);
  }, 120_000);

  it("two concurrent runs both finish or one refuses, and the folder is one run's report", async () => {
    const work = await tempDir("duibi-concurrent-");
    await writeDataset(loadSeeds(), join(work, "seeds.json"));
    const runs = await Promise.all([
      runBin(["report", "--out", "r", "--lang", "en"], work, 100_000),
      runBin(["report", "--out", "r", "--lang", "zh"], work, 100_000),
    ]);
    for (const run of runs) {
      if (run.code !== 0) expect(run.stderr).toContain("another duibi report");
    }
    expect(runs.some((r) => r.code === 0)).toBe(true);
    const strip = (m: Map<string, string>) => new Map([...m].filter(([f]) => f !== ".duibi-report"));
    expect([strip(refs.en), strip(refs.zh)]).toContainEqual(strip(await snapshot(join(work, "r"))));
    expect((await readdir(work)).sort()).toEqual(["r", "seeds.json"]);
  }, 180_000);
});
