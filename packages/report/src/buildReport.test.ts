import { link, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { reportInput } from "./__fixtures__/seedsLike.js";
import { buildReport } from "./buildReport.js";
import { reportCsv, reportJson } from "./dataFiles.js";
import { renderHtml } from "./renderHtml.js";
import { renderMarkdown } from "./renderMarkdown.js";
import { writeReport } from "./writeReport.js";

const input = reportInput();

describe("buildReport(input)", () => {
  const model = buildReport(input);

  it("opens with a summary written from the numbers", () => {
    // 武隆: 实现地区生产总值273.46亿元、增长5.5%; 万州: 实现地区生产总值1179.4亿元、增长6.9%.
    expect(model.summary[0]).toBe(
      "2023年，武隆地区生产总值增长5.5%，低于万州的6.9%（相差1.4个百分点）；总量上，武隆273.46亿元，万州1179.4亿元。",
    );
    // 武隆 2024 target 6.5% vs 5.5%: +1; 万州 7% vs 6.9%: +0.1.
    expect(model.summary[1]).toContain("武隆提出增长6.5%，比上年实际高1个百分点");
    expect(model.summary[1]).toContain("武隆的目标更进取");
    expect(model.summary.join("")).toContain("城镇登记失业率与城镇调查失业率");
  });

  it("writes about one region without comparing it to itself", () => {
    const one = buildReport(reportInput({ regions: input.regions.slice(0, 1) }));
    expect(one.summary[0]).toBe("2023年，武隆地区生产总值增长5.5%，总量273.46亿元。");
    expect(one.summary.join("")).not.toContain("领先");
  });

  it("has the sections in reading order", () => {
    expect(model.sections.map((s) => s.id)).toEqual(["headline", "targets", "gaps", "ranks", "comparability", "all"]);
  });

  it("cites every figure, and every source quotes its document at its offsets", () => {
    const cited = new Set(
      model.sections.flatMap((s) => s.tables.flatMap((t) => t.rows.flatMap((r) => r.flatMap((c) => c.sources ?? [])))),
    );
    expect([...cited].sort()).toEqual(model.sources.map((s) => s.id).sort());
    for (const s of model.sources) {
      expect(input.texts?.get(s.document)?.slice(s.start, s.end)).toBe(s.quote);
      expect(s.context).not.toBeNull();
    }
  });

  it("marks the better figure by the indicator's direction", () => {
    const headline = model.sections[0]?.tables[0];
    const gdpGrowth = headline?.rows.find((r) => r[0]?.text === "地区生产总值增速");
    expect(gdpGrowth?.map((c) => c.tone)).toEqual([undefined, "worse", "better", undefined, undefined]);
  });
});

describe("renderHtml(model) and renderMarkdown(model)", () => {
  it("link every figure to an entry of the source appendix", async () => {
    const html = await renderHtml(buildReport(input));
    const targets = [...html.matchAll(/href="#(src-\d+)"/g)].map((m) => m[1]);
    const anchors = new Set([...html.matchAll(/<li id="(src-\d+)"/g)].map((m) => m[1]));
    expect(targets.length).toBeGreaterThan(10);
    for (const t of targets) expect(anchors.has(t)).toBe(true);
  });

  it("show hostile names and quotes as text, never as markup", async () => {
    const evil = "<script>alert(1)</script>";
    const hostile = reportInput({
      regions: input.regions.map((r) => ({ ...r, name: `${r.name}${evil}`, shortName: `${r.shortName}"'&` })),
      dataset: {
        ...input.dataset,
        documents: input.dataset.documents.map((d) => ({ ...d, title: `${d.title}${evil}` })),
      },
    });
    const model = buildReport(hostile);
    const html = await renderHtml(model);
    expect(html).not.toContain("<script");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    const md = renderMarkdown(model);
    expect(md).not.toContain("<script");
  });

  it("are the same bytes for the same input", async () => {
    expect(await renderHtml(buildReport(reportInput()))).toBe(await renderHtml(buildReport(reportInput())));
    expect(renderMarkdown(buildReport(reportInput()))).toBe(renderMarkdown(buildReport(reportInput())));
  });

  it("write English labels with lang en", async () => {
    const html = await renderHtml(buildReport(reportInput({ lang: "en" })));
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("In 2023, 武隆&#39;s");
  });

  it("write the rows' notes in the report's language, from their codes", () => {
    const notesOf = (lang: "zh" | "en") => {
      const model = buildReport(reportInput({ lang }));
      const comparability = model.sections.find((s) => s.id === "comparability")!;
      return { model, cells: comparability.tables.flatMap((t) => t.rows.map((r) => r.at(-1)?.text ?? "")) };
    };
    const zh = notesOf("zh");
    expect(zh.cells).toEqual(expect.arrayContaining(["登记失业率与调查失业率口径不同", "万元→亿元"]));
    // the summary names how a converted row was converted: the unit_converted note, not a split string
    expect(zh.model.summary.join("")).toContain("进出口总额，万元→亿元");
    const en = notesOf("en");
    expect(en.cells).toEqual(
      expect.arrayContaining([
        "different definitions: Registered urban unemployment rate vs Surveyed urban unemployment rate",
        "10k yuan → 100m yuan",
      ]),
    );
    expect(en.model.summary.join("")).toContain("10k yuan → 100m yuan");
    for (const text of en.cells) expect(text).not.toMatch(/[\u4e00-\u9fff]/u);
  });

  it("data.csv shows each row's notes as text in zh and en", () => {
    const { data } = buildReport(input);
    const [header, ...lines] = reportCsv(data).slice(1).split("\r\n");
    expect(header?.split(",").slice(-2)).toEqual(["note", "note_en"]);
    const trade = lines.find((l) => l.includes("trade.total") && l.includes("500156"));
    expect(trade?.endsWith(",万元→亿元,10k yuan → 100m yuan")).toBe(true);
    // data.json keeps the facts
    const json = JSON.parse(reportJson(data));
    const row = json.actual.rows.find((r: { indicator: string }) => r.indicator === "trade.total");
    expect(row.notes).toEqual([{ code: "unit_converted", from: "万元", to: "亿元" }]);
  });
});

describe("writeReport(model, dir)", () => {
  it("writes every file, byte-identical on a second run", async () => {
    const dir = join(await mkdtemp(join(tmpdir(), "duibi-report-")), "out");
    const files = await writeReport(buildReport(input), dir);
    expect(files).toEqual([
      "report.html",
      "report.md",
      "charts/growth.svg",
      "charts/growth.png",
      "charts/target-vs-actual.svg",
      "charts/target-vs-actual.png",
      "data.csv",
      "data.json",
    ]);
    const read = async () => Promise.all(files.map((f) => readFile(join(dir, f))));
    const first = await read();
    await writeReport(buildReport(input), dir);
    expect(await read()).toEqual(first);
    expect((await readdir(dir)).sort()).toEqual([
      ".duibi-report",
      "charts",
      "data.csv",
      "data.json",
      "report.html",
      "report.md",
    ]);
  });

  it("completes sources compiled without texts, reading only verified texts, and takes texts when given", async () => {
    const open = buildReport(reportInput({ texts: undefined }));
    expect(open.sources.every((s) => s.context === null && s.withoutContext === null)).toBe(true);
    // The seeds' sources folder holds both documents with the SHA-256 the dataset records.
    const dir = join(await mkdtemp(join(tmpdir(), "duibi-report-")), "out");
    await writeReport(open, dir);
    const complete = join(await mkdtemp(join(tmpdir(), "duibi-report-")), "out");
    await writeReport(buildReport(input), complete);
    expect(await readFile(join(dir, "report.md"), "utf8")).toBe(await readFile(join(complete, "report.md"), "utf8"));
    // Texts given: no file is read, and a document without a text says why.
    const given = join(await mkdtemp(join(tmpdir(), "duibi-report-")), "out");
    await writeReport(open, given, { texts: { texts: new Map(), refused: new Map() } });
    const md = await readFile(join(given, "report.md"), "utf8");
    expect(md).toContain("未显示上下文：在数据所在文件夹和 seeds/sources 中找不到该文件");
  });

  it("never writes over its input (--data out/data.json --out out)", async () => {
    const dir = await mkdtemp(join(tmpdir(), "duibi-report-"));
    await writeFile(join(dir, "data.json"), "my data");
    const input = join(dir, "data.json");
    await expect(writeReport(buildReport(reportInput()), dir, { force: true, inputs: [input] })).rejects.toMatchObject({
      code: "file_exists",
    });
    expect(await readFile(input, "utf8")).toBe("my data");
    expect(await readdir(dir)).toEqual(["data.json"]);
    // …nor over it through a link: out/data.json is a hard link to the input elsewhere.
    const elsewhere = join(await mkdtemp(join(tmpdir(), "duibi-input-")), "my.json");
    await writeFile(elsewhere, "my data");
    const out = await mkdtemp(join(tmpdir(), "duibi-report-"));
    await link(elsewhere, join(out, "data.json"));
    await expect(
      writeReport(buildReport(reportInput()), out, { force: true, inputs: [elsewhere] }),
    ).rejects.toMatchObject({ code: "file_exists" });
    expect(await readFile(elsewhere, "utf8")).toBe("my data");
  });
});

describe("any number of regions", () => {
  const fuling = { code: "500102", name: "涪陵区", shortName: "涪陵" };
  const three = (lang: "zh" | "en") => {
    const base = reportInput({ lang });
    return buildReport({ ...base, regions: [...base.regions, fuling] });
  };

  it("names every region in the title, in the report's own words", () => {
    expect(three("zh").title).toBe("武隆、万州与涪陵：政府工作报告数字对比");
    expect(three("en").title.startsWith("武隆, 万州 and 涪陵")).toBe(true);
    expect(buildReport(reportInput({ lang: "en" })).title.startsWith("武隆 and 万州")).toBe(true);
  });

  it("names the first three and counts the rest when there are more than four", () => {
    const base = reportInput();
    const extra = ["500102", "500103", "500104"].map((code, i) => ({ code, name: `区${i}`, shortName: `区${i}` }));
    const many = (lang: "zh" | "en") =>
      buildReport({ ...reportInput({ lang }), regions: [...base.regions, ...extra] }).title;
    expect(many("zh")).toBe("武隆、万州、区0等5个地区：政府工作报告数字对比");
    expect(many("en").startsWith("武隆, 万州, 区0 and 2 other regions:")).toBe(true);
  });

  it("has no sentence that assumes two regions when there are three", () => {
    const zh = renderMarkdown(three("zh"));
    expect(zh).not.toMatch(/两地|双方/);
    const en = renderMarkdown(three("en"));
    expect(en).not.toMatch(/\bboth\b|\bthe two\b/i);
  });
});
