import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { duibiError } from "../errors/catalog.js";
import type { Dataset } from "../schema/dataset.js";
import { parseDataset } from "./parseDataset.js";
import { parseJson } from "./readDataset.js";
import { stripBom } from "./stripBom.js";

/**
 * Where the seeds are. Inside the duibi workspace (this module at
 * `packages/core/{src,dist}/io/`, the root marked by `pnpm-workspace.yaml`)
 * the root `seeds/` — so a copy left in `packages/core/seeds/` by an earlier
 * build never shadows a rebuilt dataset. Installed from npm, the package's own
 * `seeds/` (which `scripts/copy-seeds.mjs` fills before packing).
 *
 * @returns absolute paths of the dataset file and the sources folder
 * @throws DuibiError `file_not_found` when the chosen place has no `dataset.json`
 * @example
 * seedsPaths().sources.endsWith("seeds/sources"); // => true
 */
export function seedsPaths(): { dataset: string; sources: string } {
  const workspace = new URL("../../../../", import.meta.url);
  const inWorkspace = existsSync(fileURLToPath(new URL("pnpm-workspace.yaml", workspace)));
  const folder = inWorkspace ? new URL("seeds/", workspace) : new URL("../../seeds/", import.meta.url);
  const dataset = fileURLToPath(new URL("dataset.json", folder));
  if (!existsSync(dataset)) throw duibiError("file_not_found", { path: dataset });
  return { dataset, sources: fileURLToPath(new URL("sources", folder)) };
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
  const text = stripBom(readFileSync(dataset, "utf8"));
  return parseDataset(parseJson(text, dataset), dataset);
}
