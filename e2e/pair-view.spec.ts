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
