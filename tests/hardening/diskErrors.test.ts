/**
 * A full disk (ENOSPC), a read-only file system (EROFS) or a folder one may not write
 * (EACCES) while `duibi report` writes: a DuibiError naming the output folder and the
 * cause, never "unexpected error" or a temporary file's name; the old report stays whole
 * and nothing temporary is left. The errors are injected into node:fs/promises (portable),
 * and, as root (mounting needs it), also met for real on a 64 KB tmpfs and a read-only remount.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runCli, tempDir } from "./helpers.js";

/** When set, writing a file whose path contains `match` fails with `code`. */
const inject: { code: string | null; match: string } = { code: null, match: "" };

vi.mock("node:fs/promises", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs/promises")>();
  const failing = (path: unknown) => inject.code !== null && String(path).includes(inject.match);
  const fail = (syscall: string, path: unknown) =>
    Object.assign(new Error(`${inject.code}: injected, ${syscall} '${String(path)}'`), {
      code: inject.code,
      syscall,
      path: String(path),
    });
  const mocked = {
    ...real,
    writeFile: (async (path: Parameters<typeof real.writeFile>[0], ...rest: unknown[]) => {
      if (failing(path)) throw fail("open", path);
      return (real.writeFile as (...a: unknown[]) => Promise<void>)(path, ...rest);
    }) as typeof real.writeFile,
    mkdir: (async (path: Parameters<typeof real.mkdir>[0], ...rest: unknown[]) => {
      if (failing(path) && inject.code !== "ENOSPC") throw fail("mkdir", path);
      return (real.mkdir as (...a: unknown[]) => Promise<string | undefined>)(path, ...rest);
    }) as typeof real.mkdir,
  };
  return { ...mocked, default: mocked };
});

afterEach(() => {
  inject.code = null;
});

const CAUSES: Record<string, RegExp> = {
  ENOSPC: /no space left on the device \(ENOSPC\)/,
  EROFS: /the file system is read-only \(EROFS\)/,
  EACCES: /permission denied \(EACCES\)/,
};

/** Files under `folder` with their bytes, and the folder's siblings. */
async function state(work: string): Promise<{ files: Record<string, string>; siblings: string[] }> {
  const files: Record<string, string> = {};
  for (const f of (await fs.readdir(join(work, "r"), { recursive: true })).sort()) {
    const path = join(work, "r", f);
    if ((await fs.lstat(path)).isFile()) files[f] = (await fs.readFile(path)).toString("base64");
  }
  return { files, siblings: (await fs.readdir(work)).sort() };
}

describe("duibi report on a full, read-only or forbidden disk", () => {
  it.each(Object.keys(CAUSES))(
    "%s: a message naming the folder and the cause; the old report is intact; nothing left",
    async (code) => {
      const work = await tempDir("duibi-disk-");
      const first = await runCli(["report", "--out", "r", "--lang", "en"], work);
      expect(first.code, first.stderr).toBe(0);
      const before = await state(work);
      inject.code = code;
      inject.match = ".duibi-";
      const run = await runCli(["report", "--out", "r", "--lang", "zh"], work);
      inject.code = null;
      expect(run.code).toBe(1);
      // A --lang zh run prints the error in Chinese; the system's cause stays as node words it.
      expect(run.stderr).toContain("无法写入");
      expect(run.stderr).toMatch(/\br\b/);
      expect(run.stderr).toMatch(CAUSES[code]!);
      expect(run.stderr).not.toMatch(/\.tmp|unexpected|\.new\b/i);
      expect(await state(work)).toEqual(before);
    },
    120_000,
  );

  it.runIf(process.getuid?.() === 0)(
    "for real (as root): a 64 KB tmpfs gives ENOSPC, a read-only remount EROFS, and nothing is left",
    async () => {
      const work = await tempDir("duibi-tmpfs-");
      const small = join(work, "small");
      await fs.mkdir(small);
      execFileSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", small]);
      try {
        const full = await runCli(["report", "--out", join(small, "r")], work);
        expect(full.code).toBe(1);
        expect(full.stderr).toMatch(CAUSES.ENOSPC!);
        expect(full.stderr).toContain(join(small, "r"));
        expect(await fs.readdir(small)).toEqual([]);
      } finally {
        execFileSync("umount", [small]);
      }
      execFileSync("mount", ["-t", "tmpfs", "-o", "size=16m", "tmpfs", small]);
      try {
        const ok = await runCli(["report", "--out", join(small, "r")], work);
        expect(ok.code, ok.stderr).toBe(0);
        const before = await fs.readFile(join(small, "r", "report.html"));
        execFileSync("mount", ["-o", "remount,ro", small]);
        const ro = await runCli(["report", "--out", join(small, "r"), "--lang", "en"], work);
        expect(ro.code).toBe(1);
        expect(ro.stderr).toMatch(CAUSES.EROFS!);
        expect(await fs.readFile(join(small, "r", "report.html"))).toEqual(before);
      } finally {
        execFileSync("umount", [small]);
      }
    },
    180_000,
  );
});
