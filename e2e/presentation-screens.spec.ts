import { expect, test, type Locator, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { LatticePage } from "./fixtures/lattice-page";

/** Presentation mode on the screens briefings happen on: what the room sees, measured. */
type Point = { x: number; y: number };
type Box = { x: number; y: number; width: number; height: number };
type Hooked = Window & {
  __latticeGraph?: {
    nodeScreenPosition(id: string): Point | null;
    visibleNodeIds(): string[];
    labelFontPx(): number;
  };
};

const dataset = JSON.parse(readFileSync("public/data/indo-pacific.json", "utf8")) as {
  agreements: { id: string; title: string; parties: string[] }[];
  stories: {
    id: string;
    steps: { caption: string; focus?: string[]; country?: string; agreement?: string }[];
  }[];
};
const story = dataset.stories[0]!;

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 2560, height: 1440 },
];

async function openPresentation(page: Page, query: string) {
  const app = new LatticePage(page);
  await app.open(`present=1&${query}`);
  await page.waitForFunction(() => performance.getEntriesByName("lattice:first-graph-paint").length > 0);
  await page.waitForFunction(() => ((window as Hooked).__latticeGraph?.visibleNodeIds().length ?? 0) > 0);
  return app;
}

/** Node centres on screen, once two reads a few frames apart agree (fits may animate). */
async function settledPositions(page: Page, ids?: string[]): Promise<Record<string, Point>> {
  const read = () =>
    page.evaluate((only) => {
      const hook = (window as Hooked).__latticeGraph!;
      const out: Record<string, Point> = {};
      for (const id of only ?? hook.visibleNodeIds()) {
        const p = hook.nodeScreenPosition(id);
        if (p) out[id] = { x: Math.round(p.x), y: Math.round(p.y) };
      }
      return out;
    }, ids);
  let previous = "";
  for (let i = 0; i < 40; i++) {
    const now = await read();
    const key = JSON.stringify(now);
    if (key === previous) return now;
    previous = key;
    await page.evaluate(() => new Promise((r) => setTimeout(r, 120)));
  }
  throw new Error("positions never settled");
}

