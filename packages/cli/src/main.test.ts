import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { main } from "./main.js";

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const stream = (sink: string[]) => ({ write: (s: string) => sink.push(s) > 0 });
  return main(argv, { stdout: stream(out), stderr: stream(err), cwd: process.cwd() }).then((code) => ({
    code,
    stdout: out.join(""),
    stderr: err.join(""),
  }));
}

describe("main(argv)", () => {
  it("prints the package's version", async () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    expect(await run(["--version"])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it("lists every command with --help and exits 0", async () => {
    const { code, stdout } = await run(["--help"]);
    expect(code).toBe(0);
    for (const name of ["compare", "extract", "gaps", "rank", "ambition", "chart", "report"]) {
      expect(stdout).toMatch(new RegExp(`^  ${name} `, "m"));
    }
  });

  it("exits 2 and prints the usage when no command is given", async () => {
    const { code, stdout } = await run([]);
    expect(code).toBe(2);
    expect(stdout).toContain("Usage: duibi <command>");
  });

  it("exits 2 on an unknown command and names it", async () => {
    const { code, stderr } = await run(["comapre"]);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown command "comapre"');
  });

  it("exits 2 on an unknown option, naming the command's usage, without a stack trace", async () => {
    const { code, stderr } = await run(["compare", "--perod", "2023"]);
    expect(code).toBe(2);
    expect(stderr).toContain("Usage: duibi compare");
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it.each([
    ["compare", "--period", "2023"],
    ["report", "--out", "never-written"],
  ])("prints a data error in the run's --lang: duibi %s … --regions 不存在区", async (...argv) => {
    const zh = await run([...argv, "--regions", "不存在区", "--lang", "zh"]);
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain("未知地区“不存在区”");
    expect(zh.stderr).toContain("位置：--regions");
    expect(zh.stderr).toContain("提示：可用全称（武隆区）");
    expect(zh.stderr).not.toMatch(/Unknown|where:|hint:/);
    const en = await run([...argv, "--regions", "不存在区", "--lang=en"]);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain('Unknown region "不存在区"');
    expect(en.stderr).toContain("where: --regions");
    // English names no Chinese but the input it quotes and the examples of input it gives: (武隆区).
    expect(en.stderr.replaceAll("不存在区", "").replace(/\([^)]*\)/g, "")).not.toMatch(/[\u4e00-\u9fff]/);
    // Without --lang, errors stay in English, as scripts and issue reports quote them.
    expect((await run([...argv, "--regions", "不存在区"])).stderr).toContain('Unknown region "不存在区"');
  });
});
