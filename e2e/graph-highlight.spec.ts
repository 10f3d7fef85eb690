import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { countryName } from "./fixtures/panels";
import { lineInk, nodeInk, nodePositions, waitForGraph, type Point } from "./fixtures/graph-canvas";

/**
 * Hovering a country lights its ties and neighbours and dims the rest; hovering a link lights the
 * pair. Read back from the canvas's pixels: how strongly a node or a link stands out against the
 * background, before and while hovering. Positions come from the graph's test hook.
 */
const dataset = JSON.parse(readFileSync("public/data/indo-pacific.json", "utf8")) as {
  agreements: { id: string; parties: string[]; group: string | null }[];
};

/** Solomon Islands has two ties, far from the dense core: to Australia and to China. */
const HOVERED = "SLB";
const partners = new Set(
  dataset.agreements.filter((a) => a.parties.includes(HOVERED)).flatMap((a) => a.parties),
);
partners.delete(HOVERED);

/**
 * Node pairs joined by one link, drawn as a straight line: two countries with one bilateral
 * agreement, or a party and the hub of a multilateral one (hubs are named "hub:<group or id>").
 */
const straightPairs = (() => {
  const count = new Map<string, number>();
  const add = (pair: string[]) => {
    const key = [...pair].sort().join(" ");
    count.set(key, (count.get(key) ?? 0) + 1);
  };
  for (const a of dataset.agreements)
    if (a.parties.length === 2) add(a.parties);
    else for (const party of a.parties) add([`hub:${a.group ?? a.id}`, party]);
  return [...count].filter(([, n]) => n === 1).map(([key]) => key.split(" ") as [string, string]);
})();

async function openGraph(page: Page) {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Alliance graph" })).toBeVisible();
  await waitForGraph(page);
}

/** Hovers a point until the tooltip says `text` (hover picking refreshes every 800 ms or so). */
async function hover(page: Page, at: Point, text: string | RegExp) {
  const tooltip = page.getByRole("tooltip");
  await expect(async () => {
    await page.mouse.move(at.x + 1, at.y + 1);
    await page.mouse.move(at.x, at.y);
    await expect(tooltip).toContainText(text, { timeout: 1000 });
  }).toPass();
}

/** The countries away from the hovered one whose nodes stand out most before hovering. */
async function boldestOthers(page: Page, away: Set<string>, n: number) {
  const all = await nodePositions(page);
  const inks: { id: string; at: Point; ink: number }[] = [];
  for (const [id, at] of Object.entries(all))
    if (!id.startsWith("hub:") && !away.has(id)) inks.push({ id, at, ink: await nodeInk(page, at) });
  return inks.sort((a, b) => b.ink - a.ink).slice(0, n);
}

/** Distance from `p` to the middle 40% of the segment a–b (where lineInk looks). */
function distanceToMiddle(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = Math.min(0.7, Math.max(0.3, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(a.x + dx * t - p.x, a.y + dy * t - p.y);
}

/** The straight link away from `away`, clear of other nodes, that stands out most before hovering. */
async function boldestOtherLink(page: Page, away: Set<string>) {
  const all = await nodePositions(page);
  let best: { pair: [string, string]; ink: number } | null = null;
  for (const pair of straightPairs) {
    const [a, b] = pair.map((id) => all[id]);
    if (!a || !b || pair.some((id) => away.has(id)) || Math.hypot(a.x - b.x, a.y - b.y) < 60) continue;
    const clear = Object.entries(all).every(([id, p]) => pair.includes(id) || distanceToMiddle(p, a, b) > 20);
    if (!clear) continue;
    const ink = await lineInk(page, a, b);
    if (!best || ink > best.ink) best = { pair, ink };
  }
  return best!;
}

test("hovering a country lights its ties and neighbours and dims the rest", async ({ page }) => {
  await openGraph(page);
  const all = await nodePositions(page);
  const away = new Set([HOVERED, ...partners]);
  const others = await boldestOthers(page, away, 3);
  const otherLink = await boldestOtherLink(page, away);
  const ink = () =>
    Promise.all([
      Promise.all([...partners].map((id) => nodeInk(page, all[id]!))),
      Promise.all([...partners].map((id) => lineInk(page, all[HOVERED]!, all[id]!))),
      Promise.all(others.map((o) => nodeInk(page, o.at))),
      lineInk(page, all[otherLink.pair[0]]!, all[otherLink.pair[1]]!),
    ]);
  const [neighbours, ties, otherNodes, otherTie] = await ink();
  expect(Math.min(...otherNodes), "the others stand out before hovering").toBeGreaterThan(3);
  expect(otherTie, `${otherLink.pair.join("–")} is drawn`).toBeGreaterThan(2);

  await hover(page, all[HOVERED]!, countryName(HOVERED));
  await expect(async () => {
    const [n, t, o, ot] = await ink();
    n.forEach((v, i) => expect(v, `${[...partners][i]} stays`).toBeGreaterThan(neighbours[i]! * 0.9));
    t.forEach((v, i) => expect(v, `tie to ${[...partners][i]} stays`).toBeGreaterThan(ties[i]! * 0.9));
    o.forEach((v, i) => expect(v, `${others[i]!.id} dims`).toBeLessThan(otherNodes[i]! * 0.5));
    expect(ot, `${otherLink.pair.join("–")} dims`).toBeLessThan(otherTie * 0.6);
  }).toPass();

  // Moving off the graph brings everything back.
  await page.mouse.move(1, 1);
  await expect(async () => {
    const [, , o] = await ink();
    o.forEach((v, i) => expect(v, `${others[i]!.id} is back`).toBeGreaterThan(otherNodes[i]! * 0.9));
  }).toPass();
});

test("hovering a link lights the pair it joins and dims the rest", async ({ page }) => {
  await openGraph(page);
  // Solomon Islands–Australia: Solomon Islands' other tie, to China, is not part of the pair.
  const [pairA, pairB, third] = [HOVERED, "AUS", "CHN"];
  expect([...partners].sort()).toEqual([pairB, third].sort());
  const all = await nodePositions(page);
  const [a, b, c] = [all[pairA]!, all[pairB]!, all[third]!];
  const ink = () =>
    Promise.all([
      Promise.all([nodeInk(page, a), nodeInk(page, b), lineInk(page, a, b)]),
      Promise.all([nodeInk(page, c), lineInk(page, a, c)]),
    ]);
  const [pair, rest] = await ink();
  expect(Math.min(...rest), "China and its tie stand out before hovering").toBeGreaterThan(2);

  await hover(
    page,
    { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 },
    `${countryName(pairB)}–${countryName(pairA)}`,
  );
  await expect(async () => {
    const [p, r] = await ink();
    p.forEach((v, i) =>
      expect(v, ["SLB", "AUS", "their link"][i] + " stays").toBeGreaterThan(pair[i]! * 0.9),
    );
    r.forEach((v, i) => expect(v, ["CHN", "the CHN–SLB link"][i] + " dims").toBeLessThan(rest[i]! * 0.6));
  }).toPass();
});
