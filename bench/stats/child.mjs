// One implementation at one scale in its own process: generate, run `warmups` untimed runs (so
// the JIT has compiled the hot code, as in any long-lived process), time `reps` runs, checksum,
// peak RSS.
import { performance } from "node:perf_hooks";
import { generate, makeChecksum } from "./generate.mjs";

const [name, scaleText, repsText, warmupsText] = process.argv.slice(2);
const scale = Number(scaleText);
const reps = Number(repsText ?? 3);
const warmups = Number(warmupsText ?? 1);
const impl = await import(`./impl/${name}.mjs`);
const columns = generate(scale);
globalThis.gc?.();
const inputRss = process.memoryUsage().rss;
for (let i = 0; i < warmups; i++) await impl.run(columns);
const times = [];
let last;
for (let i = 0; i < reps; i++) {
  last = undefined;
  globalThis.gc?.();
  const start = performance.now();
  last = await impl.run(columns);
  times.push(performance.now() - start);
}
const peakRss = process.resourceUsage().maxRSS * 1024;
const checksum = makeChecksum(columns);
impl.check(last, checksum);
times.sort((a, b) => a - b);
process.stdout.write(
  `${JSON.stringify({
    name,
    scale,
    rows: columns.value.length,
    regions: columns.regionCount,
    times,
    median: times[times.length >> 1],
    inputRss,
    peakRss,
    ...checksum.result(),
  })}\n`,
);
