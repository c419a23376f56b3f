// Prints the plain "N passed, N failed" line from vitest's JSON report.
import { existsSync, readFileSync } from "node:fs";

const [file, status] = process.argv.slice(2);
if (!existsSync(file)) {
  // Install, build or lint failed before a test ran.
  console.log(`0 passed, 1 failed`);
  process.exit(0);
}
const r = JSON.parse(readFileSync(file, "utf8"));
const failed = r.numFailedTests + (status !== "0" && r.numFailedTests === 0 ? 1 : 0);
console.log(`${r.numPassedTests} passed, ${failed} failed`);
