// One measured run of the corpus benchmark, in a fresh process so that peak RSS belongs to it:
//
//   node bench/corpus/child.mjs <jobs> <folder...>   extractCorpus(folders, { jobs }), then attainment when built
//
// Prints one JSON line on stdout. Uses the built packages (packages/*/dist).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";

const root = join(import.meta.dirname ?? new URL(".", import.meta.url).pathname, "..", "..");
const [jobs, ...folders] = process.argv.slice(2);
const rss = () => process.resourceUsage().maxRSS * 1024;

import(pathToFileURL(join(root, "packages/core/dist/index.js")).href).then(async (core) => {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const corpus = await core.extractCorpus(folders, { jobs: Number(jobs) });
  const extractMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  let attainmentMs = null;
  let attainmentRows = null;
  const stats = join(root, "packages/stats/dist/index.js");
  if (existsSync(stats)) {
    const { attainment } = await import(pathToFileURL(stats).href);
    if (typeof attainment === "function") {
      const t1 = performance.now();
      const result = attainment(corpus.dataset);
      attainmentMs = performance.now() - t1;
      attainmentRows = result.rows.length;
    }
  }
  console.log(
    JSON.stringify({
      files: corpus.files.length,
      documents: corpus.documents.length,
      failures: corpus.failures.map((f) => f.file.id),
      observations: corpus.dataset.observations.length,
      conflicts: corpus.dataset.conflicts.length,
      // the dataset's own bytes: equal across job counts means equal results
      checksum: core.serializeDataset(corpus.dataset, "json").length,
      extractMs,
      cpuMs: (cpu.user + cpu.system) / 1000,
      attainmentMs,
      attainmentRows,
      peakRss: rss(),
    }),
  );
});
