import { expect, test, type Page } from "@playwright/test";
import { LatticePage } from "./fixtures/lattice-page";
import { countryName, figure } from "./fixtures/panels";

/** Phones and tablets, portrait and landscape: what fits, what folds away, what a finger can hit. */
const DEVICES = [
  { name: "phone", width: 390, height: 844 },
  { name: "phone landscape", width: 844, height: 390 },
  { name: "tablet", width: 768, height: 1024 },
  { name: "tablet landscape", width: 1024, height: 768 },
];

async function openGraph(page: Page, query = "") {
  const app = new LatticePage(page);
  await app.open(query);
  if (!query.includes("tab="))
    await page.waitForFunction(() => performance.getEntriesByName("lattice:first-graph-paint").length > 0);
  return app;
}

const pageWidths = (page: Page) =>
  page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));

async function expectNoSideways(page: Page) {
  const { scroll, inner } = await pageWidths(page);
  expect(scroll).toBeLessThanOrEqual(inner);
}

async function expectTouchSized(locator: ReturnType<Page["getByRole"]>) {
  const box = (await locator.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(44);
  expect(box.height).toBeGreaterThanOrEqual(44);
}

for (const device of DEVICES) {
  test.describe(`${device.name} ${device.width}×${device.height}`, () => {
    test.use({ viewport: { width: device.width, height: device.height }, hasTouch: true });

    test("no sideways scroll; the graph takes the width; timeline controls fit a finger", async ({
      page,
    }) => {
      await openGraph(page);
      await expectNoSideways(page);
      const canvas = (await page.getByRole("region", { name: "Alliance graph" }).boundingBox())!;
      expect(canvas.width / device.width).toBeGreaterThanOrEqual(0.95);
      expect(canvas.height).toBeGreaterThanOrEqual(device.height < 500 ? 100 : 300);
      const timeline = page.getByRole("region", { name: "Timeline controls" });
      for (const name of ["Play", "Previous event", "Next event"])
        await expectTouchSized(timeline.getByRole("button", { name, exact: true }));
      const slider = (await timeline.getByRole("slider").boundingBox())!;
      expect(slider.height).toBeGreaterThanOrEqual(44);
      // Tap to select: a tap on the slider moves the date.
      await timeline.getByRole("slider").tap({ position: { x: slider.width * 0.3, y: slider.height / 2 } });
      await expect(page.getByRole("status").filter({ hasText: /among/ })).not.toContainText("2023-12-31");
    });

    test("filters open in a drawer, the header's actions in a menu", async ({ page }) => {
      const app = await openGraph(page);
      await expect(page.getByRole("navigation", { name: "Filters" })).toBeHidden();
      await page.getByRole("button", { name: "Filters" }).click();
      const drawer = page.getByRole("dialog", { name: "Filters" });
      await expect(drawer).toBeVisible();
      await drawer.getByRole("checkbox", { name: "Dialogue" }).uncheck();
      await expect.poll(() => app.searchParams().get("kinds")).not.toBeNull();
      await drawer.getByRole("button", { name: "Close" }).click();
      await expect(drawer).toBeHidden();
      await expectNoSideways(page);

      const menu = page.getByRole("button", { name: "Menu" });
      await expect(menu).toBeVisible();
      await menu.click();
      await expect(page.getByRole("button", { name: "Present" })).toBeVisible();
      await expect(page.getByRole("button", { name: "Copy link" })).toBeVisible();
      await page.keyboard.press("Escape");
      await expect(page.getByRole("button", { name: "Present" })).toBeHidden();
    });

    test("a panel is a full-width sheet with a visible Close", async ({ page }) => {
      await openGraph(page, "country=JPN");
      const panel = page.getByRole("complementary", { name: countryName("JPN") });
      await expect(panel).toBeVisible();
      const box = (await panel.boundingBox())!;
      expect(box.x).toBeLessThanOrEqual(0.5);
      expect(box.width).toBeGreaterThanOrEqual(device.width - 1);
      const close = panel.getByRole("button", { name: "Close" });
      await expect(close).toBeInViewport();
      await expectTouchSized(close);
      await expectNoSideways(page);
      await close.click();
      await expect(panel).toBeHidden();
    });

    test("the table scrolls within itself; Insights charts are one column", async ({ page }) => {
      const app = await openGraph(page, "tab=table");
      await expect(app.table()).toBeVisible();
      await expectNoSideways(page);
      await app.tab("Insights").click();
      const charts = [/New agreements per year/, /Who is the hub/, /Network density/];
      for (const name of charts) await expect(figure(page, name)).toBeVisible();
      await expectNoSideways(page);
      if (device.width < 900) {
        const xs = await Promise.all(charts.map(async (n) => (await figure(page, n).boundingBox())!.x));
        expect(new Set(xs.map(Math.round)).size).toBe(1);
      }
    });
  });
}
