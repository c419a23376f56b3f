import { createHash } from "node:crypto";
import { checkArgs } from "../errors/checkArgs.js";
import type { Document } from "../schema/document.js";
import type { ExtractResult } from "./types.js";

const TITLE_HEAD = 400;
const MAX_TITLE = 60;

/**
 * The {@link Document} record for a text `extract` has read: its title (the
 * `title:` of a YAML front matter block at the top, else the line naming the
 * 政府工作报告, else the first line when it reads as a title, else the id's file name), region and year as
 * extracted, its type from its wording, its length and SHA-256.
 *
 * @param text - the text as read
 * @param id - the document id used in the observations' sources
 * @param result - what `extract` returned for the text
 * @returns the document record
 * @example
 * describeDocument(text, "004_4fe08f7bbbc0cf7d.txt", extract(text, { document: "004_4fe08f7bbbc0cf7d.txt" })).type; // => "work_report"
 */
export function describeDocument(text: string, id: string, result: Pick<ExtractResult, "region" | "year">): Document {
  checkArgs({
    text: [text, "string"],
    id: [id, "string"],
    result: [result, { "region?": "object|null", "year?": "number|null" }],
  });
  const head = text.slice(0, TITLE_HEAD);
  const lines = head
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
  // 现在，我代表…向大会作政府工作报告 and 各位代表： are sentences, not titles: then the file's id
  const named = lines
    .filter((l) => l.includes("政府工作报告"))
    .map(titleIn)
    .find(isTitle);
  const first = lines[0] !== undefined && isTitle(lines[0]) ? lines[0] : undefined;
  // the file's own name (光明区-2016), not its folders or extension
  const own = id.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "") || id;
  const title = frontMatterTitle(text) ?? (named ?? first ?? own).slice(0, MAX_TITLE);
  return {
    id,
    title,
    regionCode: result.region?.code ?? null,
    year: result.year,
    type: typeOf(head),
    chars: text.length,
    sha256: createHash("sha256").update(text, "utf8").digest("hex"),
  };
}

/**
 * The `title:` of a YAML front matter block (`---` lines around `key: value` lines) at the
 * very start of the text, unquoted; undefined when there is none or it is empty.
 *
 * @param text - the text as read
 * @returns the title, or undefined
 * @example
 * frontMatterTitle("---\ntitle: 重庆市人民政府工作报告（2003年）\n---\n正文"); // => "重庆市人民政府工作报告（2003年）"
 */
export function frontMatterTitle(text: string): string | undefined {
  const block = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text.slice(0, 4096));
  if (!block) return undefined;
  const line = /^title:[ \t]*(.*?)[ \t]*$/m.exec(block[1]!);
  if (!line) return undefined;
  const raw = line[1]!;
  const quoted = /^(["'])(.*)\1$/.exec(raw);
  const title = (quoted ? quoted[2]! : raw).trim();
  return title === "" ? undefined : title.slice(0, MAX_TITLE * 2);
}

/** A line that can be a title: short, with no mark that ends or joins clauses. */
function isTitle(line: string): boolean {
  return line.length <= MAX_TITLE && !/[，。：；！？,:;]/.test(line);
}

/** 关于印发《武隆区政府工作报告》的通知 → 武隆区政府工作报告; a title run into the next words is cut at a space. */
function titleIn(line: string): string {
  const end = line.indexOf("政府工作报告") + "政府工作报告".length;
  const start = Math.max(line.lastIndexOf(" ", end - 1) + 1, line.lastIndexOf("《", end - 1) + 1, end - MAX_TITLE, 0);
  return line.slice(start, end);
}

const DATELINE = /(?:^|\n)[\s—－-]*(?:\d{4}年\d{1,2}月\d{1,2}日)?\s*在[^。\n]{0,30}人民代表大会[^。\n]{0,20}会议上/;

function typeOf(head: string): Document["type"] {
  // The report itself, wherever it was printed (来源：乌兰察布日报): it addresses the congress in
  // the first person (我代表…人民政府向大会作工作报告, …报告政府工作) or opens a line on the congress's
  // dateline (——2022年2月12日在…人民代表大会第一次会议上); an article about it does neither.
  if (/我代表[^。\n]{0,30}向大会/.test(head) || DATELINE.test(head)) return "work_report";
  if (/本报讯|日报|晚报|版）/.test(head)) return "newspaper";
  if (/政府工作报告/.test(head)) return "work_report";
  // 各位代表！过去一年…: a report that opens on the congress and the year
  if (/^\s*各位代表[：:！!，,]/.test(head) && /过去一年|工作回顾|一年来|刚刚过去的/.test(head)) return "work_report";
  if (/公报|府发|府办发|人民政府办公室文件/.test(head)) return "gazette";
  return "other";
}
