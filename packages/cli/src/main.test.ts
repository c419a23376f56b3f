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
});
