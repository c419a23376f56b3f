/**
 * A dataset from a stranger cannot make `duibi report` print local files. The appendix
 * quotes the sentence around a figure only from a document the dataset states the
 * SHA-256 of, whose real path lies in the dataset's folder or seeds/sources, and whose
 * quote is non-empty and is the text at its offsets. Every attack below plants a secret
 * and checks that not one line of it reaches report.html, report.md or data.*.
 */
import { createHash } from "node:crypto";
import { link, mkdir, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { type Dataset, datasetToCsv, loadSeeds, type Source } from "@duibi/core";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli, tempDir } from "./helpers.js";

const SECRET = "TOPSECRET-7f3a password=hunter2";
/** A private file: every line carries the secret, with sentence ends so a context would stop inside it. */
const PRIVATE = Array.from({ length: 40 }, (_, i) => `line ${i} ${SECRET}。`).join("\n");
const sha = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
const MADE_UP = "ab".repeat(32);

let home: string;
beforeAll(async () => {
  // Something outside every folder a dataset may cite: ~/private/notes.txt
  home = await tempDir("duibi-home-");
  await mkdir(join(home, "private"));
  await writeFile(join(home, "private", "notes.txt"), PRIVATE);
});

/** How one planted document is cited: its id, the hash the dataset states, and each span. */
interface Attack {
  id: string;
  sha256: string;
  span: (i: number) => Pick<Source, "start" | "end" | "quote">;
}

/**
 * The seeds with the sources of observation i moved to attack i mod n (a document of its
 * own), so one report carries every attack and each is cited in the tables.
 */
function citing(attacks: readonly Attack[]): Dataset {
  const seeds = loadSeeds();
  const move = (s: Source, i: number): Source => {
    const a = attacks[i % attacks.length]!;
    return { ...s, document: a.id, ...a.span(i) };
  };
  return {
    ...seeds,
    documents: attacks.map((a) => ({ ...seeds.documents[0]!, id: a.id, title: a.id, sha256: a.sha256 })),
    observations: seeds.observations.map((o, i) => ({
      ...o,
      source: move(o.source, i),
      ...(o.alsoIn === undefined ? {} : { alsoIn: o.alsoIn.map((s) => move(s, i)) }),
    })),
  } as Dataset;
}
const empty = (i: number) => ({ start: 40 + ((i * 37) % 800), end: 40 + ((i * 37) % 800), quote: "" });
const quoted = (i: number) => {
  const start = 7 + (i % 5) * 2;
  return { start, end: start + 3, quote: PRIVATE.slice(start, start + 3) };
};

/** Runs the report on `file` in `dir` and returns everything it wrote, as one string. */
async function reportOutput(dir: string, file: string, lang: string): Promise<string> {
  const run = await runCli(["report", "--data", file, "--out", "r", "--lang", lang], dir);
  expect(run.code, run.stderr).toBe(0);
  let all = "";
  for (const f of await readdir(join(dir, "r"), { recursive: true })) {
    if (/\.(html|md|csv|json)$/.test(f)) all += await readFile(join(dir, "r", f), "utf8");
  }
  return all;
}

describe("duibi report never prints a file the dataset does not verifiably cite", () => {
  it("JSON: made-up sha256, empty quotes, wrong offsets, links out, .., absolute paths, a hard link", async () => {
    const dir = await tempDir("duibi-leak-json-");
    await mkdir(join(dir, "sources"));
    await writeFile(join(dir, "notes.txt"), PRIVATE);
    await symlink(join(home, "private", "notes.txt"), join(dir, "sources", "linked.txt"));
    await symlink("/etc/passwd", join(dir, "sources", "passwd.txt"));
    await link(join(home, "private", "notes.txt"), join(dir, "hard.txt"));
    const passwd = await readFile("/etc/passwd", "utf8");
    const attacks: Attack[] = [
      // notes.txt beside the dataset, a made-up hash, start = end and an empty quote
      { id: "notes.txt", sha256: MADE_UP, span: empty },
      // its true hash, but empty quotes: the surroundings of nothing are not a quote
      { id: "notes.txt ", sha256: sha(PRIVATE), span: empty },
      // its true hash, quotes that are not the text at their offsets
      { id: "./notes.txt", sha256: sha(PRIVATE), span: (i) => ({ start: 40 + i, end: 42 + i, quote: "增长" }) },
      // symbolic links out of the folder, with the target's true hash and true quotes
      { id: "linked.txt", sha256: sha(PRIVATE), span: quoted },
      {
        id: "passwd.txt",
        sha256: sha(passwd),
        span: (i) => ({ start: i % 9, end: (i % 9) + 1, quote: passwd.slice(i % 9, (i % 9) + 1) }),
      },
      // .. and an absolute path to the private file
      { id: join("..", basename(home), "private", "notes.txt"), sha256: sha(PRIVATE), span: quoted },
      { id: join(home, "private", "notes.txt"), sha256: sha(PRIVATE), span: quoted },
      // a hard link is inside by path; its hash must still match, and a made-up one does not
      { id: "hard.txt", sha256: MADE_UP, span: empty },
    ];
    await writeFile(join(dir, "d.json"), JSON.stringify(citing(attacks)));
    const out = await reportOutput(dir, "d.json", "zh");
    expect(out).not.toContain("TOPSECRET");
    expect(out).not.toMatch(/root:x?:0:0/);
    // The appendix says why it shows the quote alone, in the report's language.
    expect(out).toContain("找到的文件与数据记录的 SHA-256 不符");
    expect(out).toContain("引文为空，或与原文该位置的文字不符");
    expect(out).toContain("不在数据所在文件夹或 seeds/sources 内");
  });

  it("CSV (which records no sha256) citing notes.txt and sources/notes.txt beside it", async () => {
    const dir = await tempDir("duibi-leak-csv-");
    await mkdir(join(dir, "sources"));
    await writeFile(join(dir, "notes.txt"), PRIVATE);
    await writeFile(join(dir, "sources", "notes.txt"), PRIVATE);
    await writeFile(join(dir, "d.csv"), datasetToCsv(citing([{ id: "notes.txt", sha256: MADE_UP, span: empty }])));
    const out = await reportOutput(dir, "d.csv", "en");
    expect(out).not.toContain("TOPSECRET");
    expect(out).toContain("the dataset states no SHA-256");
  });

  it("the seeds' own documents still show their sentences", async () => {
    const dir = await tempDir("duibi-leak-seeds-");
    const run = await runCli(["report", "--out", "r"], dir);
    expect(run.code, run.stderr).toBe(0);
    const md = await readFile(join(dir, "r", "report.md"), "utf8");
    // A sentence around the bold quote: text before it inside the quotation marks.
    expect(md).toMatch(/：“[^“*]+\*\*[^*]+\*\*/);
    expect(md).not.toContain("未显示上下文");
  });
});
