import { expect, test, type Page } from "@playwright/test";
import { LatticePage } from "./fixtures/lattice-page";
import { decodePng, type PngWindow } from "./fixtures/png-in-page";
import { countryIds, SYNTHETIC_SOURCES, syntheticDataset } from "./synthetic-dataset";

/**
 * 600 countries and 4,000 bilateral agreements (seeded): over 2,000 links drawn at once, so the graph
 * draws at its level of detail for dense graphs (1 px links, not hoverable), and a picture reached by
 * stepping must equal the same view drawn from scratch.
 */
function bigDataset() {
  let seed = 7;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const ids = countryIds(600);
  const kinds = ["logistics", "access", "information", "dialogue"];
  const iso = (day: number) => new Date(Date.UTC(2000, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
  const agreements = Array.from({ length: 4000 }, (_, i) => {
    const a = Math.floor(random() * ids.length);
    const b = (a + 1 + Math.floor(random() * (ids.length - 1))) % ids.length;
    const signed = Math.floor(random() * 7300);
    return {
      id: `a-${i}`,
      title: `Agreement ${i}`,
      kind: kinds[i % kinds.length],
      parties: [ids[a], ids[b]],
      group: null,
      signed: iso(signed),
      inForce: i % 2 ? iso(signed + 30 + Math.floor(random() * 300)) : null,
      ended: i % 10 === 0 ? iso(signed + 1500) : null,
      summary: "Synthetic",
      sources: SYNTHETIC_SOURCES,
    };
  });
  return syntheticDataset(
    "Big synthetic dataset",
    "Enough links for the graph's level of detail for dense graphs",
    ids,
    agreements,
  );
}

const graphCanvas = (page: Page) => page.getByRole("img", { name: /Network graph/ });

/** The graph as a PNG data URL once two reads in a row agree (the picture has settled). */
async function settledGraphPicture(page: Page): Promise<string> {
  const read = () => graphCanvas(page).evaluate((canvas: HTMLCanvasElement) => canvas.toDataURL());
  let previous = await read();
  await expect
    .poll(async () => {
      const now = await read();
      const same = now === previous;
      previous = now;
      return same;
    })
    .toBe(true);
  return previous;
}

/**
 * Share of the graph's pixels on `page` that differ from the picture `other` (a PNG data URL of the
 * same size) by more than a faint tint in any channel; compared in the page, where decoding is cheap.
 */
async function differingShare(page: Page, other: string): Promise<number> {
  await decodePng(page, other);
  return graphCanvas(page).evaluate((canvas: HTMLCanvasElement) => {
    const copy = (window as PngWindow).__png!;
    const a = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
    const b = copy.getImageData(0, 0, canvas.width, canvas.height).data;
    let differ = 0;
    for (let i = 0; i < a.length; i += 4) {
      const d = Math.max(
        Math.abs(a[i]! - b[i]!),
        Math.abs(a[i + 1]! - b[i + 1]!),
        Math.abs(a[i + 2]! - b[i + 2]!),
      );
      if (d > 40) differ++;
    }
    return differ / (a.length / 4);
  });
}

for (const { direction, from, keys, reached } of [
  {
    direction: "ahead",
    from: "2013-01-01",
    keys: ["PageUp", "ArrowRight", "PageUp", "ArrowRight", "PageUp", "ArrowRight", "ArrowRight"],
    reached: (date: string) => date > "2015-12-31",
  },
  {
    direction: "back",
    from: "2019-06-01",
    keys: ["ArrowLeft", "PageDown", "ArrowLeft", "PageDown", "ArrowLeft", "PageDown", "ArrowLeft"],
    reached: (date: string) => date < "2016-06-01",
  },
])
  test(`stepping a big graph three years ${direction} shows the same picture as opening its link`, async ({
    page,
    context,
  }) => {
    const app = new LatticePage(page);
    const data = JSON.stringify(bigDataset());
    await app.serveBundledDataset(data);
    await app.open(`time=${from}`);
    await expect(app.status()).toContainText(`on ${from}`);
    const slider = page.getByRole("slider", { name: "Timeline" });
    await expect(graphCanvas(page)).toBeVisible();
    const before = await settledGraphPicture(page);

    // A year at a time with single changes between: out of several windows of dates.
    await slider.focus();
    for (const key of keys) await slider.press(key);
    const { agreements, date } = await app.statusCounts();
    expect(reached(date)).toBe(true);
    expect(agreements).toBeGreaterThan(2000);
    const stepped = await settledGraphPicture(page);
    // Quick presses are one history entry, written within 500 ms: the link is the view's once it has.
    await expect.poll(() => new URL(page.url()).searchParams.get("time")).toBe(date);

    // The same view opened from its link, drawn from scratch.
    const fresh = await context.newPage();
    const freshApp = new LatticePage(fresh);
    await freshApp.serveBundledDataset(data);
    await freshApp.open(new URL(page.url()).search);
    await expect(freshApp.status()).toContainText(`${agreements} agreements`);
    await expect(graphCanvas(fresh)).toBeVisible();
    await settledGraphPicture(fresh);

    // Anti-aliasing may shade a few pixels differently; three years of links (the picture before
    // stepping) change far more.
    expect(await differingShare(fresh, before)).toBeGreaterThan(0.02);
    expect(await differingShare(fresh, stepped)).toBeLessThan(0.005);
  });
