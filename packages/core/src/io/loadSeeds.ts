import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { duibiError } from "../errors/catalog.js";
import type { Dataset } from "../schema/dataset.js";
import { parseDataset } from "./parseDataset.js";
import { parseJson } from "./readDataset.js";

/**
 * Where the seeds are: `packages/core/seeds/` in a published package (this
 * module sits at `{dist,src}/io/`; `scripts/copy-seeds.mjs` copies them there
 * before packing), else the workspace's `seeds/`.
 *
 * @returns absolute paths of the dataset file and the sources folder
 * @throws DuibiError `file_not_found` when neither place has `dataset.json`
 * @example
 * seedsPaths().sources.endsWith("seeds/sources"); // => true
 */
export function seedsPaths(): { dataset: string; sources: string } {
  const candidates = [new URL("../../seeds/", import.meta.url), new URL("../../../../seeds/", import.meta.url)];
  for (const folder of candidates) {
    const dataset = fileURLToPath(new URL("dataset.json", folder));
    if (existsSync(dataset)) return { dataset, sources: fileURLToPath(new URL("sources", folder)) };
  }
  throw duibiError("file_not_found", { path: fileURLToPath(new URL("dataset.json", candidates[1])) });
}

/**
 * The seeds dataset: 武隆区 (500156) and 万州区 (500101), from the 2024
 * government work reports and 武隆's gazette in `seeds/sources/`. Read and
 * validated on every call (nothing is cached: callers may keep the result).
 *
 * @returns the dataset
 * @throws DuibiError `file_not_found` when the seeds are missing (run `pnpm seeds:build`),
 *   `invalid_json` or `invalid_dataset` when the file is damaged
 * @example
 * const seeds = loadSeeds();
 * seeds.regions.map((r) => r.name); // => ["万州区", "武隆区"]
 */
export function loadSeeds(): Dataset {
  const { dataset } = seedsPaths();
  const raw = readFileSync(dataset, "utf8");
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  return parseDataset(parseJson(text, dataset), dataset);
}
