import { createHash } from "node:crypto";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Document, loadSeeds, UNKNOWN_SHA256 } from "@duibi/core";
import { describe, expect, it } from "vitest";
import { readDocumentTexts } from "./documentTexts.js";

const sha = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
const doc = (id: string, sha256: string): Document => ({
  id,
  title: id,
  regionCode: null,
  year: null,
  type: "other",
  chars: 0,
  sha256,
});

describe("readDocumentTexts(dataset, dataPaths)", () => {
  it("finds the seeds' documents without a data file", async () => {
    const { texts } = await readDocumentTexts(loadSeeds(), []);
    expect(texts.get("001_8f9e7cf461ee1142.txt")).toContain("实现地区生产总值273.46亿元、增长5.5%");
  });

  it("reads a document under the data file's folder when its SHA-256 is the one the dataset records", async () => {
    const dir = await mkdtemp(join(tmpdir(), "duibi-texts-"));
    await mkdir(join(dir, "texts"));
    await writeFile(join(dir, "texts", "report.md"), "\ufeff实现地区生产总值100亿元。");
    const { texts } = await readDocumentTexts(
      { documents: [doc(join(dir, "texts", "report.md"), sha("实现地区生产总值100亿元。"))] },
      [join(dir, "data.json")],
    );
    expect([...texts.values()]).toEqual(["实现地区生产总值100亿元。"]);
  });

  it("never reads a file outside the data file's folder and seeds/sources, whatever its hash", async () => {
    const dir = await mkdtemp(join(tmpdir(), "duibi-texts-"));
    const elsewhere = await mkdtemp(join(tmpdir(), "duibi-texts-elsewhere-"));
    await writeFile(join(elsewhere, "report.md"), "实现地区生产总值100亿元。");
    const id = join(elsewhere, "report.md");
    const result = await readDocumentTexts({ documents: [doc(id, sha("实现地区生产总值100亿元。"))] }, [
      join(dir, "data.json"),
    ]);
    expect(result.texts.size).toBe(0);
    expect(result.refused.get(id)).toBe("outside");
  });

  it("never reads a file the dataset does not describe: outside the folders, or no hash", async () => {
    const dir = await mkdtemp(join(tmpdir(), "duibi-texts-"));
    const home = await mkdtemp(join(tmpdir(), "duibi-texts-home-"));
    await mkdir(join(home, ".ssh"));
    await writeFile(join(home, ".ssh", "config"), "Host example\n  IdentityFile ~/.ssh/secret\n");
    await writeFile(join(home, "notes.txt"), "Host example, private notes");
    const { texts, refused } = await readDocumentTexts(
      {
        documents: [
          doc(join(home, ".ssh", "config"), "f".repeat(64)),
          doc(join(home, ".ssh", "config"), UNKNOWN_SHA256),
          doc(join(home, "notes.txt"), UNKNOWN_SHA256),
        ],
      },
      [join(dir, "data.csv")],
    );
    expect(texts.size).toBe(0);
    expect([...refused.values()]).toEqual(["no_hash", "no_hash"]); // one entry per id
  });

  it("does not read a .txt beside a dataset that records no hash (the long CSV): it cannot be verified", async () => {
    const dir = await mkdtemp(join(tmpdir(), "duibi-texts-"));
    await mkdir(join(dir, "sources"));
    await writeFile(join(dir, "sources", "mine.txt"), "地区生产总值增长6%。");
    const result = await readDocumentTexts({ documents: [doc("mine.txt", UNKNOWN_SHA256)] }, [join(dir, "data.csv")]);
    expect(result.texts.size).toBe(0);
    expect(result.refused.get("mine.txt")).toBe("no_hash");
  });
});
