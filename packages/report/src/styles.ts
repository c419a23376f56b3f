/**
 * The report's stylesheet, inlined into report.html so the file stands alone.
 * Chinese text wants a CJK font stack, a taller line height than Latin text and no
 * letter-spacing; numbers use tabular figures so columns line up.
 */
export const REPORT_CSS = `
:root {
  --ink: #1f2328; --muted: #59636e; --rule: #d1d9e0; --band: #f6f8fa; --accent: #0b5cad;
  --better: #1a7f37; --worse: #b35900; --mark: #fff3b0;
  --font: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei",
    "WenQuanYi Micro Hei", system-ui, sans-serif;
  --serif: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", serif;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #fff; font-family: var(--font); font-size: 16px; line-height: 1.75; }
main { max-width: 980px; margin: 0 auto; padding: 32px 24px 64px; }
h1 { font-size: 30px; line-height: 1.3; margin: 0 0 6px; font-weight: 700; }
h2 { font-size: 22px; line-height: 1.4; margin: 48px 0 12px; padding-top: 8px; border-top: 2px solid var(--ink); }
h3 { font-size: 17px; margin: 24px 0 8px; }
p { margin: 0 0 12px; }
a { color: var(--accent); }
.subtitle { color: var(--muted); margin: 0 0 20px; }
.summary { background: var(--band); border-left: 4px solid var(--accent); padding: 16px 20px; margin: 20px 0 8px; }
.summary p { font-size: 17px; margin: 0 0 8px; }
.summary p:last-child { margin-bottom: 0; }
nav.toc { font-size: 14px; color: var(--muted); margin: 12px 0 0; }
nav.toc ol { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 4px 18px; }
nav.toc a { color: var(--muted); text-decoration: none; border-bottom: 1px dotted var(--muted); }
.table-wrap { overflow-x: auto; margin: 8px 0 20px; }
table { border-collapse: collapse; width: 100%; font-size: 15px; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding: 4px 0 8px; color: var(--ink); }
th, td { padding: 7px 10px; border-bottom: 1px solid var(--rule); vertical-align: top; text-align: left; }
thead th { background: var(--band); border-bottom: 2px solid var(--ink); font-weight: 600; white-space: nowrap; }
tbody tr:nth-child(even) { background: #f9fafb; }
td.num { text-align: right; white-space: nowrap; }
tbody th { font-weight: 600; min-width: 9em; }
th.num { text-align: right; }
td .note, th .note { display: block; font-size: 12.5px; font-weight: 400; color: var(--muted); white-space: normal; line-height: 1.5; }
td.better { color: var(--better); font-weight: 600; }
td.worse { color: inherit; }
a.fig { color: inherit; text-decoration: none; border-bottom: 1px dotted var(--accent); }
a.fig:hover, a.fig:focus { background: var(--mark); }
sup.ref { font-size: 10.5px; color: var(--accent); margin-left: 1px; font-weight: 400; }
.badge { display: inline-block; font-size: 12.5px; line-height: 1.6; padding: 0 7px; border-radius: 10px; white-space: nowrap; border: 1px solid currentColor; }
.badge.comparable { color: var(--better); }
.badge.converted { color: var(--accent); }
.badge.incomparable { color: #a40e26; }
.badge.partial { color: var(--muted); }
figure.chart { margin: 16px 0 24px; padding: 12px; border: 1px solid var(--rule); border-radius: 6px; break-inside: avoid; }
figure.chart svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
ul.notes { padding-left: 20px; font-size: 15px; }
ul.notes li { margin: 4px 0; }
ol.sources { padding-left: 0; list-style: none; font-size: 14.5px; }
ol.sources li { padding: 8px 10px; border-bottom: 1px solid var(--rule); scroll-margin-top: 12px; }
ol.sources li:target { background: var(--mark); }
ol.sources .num { display: inline-block; min-width: 2.6em; color: var(--accent); font-weight: 600; }
ol.sources .doc { color: var(--muted); font-size: 13px; }
ol.sources .doc a { color: inherit; }
ol.sources blockquote { margin: 4px 0 0 2.6em; font-family: var(--serif); line-height: 1.8; }
ol.sources .why { display: block; margin: 2px 0 0 2.6em; color: var(--muted); font-size: 13px; }
ol.sources mark { background: var(--mark); padding: 0 1px; }
ul.documents { font-size: 14.5px; padding-left: 20px; }
footer { margin-top: 48px; font-size: 13px; color: var(--muted); border-top: 1px solid var(--rule); padding-top: 12px; }
@media (max-width: 640px) {
  main { padding: 20px 14px 48px; }
  h1 { font-size: 24px; }
  table { font-size: 14px; }
}
@media print {
  @page { size: A4; margin: 16mm 14mm; }
  body { font-size: 11pt; line-height: 1.6; }
  main { max-width: none; padding: 0; }
  nav.toc { display: none; }
  h2 { break-after: avoid; margin-top: 28px; }
  table, figure.chart, .summary { break-inside: avoid; }
  tr, ol.sources li { break-inside: avoid; }
  thead { display: table-header-group; }
  .table-wrap { overflow: visible; }
  a.fig { border-bottom: none; }
  tbody tr:nth-child(even) { background: none; }
}
`;
