import { execFileSync } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { describeDocument } from "../extract/describeDocument.js";
import { extractCorpus, extractReports } from "./extractCorpus.js";
import { extractReport } from "./extractReport.js";
import { listReports } from "./listReports.js";

const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
const SOURCES = join(ROOT, "seeds/sources");
const SEEDS = ["001_8f9e7cf461ee1142.txt", "003_ef7b3d82409e665a.txt", "004_4fe08f7bbbc0cf7d.txt"];
// extractReport is the worker's, not exported by the package: the built module itself
const EXTRACT_REPORT_DIST = join(ROOT, "packages/core/dist/corpus/extractReport.js");

let dir: string;

/**
 * A worker script (the protocol of worker.ts) that exits on a file named *crash.txt and extracts
 * the others with the built core; with `log`, it appends the place of each file it is sent there.
 */
function crashingWorker(log?: string): string {
  return `import { parentPort } from "node:worker_threads";
import { appendFileSync } from "node:fs";
import(${JSON.stringify(EXTRACT_REPORT_DIST)}).then(({ extractReport }) => {
  // one batch at a time, as worker.ts: a crash is then in the first batch not answered
  let queue = Promise.resolve();
  parentPort.on("message", (task) => {
    queue = queue.then(async () => {
      const results = [];
      for (const file of task.files) {
        ${log === undefined ? "" : `appendFileSync(${JSON.stringify(log)}, file.index + "\\n");`}
        if (file.path.endsWith("crash.txt")) process.exit(7);
        results.push({ outcome: await extractReport(file.path, file.id, task.options) });
      }
      parentPort.postMessage({ indices: task.files.map((f) => f.index), json: JSON.stringify(results) });
    });
  });
});
`;
}

beforeAll(async () => {
  // worker threads run the built package: bring packages/core/dist up to date
  execFileSync("pnpm", ["exec", "tsc", "-b", "packages/core"], { cwd: ROOT, stdio: "ignore" });
  dir = await mkdtemp(join(tmpdir(), "duibi-corpus-"));
  await mkdir(join(dir, "b", "deep"), { recursive: true });
  await mkdir(join(dir, "a"));
  await copyFile(join(SOURCES, SEEDS[0]!), join(dir, "b", "deep", "one.txt"));
  await copyFile(join(SOURCES, SEEDS[1]!), join(dir, "a", "two.md"));
  await copyFile(join(SOURCES, SEEDS[2]!), join(dir, "b", "three.txt"));
  await writeFile(join(dir, "a", "notes.docx"), "not a report");
  await writeFile(join(dir, ".hidden.txt"), "hidden");
  await writeFile(join(dir, "b", "empty.txt"), "");
  await writeFile(join(dir, "b", "binary.txt"), Buffer.from([0, 1, 2, 3, 0, 0]));
  await writeFile(join(dir, "crash.txt"), "2024年重庆市武隆区政府工作报告\n地区生产总值增长6%。");
}, 120_000);

describe("listReports", () => {
  it("walks folders recursively for .txt and .md, sorted by path, hidden files skipped", async () => {
    const files = await listReports(["."], dir);
    expect(files.map((f) => f.id)).toEqual([
      "./a/two.md",
      "./b/binary.txt",
      "./b/deep/one.txt",
      "./b/empty.txt",
      "./b/three.txt",
      "./crash.txt",
    ]);
    expect(files[0]!.path).toBe(join(dir, "a", "two.md"));
  });

  it("keeps inputs in order, a file once, a missing path as given; expands globs", async () => {
    const files = await listReports(["b/three.txt", "b", "missing.txt", "b/**/*.txt", "a/*.md"], dir);
    expect(files.map((f) => f.id)).toEqual([
      "b/three.txt",
      "b/binary.txt",
      "b/deep/one.txt",
      "b/empty.txt",
      "missing.txt",
      "a/two.md",
    ]);
    expect((await listReports(["b/*.txt"], dir)).map((f) => f.id)).toEqual([
      "b/binary.txt",
      "b/empty.txt",
      "b/three.txt",
    ]);
  });
});

