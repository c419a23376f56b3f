import { checkArgs } from "@duibi/core";
import { REPORT_ARGS } from "./args.js";
import type { TextRefusal } from "./documentTexts.js";
import { drawCharts } from "./drawCharts.js";
import { embedSvg } from "./embedSvg.js";
import { escapeHtml } from "./escapeHtml.js";
import { labels } from "./labels.js";
import type { ReportCell, ReportChart, ReportModel, ReportSection, ReportSource, ReportTable } from "./model.js";
import { REPORT_CSS } from "./styles.js";

/**
 * Renders the report as one self-contained HTML page: inline CSS, charts drawn from their
 * specs and inlined as SVG (readable without JavaScript, offline, in print), every figure a
 * link to the sentence it was quoted from in the source appendix. All text is escaped.
 * It is the page writeReport writes as report.html.
 * @param model - the report model, from compileReport
 * @returns the HTML document
 * @throws DuibiError `missing_font` when no CJK font is installed to draw the charts
 * @example
 * (await renderHtml(compileReport(loadSeeds()))).startsWith("<!doctype html>"); // => true
 */
export async function renderHtml(model: ReportModel): Promise<string> {
  checkArgs({ model: [model, REPORT_ARGS.model] });
  const drawn = await drawCharts(model.charts, { png: false });
  return htmlPage(model, new Map([...drawn].map(([id, d]) => [id, d.svg])));
}

/**
 * The HTML page of a model whose charts are drawn: chart id → SVG. A chart missing from
 * `svgs` is left out of the page.
 */
