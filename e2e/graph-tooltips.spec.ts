import { expect, test, type Page } from "@playwright/test";
import { bundled } from "./bundled-data";
import { countryName } from "./fixtures/panels";
import { discRadius, graphCanvas, settledPositions } from "./fixtures/graph-canvas";

/**
 * Tooltips sit beside what is hovered, never on it, and inside the window; a tap on a phone
 * selects like a click. Nodes are found through the graph's test hook (see graph.spec.ts).
 */
type Point = { x: number; y: number };
type Hooked = Window & {
  __latticeGraph?: { nodeScreenPosition(id: string): Point | null; visibleNodeIds(): string[] };
};

async function openGraph(page: Page) {
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Alliance graph" })).toBeVisible();
  await page.waitForFunction(() => performance.getEntriesByName("lattice:first-graph-paint").length > 0);
  await page.waitForFunction(() => ((window as Hooked).__latticeGraph?.visibleNodeIds().length ?? 0) > 0);
}

function nodePosition(page: Page, id: string) {
  return page.evaluate((node) => (window as Hooked).__latticeGraph!.nodeScreenPosition(node), id);
}

/** Nodes near the middle and near each edge of the canvas, so every side of the placement is tried. */
async function spreadNodes(page: Page): Promise<string[]> {
  const all = await page.evaluate(() => {
    const hook = (window as Hooked).__latticeGraph!;
    return hook.visibleNodeIds().map((id) => ({ id, ...hook.nodeScreenPosition(id)! }));
  });
  const pick = (score: (p: Point) => number) => all.reduce((a, b) => (score(b) < score(a) ? b : a)).id;
  const cx = all.reduce((s, p) => s + p.x, 0) / all.length;
  const cy = all.reduce((s, p) => s + p.y, 0) / all.length;
  return [
    ...new Set([
      pick((p) => Math.hypot(p.x - cx, p.y - cy)),
      pick((p) => p.x),
      pick((p) => -p.x),
      pick((p) => p.y),
      pick((p) => -p.y),
    ]),
  ];
}

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
]) {
  test(`at ${viewport.width}×${viewport.height} a node's tooltip never covers it and stays on screen`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await openGraph(page);
    const tooltip = page.getByRole("tooltip");
    for (const id of await spreadNodes(page)) {
      const node = (await nodePosition(page, id))!;
      // Hover detection uses a picking canvas the library refreshes at most every 800 ms: retry.
      await expect(async () => {
        await page.mouse.move(node.x + 1, node.y + 1);
        await page.mouse.move(node.x, node.y);
        await expect(tooltip, id).toBeVisible({ timeout: 1000 });
      }).toPass();
      await expect(tooltip).not.toBeEmpty();
      const box = (await tooltip.boundingBox())!;
      const covers =
        node.x >= box.x && node.x <= box.x + box.width && node.y >= box.y && node.y <= box.y + box.height;
      expect(covers, `${id} at ${node.x},${node.y} under ${JSON.stringify(box)}`).toBe(false);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      await page.mouse.move(1, 1);
      await expect(tooltip).toBeHidden();
    }
  });
}

test("zoomed in, a pointer on a big node's upper edge does not put the tooltip over it", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openGraph(page);
  // Wheel zoom keeps the point under the pointer still: zoom in on Japan, a big node.
  const id = "JPN";
  const before = (await nodePosition(page, id))!;
  await page.mouse.move(before.x, before.y);
  for (let i = 0; i < 8; i++) await page.mouse.wheel(0, -400);
  let node: Point = before;
  await expect(async () => {
    const a = (await nodePosition(page, id))!;
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    node = (await nodePosition(page, id))!;
    expect(node).toEqual(a);
  }).toPass();
  // 25 px above the centre: still on the node at this zoom, and past where the library put its box.
  const tooltip = page.getByRole("tooltip");
  await expect(async () => {
    await page.mouse.move(node.x + 1, node.y - 26);
    await page.mouse.move(node.x, node.y - 25);
    await expect(tooltip).toContainText(countryName(id), { timeout: 1000 });
  }).toPass();
  const box = (await tooltip.boundingBox())!;
  const covers =
    node.x >= box.x && node.x <= box.x + box.width && node.y >= box.y && node.y <= box.y + box.height;
  expect(covers, `${id} at ${node.x},${node.y} under ${JSON.stringify(box)}`).toBe(false);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test("tapping a country node opens its panel", async ({ page }) => {
    await openGraph(page);
    const japan = (await nodePosition(page, "JPN"))!;
    expect(japan).not.toBeNull();
    await expect(async () => {
      await page.touchscreen.tap(japan.x, japan.y);
      await expect(page).toHaveURL(/[?&]country=JPN\b/, { timeout: 1000 });
    }).toPass();
    await expect(page.getByRole("complementary", { name: countryName("JPN") })).toBeVisible();
  });

  test("every country's dot answers to that country, even under a neighbour's label", async ({ page }) => {
    await openGraph(page);
    const at = await settledPositions(page);
    const countries = Object.keys(at).filter((id) => bundled.countries.some((c) => c.id === id));
    expect(countries.length).toBeGreaterThan(20);
    const tooltip = page.getByRole("tooltip");
    for (const id of countries) {
      const { x, y } = at[id]!;
      await expect(async () => {
        await page.mouse.move(x + 1, y + 1);
        await page.mouse.move(x, y);
        // The tooltip's title line reads "<name> <code>".
        await expect(tooltip, id).toContainText(`${countryName(id)} ${id}`, { timeout: 1000 });
      }).toPass();
    }
  });
});

test("a tooltip moves off its node when the view zooms under a still pointer", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openGraph(page);
  // Drag Japan, a big node, to the canvas's centre: "Zoom in" zooms about it, so Japan stays
  // under the pointer and grows over where its tooltip was first put.
  const id = "JPN";
  const canvas = (await graphCanvas(page).boundingBox())!;
  const centre = { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height / 2 };
  const start = (await nodePosition(page, id))!;
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(centre.x, centre.y, { steps: 8 });
  await page.mouse.up();
  const node = (await settledPositions(page))[id]!;
  expect(Math.hypot(node.x - centre.x, node.y - centre.y)).toBeLessThan(3);
  const tooltip = page.getByRole("tooltip");
  await expect(async () => {
    await page.mouse.move(node.x + 1, node.y + 1);
    await page.mouse.move(node.x, node.y);
    await expect(tooltip).toContainText(countryName(id), { timeout: 1000 });
  }).toPass();
  const before = await discRadius(page, node);
  const zoomIn = page.getByRole("button", { name: "Zoom in" });
  await zoomIn.focus();
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press("Enter");
    await settledPositions(page);
  }
  const radius = await discRadius(page, node);
  expect(radius, "the node grew").toBeGreaterThan(before * 1.5);
  await expect(tooltip).toContainText(countryName(id));
  const box = (await tooltip.boundingBox())!;
  // The tooltip's nearest point to the node's centre lies outside its disc.
  const dx = Math.max(box.x - node.x, 0, node.x - (box.x + box.width));
  const dy = Math.max(box.y - node.y, 0, node.y - (box.y + box.height));
  expect(
    Math.hypot(dx, dy),
    `${id} (r ${radius}) at ${node.x},${node.y}, tooltip ${JSON.stringify(box)}`,
  ).toBeGreaterThan(radius);
});
