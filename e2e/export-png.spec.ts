import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { LatticePage } from "./fixtures/lattice-page";
import { decodePng, type PngWindow } from "./fixtures/png-in-page";

test("Download PNG saves the fitted graph at 2× with its frame, named after the view", async ({ page }) => {
  const app = new LatticePage(page);
  await app.open("time=2022-01-06&kinds=access~logistics");
  await expect(page.getByRole("region", { name: "Alliance graph" })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download PNG" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("lattice-2022-01-06-access-logistics.png");
  const bytes = readFileSync((await download.path())!);
  if (process.env.SAVE_PNG) await download.saveAs(process.env.SAVE_PNG);
  // PNG signature, then the IHDR chunk with width and height.
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  expect(bytes.readUInt32BE(16)).toBe(3200);
  expect(bytes.readUInt32BE(20)).toBe(2000);

  // Decode it in the browser and check it is not blank: the graph band has coloured link pixels of
  // the two kinds shown (Access blue #0072B2, Logistics green #009E73; no other kind is drawn), and the header has ink.
  await decodePng(page, bytes);
  const stats = await page.evaluate(() => {
    const ctx = (window as PngWindow).__png!;
    const img = ctx.canvas;
    const band = ctx.getImageData(0, 240, img.width, 1560).data;
    let blue = 0;
    let green = 0;
    for (let i = 0; i < band.length; i += 4) {
      const [r, g, bl] = [band[i]!, band[i + 1]!, band[i + 2]!];
      // Thin antialiased lines blend with white: compare channels rather than exact values.
      if (bl - r > 60 && bl > g + 20) blue++;
      if (g - r > 50 && g > bl + 15) green++;
    }
    const header = ctx.getImageData(0, 0, img.width, 230).data;
    let ink = 0;
    for (let i = 0; i < header.length; i += 4) if (header[i]! < 100) ink++;
    return { blue, green, ink };
  });
  expect(stats.blue).toBeGreaterThan(500);
  expect(stats.green).toBeGreaterThan(500);
  expect(stats.ink).toBeGreaterThan(2000);
});

test("Download slide saves the story step as a 16:9 slide at 2×, its URL in the footer", async ({ page }) => {
  const app = new LatticePage(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await app.open("present=1&story=quad-outpaced&step=8");
  await expect(page.getByRole("region", { name: "Alliance graph" })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download slide" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("lattice-2021-09-15-all-slide.png");
  const bytes = readFileSync((await download.path())!);
  if (process.env.SAVE_SLIDE) await download.saveAs(process.env.SAVE_SLIDE);
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  expect(bytes.readUInt32BE(16)).toBe(3840);
  expect(bytes.readUInt32BE(20)).toBe(2160);
  // Ink in the header (title, caption, date), in the graph band, and in the footer (legend, source, URL).
  await decodePng(page, bytes);
  const ink = await page.evaluate(() => {
    const ctx = (window as PngWindow).__png!;
    const img = ctx.canvas;
    const count = (y: number, h: number) => {
      const d = ctx.getImageData(0, y, img.width, h).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i]! < 120 || d[i + 2]! < 120) n++;
      return n;
    };
    return { header: count(0, 360), graph: count(400, 1400), footer: count(2160 - 300, 300) };
  });
  expect(ink.header).toBeGreaterThan(5000);
  expect(ink.graph).toBeGreaterThan(5000);
  expect(ink.footer).toBeGreaterThan(3000);
});
