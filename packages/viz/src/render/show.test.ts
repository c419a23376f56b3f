import { describe, expect, it } from "vitest";
import { documents, table } from "../__fixtures__/wulongWanzhou.js";
import { compareBars } from "../specs/compareBars.js";
import { show } from "./show.js";

function recorder() {
  const shown: { type: string; content: string }[] = [];
  return {
    shown,
    display: {
      html: (s: string) => shown.push({ type: "text/html", content: s }),
      raw: (type: string, b: string | Uint8Array) => shown.push({ type, content: String(b) }),
    },
  };
}

const spec = compareBars(table, { indicators: ["gdp"], measure: "growth", documents });

describe("show", () => {
  it("shows the chart as SVG and resolves to nothing", async () => {
    const { shown, display } = recorder();
    expect(await show(spec, { display })).toBeUndefined();
    expect(shown.map((s) => s.type)).toEqual(["image/svg+xml"]);
    expect(shown[0]?.content).toMatch(/^<svg[\s\S]*武隆区[\s\S]*<\/svg>$/);
  });

  it("adds the interactive chart in a self-contained iframe when asked", async () => {
    const { shown, display } = recorder();
    await show(spec, { display, interactive: true });
    expect(shown.map((s) => s.type)).toEqual(["image/svg+xml", "text/html"]);
    const iframe = shown[1]?.content ?? "";
    expect(iframe).toMatch(/^<iframe srcdoc="/);
    expect(iframe).toContain("vegaEmbed(");
    expect(iframe).not.toContain('src="http');
  });
});
