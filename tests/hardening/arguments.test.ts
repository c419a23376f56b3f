/**
 * The library's boundary: every function @duibi/core, @duibi/stats, @duibi/viz and @duibi/report export,
 * called with hostile arguments, returns a result or throws (or rejects with) a DuibiError —
 * never a raw TypeError from inside.
 */

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as core from "@duibi/core";
import { align, checkArgs, datasetFromCsv, findRegion, isDuibiError, loadSeeds, normalizeText } from "@duibi/core";
import * as report from "@duibi/report";
import * as stats from "@duibi/stats";
import * as viz from "@duibi/viz";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/** Keys the exports read from their object arguments: a throwing getter there must be caught. */
const READ_KEYS = ["observations", "regions", "documents", "rows", "period", "kind", "value", "cells", "data"];

function cyclic(): object {
  const o: Record<string, unknown> = { version: 1 };
  o.self = o;
  o.observations = [o];
  o.regions = [o];
  o.rows = [o];
  return o;
}

const throwingGetters = (): object =>
  Object.defineProperties(
    {},
    Object.fromEntries(
      READ_KEYS.map((k) => [
        k,
        {
          enumerable: true,
          get() {
            throw new Error(`getter ${k}`);
          },
        },
      ]),
    ),
  );

const throwingProxy = (): object =>
  new Proxy(
    {},
    {
      get() {
        throw new Error("proxy get");
      },
      has() {
        throw new Error("proxy has");
      },
      ownKeys() {
        throw new Error("proxy ownKeys");
      },
      getOwnPropertyDescriptor() {
        throw new Error("proxy descriptor");
      },
    },
  );

function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/**
 * Hostile objects are made at call time, not by fast-check: it inspects what it generates,
 * and a revoked Proxy throws even at that.
 */
const MADE: Record<string, () => unknown> = {
  "throwing Proxy": throwingProxy,
  "revoked Proxy": revokedProxy,
  "throwing getters": throwingGetters,
  cyclic,
  "frozen object": () => Object.freeze({ observations: Object.freeze([]), rows: Object.freeze([]) }),
  "frozen array": () => Object.freeze([]),
};

/** One hostile argument: a value, or the name of one made at call time. */
const hostile: fc.Arbitrary<{ made: string } | { value: unknown }> = fc.oneof(
  fc.constantFrom(...Object.keys(MADE)).map((made) => ({ made })),
  fc
    .oneof(
      fc.constantFrom(null, undefined, Number.NaN, Number.POSITIVE_INFINITY, -0, 0, 1e308),
      fc.constantFrom("5", "NaN", "", "-1", "500156", "武隆区", "gdp", "万元", "__proto__"),
      fc.string({ maxLength: 12 }),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(Symbol("hostile")),
      fc.constant(10n),
      fc.dictionary(fc.constantFrom(...READ_KEYS), fc.constantFrom(null, "x", 5, Number.NaN, [], {})),
      fc.array(fc.constantFrom(null, "x", 5, Number.NaN, {}), { maxLength: 3 }),
    )
    .map((value) => ({ value })),
);

const materialize = (arg: { made: string } | { value: unknown }) => ("made" in arg ? MADE[arg.made]!() : arg.value);

/** Throws what a call threw, unless it is a DuibiError; awaits a returned promise. */
async function settle(call: () => unknown): Promise<void> {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    if (isDuibiError(error)) return;
    throw error;
  }
  if (result instanceof Promise) {
    try {
      await result;
    } catch (error) {
      if (isDuibiError(error)) return;
      throw error;
    }
  }
}

const EXPORTS = (
  [
    ["@duibi/core", core],
    ["@duibi/stats", stats],
    ["@duibi/viz", viz],
    ["@duibi/report", report],
  ] as const
).flatMap(([pkg, module]) =>
  Object.entries(module)
    .filter(([, value]) => typeof value === "function")
    // a class (DuibiError) is constructed, not called
    .filter(([, value]) => !/^class\b/.test(Function.prototype.toString.call(value)))
    .map(([name, fn]) => [pkg, name, fn as (...args: unknown[]) => unknown] as const),
);

describe("every function export, called with hostile arguments", () => {
  // a hostile string may be taken as a path: anything written lands in a folder removed after
  const cwd = process.cwd();
  const scratch = mkdtempSync(join(tmpdir(), "duibi-arguments-"));
  beforeAll(() => process.chdir(scratch));
  afterAll(() => {
    process.chdir(cwd);
    rmSync(scratch, { recursive: true, force: true });
  });

  it("covers the four packages (the list is not empty by accident)", () => {
    expect(EXPORTS.length).toBeGreaterThan(90);
  });

  it.each(EXPORTS)("%s %s returns or throws DuibiError", async (_, name, fn) => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostile, { minLength: 0, maxLength: Math.max(fn.length, 1) + 1 }), async (args) => {
        try {
          await settle(() => fn(...args.map(materialize)));
        } catch (error) {
          const shownArgs = args.map((a) => ("made" in a ? `<${a.made}>` : shown(a.value)));
          throw new Error(`${name}(${shownArgs.join(", ")}) threw ${String(error)}`);
        }
      }),
      { numRuns: 40, seed: 13 },
    );
  });
});

describe("the calls issue 13 names", () => {
  const seeds = loadSeeds();
  it.each([
    ["align(null)", () => align(null as never, { period: 2023, kind: "actual" }), "dataset"],
    ["align(ds, null)", () => align(seeds, null as never), "options"],
    ["align(ds, { regions: null })", () => align(seeds, { regions: null, period: 2023 } as never), "options.regions"],
    ["datasetFromCsv(5)", () => datasetFromCsv(5 as never), "text"],
    ["findRegion(Symbol())", () => findRegion(Symbol() as never), "input"],
    ["normalizeText(undefined)", () => normalizeText(undefined as never), "text"],
  ])("%s throws invalid_argument naming the parameter", (_, call, where) => {
    expect(call).toThrow(expect.objectContaining({ code: "invalid_argument", where }));
  });

  it("checkArgs names the element of an array that fails, nested arrays included", () => {
    const dataset = { observations: [{}, {}, null], regions: [] };
    expect(() => checkArgs({ dataset: [dataset, { observations: "object[]" }] })).toThrow(
      expect.objectContaining({ code: "invalid_argument", where: "dataset.observations[2]" }),
    );
    expect(() => checkArgs({ grid: [[["a"], ["b", 3]], "string[][]"] })).toThrow(
      expect.objectContaining({ where: "grid[1][1]" }),
    );
    expect(() => checkArgs({ list: [["a", "b", 3], "string[]"] })).toThrow(
      expect.objectContaining({ where: "list[2]" }),
    );
    expect(() => checkArgs({ list: [["a", "b"], "string[]"] })).not.toThrow();
  });

  it("checkArgs reports a throwing getter as that argument being invalid", () => {
    const options = throwingGetters();
    expect(() => checkArgs({ options: [options, { "regions?": "string[]" }] })).toThrow(
      expect.objectContaining({ code: "invalid_argument", where: "options.regions" }),
    );
  });
});

function shown(value: unknown): string {
  try {
    if (typeof value === "symbol" || typeof value === "bigint") return String(value);
    return JSON.stringify(value) ?? String(value);
  } catch {
    return "[hostile object]";
  }
}
