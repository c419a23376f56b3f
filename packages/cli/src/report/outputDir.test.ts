import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { finishOutputDir, MARKER, prepareOutputDir } from "./outputDir.js";
import { writeAtomic } from "./writeAtomic.js";

const fresh = () => mkdtemp(join(tmpdir(), "duibi-out-"));

describe("prepareOutputDir(dir, { force })", () => {
  it("accepts a directory that does not exist yet, or an empty one", async () => {
    const base = await fresh();
    expect((await prepareOutputDir(join(base, "new"))).previous).toEqual([]);
    expect((await prepareOutputDir(base)).previous).toEqual([]);
  });

  it("refuses a non-empty directory it did not create, unless forced", async () => {
    const dir = await fresh();
    await writeFile(join(dir, "notes.txt"), "mine");
    await expect(prepareOutputDir(dir)).rejects.toMatchObject({ code: "file_exists" });
    await expect(prepareOutputDir(dir, { force: true })).resolves.toMatchObject({ previous: [] });
  });

  it("refuses a file", async () => {
    const dir = await fresh();
    await writeFile(join(dir, "report.html"), "x");
    await expect(prepareOutputDir(join(dir, "report.html"))).rejects.toMatchObject({ code: "file_exists" });
  });

  it("recognizes its own output by the marker and removes only files the last run wrote", async () => {
    const dir = await fresh();
    const first = await prepareOutputDir(dir);
    await writeAtomic(join(dir, "report.html"), "a");
    await writeAtomic(join(dir, "charts/old.svg"), "b");
    await finishOutputDir(first, ["report.html", "charts/old.svg"]);
    await writeFile(join(dir, "charts", "kept-by-user.txt"), "c");

    const second = await prepareOutputDir(dir);
    expect(second.previous).toEqual(["charts/old.svg", "report.html"]);
    await finishOutputDir(second, ["report.html"]);
    expect((await readdir(join(dir, "charts"))).sort()).toEqual(["kept-by-user.txt"]);
    expect(await readFile(join(dir, MARKER), "utf8")).toContain("report.html\n");
  });
});

describe("finishOutputDir(state, written)", () => {
  it("removes the temporary files an interrupted run left, and nothing else", async () => {
    const dir = await fresh();
    const state = await prepareOutputDir(dir);
    await writeAtomic(join(dir, "charts/gdp.svg"), "<svg/>");
    await writeFile(join(dir, "charts", "gdp.svg.4242.0a1b2c3d.tmp"), "half");
    await writeFile(join(dir, "charts", "mine.svg.4242.0a1b2c3d.tmp"), "not the report's");
    await finishOutputDir(state, ["charts/gdp.svg"]);
    expect((await readdir(join(dir, "charts"))).sort()).toEqual(["gdp.svg", "mine.svg.4242.0a1b2c3d.tmp"]);
  });
});

describe("writeAtomic(path, data)", () => {
  it("leaves no temporary file behind", async () => {
    const dir = await fresh();
    await writeAtomic(join(dir, "a", "b.txt"), "hello");
    expect(await readdir(join(dir, "a"))).toEqual(["b.txt"]);
  });
});
