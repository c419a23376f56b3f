#!/usr/bin/env node
// `pnpm bench`: runs every benchmark (bench/<name>/run.mjs, in name order) and writes
// docs/benchmarks.md: the machine, date and Node version, a summary, then each benchmark's
// own section.
//
//   pnpm bench                          every benchmark, full size; writes docs/benchmarks.md
//   pnpm bench --quick                  each with --quick (a CI smoke run); prints, writes nothing
//   pnpm bench --only stats,install-size
//   pnpm bench --date 2026-11-26        the date to print (default: $BENCH_DATE, else today, UTC)
//   pnpm bench --out FILE               write the report there instead
//
// A benchmark is a folder with a run.mjs that takes --quick, prints its Markdown section on
// stdout (starting with a "## " heading: medians, ratios, peak memory as it measures them) and
// its progress on stderr, and exits non-zero when it failed or its implementations disagreed.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
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

if (out) {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, markdown);
  process.stderr.write(`bench: wrote ${relative(process.cwd(), out)}\n`);
} else {
  process.stdout.write(markdown);
}
if (results.some((r) => r.status !== 0)) process.exitCode = 1;
