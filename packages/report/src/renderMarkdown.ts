import { checkArgs } from "@duibi/core";
import { REPORT_ARGS } from "./args.js";
import { escapeMarkdown, markdownCode } from "./escapeHtml.js";
import { labels } from "./labels.js";
import type { ReportCell, ReportModel, ReportSection, ReportTable } from "./model.js";

/**
 * Renders the report as GitHub-flavoured Markdown: the same sections as the HTML,
 * charts as image links to `charts/<id>.svg` beside the file, and every figure a
 * footnote (`[^src-3]`) whose text is the quoted sentence. All text is escaped.
 * @param model - the report model
 * @returns the Markdown document
 * @example
 * renderMarkdown(compileReport(loadSeeds(), { regions: ["武隆", "万州"] })).split("\n")[0];
 * // => "# 武隆与万州：政府工作报告数字对比"
 */
export function renderMarkdown(model: ReportModel): string {
  checkArgs({ model: [model, REPORT_ARGS.model] });
  const l = labels(model.lang);
  const charts = new Map(model.charts.map((c) => [c.id, c]));
  const titles = new Map(model.documents.map((d) => [d.id, d.title]));
  const out: string[] = [`# ${escapeMarkdown(model.title)}`, "", escapeMarkdown(model.subtitle), ""];
  out.push(`## ${escapeMarkdown(l.summary)}`, "");
  for (const p of model.summary) out.push(escapeMarkdown(p), "");
  for (const s of model.sections) out.push(...section(s, charts));
  out.push(`## ${escapeMarkdown(l.sources)}`, "", escapeMarkdown(l.sourcesIntro), "");
  for (const d of model.documents) out.push(`- ${escapeMarkdown(d.title)} (${markdownCode(d.id)})`);
  out.push("");
  for (const s of model.sources) {
    const title = titles.get(s.document) ?? s.documentTitle;
    const quote =
      s.context === null
        ? `**${escapeMarkdown(s.quote)}**`
        : `${escapeMarkdown(s.context.before)}**${escapeMarkdown(s.quote)}**${escapeMarkdown(s.context.after)}`;
    const reason = s.withoutContext === null ? "" : escapeMarkdown(l.withoutContext[s.withoutContext]);
    // The footnote is a sentence of the report's language: Chinese punctuation in zh, English in en.
    if (model.lang === "zh") {
      out.push(
        `[^${s.id}]: ${escapeMarkdown(title)}，${s.start}–${s.end}：“${quote}”${reason === "" ? "" : `（${reason}）`}`,
      );
    } else {
      out.push(
        `[^${s.id}]: ${escapeMarkdown(title)}, ${s.start}–${s.end}: “${quote}”${reason === "" ? "" : ` (${reason})`}`,
      );
    }
  }
  out.push("", "---", "", escapeMarkdown(l.footer), "");
  return out.join("\n");
}

function section(s: ReportSection, charts: Map<string, { title: string; alt: string }>): string[] {
  const out = [`## ${escapeMarkdown(s.title)}`, ""];
  for (const p of s.intro) out.push(escapeMarkdown(p), "");
  const figures = s.charts.flatMap((id) => {
    const chart = charts.get(id);
    return chart === undefined
      ? []
      : [`![${escapeMarkdown(chart.alt)}](charts/${id}.svg)`, "", `*${escapeMarkdown(chart.title)}*`, ""];
  });
  const tables = s.tables.flatMap((t) => [...table(t), ""]);
  out.push(...(s.tablesFirst ? [...tables, ...figures] : [...figures, ...tables]));
  for (const n of s.notes) out.push(`- ${escapeMarkdown(n)}`);
  if (s.notes.length > 0) out.push("");
  return out;
}

function table(t: ReportTable): string[] {
  const numeric = t.columns.map((_, i) => t.rows.some((r) => r[i]?.numeric === true));
  const out: string[] = [];
  if (t.caption !== undefined) out.push(`**${escapeMarkdown(t.caption)}**`, "");
  out.push(`| ${t.columns.map(escapeMarkdown).join(" | ")} |`);
  out.push(`|${numeric.map((n) => (n ? " ---: " : " --- ")).join("|")}|`);
  for (const row of t.rows) out.push(`| ${row.map(cell).join(" | ")} |`);
  return out;
}

function cell(c: ReportCell): string {
  let text = escapeMarkdown(c.text);
  if (c.tone === "better") text = `**${text}**`;
  text += (c.sources ?? []).map((id) => `[^${id}]`).join("");
  if (c.note !== undefined && c.note !== "") text += `<br>${escapeMarkdown(c.note)}`;
  return text;
}
