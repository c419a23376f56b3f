/**
 * report.md is read in renderers that pass raw HTML through (markdown-it with `html: true`,
 * GitHub's footnotes on). Every data string in it (document ids, titles, region names,
 * names as written, quotes, units, notes) is escaped for Markdown, so no element of the
 * rendered page comes from the data: the hostile report renders to exactly the elements
 * the seeds' report renders to, and none of them is a script, an image, a link out or an
 * event handler.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import MarkdownIt, { type PluginSimple } from "markdown-it";
import footnote from "markdown-it-footnote";
import { beforeAll, describe, expect, it } from "vitest";
import { hostileDataset, runCli, tempDir } from "./helpers.js";

/** Document ids that end a code span, open blocks, or are markup, links and table cells. */
const IDS = [
  "a\n\n<img src=x onerror=alert(1)>\n\nb.txt",
  "``\n\n<script>alert(2)</script>\n\n``.txt",
  "`x` [link](javascript:alert(3)) <a href=javascript:alert(4)>y</a>.txt",
  "| cell | <b>bold</b> |\n|---|---|\n| x | y |.txt",
  "    indented code\n# heading\n- list\n1. item\n~~strike~~ ***em*** \\<i>.txt",
];

const md = new MarkdownIt({ html: true }).use(footnote as unknown as PluginSimple); // its types pin an older markdown-it
let dir: string;

/** Tags of the rendered HTML (name and attributes), in order. */
const tags = (html: string) => [...html.matchAll(/<(\/?[a-z][a-z0-9]*)([^>]*)>/gi)].map((m) => [m[1]!, m[2]!] as const);
/**
 * How many of each element name: two renderings with the same counts have the same elements.
 * `<strong>` is left out: whether `**` next to CJK punctuation opens bold depends on the
 * characters around it (CommonMark's flanking rules), so a different quote may change it.
 */
function counts(html: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name] of tags(html)) if (!/^\/?strong$/.test(name)) out[name] = (out[name] ?? 0) + 1;
  return out;
}

beforeAll(async () => {
  dir = await tempDir("duibi-markdown-");
  const hostile = hostileDataset();
  const docId = new Map(hostile.documents.map((d, i) => [d.id, IDS[i % IDS.length]!]));
  const move = <S extends { document: string }>(s: S): S => ({ ...s, document: docId.get(s.document)! });
  const dataset = {
    ...hostile,
    documents: hostile.documents.map((d) => ({ ...d, id: docId.get(d.id)! })),
    observations: hostile.observations.map((o) => ({
      ...o,
      source: move(o.source),
      ...(o.alsoIn === undefined ? {} : { alsoIn: o.alsoIn.map(move) }),
    })),
  };
  await writeFile(join(dir, "hostile.json"), JSON.stringify(dataset));
  for (const args of [
    ["--data", "hostile.json", "--out", "hostile"],
    ["--out", "seeds"],
  ]) {
    const run = await runCli(["report", ...args], dir);
    expect(run.code, run.stderr).toBe(0);
  }
}, 120_000);

describe("report.md rendered by markdown-it (html: true, footnotes)", () => {
  it("has exactly the elements of the seeds' report: none comes from the data", async () => {
    const hostile = md.render(await readFile(join(dir, "hostile", "report.md"), "utf8"));
    const seeds = md.render(await readFile(join(dir, "seeds", "report.md"), "utf8"));
    expect(hostile).toContain("__pwned"); // the hostile text is there, as text
    expect(hostile).toContain("onerror=alert(1)");
    expect(counts(hostile)).toEqual(counts(seeds));
  });

  it("no script, no raw HTML but the report's own <br>, no link or image leaving the report", async () => {
    const source = await readFile(join(dir, "hostile", "report.md"), "utf8");
    const raw = md
      .parse(source, {})
      .flatMap((t) => [t, ...(t.children ?? [])])
      .filter((t) => t.type === "html_inline" || t.type === "html_block")
      .map((t) => t.content);
    expect([...new Set(raw)]).toEqual(["<br>"]);
    for (const [name, attributes] of tags(md.render(source))) {
      expect(name, attributes).not.toMatch(/^(script|iframe|object|embed|style|s|pre|h[4-6])$/i);
      expect(attributes).not.toMatch(/\son\w+\s*=/i);
      const href = /\s(?:href|src)="([^"]*)"/.exec(attributes)?.[1];
      if (href !== undefined) expect(href, `${name}${attributes}`).toMatch(/^(#|charts\/[a-z-]+\.svg$)/);
    }
  });

  it("each document id is one code span in the document list", async () => {
    const html = md.render(await readFile(join(dir, "hostile", "report.md"), "utf8"));
    const codes = [...html.matchAll(/<code>([^<]*)<\/code>/g)].map((m) => m[1]!);
    for (const id of IDS.slice(0, 3)) {
      const shown = md.utils.escapeHtml(id.replace(/\s*\n+\s*/g, " "));
      expect(codes, id).toContain(shown);
    }
  });
});