describe("extractCorpus", () => {
  it("gives the same documents, observations and dataset with 1 and with 3 jobs", async () => {
    const inputs = ["b", "a", "missing.txt"];
    const one = await extractCorpus(inputs, { cwd: dir, jobs: 1 });
    const three = await extractCorpus(inputs, { cwd: dir, jobs: 3 });
    expect(one.documents.map((d) => d.id)).toEqual(["b/deep/one.txt", "b/three.txt", "a/two.md"]);
    expect(one.observations.length).toBeGreaterThan(100);
    expect(JSON.stringify(three)).toBe(JSON.stringify(one));
    expect(one.dataset.documents.map((d) => d.id)).toEqual(["a/two.md", "b/deep/one.txt", "b/three.txt"]);
  });

  it("names the files it cannot read and still reads the others", async () => {
    const { failures, documents } = await extractCorpus(["."], { cwd: dir, jobs: 2 });
    expect(failures.map((f) => [f.file.id, f.error.code])).toEqual([
      ["./b/binary.txt", "file_binary"],
      ["./b/empty.txt", "file_empty"],
    ]);
    expect(documents).toHaveLength(4);
  });

  it("fails only the file whose worker crashes", async () => {
    const worker = join(dir, "crashing-worker.mjs");
    await writeFile(worker, crashingWorker());
    const files = await listReports(["crash.txt", "b/three.txt", "a/two.md", "b/deep/one.txt"], dir);
    const seen: number[] = [];
    const outcomes = await extractReports(files, { jobs: 2, worker, onFile: (p) => seen.push(p.done) });
    expect(outcomes.map((o) => o.ok)).toEqual([false, true, true, true]);
    const crashed = outcomes[0]!;
    expect(crashed.ok === false && crashed.error.code).toBe("extract_failed");
    expect(crashed.ok === false && crashed.error.message).toContain("exit code 7");
    expect(seen).toEqual([1, 2, 3, 4]);
    const inline = await extractReports(files.slice(1), { jobs: 1 });
    expect(JSON.stringify(outcomes.slice(1))).toBe(JSON.stringify(inline));
  });

  it("fails only the crashing file of a batch: the batch's other files are read again", async () => {
    const worker = join(dir, "crashing-worker.mjs");
    await writeFile(worker, crashingWorker());
    // 40 files on 3 threads: batches of 3 (batchSize); the second worker's first batch, given
    // out before this thread reads a file, is 6–8, the crashing file in its middle.
    await mkdir(join(dir, "many"), { recursive: true });
    for (let i = 0; i < 40; i++) {
      const name = i === 7 ? "07-crash.txt" : `${String(i).padStart(2, "0")}.txt`;
      await writeFile(join(dir, "many", name), `2024年重庆市武隆区政府工作报告\n地区生产总值增长${i}%。`);
    }
    const files = await listReports(["many"], dir);
    const outcomes = await extractReports(files, { jobs: 3, worker });
    expect(outcomes.map((o, i) => [i, o.ok])).toEqual(files.map((_, i) => [i, i !== 7]));
    const crashed = outcomes[7]!;
    expect(crashed.ok === false && crashed.error.message).toContain("exit code 7");
    expect(outcomes.map((o) => o.ok && o.observations[0]?.value)).toEqual(files.map((_, i) => i !== 7 && i));
  });

  it("reads files in this thread too: the workers take the front of the list, this thread the back", async () => {
    const log = join(dir, "worker-files.log");
    const worker = join(dir, "logging-worker.mjs");
    await writeFile(worker, crashingWorker(log));
    await mkdir(join(dir, "split"), { recursive: true });
    for (let i = 0; i < 30; i++) {
      await writeFile(
        join(dir, "split", `${String(i).padStart(2, "0")}.txt`),
        `2024年重庆市武隆区政府工作报告\n地区生产总值增长${i}%。`,
      );
    }
    const files = await listReports(["split"], dir);
    const outcomes = await extractReports(files, { jobs: 2, worker });
    const inWorker = (await readFile(log, "utf8")).trim().split("\n").map(Number);
    // the worker had batches from 0 on, each file once; this thread the rest, from 29 down
    expect(inWorker).toEqual(inWorker.map((_, i) => i));
    expect(inWorker.length).toBeGreaterThan(0);
    expect(inWorker.length).toBeLessThan(files.length);
    expect(JSON.stringify(outcomes)).toBe(JSON.stringify(await extractReports(files, { jobs: 1 })));
  });

  it("refuses jobs that are not a whole number ≥ 1", async () => {
    for (const jobs of [0, -1, 1.5, Number.NaN]) {
      await expect(extractCorpus(["a"], { cwd: dir, jobs })).rejects.toMatchObject({ code: "invalid_option" });
    }
  });
});

