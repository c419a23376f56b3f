/**
 * Headless Chromium for browser tests: the system's Debian `chromium` (scripts/setup.sh
 * installs it), never a browser that playwright downloads. The flags keep it off the
 * network: this machine reaches no host but the package registries.
 */
import { execFileSync } from "node:child_process";
import { type Browser, chromium } from "playwright-core";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The installed Chromium's path; throws naming the Debian package when there is none. */
export function chromiumPath(): string {
  for (const name of ["chromium", "chromium-browser", "google-chrome"]) {
    try {
      return execFileSync("which", [name], { encoding: "utf8" }).trim();
    } catch {
      // try the next name
    }
  }
  throw new Error("No Chromium found: install the Debian package `chromium` (scripts/setup.sh does).");
}

/** Launches the system Chromium headless. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: ARGS });
}
