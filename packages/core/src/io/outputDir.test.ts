import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MARKER, prepareOutputDir, replaceOutputDir } from "./outputDir.js";
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
    await replaceOutputDir(dir, [
      ["report.html", "a"],
      ["charts/old.svg", "b"],
    ]);
    await writeFile(join(dir, "charts", "kept-by-user.txt"), "c");
    await mkdir(join(dir, "empty-by-user"));

    const second = await prepareOutputDir(dir);
    expect(second.previous.map((e) => e.file)).toEqual(["charts/old.svg", "report.html"]);
    await replaceOutputDir(dir, [["report.html", "a2"]]);
    expect((await readdir(join(dir, "charts"))).sort()).toEqual(["kept-by-user.txt"]);
    expect(await readdir(join(dir, "empty-by-user"))).toEqual([]);
    expect(await readFile(join(dir, "report.html"), "utf8")).toBe("a2");
    expect(await readFile(join(dir, MARKER), "utf8")).toMatch(/^[0-9a-f]{64} {2}report\.html$/m);
  });
});

describe("replaceOutputDir(dir, files)", () => {
  it("removes the temporary files an interrupted run left, and nothing else", async () => {
    const dir = await fresh();
    await replaceOutputDir(dir, [["charts/gdp.svg", "<svg/>"]]);
    await writeFile(join(dir, "charts", "gdp.svg.4242.0a1b2c3d.tmp"), "half");
    await writeFile(join(dir, "charts", "mine.svg.4242.0a1b2c3d.tmp"), "not the report's");
    await replaceOutputDir(dir, [["charts/gdp.svg", "<svg/>"]]);
    expect((await readdir(join(dir, "charts"))).sort()).toEqual(["gdp.svg", "mine.svg.4242.0a1b2c3d.tmp"]);
  });

  it("refuses to replace a report file the last run did not write (edited since), unless forced", async () => {
    const dir = await fresh();
    await replaceOutputDir(dir, [["report.md", "generated"]]);
    await writeFile(join(dir, "report.md"), "my edits");
    await expect(replaceOutputDir(dir, [["report.md", "again"]])).rejects.toMatchObject({ code: "file_exists" });
    expect(await readFile(join(dir, "report.md"), "utf8")).toBe("my edits");
    await replaceOutputDir(dir, [["report.md", "again"]], { force: true });
    expect(await readFile(join(dir, "report.md"), "utf8")).toBe("again");
  });
});

describe("writeAtomic(path, data)", () => {
  it("leaves no temporary file behind", async () => {
    const dir = await fresh();
    await writeAtomic(join(dir, "a", "b.txt"), "hello", { parents: true });
    expect(await readdir(join(dir, "a"))).toEqual(["b.txt"]);
  });
});
