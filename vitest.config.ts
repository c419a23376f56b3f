import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Tests import workspace packages from source, so no build is needed to test.
const src = (name: string) => fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url));
const alias = {
  "@duibi/core": src("core"),
  "@duibi/stats": src("stats"),
  "@duibi/viz": src("viz"),
  "@duibi/report": src("report"),
};
const project = (name: string, include: string[], extra: Record<string, unknown> = {}) => ({
  resolve: { alias },
  test: { name, include, testTimeout: 60_000, hookTimeout: 120_000, ...extra },
});

export default defineConfig({
  test: {
    projects: [
      project("core", ["packages/core/src/**/*.test.ts"]),
      project("stats", ["packages/stats/src/**/*.test.ts"]),
      project("viz", ["packages/viz/src/**/*.test.ts"]),
      project("report", ["packages/report/src/**/*.test.ts"]),
      project("cli", ["packages/cli/src/**/*.test.ts"]),
      project("e2e", ["tests/**/*.test.ts"], { fileParallelism: false }),
    ],
  },
});
