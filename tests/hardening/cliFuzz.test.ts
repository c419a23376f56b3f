/**
 * Fuzzing the command line: generated argv and hostile input files, in this process
 * through `main()` and in a child process through the built bin (with a timeout, so a
 * hang fails). Every run must end with exit code 0, 1 or 2 and a message, never a
 * stack trace unless --debug.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type Dataset, loadSeeds, type Observation, regions } from "@duibi/core";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { builtBin, type CliRun, ROOT, runBin, runCli, SEED_TEXTS, STACK_LINE, tempDir } from "./helpers.js";

const SEED = 777;
let dir: string;

/** Deterministic pseudo-random bytes (no Math.random: the inputs must be the same every run). */
function bytes(n: number, seed: number): Buffer {
  const out = Buffer.alloc(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const FILES: Record<string, string | Buffer> = {
  "random.bin": bytes(64 * 1024, 1),
  "high.bin": Buffer.from(Array.from({ length: 4096 }, (_, i) => 0x80 + (i % 0x7f))),
  "report.pdf": Buffer.concat([Buffer.from("%PDF-1.7\n%âãÏÓ\n"), bytes(2048, 2)]),
  // 国民经济增长6.5% in GBK
  "gbk.txt": Buffer.from([
    0xb9, 0xfa, 0xc3, 0xf1, 0xbe, 0xad, 0xbc, 0xc3, 0xd4, 0xf6, 0xb3, 0xa4, 0x36, 0x2e, 0x35, 0x25,
  ]),
  "empty.txt": "",
  "blank.txt": " \n\t\n",
  "bom-only.txt": "\ufeff",
  "deep-array.json": `${"[".repeat(100_000)}${"]".repeat(100_000)}`,
  "deep-object.json": `${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`,
  "deep-inside.json": `{"version":1,"regions":[],"documents":[],"observations":[${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}],"conflicts":[]}`,
  "wrong-types.json": JSON.stringify({ version: "1", regions: {}, documents: 3, observations: [{ value: "5.5%" }] }),
  "array.json": "[1,2,3]",
  "null.json": "null",
  "truncated.json": '{"version":1,"regions":[',
  "nan.json": '{"version":1,"regions":[],"documents":[],"observations":[{"value":NaN}],"conflicts":[]}',
  "proto.json": '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"version":1}',
  "empty-dataset.json": JSON.stringify({ version: 1, regions: [], documents: [], observations: [], conflicts: [] }),
  "bad.csv": 'a,b\n"unterminated,1\n',
  "seed.txt": SEED_TEXTS[1]!.text,
};

beforeAll(async () => {
  dir = await tempDir("duibi-fuzz-");
  await mkdir(join(dir, "adir"));
  for (const [name, content] of Object.entries(FILES)) await writeFile(join(dir, name), content);
});

function expectClean(run: CliRun, argv: readonly string[]): void {
  const label = `duibi ${argv.join(" ")}\n${run.stderr.slice(0, 2000)}`;
  expect([0, 1, 2], label).toContain(run.code);
  expect(run.stderr, label).not.toMatch(STACK_LINE);
  expect(run.stderr, label).not.toMatch(/unexpected error/);
  // A failure says why (no command at all prints the help on stdout).
  if (run.code !== 0) expect((run.stderr + run.stdout).trim().length, label).toBeGreaterThan(0);
}

const fileArg = fc.constantFrom(...Object.keys(FILES), "absent.json", "adir", "");
const optionArg = fc.oneof(
  fc.tuple(fc.constant("--data"), fileArg),
  fc.tuple(fc.constant("--regions"), fc.constantFrom("武隆区,万州区", "武隆", "500156", "", ",", "<script>", "朝阳区")),
  fc.tuple(fc.constant("--period"), fc.constantFrom("2023", "2024", "1900", "abc", "-1", "20231")),
  fc.tuple(fc.constant("--year"), fc.constantFrom("2024", "0", "x")),
  fc.tuple(fc.constant("--kind"), fc.constantFrom("actual", "target", "estimate", "bogus")),
  fc.tuple(fc.constant("--format"), fc.constantFrom("json", "csv", "md", "table", "jsonl", "xml")),
  fc.tuple(fc.constant("--lang"), fc.constantFrom("zh", "en", "fr")),
  fc.tuple(fc.constant("--indicator"), fc.constantFrom("gdp", "gdp,retail_sales", "nope", "")),
  fc.tuple(fc.constant("--measure"), fc.constantFrom("growth", "level", "weird")),
  fc.tuple(fc.constant("--reference"), fc.constantFrom("万州区", "median", "mean", "nowhere")),
  fc.tuple(fc.constant("--method"), fc.constantFrom("dense", "competition", "x")),
  fc.tuple(fc.constant("--missing"), fc.constantFrom("last", "exclude", "x")),
  fc.tuple(fc.constant("--max-bytes"), fc.constantFrom("10", "0", "-5", "1e9", "abc")),
  fc.tuple(fc.constant("--region"), fc.constantFrom("武隆", "nowhere")),
  fc.tuple(fc.constant("--out"), fc.constantFrom("o.vl.json", "o.txt", "adir", "no/such/dir/o.vl.json")),
  fc.tuple(fc.constantFrom("--bogus", "-x", "--", "--data=", "--period")),
  fc.tuple(fileArg),
);
const command = fc.oneof(
  fc.constantFrom("compare", "gaps", "rank", "ambition", "extract", "nonsense", "--help", "help", "-v").map((c) => [c]),
  fc
    .constantFrom("compare", "target-vs-actual", "gap", "rank-heatmap", "slope", "scatter", "scorecard", "pie")
    .map((c) => ["chart", c]),
);
// --out is only ever a spec or a bad path: drawing SVG/PNG is slow and has its own tests.
const argvArb = fc.tuple(command, fc.array(optionArg, { maxLength: 5 })).map(([cmd, opts]) => [...cmd, ...opts.flat()]);

describe("duibi <generated argv> (in process)", () => {
  it("ends with 0, 1 or 2 and a message, never a stack trace", async () => {
    await fc.assert(
      fc.asyncProperty(argvArb, async (argv) => {
        expectClean(await runCli(argv, dir), argv);
      }),
      { seed: SEED, numRuns: 120 },
    );
  });

  it("prints the stack only with --debug", async () => {
    const quiet = await runCli(["compare", "--data", "wrong-types.json", "--period", "2023"], dir);
    expect(quiet.code).toBe(1);
    expect(quiet.stderr).not.toMatch(STACK_LINE);
    const debug = await runCli(["compare", "--data", "wrong-types.json", "--period", "2023", "--debug"], dir);
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(STACK_LINE);
  });
});

describe("duibi on hostile files (in process)", () => {
  const dataRuns = Object.keys(FILES).filter((f) => /\.(json|csv|bin|pdf|txt)$/.test(f));

  it.each(dataRuns)("compare --data %s ends with a message", async (file) => {
    const argv = ["compare", "--data", file, "--period", "2023", "--kind", "actual"];
    const run = await runCli(argv, dir);
    expectClean(run, argv);
    if (file !== "seed.txt") expect(run.code, run.stderr).not.toBe(0);
  });

  it.each(Object.keys(FILES))("extract %s ends with a message", async (file) => {
    const argv = ["extract", file];
    expectClean(await runCli(argv, dir), argv);
  });

  it("refuses a PDF, random bytes and undecodable bytes, naming the file", async () => {
    for (const [file, words] of [
      ["report.pdf", "PDF"],
      ["random.bin", "NUL"],
      ["high.bin", "UTF-8 or GB18030"],
      ["empty.txt", "empty"],
      ["bom-only.txt", "empty"],
    ] as const) {
      const run = await runCli(["extract", file], dir);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(file);
      expect(run.stderr).toContain(words);
    }
  });

  it("reads GBK bytes as GB18030", async () => {
    const run = await runCli(["extract", "gbk.txt", "--region", "武隆", "--year", "2024", "--format", "jsonl"], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it("names the JSON path of a wrong-typed dataset and the line:column of broken JSON", async () => {
    const wrong = await runCli(["compare", "--data", "wrong-types.json", "--period", "2023"], dir);
    expect(wrong.stderr).toMatch(/version/);
    const truncated = await runCli(["compare", "--data", "truncated.json", "--period", "2023"], dir);
    expect(truncated.stderr).toMatch(/truncated\.json:1:\d+/);
  });

  it("does not let a __proto__ key pollute Object.prototype", async () => {
    await runCli(["compare", "--data", "proto.json", "--period", "2023"], dir);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  // Regression: push(...items) overflowed the call stack past ~120k items ("Maximum call stack size exceeded").
  it("extracts a text with 150,000 figures without overflowing the stack", async () => {
    await writeFile(join(dir, "many.txt"), "地区生产总值增长5.5%，".repeat(150_000));
    const argv = [
      "extract",
      "many.txt",
      "--region",
      "武隆",
      "--year",
      "2024",
      "--format",
      "jsonl",
      "--out",
      "many.jsonl",
    ];
    const run = await runCli(argv, dir);
    expectClean(run, argv);
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, "many.jsonl"), "utf8").split("\n").length - 1).toBe(150_000);
  });
});

/**
 * 145,000 growth targets over the registry's counties: more values than a function call may
 * take as arguments, so any Math.max(...values) over observations overflows the stack.
 */
function largeDataset(): Dataset {
  const counties = regions().filter((r) => r.level === "county");
  const observations: Observation[] = [];
  for (const [i, r] of counties.slice(0, 2900).entries()) {
    for (let period = 2023; period < 2074; period++) {
      const kind = period === 2023 ? "actual" : "target";
      const n = observations.length;
      observations.push({
        regionCode: r.code,
        regionName: r.name,
        indicator: "gdp",
        measure: "growth",
        period,
        kind,
        value: 5 + (i % 7) / 10,
        unit: "%",
        qualifier: "exact",
        nameAsWritten: "地区生产总值",
        source: { document: "large.txt", start: n, end: n + 1, quote: "x" },
      });
    }
  }
  const used = counties.slice(0, 2900);
  return {
    version: 1,
    regions: used,
    documents: [
      {
        id: "large.txt",
        title: "large",
        regionCode: null,
        year: 2024,
        type: "other",
        chars: 1,
        sha256: "0".repeat(64),
      },
    ],
    observations,
    conflicts: [],
  };
}

describe("a dataset with 145,000 observations", () => {
  beforeAll(async () => {
    await writeFile(join(dir, "large.json"), JSON.stringify(largeDataset()));
  });

  // Regression: Math.max(...years) overflowed the call stack ("Maximum call stack size exceeded").
  it("duibi ambition picks the latest target year without overflowing the stack", async () => {
    const argv = ["ambition", "--data", "large.json", "--format", "csv", "--regions", "东城区,西城区"];
    const run = await runCli(argv, dir);
    expectClean(run, argv);
    expect(run.code, run.stderr).toBe(0);
  });

  // Regression: targetPairs took the latest year with Math.max(...periods).
  it("duibi chart target-vs-actual picks the latest target year without overflowing the stack", async () => {
    const argv = ["chart", "target-vs-actual", "--data", "large.json", "--out", "large.vl.json"];
    const run = await runCli(argv, dir);
    expectClean(run, argv);
    expect(run.code, run.stderr).toBe(0);
  });

  // Regression: the charts sorted regions by explicit name arrays, which vega compiled into a conditional
  // thousands of levels deep ("The chart could not be rendered: Maximum call stack size exceeded").
  it("duibi chart compare and report over 2,900 regions render", async () => {
    for (const argv of [
      ["chart", "compare", "--data", "large.json", "--out", "large-compare.svg"],
      ["report", "--data", "large.json", "--out", "r-large"],
    ]) {
      const run = await runCli(argv, dir);
      expectClean(run, argv);
      expect(run.code, run.stderr).toBe(0);
    }
    // every county-level region of the registry (fewer than 2,900), cut to the highest and lowest ten
    expect(readFileSync(join(dir, "large-compare.svg"), "utf8")).toMatch(/共\d+个地区，显示最高10个和最低10个/);
  }, 120_000);

  it("duibi chart --highlight colours the named regions among thousands", async () => {
    const argv = ["chart", "compare", "--data", "large.json", "--highlight", "武隆区,500101", "--out", "hl.vl.json"];
    const run = await runCli(argv, dir);
    expectClean(run, argv);
    expect(run.code, run.stderr).toBe(0);
    const spec = readFileSync(join(dir, "hl.vl.json"), "utf8");
    // the bars cut to the top and bottom ten keep the highlighted regions, in colour; the rest are grey
    expect(spec).toContain("武隆区");
    expect(spec).toContain("万州区");
    expect(spec).toContain("其他地区");
  });

  it("duibi compare and rank over every region end cleanly", async () => {
    for (const argv of [
      ["compare", "--data", "large.json", "--period", "2023", "--format", "csv"],
      ["rank", "--data", "large.json", "--period", "2023", "--format", "csv"],
    ]) {
      const run = await runCli(argv, dir);
      expectClean(run, argv);
      expect(run.code, run.stderr).toBe(0);
    }
  });
});

describe("node packages/cli/dist/bin.js (child process, with a timeout)", () => {
  const cases: Array<[string, string[]]> = [
    ["random bytes", ["extract", "random.bin"]],
    ["a PDF", ["extract", "report.pdf"]],
    ["GBK bytes", ["extract", "gbk.txt"]],
    ["a 5 MB single line", ["extract", "line5m.txt", "--format", "jsonl", "--out", "line5m.jsonl"]],
    ["100k nested arrays", ["compare", "--data", "deep-array.json", "--period", "2023"]],
    ["100k nested objects inside a dataset", ["report", "--data", "deep-inside.json", "--out", "r-deep"]],
    ["a wrong-typed dataset", ["rank", "--data", "wrong-types.json", "--period", "2023"]],
    ["an unknown option", ["compare", "--frobnicate"]],
    ["a missing option value", ["chart", "gap", "--out"]],
    ["no command", []],
  ];

  beforeAll(async () => {
    // Seed text without line breaks, repeated past 5 MB: one huge line.
    const line = SEED_TEXTS[1]!.text.replace(/\s+/g, "");
    await writeFile(join(dir, "line5m.txt"), line.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(line))));
  });

  it.each(cases)("%s: exits 0, 1 or 2 within the timeout, no stack trace", async (_name, argv) => {
    const run = await runBin(argv, dir, 90_000);
    expect(run.timedOut, "the run hung and was killed").toBe(false);
    expect(run.signal).toBeNull();
    expectClean(run, argv);
  });
});

describe("a reader that closes the pipe early (duibi … | head -1)", () => {
  // Regression: the bin died on an unhandled EPIPE with a stack trace and exit code 1.
  it("exits 0 without a stack trace", async () => {
    const child = spawn(process.execPath, [builtBin(), "extract", join(ROOT, "seeds/sources", SEED_TEXTS[3]!.name)], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    const err: Buffer[] = [];
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
    const stderr = Buffer.concat(err).toString("utf8");
    expect(stderr).not.toMatch(STACK_LINE);
    expect(code, stderr).toBe(0);
  });
});

describe("duibi report on 130,000 actual observations of two regions", () => {
  // Regression: the latest actual year was Math.max(...years), which overflowed the call stack.
  it("finds the latest year and writes the report", async () => {
    const seeds = loadSeeds();
    const actual = seeds.observations.find((o) => o.kind === "actual")!;
    const old = Array.from({ length: 130_000 }, (_, i) => ({
      ...actual,
      period: 1950,
      value: 1 + (i % 3),
      source: { ...actual.source, start: i, end: i + 1 },
    }));
    await writeFile(
      join(dir, "many-actual.json"),
      JSON.stringify({ ...seeds, observations: [...seeds.observations, ...old] }),
    );
    const argv = ["report", "--data", "many-actual.json", "--out", "r-many"];
    const run = await runCli(argv, dir);
    expectClean(run, argv);
    expect(run.code, run.stderr).toBe(0);
  }, 120_000);
});
