#!/usr/bin/env node
// Copies seeds/dataset.json and seeds/sources/ into packages/core/seeds/ so the
// published @duibi/core carries them: loadSeeds() looks there first (the
// folder is gitignored; the workspace's seeds/ stay the one source of truth).
//
// Usage: node scripts/copy-seeds.mjs [--strict]
//   --strict  fail when seeds/dataset.json is missing (prepack: never publish without it)
import { cp, mkdir, rm, stat } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const root = new URL("../", import.meta.url);
const from = new URL("seeds/", root);
const to = new URL("packages/core/seeds/", root);
const strict = process.argv.includes("--strict");

async function exists(url) {
  try {
    await stat(url);
    return true;
  } catch {
    return false;
  }
}

const hasDataset = await exists(new URL("dataset.json", from));
if (!hasDataset && strict) {
  console.error(
    `copy-seeds: ${fileURLToPath(new URL("dataset.json", from))} is missing; run \`pnpm seeds:build\` first.`,
  );
  process.exit(1);
}
await rm(to, { recursive: true, force: true });
await mkdir(to, { recursive: true });
await cp(new URL("sources/", from), new URL("sources/", to), { recursive: true });
if (hasDataset) await cp(new URL("dataset.json", from), new URL("dataset.json", to));
else console.error("copy-seeds: seeds/dataset.json is not built yet; copied the sources only.");
console.error(`copy-seeds: ${fileURLToPath(to)}`);
