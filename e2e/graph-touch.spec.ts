import { expect, test, type Page } from "@playwright/test";
import { bundled } from "./bundled-data";
import { countryName } from "./fixtures/panels";
import {
  graphCanvas,
  nodePosition,
  settledPositions,
  waitForGraph,
  type Point,
} from "./fixtures/graph-canvas";

/**
 * The graph on a phone, by touch: two fingers pinch to zoom; a tap on a link opens the pair's
 * agreements. Fingers are real touch points sent through Chromium's
 * DevTools protocol (Playwright's touchscreen only taps).
 */
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

async function openGraph(page: Page) {
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Alliance graph" })).toBeVisible();
  await waitForGraph(page);
}

/** Two fingers placed `from` px apart about `centre`, moved apart (or together) to `to` px. */
async function pinch(page: Page, centre: Point, from: number, to: number) {
  const cdp = await page.context().newCDPSession(page);
  const fingers = (gap: number) => [
    { x: centre.x - gap / 2, y: centre.y, id: 0 },
    { x: centre.x + gap / 2, y: centre.y, id: 1 },
  ];
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: fingers(from) });
  const steps = 12;
  for (let i = 1; i <= steps; i++)
    await cdp.send("Input.dispatchTouchEvent", {
      type: "touchMove",
      touchPoints: fingers(from + ((to - from) * i) / steps),
    });
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await cdp.detach();
}

/** The distance on screen between the two visible nodes farthest apart. */
function spread(positions: Record<string, Point>): number {
  const ps = Object.values(positions);
  let best = 0;
  for (const a of ps) for (const b of ps) best = Math.max(best, Math.hypot(a.x - b.x, a.y - b.y));
  return best;
}

test("pinching out zooms the graph in, pinching in zooms it out", async ({ page }) => {
  await openGraph(page);
  const box = (await graphCanvas(page).boundingBox())!;
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const fitted = await settledPositions(page);
  const ids = Object.keys(fitted);

  await pinch(page, centre, 60, 240);
  const zoomed = await settledPositions(page);
  const pick = (all: Record<string, Point>) => Object.fromEntries(ids.map((id) => [id, all[id]!]));
  expect(spread(pick(zoomed)), "nodes spread apart by about the fingers' 4×").toBeGreaterThan(
    spread(fitted) * 2.5,
  );
  // The page itself neither zoomed nor scrolled: only the graph did.
  expect(await page.evaluate(() => [window.visualViewport?.scale ?? 1, window.scrollX])).toEqual([1, 0]);

  await pinch(page, centre, 240, 60);
  const back = await settledPositions(page);
  expect(spread(pick(back))).toBeLessThan(spread(pick(zoomed)) / 2.5);
});

test("tapping a link opens the pair's agreements", async ({ page }) => {
  await openGraph(page);
  // Australia–Solomon Islands: one agreement, so a straight link between the two nodes.
  const all = await settledPositions(page);
  const [a, b] = [all.AUS!, all.SLB!];
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  const panel = page.getByRole("complementary", { name: `${countryName("AUS")} – ${countryName("SLB")}` });
  // Hover picking follows the canvas at most every 800 ms or so: retry the tap.
  await expect(async () => {
    await page.touchscreen.tap(mid.x, mid.y);
    await expect(panel).toBeVisible({ timeout: 1000 });
  }).toPass();
  await expect(page).toHaveURL(/[?&]pair=AUS~SLB(&|$)/);
  // What the link's tooltip names, the sheet lists (and it covers the graph, tooltip included).
  const [treaty] = bundled.agreements.filter((x) => [...x.parties].sort().join("~") === "AUS~SLB");
  await expect(panel.getByText(treaty!.title).first()).toBeVisible();
});

test("a tapped node's tooltip shows beside it once its sheet is closed; a tap elsewhere hides it", async ({
  page,
}) => {
  await openGraph(page);
  const all = await settledPositions(page);
  // The country farthest from any other node: nothing else (a neighbour's label) can take the tap.
  const gap = (id: string) =>
    Math.min(
      ...Object.entries(all)
        .filter(([other]) => other !== id)
        .map(([, q]) => Math.hypot(q.x - all[id]!.x, q.y - all[id]!.y)),
    );
  const id = Object.keys(all)
    .filter((k) => !k.startsWith("hub:"))
    .reduce((a, b) => (gap(b) > gap(a) ? b : a));
  const node = all[id]!;
  const sheet = page.getByRole("complementary", { name: countryName(id) });
  await expect(async () => {
    await page.touchscreen.tap(node.x, node.y);
    await expect(sheet).toBeVisible({ timeout: 1000 });
  }).toPass();
  await sheet.getByRole("button", { name: "Close" }).click();
  const tooltip = page.getByRole("tooltip");
  await expect(tooltip).toContainText(countryName(id));
  // Placed once the graph is back from under the sheet.
  await expect(async () => {
    const at = (await nodePosition(page, id))!;
    const box = (await tooltip.boundingBox())!;
    const covers = at.x >= box.x && at.x <= box.x + box.width && at.y >= box.y && at.y <= box.y + box.height;
    expect(covers, `the tooltip is beside ${id}, not on it`).toBe(false);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
  }).toPass();

  // The emptiest spot of the canvas: farthest from every node.
  const canvas = (await graphCanvas(page).boundingBox())!;
  let empty = { x: 0, y: 0, d: -1 };
  for (let x = canvas.x + 20; x < canvas.x + canvas.width - 20; x += 10)
    for (let y = canvas.y + 90; y < canvas.y + canvas.height - 50; y += 10) {
      const d = Math.min(...Object.values(all).map((p) => Math.hypot(p.x - x, p.y - y)));
      if (d > empty.d) empty = { x, y, d };
    }
  await expect(async () => {
    await page.touchscreen.tap(empty.x, empty.y);
    await expect(tooltip).toBeHidden({ timeout: 1000 });
  }).toPass();
});
