/**
 * `npm run screenshot -- <query> <out.png> [width] [height]`: a headless-Chromium screenshot of the
 * built app (served by `vite preview` on $PORT, default 4173), for docs and for looking at the UI.
 */
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const [query = "", out = "screenshot.png", width = "1280", height = "800"] = process.argv.slice(2);
const port = process.env.PORT ?? "4173";
const executablePath = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find(
  (p): p is string => Boolean(p) && existsSync(p as string),
);
const browser = await chromium.launch({
  executablePath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
await page.goto(`http://127.0.0.1:${port}/${query ? `?${query}` : ""}`);
await page.getByRole("status").filter({ hasText: /among/ }).first().waitFor();
await page.waitForFunction(() => document.fonts.ready);
await page.waitForTimeout(Number(process.env.SETTLE_MS ?? 800)); // let the canvas finish its first frames
await page.screenshot({ path: out });
await browser.close();
console.log(`wrote ${out}`);
