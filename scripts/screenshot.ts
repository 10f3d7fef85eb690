/**
 * `npm run screenshot -- <query> <out.png> [width] [height]`: a headless-Chromium screenshot of the
 * built app (served by `vite preview` on $PORT, default 4173), for docs and for looking at the UI.
 */
import { chromium } from "@playwright/test";
import { CHROMIUM_FLAGS, systemChromium } from "./chromium.ts";

const [query = "", out = "screenshot.png", width = "1280", height = "800"] = process.argv.slice(2);
const port = process.env.PORT ?? "4173";
const browser = await chromium.launch({ executablePath: systemChromium(), args: CHROMIUM_FLAGS });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
await page.goto(`http://127.0.0.1:${port}/${query ? `?${query}` : ""}`);
await page.getByRole("status").filter({ hasText: /among/ }).first().waitFor();
await page.waitForFunction(() => document.fonts.ready);
// Let the graph (if shown) draw its first complete frame, then two more frames for labels and charts.
await page.waitForFunction(
  () =>
    !document.querySelector('[aria-label="Alliance graph"] canvas') ||
    performance.getEntriesByName("lattice:first-graph-paint").length > 0,
);
// Lazy charts show "Loading chart…" until their chunk is in.
await page.getByText("Loading chart…").first().waitFor({ state: "detached" });
await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
await page.screenshot({ path: out });
await browser.close();
console.log(`wrote ${out}`);
