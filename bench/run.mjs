#!/usr/bin/env node
// `pnpm bench`: runs every benchmark (bench/<name>/run.mjs, in name order) and writes
// docs/benchmarks.md: the machine, date and Node version, a summary, then each benchmark's
// own section.
//
//   pnpm bench                          every benchmark, full size; writes docs/benchmarks.md
//   pnpm bench --quick                  each with --quick (a CI smoke run); prints, writes nothing
//   pnpm bench --only stats,install-size   just those; their sections (and summary rows) replace
//                                          the ones in docs/benchmarks.md, the others are kept
//   pnpm bench --date 2026-11-26        the date to print (default: $BENCH_DATE, else today, UTC)
//   pnpm bench --out FILE               write the report there instead
//
// A benchmark is a folder with a run.mjs that takes --quick, prints its Markdown section on
// stdout (starting with a "## " heading: medians, ratios, peak memory as it measures them) and
// its progress on stderr, and exits non-zero when it failed or its implementations disagreed.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const argv = process.argv.slice(2);
const option = (name) => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? argv[at + 1] : undefined;
};
const quick = argv.includes("--quick");
const only = option("only")?.split(",");
const date = option("date") ?? process.env.BENCH_DATE ?? new Date().toISOString().slice(0, 10);
const out = option("out") ?? (quick ? undefined : join(root, "docs", "benchmarks.md"));

const benches = readdirSync(here, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(here, d.name, "run.mjs")))
  .map((d) => d.name)
  .filter((name) => !only || only.includes(name))
  .sort();

const results = [];
for (const name of benches) {
  process.stderr.write(`bench: ${name}${quick ? " --quick" : ""}\n`);
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [join(here, name, "run.mjs"), ...(quick ? ["--quick"] : [])], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const section = (child.stdout ?? "").trim();
  results.push({ name, status: child.status ?? 1, seconds, section });
  process.stderr.write(
    `bench: ${name} ${child.status === 0 ? "ok" : `failed (exit ${child.status})`} in ${seconds.toFixed(1)} s\n`,
  );
}

const cpus = os.cpus();
const markdown = [
  "# Benchmarks",
  "",
  "Written by `pnpm bench` (`bench/run.mjs`); each section below comes from `bench/<name>/run.mjs`, which says how it",
  "measures. Times are medians of repeated runs; ratios compare against the baseline each section names.",
  "",
  "| | |",
  "|---|---|",
  `| date | ${date} |`,
  `| machine | ${cpus[0]?.model.trim() ?? "unknown CPU"}, ${cpus.length} logical cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB memory |`,
  `| system | ${os.platform()} ${os.release()} ${os.arch()} |`,
  `| Node | ${process.version} |`,
  `| mode | ${quick ? "quick (smoke run, smallest sizes)" : "full"} |`,
  "",
  "| benchmark | result | wall time (s) |",
  "|---|---|---:|",
  ...results.map(
    (r) =>
      `| [${r.name}](#${anchor(r)}) | ${r.status === 0 ? "ok" : `failed (exit ${r.status})`} | ${r.seconds.toFixed(1)} |`,
  ),
  "",
  ...results.map((r) => (r.section ? `${r.section}\n` : `## ${r.name}\n\nNo output (exit ${r.status}).\n`)),
].join("\n");

function anchor(result) {
  const heading = result.section.match(/^## (.+)$/m)?.[1] ?? result.name;
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, "")
    .trim()
    .replace(/ /g, "-");
}

/**
 * The date line after a run of some sections: the first date, then "names: date" for the
 * sections run later, each section under its latest date only (2026-11-26; corpus, dataset:
 * 2026-12-02; accuracy: 2026-12-03).
 */
function mergeDates(line, names) {
  const [first, ...later] = line
    .replace(/^\| date \| /, "")
    .replace(/ \|$/, "")
    .split("; ");
  const kept = later
    .map((cell) => {
      const at = cell.lastIndexOf(": ");
      return {
        names: cell
          .slice(0, at)
          .split(", ")
          .filter((n) => !names.includes(n)),
        date: cell.slice(at + 2),
      };
    })
    .filter((entry) => entry.names.length > 0);
  return `| date | ${[first, ...kept.map((e) => `${e.names.join(", ")}: ${e.date}`), `${names.join(", ")}: ${date}`].join("; ")} |`;
}

/**
 * With --only, the report already written keeps the sections of the benchmarks not run:
 * the summary rows and the "## " sections of those run are replaced (or added, in name
 * order), and the date line names the sections this run updated.
 */
function merge(previous) {
  const lines = previous.split("\n");
  const rowOf = (line) => /^\| \[([^\]]+)\]\(#([^)]*)\)/.exec(line);
  const oldAnchors = new Map(
    lines
      .map(rowOf)
      .filter(Boolean)
      .map((m) => [m[1], m[2]]),
  );
  const firstSection = lines.findIndex((l) => l.startsWith("## "));
  if (firstSection < 0) return undefined;
  const head = lines.slice(0, firstSection);
  const sections = [];
  for (const line of lines.slice(firstSection)) {
    if (line.startsWith("## ")) sections.push({ heading: line.slice(3), lines: [] });
    sections.at(-1).lines.push(line);
  }
  const anchorOf = (heading) => anchor({ name: "", section: `## ${heading}` });
  const nameOf = (section) => [...oldAnchors].find(([, a]) => a === anchorOf(section.heading))?.[0];
  const byName = new Map(sections.map((section) => [nameOf(section) ?? section.heading, section]));
  const rows = new Map(
    head
      .map(rowOf)
      .filter(Boolean)
      .map((m) => [m[1], head[head.indexOf(m.input)]]),
  );
  for (const r of results) {
    const text = r.section || `## ${r.name}\n\nNo output (exit ${r.status}).`;
    byName.set(r.name, { heading: text.split("\n")[0].slice(3), lines: [...text.split("\n"), ""] });
    rows.set(
      r.name,
      `| [${r.name}](#${anchor(r)}) | ${r.status === 0 ? "ok" : `failed (exit ${r.status})`} | ${r.seconds.toFixed(1)} |`,
    );
  }
  const names = [...byName.keys()].sort();
  const tableStart = head.indexOf("| benchmark | result | wall time (s) |");
  if (tableStart < 0) return undefined;
  let tableEnd = tableStart + 2;
  while (tableEnd < head.length && head[tableEnd].startsWith("|")) tableEnd++;
  const newHead = [
    ...head.slice(0, tableStart + 2).map((l) =>
      l.startsWith("| date |")
        ? mergeDates(
            l,
            results.map((r) => r.name),
          )
        : l,
    ),
    ...names.filter((n) => rows.has(n)).map((n) => rows.get(n)),
    ...head.slice(tableEnd),
  ];
  const body = names.flatMap((n) => {
    const section = byName.get(n).lines;
    return section.at(-1) === "" ? section : [...section, ""];
  });
  return [...newHead, ...body].join("\n");
}

if (out) {
  mkdirSync(dirname(out), { recursive: true });
  const merged = only && existsSync(out) ? merge(readFileSync(out, "utf8")) : undefined;
  writeFileSync(out, merged ?? markdown);
  process.stderr.write(`bench: wrote ${relative(process.cwd(), out)}\n`);
} else {
  process.stdout.write(markdown);
}
if (results.some((r) => r.status !== 0)) process.exitCode = 1;