const boxOf = async (locator: Locator): Promise<Box> => (await locator.boundingBox())!;

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function union(boxes: Box[]): Box {
  const x0 = Math.min(...boxes.map((b) => b.x));
  const y0 = Math.min(...boxes.map((b) => b.y));
  const x1 = Math.max(...boxes.map((b) => b.x + b.width));
  const y1 = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

function expectApart(named: Record<string, Box>) {
  const names = Object.keys(named);
  for (let i = 0; i < names.length; i++)
    for (let j = i + 1; j < names.length; j++)
      expect(overlaps(named[names[i]!]!, named[names[j]!]!), `${names[i]} overlaps ${names[j]}`).toBe(false);
}

for (const size of SIZES) {
  test.describe(`presentation at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test("the canvas takes most of the height, the network fills it, the overlays stay apart", async ({
      page,
    }) => {
      await openPresentation(page, "");
      const canvas = await boxOf(page.getByRole("region", { name: "Alliance graph" }));
      expect(canvas.height / size.height).toBeGreaterThanOrEqual(0.6);
      const points = Object.values(await settledPositions(page));
      const ys = points.map((p) => p.y);
      const xs = points.map((p) => p.x);
      const shorter = Math.min(canvas.width, canvas.height);
      const spanAlongShorter =
        canvas.height <= canvas.width ? Math.max(...ys) - Math.min(...ys) : Math.max(...xs) - Math.min(...xs);
      expect(spanAlongShorter / shorter).toBeGreaterThanOrEqual(0.8);
      const side = page.getByRole("complementary", { name: "Date and legend" });
      expectApart({
        date: await boxOf(side.getByText("31 Dec 2023", { exact: true })),
        legend: union([
          await boxOf(side.getByRole("list", { name: "Graph legend" })),
          await boxOf(side.getByRole("list", { name: "Kinds legend" })),
        ]),
        controls: await boxOf(page.getByRole("toolbar", { name: "Graph zoom" })),
        "story navigation": await boxOf(page.getByRole("button", { name: "Start story" })),
      });
      // No node lies under the date-and-legend column.
      const column = await boxOf(side);
      for (const p of points) expect(p.x < column.x || p.y > column.y + column.height).toBe(true);
      if (size.height <= 720)
        expect(
          await page.evaluate(() => (window as Hooked).__latticeGraph!.labelFontPx()),
        ).toBeGreaterThanOrEqual(18);
    });

    test("each story step frames its subject clear of the caption band, the network on the canvas", async ({
      page,
    }) => {
      for (const n of [1, 8, story.steps.length]) {
        const step = story.steps[n - 1]!;
        await openPresentation(page, `story=${story.id}&step=${n}`);
        const band = page.getByRole("region", { name: /^Story:/ });
        const caption = band.getByText(step.caption);
        await expect(caption).toBeVisible();
        const agreement = dataset.agreements.find((a) => a.id === step.agreement);
        const subject = [...new Set([...(step.focus ?? []), ...(step.country ? [step.country] : [])])];
        const canvas = await boxOf(page.getByRole("region", { name: "Alliance graph" }));
        const bandBox = await boxOf(band);
        const column = await boxOf(page.getByRole("complementary", { name: "Date and legend" }));
        const positions = await settledPositions(page, subject);
        expect(Object.keys(positions).sort()).toEqual([...subject].sort());
        for (const [id, p] of Object.entries(positions)) {
          expect(p.x, `${id} right of the caption band`).toBeGreaterThan(bandBox.x + bandBox.width);
          expect(p.x, `${id} left of the legend column`).toBeLessThan(column.x);
          expect(p.y, `${id} inside the canvas`).toBeGreaterThan(canvas.y);
          expect(p.y, `${id} inside the canvas`).toBeLessThan(canvas.y + canvas.height);
        }
        // The rest of the network stays on the canvas: no country is cut at an edge.
        for (const [id, p] of Object.entries(await settledPositions(page))) {
          expect(p.x, `${id} inside the canvas`).toBeGreaterThanOrEqual(canvas.x + 8);
          expect(p.x, `${id} inside the canvas`).toBeLessThanOrEqual(canvas.x + canvas.width - 8);
          expect(p.y, `${id} inside the canvas`).toBeGreaterThanOrEqual(canvas.y + 8);
          expect(p.y, `${id} inside the canvas`).toBeLessThanOrEqual(canvas.y + canvas.height - 8);
        }
        expectApart({
          caption: await boxOf(caption),
          "story navigation": union([
            await boxOf(band.getByRole("button", { name: "Previous step" })),
            await boxOf(band.getByRole("button", { name: "End story" })),
          ]),
          date: await boxOf(
            page.getByRole("complementary", { name: "Date and legend" }).locator("p").first(),
          ),
          legend: await boxOf(page.getByRole("list", { name: "Kinds legend" })),
          controls: await boxOf(page.getByRole("toolbar", { name: "Graph zoom" })),
        });
        if (agreement)
          await expect(page.getByRole("region", { name: "Timeline controls" })).toContainText(
            agreement.title,
          );
      }
    });
  });
}

test.describe("presenter habits", () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test("clicker keys step, Home/End jump, B blacks the screen until any key", async ({ page }) => {
    await openPresentation(page, `story=${story.id}&step=1`);
    await page.keyboard.press("PageDown");
    await expect(page).toHaveURL(/step=2/);
    await page.keyboard.press("Space");
    await expect(page).toHaveURL(/step=3/);
    await page.keyboard.press("PageUp");
    await expect(page).toHaveURL(/step=2/);
    await page.keyboard.press("End");
    await expect(page).toHaveURL(new RegExp(`step=${story.steps.length}`));
    await page.keyboard.press("Home");
    await expect(page).not.toHaveURL(/step=/);
    await page.keyboard.press("b");
    const black = page.getByRole("dialog", { name: "Screen blacked out" });
    await expect(black).toBeVisible();
    await page.keyboard.press("ArrowRight");
    await expect(black).toBeHidden();
    await expect(page).not.toHaveURL(/step=/); // the key that brought the picture back did nothing else
  });

  test("the light theme is a labelled toggle, kept in the URL", async ({ page }) => {
    await openPresentation(page, "");
    const toggle = page.getByRole("button", { name: "Light theme" });
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    const darkBg = await page.locator(".app").evaluate((el) => getComputedStyle(el).backgroundColor);
    await toggle.click();
    await expect(page).toHaveURL(/theme=light/);
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await expect
      .poll(() => page.locator(".app").evaluate((el) => getComputedStyle(el).backgroundColor))
      .not.toBe(darkBg);
    await page.goBack();
    await expect(page).not.toHaveURL(/theme=light/);
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
  });

  test("Fit fits what is shown", async ({ page }) => {
    await openPresentation(page, "time=2009-06-01");
    const canvas = await boxOf(page.getByRole("region", { name: "Alliance graph" }));
    const spread = (ps: Record<string, Point>, axis: "x" | "y") => {
      const values = Object.values(ps).map((p) => p[axis]);
      return Math.max(...values) - Math.min(...values);
    };
    const before = spread(await settledPositions(page), "y");
    await page.getByRole("toolbar", { name: "Graph zoom" }).getByRole("button", { name: "Fit" }).click();
    const after = await settledPositions(page);
    // The nodes of 2009 grow to fill the canvas along the axis that binds (how much they grow
    // depends on the layout: the graph of 2023 is fitted first).
    expect(spread(after, "y")).toBeGreaterThan(before);
    expect(Math.max(spread(after, "y") / canvas.height, spread(after, "x") / canvas.width)).toBeGreaterThan(
      0.8,
    );
    for (const p of Object.values(after)) {
      expect(p.y).toBeGreaterThan(canvas.y);
      expect(p.y).toBeLessThan(canvas.y + canvas.height);
    }
  });
});

test.describe("presentation on a 390×844 phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("the counts and kind colours sit above the network, which is drawn below them", async ({ page }) => {
    await openPresentation(page, "");
    const strip = await boxOf(page.getByRole("complementary", { name: "Date and legend" }));
    await expect(page.getByRole("list", { name: "Kinds legend" })).toBeVisible();
    const canvas = await boxOf(page.getByRole("region", { name: "Alliance graph" }));
    const points = Object.values(await settledPositions(page));
    expect(points.length).toBeGreaterThan(20);
    for (const p of points) {
      expect(p.y, "below the strip").toBeGreaterThan(strip.y + strip.height);
      expect(p.x).toBeGreaterThanOrEqual(canvas.x + 8);
      expect(p.x).toBeLessThanOrEqual(canvas.x + canvas.width - 8);
    }
    // The network uses the room it has: at least half the canvas's width.
    const xs = points.map((p) => p.x);
    expect((Math.max(...xs) - Math.min(...xs)) / canvas.width).toBeGreaterThanOrEqual(0.5);
  });

  test("a story step's subject lies between the strip and the caption", async ({ page }) => {
    const n = 8;
    const step = story.steps[n - 1]!;
    await openPresentation(page, `story=${story.id}&step=${n}`);
    const band = page.getByRole("region", { name: /^Story:/ });
    await expect(band.getByText(step.caption)).toBeVisible();
    const bandBox = await boxOf(band);
    const strip = await boxOf(page.getByRole("complementary", { name: "Date and legend" }));
    const subject = [...new Set([...(step.focus ?? []), ...(step.country ? [step.country] : [])])];
    const positions = await settledPositions(page, subject);
    expect(Object.keys(positions).sort()).toEqual([...subject].sort());
    for (const [id, p] of Object.entries(positions)) {
      expect(p.y, `${id} below the strip`).toBeGreaterThan(strip.y + strip.height);
      expect(p.y, `${id} above the caption`).toBeLessThan(bandBox.y);
    }
  });
});
