import { describe, expect, it } from "vitest";
import { loadOptional } from "./loadOptional.js";

// A name no registry package has, imported through a variable so no tool resolves it ahead of time.
const absent = "duibi-absent-optional-package";

describe("loadOptional(load, pkg, feature)", () => {
  it("returns the module when the package is installed", async () => {
    const zod = await loadOptional(() => import("zod"), "zod", "test");
    expect(typeof zod.object).toBe("function");
  });

  it("throws missing_dependency with the npm install line when the package is absent", async () => {
    const load = () => import(/* @vite-ignore */ absent);
    await expect(loadOptional(load, absent, "toDataFrame")).rejects.toMatchObject({
      code: "missing_dependency",
      message: `toDataFrame needs the package ${absent}, which is not installed.`,
      hint: `Install it: npm install ${absent}`,
    });
  });

  it("rethrows when a different package is missing (a broken install, not the user's choice)", async () => {
    const load = () => import(/* @vite-ignore */ absent);
    await expect(loadOptional(load, "danfojs-node", "toDataFrame")).rejects.not.toMatchObject({
      code: "missing_dependency",
    });
  });
});
