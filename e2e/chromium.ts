import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

/** Where the browser tests look for Chromium: CHROMIUM_PATH, then Debian's package. */
export function chromiumCandidates(): string[] {
  return [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(
    (candidate): candidate is string => Boolean(candidate),
  );
}

/** Debian's Chromium first (its own updates, no download), then one Playwright installed itself. */
export function findChromium(): { path: string; source: "system" | "playwright" } | null {
  for (const candidate of chromiumCandidates())
    if (existsSync(candidate)) return { path: candidate, source: "system" };
  const own = chromium.executablePath();
  return own && existsSync(own) ? { path: own, source: "playwright" } : null;
}
