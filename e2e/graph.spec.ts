import { expect, test, type Page } from "@playwright/test";
import { holdRequests } from "./fixtures/hold-requests";

/**
 * The alliance graph is a canvas: nodes are found through its read-only test hook
 * (window.__latticeGraph, src/features/graph/test-hook.ts) and clicked with the mouse.
 */
type Point = { x: number; y: number };
type Hooked = Window & {
  __latticeGraph?: { nodeScreenPosition(id: string): Point | null; visibleNodeIds(): string[] };
};

async function openGraph(page: Page, query = "") {
  await page.goto(`/${query}`);
  const region = page.getByRole("region", { name: "Alliance graph" });
  await expect(region).toBeVisible();
  await page.waitForFunction(() => performance.getEntriesByName("lattice:first-graph-paint").length > 0);
  await page.waitForFunction(() => ((window as Hooked).__latticeGraph?.visibleNodeIds().length ?? 0) > 0);
  return region;
}

function nodePosition(page: Page, id: string) {
  return page.evaluate((node) => (window as Hooked).__latticeGraph!.nodeScreenPosition(node), id);
}

/** Every visible node's on-screen position, rounded to a tenth of a pixel. */
function readPositions(page: Page) {
  return page.evaluate(() => {
    const hook = (window as Hooked).__latticeGraph!;
    const out: Record<string, Point> = {};
    for (const id of hook.visibleNodeIds()) {
      const p = hook.nodeScreenPosition(id)!;
      out[id] = { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 };
    }
    return out;
  });
}

/** Positions once they are settled: the same on two reads a few frames apart. */
async function allPositions(page: Page) {
  let settled: Record<string, Point> = {};
  await expect(async () => {
    const before = await readPositions(page);
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    settled = await readPositions(page);
    expect(settled).toEqual(before);
  }).toPass();
  return settled;
}

test("the graph region shows a drawn canvas with a text alternative", async ({ page }) => {
  const region = await openGraph(page);
  const canvas = region.getByRole("img");
  await expect(canvas).toHaveAttribute("aria-label", /Network graph of \d+ agreements among \d+ countries/);
  const inked = await canvas.evaluate((el) => {
    const c = el as HTMLCanvasElement;
    const data = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
    return n;
  });
  expect(inked).toBeGreaterThan(2000);
  await expect(region.getByRole("button", { name: "Fit" })).toBeVisible();
  await expect(region.getByRole("list", { name: "Graph legend" })).toContainText("Quad member");
});

test("clicking a country node selects it, clicking the background clears it", async ({ page }) => {
  const region = await openGraph(page);
  const japan = (await nodePosition(page, "JPN"))!;
  expect(japan).not.toBeNull();
  // Hover detection uses a picking canvas the library refreshes at most every 800 ms: retry.
  await expect(async () => {
    await page.mouse.click(japan.x, japan.y);
    await expect(page).toHaveURL(/[?&]country=JPN\b/, { timeout: 1000 });
  }).toPass();

  const box = (await region.boundingBox())!;
  await page.mouse.click(box.x + box.width - 12, box.y + box.height - 12);
  await expect(page).not.toHaveURL(/country=/);
});

test("Fit brings the whole network back after zooming", async ({ page }) => {
  const region = await openGraph(page);
  const fitted = (await nodePosition(page, "JPN"))!;
  await region.getByRole("button", { name: "Zoom in" }).click();
  await region.getByRole("button", { name: "Zoom in" }).click();
  await expect.poll(async () => (await nodePosition(page, "JPN"))!.x).not.toBeCloseTo(fitted.x, 0);
  await region.getByRole("button", { name: "Fit" }).click();
  await expect.poll(async () => (await nodePosition(page, "JPN"))!.x).toBeCloseTo(fitted.x, 0);
  await expect.poll(async () => (await nodePosition(page, "JPN"))!.y).toBeCloseTo(fitted.y, 0);
});

test("a shared link gives the same picture, and nodes never move with the date", async ({ page }) => {
  await openGraph(page, "?time=2010");
  const first = await allPositions(page);
  expect(Object.keys(first).length).toBeGreaterThan(3);

  await openGraph(page, "?time=2010");
  expect(await allPositions(page)).toEqual(first);

  await openGraph(page, "?time=2023");
  const later = await allPositions(page);
  const both = Object.keys(first).filter((id) => id in later);
  expect(both.length).toBeGreaterThan(3);
  for (const id of both) expect(later[id], id).toEqual(first[id]);
  expect(Object.keys(later).length).toBeGreaterThan(both.length);
});

test("a dataset laid out in the worker shows layout progress until the graph is drawn", async ({ page }) => {
  // The progress bar may be up for only a few frames on a small dataset: record every one seen.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __progressSeen: string[] }).__progressSeen = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('[role="progressbar"][aria-label="Arranging the network"]');
      const text = bar?.getAttribute("aria-valuetext");
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  const region = await openGraph(page, "?data=/data/fixtures/small-valid.json");
  const seen = await page.evaluate(() => (window as unknown as { __progressSeen: string[] }).__progressSeen);
  expect(seen.length).toBeGreaterThan(0);
  expect(seen[0]).toMatch(/^Arranging \d+ nodes… \d+%$/);
  await expect(region.getByRole("progressbar")).toHaveCount(0);
});

test("the dashboard does not wait for the graph's code: a late chunk shows a message in its place, then the graph", async ({
  page,
}) => {
  const release = await holdRequests(page, "**/assets/alliance-graph-*.js");
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("Loading the graph…")).toBeVisible();
  await expect(page.getByRole("slider", { name: "Timeline" })).toBeVisible();
  release();
  const region = page.getByRole("region", { name: "Alliance graph" });
  await expect(region.getByRole("img")).toHaveAttribute("aria-label", /Network graph of \d+ agreements/);
  await expect(page.getByText("Loading the graph…")).toHaveCount(0);
});

test("graph code that fails to load is reported in the graph's place; the table still works", async ({
  page,
}) => {
  await page.route("**/assets/alliance-graph-*.js", (route) => route.abort("failed"));
  await page.goto("/");
  await expect(page.getByRole("alert")).toContainText("The graph could not be shown.");
  await page.getByRole("tab", { name: "Table" }).click();
  await expect(page.getByRole("table", { name: "Agreements" })).toBeVisible();
});

test("quick presses of Zoom in add up: three zoom 1.5 × 1.5 × 1.5", async ({ page }) => {
  const region = await openGraph(page);
  const apart = async () => {
    const [a, b] = [(await nodePosition(page, "JPN"))!, (await nodePosition(page, "AUS"))!];
    return Math.hypot(a.x - b.x, a.y - b.y);
  };
  const before = await apart();
  const zoomIn = region.getByRole("button", { name: "Zoom in" });
  await zoomIn.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press("Enter");
  await expect.poll(async () => (await apart()) / before).toBeCloseTo(1.5 ** 3, 1);
});
