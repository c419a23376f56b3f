import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { checkArgs, duibiError } from "@duibi/core";

/** Where a CJK font was found: the regular face and, when there is one, the bold face beside it. */
export interface CjkFontFiles {
  /** The regular face (a .ttc collection, .otf or .ttf). */
  regular: string;
  /** The bold face of the same family, when installed; otherwise bold text is drawn from `regular`. */
  bold: string | null;
  /** How it was found, for error messages and `duibi doctor`-style diagnostics. */
  from: "option" | "env" | "known_path" | "fc-match";
}

/** Places Noto Sans CJK (or another CJK sans face) lands on common systems, most specific first. */
export const KNOWN_CJK_FONT_PATHS: readonly string[] = [
  "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", // Debian, Ubuntu: fonts-noto-cjk
  "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc", // Arch: noto-fonts-cjk
  "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc", // Fedora: google-noto-sans-cjk-fonts
  "/usr/share/fonts/opentype/noto-cjk/NotoSansCJK-Regular.ttc",
  "/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc",
  "/opt/homebrew/share/fonts/NotoSansCJK-Regular.ttc",
  "/System/Library/Fonts/PingFang.ttc", // macOS
  "/System/Library/Fonts/STHeiti Medium.ttc",
  "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", // Debian: fonts-wqy-zenhei
  "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
];

/** The bold file beside a regular one (NotoSansCJK-Regular.ttc → NotoSansCJK-Bold.ttc), if it exists. */
function boldBeside(regular: string): string | null {
  const bold = regular.replace(/Regular(\.\w+)$/, "Bold$1");
  return bold !== regular && existsSync(bold) ? bold : null;
}

/** Asks fontconfig; returns null when fc-match is missing or answers with a font that is not CJK. */
function fromFontconfig(): string | null {
  try {
    const file = execFileSync("fc-match", ["-f", "%{file}", "Noto Sans CJK SC:lang=zh-cn"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      timeout: 5000,
    }).trim();
    // fc-match always answers, falling back to DejaVu when no CJK font exists: accept only CJK-looking files
    return file && existsSync(file) && /cjk|han|hei|song|kai|ming|wqy|pingfang|yahei|simsun/i.test(file) ? file : null;
  } catch {
    return null;
  }
}

/**
 * Finds a font that can draw Chinese: `fontPath` → `$DUIBI_CJK_FONT` → the paths
 * Debian/Ubuntu/Arch/Fedora/macOS install Noto Sans CJK or PingFang to → `fc-match`.
 *
 * @param fontPath - A font file chosen by the caller; used as given.
 * @param env - Environment to read `DUIBI_CJK_FONT` from (default `process.env`).
 * @param search - Where else to look: `paths` (default {@link KNOWN_CJK_FONT_PATHS}), `fontconfig` (default true).
 * @returns The regular face, the bold face beside it (or null) and how it was found.
 * @throws DuibiError `missing_font` when none is found (hint: `apt-get install fonts-noto-cjk`),
 *   `file_not_found` when `fontPath` or `$DUIBI_CJK_FONT` names a missing file.
 * @example
 * findCjkFont().regular; // => "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
 */
export function findCjkFont(
  fontPath?: string,
  env: NodeJS.ProcessEnv = process.env,
  search: { paths?: readonly string[]; fontconfig?: boolean } = {},
): CjkFontFiles {
  checkArgs({
    "fontPath?": [fontPath, "string"],
    env: [env, { "DUIBI_CJK_FONT?": "string" }],
    search: [search, { "paths?": "string[]", "fontconfig?": "boolean" }],
  });
  const given: [string | undefined, "option" | "env"][] = [
    [fontPath, "option"],
    [env.DUIBI_CJK_FONT || undefined, "env"],
  ];
  for (const [path, from] of given) {
    if (path === undefined) continue;
    if (!existsSync(path)) {
      throw duibiError("file_not_found", { path }, { where: from === "option" ? "fontPath" : "DUIBI_CJK_FONT" });
    }
    return { regular: path, bold: boldBeside(path), from };
  }
  const known = (search.paths ?? KNOWN_CJK_FONT_PATHS).find((path) => existsSync(path));
  if (known !== undefined) return { regular: known, bold: boldBeside(known), from: "known_path" };
  const matched = search.fontconfig === false ? null : fromFontconfig();
  if (matched !== null) return { regular: matched, bold: boldBeside(matched), from: "fc-match" };
  throw duibiError("missing_font", {});
}
