#!/usr/bin/env node
// Extraction accuracy on the development corpus (`pnpm bench --only accuracy`): runs the built
// `extract` of @duibi/core, as `duibi extract FILE` does (no region or year given), over every
// report of the hand-checked corpus gold set (packages/core/src/extract/__fixtures__/corpus-gold,
// format in its FORMAT.md) and scores it. The texts are in ../shared/corpus (outside the
// repository; DUIBI_CORPUS points elsewhere): when that folder is absent the section says so and
// the benchmark exits 0.
//
// A gold fact is found when an observation has its indicator, measure, period, kind and
// qualifier and its value once converted to the gold unit. Precision counts distinct extracted
// facts (indicator, measure, period, kind, value, unit, qualifier: a level restated is one fact)
// among the observations of the report's region whose indicator is in scope (scope.json) and
// whose period and kind are the report's (review year: actual or estimate; plan year: target).
// Region and year are right when the region code and the review and plan years are the gold's;
// the rates are given over the reports whose title or dateline names them (gold `named`).
//
//   node bench/accuracy/run.mjs           every gold report
//   node bench/accuracy/run.mjs --quick   every third gold report (a smoke run)
//   DUIBI_ACCURACY_DETAIL=1 node bench/accuracy/run.mjs   also lists every miss and false positive
//
// Needs the built package: `pnpm build` first. Exits 1 only when a gold file cannot be read or
// names a text the corpus lacks; the goals (precision ≥ 0.98, recall ≥ 0.95) are reported, not enforced.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const quick = process.argv.includes("--quick");
const detail = Boolean(process.env.DUIBI_ACCURACY_DETAIL);
const corpus = process.env.DUIBI_CORPUS ?? join(root, "..", "shared", "corpus");
const goldDir = join(root, "packages/core/src/extract/__fixtures__/corpus-gold");
const GOAL = { precision: 0.98, recall: 0.95 };

if (!existsSync(join(corpus, "MANIFEST.json"))) {
  console.log(`## Extraction accuracy (accuracy)

Skipped: the development corpus is not at \`${corpus}\` (it lives outside the repository, in
\`../shared/corpus\`; set DUIBI_CORPUS to read it from elsewhere). Nothing was measured.`);
  process.stderr.write(`accuracy: skipped, no corpus at ${corpus}\n`);
  process.exit(0);
}

const { extract, canConvert, convert } = await import(join(root, "packages/core/dist/index.js"));
const scope = JSON.parse(readFileSync(join(goldDir, "scope.json"), "utf8")).indicators;

/** Every gold report: its document line and facts. */
function readGold() {
  const reports = [];
  for (const folder of ["chongqing", "prefecture", "shenzhen"]) {
    const dir = join(goldDir, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)
      .filter((f) => f.endsWith(".jsonl"))
      .sort()) {
      const lines = readFileSync(join(dir, name), "utf8")
        .split("\n")
        .filter((l) => l.trim() !== "")
        .map((l) => JSON.parse(l));
      const [doc, ...facts] = lines;
      if (doc?.type !== "document") throw new Error(`${folder}/${name}: line 1 is not a document line`);
      reports.push({ doc, facts: facts.filter((f) => f.type === "fact") });
    }
  }
  return reports;
}

const all = readGold();
const reports = quick ? all.filter((_, i) => i % 3 === 0) : all;
const groupOf = (f) => `${f.indicator} | ${f.measure} | ${f.kind}`;
const keyOf = (f) => `${f.indicator}|${f.measure}|${f.period}|${f.kind}|${f.qualifier}`;
const show = (f) =>
  `${f.indicator} ${f.measure} ${f.period} ${f.kind} ${f.qualifier} ${f.value}${f.unit} «${f.quote ?? f.source?.quote}»`;

function sameValue(o, g) {
  let value = o.value;
  if (o.unit !== g.unit) {
    if (!canConvert(o.unit, g.unit)) return false;
    value = convert(o.value, o.unit, g.unit);
  }
  return Math.abs(value - g.value) <= 1e-9 * Math.max(1, Math.abs(g.value));
}

const groups = new Map(); // group → { gold, found, distinct, wrong }
const tally = (group) => {
  const t = groups.get(group) ?? { gold: 0, found: 0, distinct: 0, wrong: 0 };
  groups.set(group, t);
  return t;
};
const detailLines = [];
const perReport = [];
let regionRight = 0;
let yearRight = 0;
let namedCount = 0;
let namedRegionRight = 0;
let namedYearRight = 0;
let failed = 0;