export function htmlPage(model: ReportModel, svgs: ReadonlyMap<string, string>): string {
  const l = labels(model.lang);
  const charts = new Map(
    model.charts.flatMap((c) => {
      const svg = svgs.get(c.id);
      return svg === undefined ? [] : [[c.id, { ...c, svg }] as const];
    }),
  );
  const toc = [
    { id: "summary", title: l.summary },
    ...model.sections.map((s) => ({ id: s.id, title: s.title })),
    { id: "sources", title: l.sources },
  ];
  return [
    "<!doctype html>",
    `<html lang="${model.lang === "zh" ? "zh-CN" : "en"}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="duibi">',
    `<title>${escapeHtml(model.title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    "</head>",
    "<body>",
    "<main>",
    "<header>",
    `<h1>${escapeHtml(model.title)}</h1>`,
    `<p class="subtitle">${escapeHtml(model.subtitle)}</p>`,
    `<nav class="toc" aria-label="${escapeHtml(l.contents)}"><ol>${toc
      .map((t) => `<li><a href="#${t.id}">${escapeHtml(t.title)}</a></li>`)
      .join("")}</ol></nav>`,
    "</header>",
    `<section id="summary" class="summary" aria-label="${escapeHtml(l.summary)}">`,
    ...model.summary.map((p) => `<p>${escapeHtml(p)}</p>`),
    "</section>",
    ...model.sections.map((s) => section(s, charts)),
    sourcesSection(model),
    `<footer>${escapeHtml(l.footer)}</footer>`,
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

type DrawnReportChart = ReportChart & { svg: string };

function section(s: ReportSection, charts: Map<string, DrawnReportChart>): string {
  const parts = [`<section id="${s.id}">`, `<h2>${escapeHtml(s.title)}</h2>`];
  for (const p of s.intro) parts.push(`<p>${escapeHtml(p)}</p>`);
  const figures = s.charts.flatMap((id) => {
    const chart = charts.get(id);
    return chart === undefined ? [] : [figure(chart)];
  });
  const tables = s.tables.map(table);
  parts.push(...(s.tablesFirst ? [...tables, ...figures] : [...figures, ...tables]));
  if (s.notes.length > 0)
    parts.push(`<ul class="notes">${s.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join("")}</ul>`);
  parts.push("</section>");
  return parts.join("\n");
}

function figure(chart: DrawnReportChart): string {
  return [
    `<figure class="chart" id="chart-${chart.id}" role="img" aria-label="${escapeHtml(chart.alt)}">`,
    embedSvg(chart.svg, chart.id),
    "</figure>",
  ].join("\n");
}

function table(t: ReportTable): string {
  const numeric = t.columns.map((_, i) => t.rows.some((r) => r[i]?.numeric === true));
  const head = t.columns.map((c, i) => `<th scope="col"${numeric[i] ? ' class="num"' : ""}>${escapeHtml(c)}</th>`);
  const body = t.rows.map(
    (row) =>
      `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${content(cell)}</th>` : td(cell))).join("")}</tr>`,
  );
  return [
    '<div class="table-wrap"><table>',
    t.caption === undefined ? "" : `<caption>${escapeHtml(t.caption)}</caption>`,
    `<thead><tr>${head.join("")}</tr></thead>`,
    `<tbody>\n${body.join("\n")}\n</tbody>`,
    "</table></div>",
  ].join("");
}

function td(cell: ReportCell): string {
  const classes = [cell.numeric ? "num" : "", cell.tone ?? ""].filter(Boolean);
  return `<td${classes.length > 0 ? ` class="${classes.join(" ")}"` : ""}>${content(cell)}</td>`;
}

const ref = (id: string) => `<sup class="ref">${id.replace(/^src-/, "")}</sup>`;

function content(cell: ReportCell): string {
  let text = escapeHtml(cell.text);
  if (cell.badge !== undefined) text = `<span class="badge ${cell.badge}">${text}</span>`;
  const [first, ...rest] = cell.sources ?? [];
  if (first !== undefined) {
    // The figure itself links to its first source; further sources (the same fact stated again) get their own marks.
    text = `<a class="fig" href="#${first}">${text}${ref(first)}</a>${rest
      .map((id) => `<a class="fig" href="#${id}">${ref(id)}</a>`)
      .join("")}`;
  }
  if (cell.note !== undefined && cell.note !== "") text += `<span class="note">${escapeHtml(cell.note)}</span>`;
  return text;
}

function sourcesSection(model: ReportModel): string {
  const l = labels(model.lang);
  // Documents are anchored by position: an id may be a path, which is not a valid HTML id.
  const anchors = new Map(model.documents.map((d, i) => [d.id, { anchor: `doc-${i + 1}`, title: d.title }]));
  return [
    '<section id="sources">',
    `<h2>${escapeHtml(l.sources)}</h2>`,
    `<p>${escapeHtml(l.sourcesIntro)}</p>`,
    '<ol class="sources">',
    ...model.sources.map((s) => sourceItem(s, anchors.get(s.document), l.withoutContext)),
    "</ol>",
    `<h3>${escapeHtml(l.documents)}</h3>`,
    '<ul class="documents">',
    ...model.documents.map(
      (d, i) => `<li id="doc-${i + 1}">${escapeHtml(d.title)} <span class="doc">(${escapeHtml(d.id)})</span></li>`,
    ),
    "</ul>",
    "</section>",
  ].join("\n");
}

function sourceItem(
  s: ReportSource,
  doc: { anchor: string; title: string } | undefined,
  why: Record<TextRefusal, string>,
): string {
  const quote =
    s.context === null
      ? `<mark>${escapeHtml(s.quote)}</mark>`
      : `${escapeHtml(s.context.before)}<mark>${escapeHtml(s.quote)}</mark>${escapeHtml(s.context.after)}`;
  const title = doc?.title ?? s.documentTitle;
  // A document without a title (read from a CSV) is named by its id once, not twice.
  const name = title === s.document ? escapeHtml(s.document) : `${escapeHtml(title)} · ${escapeHtml(s.document)}`;
  return [
    `<li id="${s.id}">`,
    `<span class="num">[${s.id.replace(/^src-/, "")}]</span>`,
    `<span class="doc">${doc === undefined ? name : `<a href="#${doc.anchor}">${name}</a>`} · ${s.start}–${s.end}</span>`,
    `<blockquote>${quote}</blockquote>`,
    s.withoutContext === null ? "" : `<span class="why">${escapeHtml(why[s.withoutContext])}</span>`,
    "</li>",
  ].join("");
}
