/**
 * The browser every script and test drives: the system Chromium ($CHROMIUM_PATH, then the usual
 * install paths), else undefined so Playwright uses its own on a developer machine that has one.
 * The flags keep a root, offline, headless Chromium quiet (no sandbox, no background networking).
 */
import { existsSync } from "node:fs";

export function systemChromium(): string | undefined {
  const candidates = [
    process.env.CHROMIUM_PATH,
    process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
  ];
  return candidates.find((path): path is string => Boolean(path) && existsSync(path as string));
}

export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
