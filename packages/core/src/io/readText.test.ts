import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readText } from "./readText.js";

const dir = mkdtempSync(join(tmpdir(), "duibi-readtext-"));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const fixture = (name: string) => new URL(`./__fixtures__/${name}`, import.meta.url).pathname;
const codeOf = async (path: string) =>
  readText(path).then(
    () => "ok",
    (e: { code: string; where?: string }) => `${e.code} ${e.where === path ? "at path" : e.where}`,
  );

describe("readText(path)", () => {
  it("reads the same with blocking calls, and refuses the same files", async () => {
    const path = fixture("wanzhou-gb18030.txt");
    expect(await readText(path, { blocking: true })).toEqual(await readText(path));
    await expect(readText(join(dir, "absent.txt"), { blocking: true })).rejects.toMatchObject({
      code: "file_not_found",
    });
    await expect(readText(file("big.txt", "增长5.5%"), { blocking: true, maxBytes: 4 })).rejects.toMatchObject({
      code: "file_too_large",
    });
    await expect(readText(dir, { blocking: true })).rejects.toMatchObject({ code: "file_unreadable" });
  });

  it("reads UTF-8 and strips a BOM, keeping line endings", async () => {
    expect(await readText(file("bom.txt", "\ufeff增长5.5%\r\n"))).toEqual({ text: "增长5.5%\r\n", encoding: "utf-8" });
  });

  it("detects GB18030 (a GBK report written with iconv -t gb18030)", async () => {
    const { text, encoding } = await readText(fixture("wanzhou-gb18030.txt"));
    expect(encoding).toBe("gb18030");
    expect(text).toContain("实现地区生产总值1179.4亿元、增长6.9%");
  });

  it("refuses missing, empty, binary, PDF and undecodable files, naming the file", async () => {
    expect(await codeOf(join(dir, "absent.txt"))).toBe("file_not_found at path");
    expect(await codeOf(file("empty.txt", ""))).toBe("file_empty at path");
    expect(await codeOf(file("blank.txt", " \n\n"))).toBe("file_empty at path");
    expect(await codeOf(file("nul.txt", new Uint8Array([0x41, 0x00, 0x42])))).toBe("file_binary at path");
    expect(await codeOf(file("report.txt", "%PDF-1.7\n%âãÏÓ"))).toBe("file_binary at path");
    expect(await codeOf(file("bad.txt", new Uint8Array([0xff, 0xfe, 0xfd, 0x81, 0x30, 0xff])))).toBe(
      "file_encoding at path",
    );
    expect(await codeOf(dir)).toBe("file_unreadable at path");
  });
});