for (const { doc, facts } of reports) {
  const path = join(corpus, doc.file);
  if (!existsSync(path)) {
    process.stderr.write(`accuracy: ${doc.file} is not in the corpus\n`);
    failed++;
    continue;
  }
  const text = readFileSync(path, "utf8");
  const r = extract(text, { document: doc.file });
  const regionOk = r.region?.code === doc.regionCode;
  const yearOk = r.year !== null && r.year === doc.planYear && r.year - 1 === doc.reviewYear;
  regionRight += regionOk ? 1 : 0;
  yearRight += yearOk ? 1 : 0;
  if (doc.named === "title" || doc.named === "dateline") {
    namedCount++;
    namedRegionRight += regionOk ? 1 : 0;
    namedYearRight += yearOk ? 1 : 0;
  }
  const inScope = (o) =>
    o.regionCode === doc.regionCode &&
    scope[o.indicator] !== undefined &&
    ((o.period === doc.reviewYear && o.kind !== "target") || (o.period === doc.planYear && o.kind === "target"));
  const observed = r.observations.filter(inScope);
  const matches = (o, g) => keyOf(o) === keyOf(g) && sameValue(o, g);
  const misses = facts.filter((g) => !observed.some((o) => matches(o, g)));
  for (const g of facts) {
    const t = tally(groupOf(g));
    t.gold++;
    if (!misses.includes(g)) t.found++;
  }
  // Distinct facts: a level stated twice is one fact, right or wrong once.
  const distinct = new Map();
  for (const o of observed) {
    const k = `${keyOf(o)}|${o.value}|${o.unit}`;
    if (!distinct.has(k)) distinct.set(k, o);
  }
  const falsePositives = [...distinct.values()].filter((o) => !facts.some((g) => matches(o, g)));
  for (const o of distinct.values()) tally(groupOf(o)).distinct++;
  for (const o of falsePositives) tally(groupOf(o)).wrong++;
  perReport.push({
    file: doc.file,
    gold: facts.length,
    found: facts.length - misses.length,
    fp: falsePositives.length,
  });
  if (detail) {
    const head = [
      `${doc.file}: region ${r.region?.code ?? "none"} (gold ${doc.regionCode}${regionOk ? "" : ", WRONG"}), year ${r.year ?? "none"} (gold plan ${doc.planYear}${yearOk ? "" : ", WRONG"})`,
    ];
    detailLines.push(
      ...head,
      ...misses.map((g) => `  missed: ${show(g)}`),
      ...falsePositives.map((o) => `  false positive: ${show(o)}`),
    );
  }
}

const sum = (k) => [...groups.values()].reduce((n, t) => n + t[k], 0);
const ratio = (a, b) => (b === 0 ? "—" : (a / b).toFixed(3));
const total = { gold: sum("gold"), found: sum("found"), distinct: sum("distinct"), wrong: sum("wrong") };
const precision = total.distinct === 0 ? 0 : (total.distinct - total.wrong) / total.distinct;
const recall = total.gold === 0 ? 0 : total.found / total.gold;
const rows = [...groups.entries()]
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(
    ([g, t]) =>
      `| ${g} | ${t.gold} | ${t.found} | ${ratio(t.found, t.gold)} | ${t.distinct} | ${t.wrong} | ${ratio(t.distinct - t.wrong, t.distinct)} |`,
  );
const meets = (value, goal) => (value >= goal ? "meets" : "below");

console.log(`## Extraction accuracy (accuracy)

\`extract\` of the built @duibi/core, given no region or year, on ${reports.length} hand-checked reports of the development
corpus${quick ? ` (quick: every third of ${all.length})` : ""} (gold in \`packages/core/src/extract/__fixtures__/corpus-gold/\`, texts in \`../shared/corpus\`).
A fact is found when indicator, measure, period, kind, qualifier and value (in the gold unit) agree; precision is over
the distinct extracted facts of the report's region, in-scope indicators and the report's review and plan years.
\`DUIBI_ACCURACY_DETAIL=1 node bench/accuracy/run.mjs\` lists every miss and false positive.

| | value | goal |
|---|---:|---|
| precision | ${precision.toFixed(3)} (${total.distinct - total.wrong} of ${total.distinct} distinct extracted facts) | ≥ ${GOAL.precision} (${meets(precision, GOAL.precision)}) |
| recall | ${recall.toFixed(3)} (${total.found} of ${total.gold} gold facts) | ≥ ${GOAL.recall} (${meets(recall, GOAL.recall)}) |
| region right, header or dateline names it | ${namedRegionRight} of ${namedCount} | all |
| year right, header or dateline names it | ${namedYearRight} of ${namedCount} | all |
| region right, all reports | ${regionRight} of ${perReport.length} | |
| year right (review and plan year), all reports | ${yearRight} of ${perReport.length} | |

| indicator \\| measure \\| kind | gold | found | recall | extracted (distinct) | wrong | precision |
|---|---:|---:|---:|---:|---:|---:|
${rows.join("\n")}
${detail ? `\n### Misses and false positives\n\n\`\`\`\n${detailLines.join("\n")}\n\`\`\`` : ""}`);
process.stderr.write(
  `accuracy: ${perReport.length} reports, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}\n`,
);
process.exit(failed > 0 ? 1 : 0);
