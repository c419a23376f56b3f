/**
 * Issue 13, item 9: `duibi extract` of a 40 MB text (under the 50 MB limit) in the default
 * JSON format died with `Invalid string length`: the whole output was one string, and its
 * JSON may be longer than V8 allows one string to be (2^29 − 24 characters). JSON is now
 * written in chunks. The text here is 40 MB: 180,000 short sentences with one figure each, then prose
 * without figures, in a file whose path is 3,000 characters long (every
 * observation's source names it), so that the JSON is about 620 million characters.
 */
import { createReadStream } from "node:fs";
import { mkdir, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runBin, tempDir } from "./helpers.js";

const MAX_STRING = 2 ** 29 - 24;
const SENTENCES = 180_000;
let dir = "";
let file = "";

beforeAll(async () => {
  dir = await tempDir("duibi-bigtext-");
  const deep = Array.from({ length: 15 }, (_, i) => `${i}`.padEnd(200, "d")).join("/"); // 3,014 characters
  await mkdir(join(dir, deep), { recursive: true });
  file = `${deep}/wanzhou.txt`;
  const figures = ["地区生产总值增长6.1%。", "一般公共预算收入增长8.2%。", "社会消费品零售总额增长5.5%。"];
  const parts = ["2024年重庆市万州区政府工作报告\n"];
  for (let i = 0; i < SENTENCES; i++) parts.push(`${figures[i % 3]}\n`);
  const dense = parts.join("");
  const filler = "坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，推动高质量发展。\n";
  const fill = filler.repeat(Math.ceil((40e6 - Buffer.byteLength(dense)) / Buffer.byteLength(filler)));
  await writeFile(join(dir, file), dense + fill);
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Counts the items of the three arrays (each starts "    {" on its own line) and checks the frame, in chunks. */
async function shape(path: string): Promise<{ items: number; head: string; tail: string }> {
  let items = 0;
  let carry = "";
  let head = "";
  for await (const chunk of createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 24 })) {
    const text = carry + (chunk as string);
    if (head === "") head = text.slice(0, 40);
    items += text.match(/\n {4}\{\n/g)?.length ?? 0;
    carry = text.slice(-8);
    // an item start split across chunks is counted once: drop what the carry already counted
    if (/\n {4}\{\n$/.test(carry)) items--;
  }
  return { items, head, tail: carry };
}

describe("duibi extract of a 40 MB text", () => {
  it("writes JSON longer than one string may be, whole and valid in frame", async () => {
    expect((await stat(join(dir, file))).size).toBeGreaterThan(39e6);
    const run = await runBin(["extract", file, "--out", "out.json"], dir, 120_000);
    expect(run.stderr).not.toContain("Invalid string length");
    expect([run.code, run.timedOut]).toEqual([0, false]);
    const out = join(dir, "out.json");
    // bytes, and all but the quotes and names are ASCII: more characters than one string may hold
    expect((await stat(out)).size).toBeGreaterThan(MAX_STRING + 50e6);
    const { items, head, tail } = await shape(out);
    expect(head.startsWith('{\n  "documents": [\n    {\n      "id": ')).toBe(true);
    expect(tail.endsWith("]\n}\n")).toBe(true);
    // one document, one observation per sentence (none unmapped)
    expect(items).toBe(1 + SENTENCES);
  }, 120_000);
});
