// Without the optional peers installed, each interchange function must say what to install.
import { loadSeeds, readArrow, readParquet, toDataFrame, writeArrow, writeParquet } from "@duibi/core";

const seeds = loadSeeds();
const calls = {
  toDataFrame: () => toDataFrame(seeds),
  writeArrow: () => writeArrow(seeds),
  readArrow: () => readArrow(new Uint8Array(8)),
  writeParquet: () => writeParquet(seeds),
  readParquet: () => readParquet(new Uint8Array(8)),
};
const results = {};
for (const [name, call] of Object.entries(calls)) {
  try {
    await call();
    results[name] = "no error";
  } catch (error) {
    results[name] = `${error.code}: ${error.hint}`;
  }
}
console.log(JSON.stringify(results));
