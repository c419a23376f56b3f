/**
 * Wrong numbers, second round: a dataset CSV whose numbers, regions, bounds, encoding or
 * units would make duibi compare what it must not — each is refused with its CSV row or
 * JSON path, or becomes a verdict; extreme values give a reason, never `—` or NaN in an SVG.
 */
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  align,
  type Dataset,
  datasetFromCsv,
  datasetToCsv,
  isDuibiError,
  loadSeeds,
  parseCsv,
  parseDataset,
  readDataset,
} from "@duibi/core";
import { gaps } from "@duibi/stats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, STACK_LINE, tempDir } from "./helpers.js";

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const seeds = loadSeeds();
const csvRecords = () => parseCsv(datasetToCsv(seeds)).map((r) => r.fields);
const header = csvRecords()[0]!;

/** The seeds' CSV with one cell of line `line` (1-based; 2 is the first row) replaced. */
function editCsv(line: number, column: string, value: string): string {
  const at = header.indexOf(column);
  const lines = datasetToCsv(seeds).split("\r\n");
  const records = parseCsv(datasetToCsv(seeds));
  const record = records.find((r) => r.line === line)!;
  const fields = [...record.fields];
  fields[at] = value;
  const quote = (f: string) => (/[",\r\n]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f);
  return datasetToCsv(seeds).replace(lines[line - 1]!, fields.map(quote).join(","));
}

function thrown(f: () => unknown): { code?: string; where?: string; message: string } {
  try {
    f();
  } catch (error) {
    if (isDuibiError(error)) return error;
    throw error;
  }
  throw new Error("did not throw");
}

describe("numbers, periods and offsets in a dataset CSV are decimal notation", () => {
  // Regression: Number() read 0x10 as 16, 0b101 as 5, 2.023e3 as the year 2023, " 12 " as 12.
  it.each([
    ["value", "0x10"],
    ["value", "0b101"],
    ["value", "0o17"],
    ["value", "1_000"],
    ["value", "Infinity"],
    ["value", " 12 "],
    ["value", "+5"],
    ["period", "2.023e3"],
    ["period", "0x7e7"],
    ["period", " 2023"],
    ["start", "1e2"],
    ["end", "0b1111111111"],
  ])("%s = %j is refused with its CSV row", (column, raw) => {
    const error = thrown(() => datasetFromCsv(editCsv(3, column, raw), { where: "d.csv" }));
    expect(error.code).toBe("invalid_csv");
    expect(error.where).toBe("d.csv:3");
    expect(error.message).toContain(`column ${column}`);
  });

  it("an exponent in a value column is read (JavaScript writes 1e+21 so) and round-trips", () => {
    const big = { ...seeds, observations: seeds.observations.map((o, i) => (i === 0 ? { ...o, value: 1e21 } : o)) };
    const back = datasetFromCsv(datasetToCsv(big), { documents: seeds.documents });
    expect(back.observations[0]!.value).toBe(1e21);
  });
});

describe("observations of unknown regions and inverted bounds are refused, not dropped", () => {
  // Regression: a region in neither the registry nor `regions` vanished from every comparison.
  it("JSON: a region code in neither the registry nor regions names its path", () => {
    const json = structuredClone(seeds) as Dataset;
    json.observations[5]!.regionCode = "999999";
    const error = thrown(() => parseDataset(json, "d.json"));
    expect(error.code).toBe("invalid_dataset");
    expect(error.where).toBe("d.json at observations[5].regionCode");
  });

  it("JSON: a region the dataset lists but the registry lacks is still accepted", () => {
    const json = structuredClone(seeds) as Dataset;
    json.regions.push({ code: "999999", name: "新区", shortName: "新区", level: "county", parent: null });
    json.observations[5]!.regionCode = "999999";
    expect(parseDataset(json).observations[5]!.regionCode).toBe("999999");
  });

  it("CSV: a region code the registry does not know names its row", () => {
    const error = thrown(() => datasetFromCsv(editCsv(4, "region_code", "999999"), { where: "d.csv" }));
    expect(error.where).toBe("d.csv:4");
    expect(error.message).toContain("column region_code");
  });

  it("a range whose low bound is above its high one is refused (JSON path, CSV row)", () => {
    const json = structuredClone(seeds) as Dataset;
    json.observations[2]!.bounds = { low: 7, high: 6 };
    expect(thrown(() => parseDataset(json, "d.json")).where).toBe("d.json at observations[2].bounds.low");
    const inverted = editCsv(2, "bound_low", "7").replace(/^/, "");
    const csv = parseCsv(inverted).map((r) => r.fields);
    const at = header.indexOf("bound_high");
    csv[1]![at] = "6";
    const text = csv.map((f) => f.map((x) => (/[",\r\n]/.test(x) ? `"${x.replaceAll('"', '""')}"` : x)).join(","));
    const error = thrown(() => datasetFromCsv(`${text.join("\r\n")}\r\n`, { where: "d.csv" }));
    expect(error.where).toBe("d.csv:2");
    expect(error.message).toContain("column bound_low");
  });
});

describe("a GBK dataset CSV and units outside the unit table", () => {
  /** A CSV with a 万元 and an 亿元 figure of one indicator for the two seed regions. */
  function moneyCsv(): string {
    const base = seeds.observations.find((o) => o.indicator === "gdp" && o.measure === "level" && o.kind === "actual")!;
    const other = seeds.regions.find((r) => r.code !== base.regionCode)!;
    const rows: Dataset["observations"] = [
      { ...base, value: 8477, unit: "万元" },
      { ...base, regionCode: other.code, regionName: other.name, value: 73.1, unit: "亿元" },
    ];
    return datasetToCsv({ ...seeds, observations: rows, conflicts: [] });
  }

  // Regression: read as UTF-8, 亿元 and 万元 became the same U+FFFD garbage, one "unit".
  it("a GB18030 CSV is decoded as GB18030: 万元 and 亿元 convert, nothing is garbage", async () => {
    const path = join(dir, "gbk.csv");
    await writeFile(path, gbk(moneyCsv()));
    const dataset = await readDataset(path);
    expect(dataset.observations.map((o) => o.unit).sort()).toEqual(["万元", "亿元"]);
    const row = align(dataset, { period: dataset.observations[0]!.period, kind: "actual" }).rows[0]!;
    expect(row.verdict).toBe("converted");
  });

  it("bytes that are neither UTF-8 nor GB18030 are a file_encoding error naming the file", async () => {
    const path = join(dir, "bad.csv");
    await writeFile(path, Buffer.concat([Buffer.from(moneyCsv()), Buffer.from([0xff, 0xff, 0xff])]));
    await expect(readDataset(path)).rejects.toMatchObject({ code: "file_encoding", where: path });
  });

  it("a unit outside the unit table is never comparable, even against itself", () => {
    const csv = moneyCsv().replaceAll("万元", "\ufffd\ufffd").replaceAll("亿元", "\ufffd\ufffd");
    const dataset = datasetFromCsv(csv);
    const row = align(dataset, { period: dataset.observations[0]!.period, kind: "actual" }).rows[0]!;
    expect(row.verdict).toBe("incomparable");
    expect(row.notes).toContainEqual({ code: "unit_unknown", units: ["\ufffd\ufffd"] });
  });
});

describe("±1.7e308: gaps that overflow say so, charts get no NaN", () => {
  function extreme(): Dataset {
    const flip = new Set<string>();
    return {
      ...seeds,
      observations: seeds.observations.map((o) => {
        if (o.kind !== "actual" || o.period !== 2023 || o.indicator !== "gdp") return o;
        const sign = flip.has(o.measure) ? -1 : 1;
        flip.add(o.measure);
        return { ...o, value: sign * 1.7e308 };
      }),
    };
  }

  it("gaps: a row whose gap overflows is skipped with a reason, not shown as —", () => {
    const table = align(extreme(), { period: 2023, kind: "actual" });
    const row = gaps(table, { reference: "万州区" }).rows.find((r) => r.indicator === "gdp" && r.measure === "level")!;
    expect(row.skipped).toEqual({ code: "overflow" });
    const same = { ...seeds, observations: extreme().observations.map((o) => ({ ...o, value: Math.abs(o.value) })) };
    const sameTable = align(same, { period: 2023, kind: "actual" });
    const mean = gaps(sameTable, { reference: "mean" }).rows.find(
      (r) => r.indicator === "gdp" && r.measure === "level",
    )!;
    for (const cell of Object.values(mean.cells)) if (cell) expect(Number.isFinite(cell.gap)).toBe(true);
    // two regions are too few for a mean: skipped for that before any overflow
    if (Object.values(mean.cells).every((c) => c === null))
      expect(mean.skipped?.code).toMatch(/overflow|too_few_values/);
  });

  // target-vs-actual and slope pair a year's target with its actual: the seeds state no 2023 targets
  it.each(["compare", "gap", "scatter", "rank-heatmap", "scorecard"])(
    "chart %s draws no NaN or Infinity coordinate",
    async (type) => {
      await writeFile(join(dir, "extreme.json"), JSON.stringify(extreme()));
      const out = `${type}.svg`;
      // two regions: the gap is taken to one of them (a median of two is no centre)
      const reference = type === "gap" ? ["--reference", "万州区"] : [];
      const run = await runCli(
        ["chart", type, "--data", "extreme.json", "--period", "2023", "--indicator", "gdp", ...reference, "--out", out],
        dir,
      );
      expect(run.stderr).not.toMatch(STACK_LINE);
      if (run.code !== 0) {
        // a gap beyond the largest double is skipped, and the chart says why
        expect(run.stderr).toMatch(/1\.7e\+308 .*too large to draw|no computed gap for gdp \(.*overflow/);
        return;
      }
      const svg = await readFile(join(dir, out), "utf8");
      expect(svg).not.toMatch(/NaN|Infinity/);
    },
  );
});

/**
 * GBK bytes of a text. Node decodes GB18030 but does not encode it: the table is built by
 * decoding every two-byte GBK code once.
 */
function gbk(text: string): Uint8Array {
  const decoder = new TextDecoder("gb18030", { fatal: true });
  const table = new Map<string, [number, number]>();
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      try {
        const char = decoder.decode(new Uint8Array([a, b]));
        if (!table.has(char)) table.set(char, [a, b]);
      } catch {
        // not a two-byte code
      }
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) bytes.push(char.charCodeAt(0));
    else {
      const pair = table.get(char);
      if (pair === undefined) throw new Error(`no GBK code for ${char}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}
