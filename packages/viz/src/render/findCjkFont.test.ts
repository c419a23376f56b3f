import { describe, expect, it } from "vitest";
import { findCjkFont } from "./findCjkFont.js";

const debian = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

describe("findCjkFont", () => {
  it("takes fontPath first, then $DUIBI_CJK_FONT, and finds the bold face beside it", () => {
    expect(findCjkFont(debian, {})).toEqual({
      regular: debian,
      bold: "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
      from: "option",
    });
    expect(findCjkFont(undefined, { DUIBI_CJK_FONT: debian }).from).toBe("env");
  });

  it("searches the known paths when nothing is given", () => {
    expect(findCjkFont(undefined, {}, { paths: ["/nonexistent.ttc", debian] })).toMatchObject({
      regular: debian,
      from: "known_path",
    });
  });

  it("throws missing_font naming the package to install when no font is found", () => {
    expect(() => findCjkFont(undefined, {}, { paths: [], fontconfig: false })).toThrow(
      expect.objectContaining({
        code: "missing_font",
        hint: expect.stringContaining("apt-get install fonts-noto-cjk"),
      }),
    );
  });

  it("throws file_not_found for a fontPath that does not exist", () => {
    expect(() => findCjkFont("/nope/font.ttc", {})).toThrow(expect.objectContaining({ code: "file_not_found" }));
  });
});
