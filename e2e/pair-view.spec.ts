import { expect, test } from "@playwright/test";
import { bundled } from "./bundled-data";
import { LatticePage } from "./fixtures/lattice-page";
import { agreementPanel, countryName, countryPanel } from "./fixtures/panels";

/** Agreements with both countries as parties, from the bundled file (restated independently). */
const shared = (a: string, b: string) =>
  bundled.agreements.filter((x) => x.parties.includes(a) && x.parties.includes(b));
const pairName = (a: string, b: string) => `${countryName(a)} – ${countryName(b)}`;

test("pair=AUS~JPN opens the pair view with every agreement the two share, its rank and its chart", async ({
  page,
}) => {
  const app = new LatticePage(page);
  await app.open("pair=AUS~JPN");
  const panel = page.getByRole("complementary", { name: pairName("AUS", "JPN") });
  await expect(panel).toBeVisible();
  const expected = shared("AUS", "JPN");
  expect(expected.length).toBeGreaterThan(1);
  await expect(panel.getByRole("heading", { name: `Agreements (${expected.length})` })).toBeVisible();
  await expect(panel.getByRole("list", { name: /Agreements/ }).getByRole("listitem")).toHaveCount(
    expected.length,
  );
  await expect(panel).toContainText(
    /On 31 Dec 2023: combined depth \d+, \d+(st|nd|rd|th) of \d+ tied pairs\./,
  );
  await expect(panel.locator("svg.recharts-surface")).toBeVisible();
  const moments = panel.getByRole("list", { name: "Dated moments" }).getByRole("listitem");
  expect(await moments.count()).toBeGreaterThanOrEqual(expected.length);

  // An agreement opens its own panel on top; closing it returns to the pair.
  const first = expected.sort((x, y) => x.signed.localeCompare(y.signed))[0]!;
  await panel
    .getByRole("list", { name: /Agreements/ })
    .getByRole("link", { name: first.title, exact: true })
    .click();
  const detail = agreementPanel(page, first.title);
  await expect(detail).toBeVisible();
  await detail.getByRole("button", { name: "Close" }).click();
  await expect(panel).toBeVisible();
  await expect(page).toHaveURL(/[?&]pair=AUS~JPN(&|$)/);
});

test("the country panel's partner list opens the pair view; Escape closes it first", async ({ page }) => {
  const app = new LatticePage(page);
  await app.open("country=JPN");
  const japan = countryPanel(page, "Japan");
  await japan.getByRole("link", { name: "Japan and Australia over time" }).click();
  await expect(page).toHaveURL(/[?&]pair=AUS~JPN(&|$)/);
  const panel = page.getByRole("complementary", { name: pairName("AUS", "JPN") });
  await expect(panel).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(panel).toHaveCount(0);
  await expect(japan).toBeVisible();
});

test("the pair view works in presentation mode", async ({ page }) => {
  const app = new LatticePage(page);
  await app.open("present=1&pair=AUS~JPN&time=2015");
  const panel = page.getByRole("complementary", { name: pairName("AUS", "JPN") });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText("On 31 Dec 2015");
  await panel.getByRole("button", { name: "Close" }).click();
  await expect(panel).toHaveCount(0);
  expect(app.searchParams().get("pair")).toBeNull();
});

type Point = { x: number; y: number };
type Hooked = Window & { __latticeGraph?: { nodeScreenPosition(id: string): Point | null } };

test("clicking the link between two countries in the graph opens their pair view", async ({ page }) => {
  // A pair joined by one agreement only (one straight link), drawn alone by filtering to its kind.
  const lone = bundled.agreements.find(
    (a) => [...a.parties].sort().join("~") === "CHN~SLB" && shared("CHN", "SLB").length === 1,
  );
  test.skip(!lone, "the bundled dataset has no lone China–Solomon Islands agreement");
  const app = new LatticePage(page);
  await app.open(`kinds=${lone!.kind}`);
  await page.waitForFunction(() => performance.getEntriesByName("lattice:first-graph-paint").length > 0);
  const at = (id: string) =>
    page.evaluate((node) => (window as Hooked).__latticeGraph?.nodeScreenPosition(node) ?? null, id);
  // Wait until the fitted view has settled: the same position on two reads in a row.
  let last = "";
  await expect
    .poll(async () => {
      const now = JSON.stringify([await at("CHN"), await at("SLB")]);
      const settled = now === last && !now.includes("null");
      last = now;
      return settled;
    })
    .toBe(true);
  const [a, b] = [(await at("CHN"))!, (await at("SLB"))!];
  const [x, y] = [a.x + (b.x - a.x) * 0.4, a.y + (b.y - a.y) * 0.4];
  // Hovering shows the link's tooltip, which says what a click does.
  await page.mouse.move(x, y);
  await expect(
    page.getByText(/Click to see all between (China and Solomon Islands|Solomon Islands and China)/),
  ).toBeVisible();
  await page.mouse.click(x, y);
  await expect(page.getByRole("complementary", { name: pairName("CHN", "SLB") })).toBeVisible();
  await expect(page).toHaveURL(/[?&]pair=CHN~SLB(&|$)/);
});