describe("describeDocument", () => {
  it("takes the title from YAML front matter", () => {
    const text =
      "---\nsource: https://example.org/x\ntitle: '重庆市政府工作报告（2024年1月21日）'\n---\n\n**重庆市政府工作报告**\n";
    expect(describeDocument(text, "x.md", { region: null, year: null }).title).toBe(
      "重庆市政府工作报告（2024年1月21日）",
    );
    expect(
      describeDocument("---\nsource: x\n---\n关于印发《武隆区政府工作报告》的通知", "y", { region: null, year: null })
        .title,
    ).toBe("武隆区政府工作报告");
  });

  it("reads no salutation or sentence as a title: then the id's file name (深圳 district reports)", () => {
    const text = "各位代表：\n现在，我代表南山区人民政府向大会作政府工作报告，请予审议。\n一、2022年工作回顾\n";
    expect(describeDocument(text, "corpus/shenzhen/南山区-2023.txt", { region: null, year: null }).title).toBe(
      "南山区-2023",
    );
  });

  it("knows a work report by the address it opens on, when the text never writes 政府工作报告 (深圳 2025)", () => {
    const opening = "各位代表：\n现在，我代表南山区人民政府，向大会报告政府工作，请予审议。\n";
    expect(describeDocument(opening, "南山区-2025.txt", { region: null, year: null }).type).toBe("work_report");
    for (const text of [
      "现在，我代表坪山区人民政府向大会作工作报告，请予审议。",
      "各位代表！过去一年，我们积极争取高端资源。",
    ]) {
      expect(describeDocument(text, "x.txt", { region: null, year: null }).type).toBe("work_report");
    }
    expect(describeDocument("本报讯 全区地区生产总值增长6%。", "n.txt", { region: null, year: null }).type).toBe(
      "newspaper",
    );
    // the report as a paper printed it; an article about the report
    const printed =
      "<!-- 来源：乌兰察布日报 -->\n——2022年2月12日在乌兰察布市第五届人民代表大会第一次会议上\n各位代表：";
    expect(describeDocument(printed, "w.md", { region: null, year: null }).type).toBe("work_report");
    const article = "本报讯 市长在市第五届人民代表大会第一次会议上代表市政府向大会作政府工作报告。";
    expect(describeDocument(article, "a.md", { region: null, year: null }).type).toBe("newspaper");
    expect(describeDocument("2024年统计公报", "g.txt", { region: null, year: null }).type).toBe("gazette");
    expect(describeDocument("全区地区生产总值增长6%。", "o.txt", { region: null, year: null }).type).toBe("other");
  });
});

describe("extractReport", () => {
  it("takes region and year from the front matter title when the text's header names neither", async () => {
    const text =
      "---\ntitle: 重庆市人民政府工作报告（2003年）\n---\n\n——二〇〇三年一月八日在大会上\n\n各位代表：\n全市生产总值增长10.3%。\n";
    await writeFile(join(dir, "cq-2003.md"), text);
    const outcome = await extractReport(join(dir, "cq-2003.md"), "cq-2003.md");
    expect(outcome.ok && [outcome.document.regionCode, outcome.document.year, outcome.document.title]).toEqual([
      "500000",
      2003,
      "重庆市人民政府工作报告（2003年）",
    ]);
    const late = "---\ntitle: 重庆市2009年政府工作报告\n---\n\n各位代表：\n全市生产总值增长14.9%。\n";
    await writeFile(join(dir, "cq-2009.md"), late);
    const outcome2009 = await extractReport(join(dir, "cq-2009.md"), "cq-2009.md");
    expect(outcome2009.ok && [outcome2009.document.regionCode, outcome2009.document.year]).toEqual(["500000", 2009]);
    // a header that names them wins over the front matter
    const named = "---\ntitle: 重庆市人民政府工作报告（2003年）\n---\n2024年重庆市政府工作报告\n地区生产总值增长6%。\n";
    await writeFile(join(dir, "wz.md"), named);
    const own = await extractReport(join(dir, "wz.md"), "wz.md");
    expect(own.ok && [own.document.regionCode, own.document.year]).toEqual(["500000", 2024]);
  });
});
