import { expect, test } from "@playwright/test";
import { DEFAULT_DEPTH, bundled, expectedTitlesOn } from "./bundled-data";
import { LatticePage } from "./fixtures/lattice-page";

test("a deep link opens the table on that date with the right agreements", async ({ page }) => {
  const app = new LatticePage(page);
  await app.open("time=2012-12-31&tab=table");
  await expect(app.tab("Table")).toHaveAttribute("aria-selected", "true");
  const expected = expectedTitlesOn("2012-12-31");
  await expect.poll(async () => (await app.tableTitles()).sort()).toEqual(expected);
  await expect(app.status()).toContainText(`${expected.length} agreements`);
  await expect(app.status()).toContainText("on 2012-12-31");
});

test("kind filters change the table and the URL, and Back restores the previous view", async ({ page }) => {
  const app = new LatticePage(page);
  await app.open("tab=table&time=2020-12-31");
  const all = (await app.tableTitles()).length;
  for (const label of [
    "Treaty alliance",
    "Access & basing",
    "Technology partnership",
    "Defence equipment",
    "Information security",
    "Security declaration",
    "Dialogue",
  ])
    await app.kindCheckbox(label).uncheck();
  await expect(page).toHaveURL(/kinds=logistics(&|$)/);
  const logistics = expectedTitlesOn("2020-12-31", ["logistics"]);
  await expect.poll(async () => (await app.tableTitles()).sort()).toEqual(logistics);
  expect(logistics.length).toBeLessThan(all);

  await page.goBack();
  await expect(page).toHaveURL(/kinds=logistics~dialogue/);
  await expect(app.kindCheckbox("Dialogue")).toBeChecked();
  await expect(app.kindCheckbox("Logistics")).toBeChecked();
});

test("minimum depth filters the table and is written to the URL", async ({ page }) => {
  const app = new LatticePage(page);
  await app.open("tab=table");
  await page.getByLabel("Minimum depth").selectOption("5");
  await expect(page).toHaveURL(/depth=5/);
  const rows = app.table().locator("tbody tr");
  const deep = bundled.agreements.filter((a) => (a.depth ?? DEFAULT_DEPTH[a.kind]!) >= 5 && !a.ended);
  await expect(rows).toHaveCount(deep.length);
});

test("selecting a row puts the agreement in the URL; Find country selects by name", async ({ page }) => {
  const app = new LatticePage(page);
  await app.open("tab=table");
  const first = app.table().getByRole("button", { name: bundled.agreements[0]!.title });
  await first.click();
  await expect(page).toHaveURL(new RegExp(`agreement=${bundled.agreements[0]!.id}`));

  const find = page.getByRole("combobox", { name: "Find country" });
  await find.fill("ind");
  await expect(page.getByRole("listbox").getByRole("option", { name: /India/ })).toBeVisible();
  await find.press("ArrowDown");
  await find.press("ArrowUp");
  await find.press("Enter");
  await expect(page).toHaveURL(/country=IND/);
});

test("the Quad focus is one click and lands in the URL", async ({ page }) => {
  const app = new LatticePage(page);
  await app.open();
  await page.getByRole("button", { name: "Quad", exact: true }).click();
  await expect(page).toHaveURL(/focus=AUS~IND~JPN~USA/);
  await expect(page.getByRole("list", { name: "Focused countries" }).getByRole("listitem")).toHaveCount(4);
});

test("bad parameters are ignored with a visible, dismissible notice", async ({ page }) => {
  const app = new LatticePage(page);
  await app.open("time=2023-02-30&depth=9&country=XYZ&tab=table");
  const notices = page.getByRole("region", { name: "Notices" });
  // Grouped into one line, so a link cannot stack notices above the page.
  await expect(notices).toContainText("3 URL parameters ignored");
  await notices.getByRole("button", { name: "Show" }).click();
  await expect(notices).toContainText("Ignored time=2023-02-30");
  await expect(notices).toContainText("Ignored depth=9");
  await expect(notices).toContainText("Ignored country=XYZ: no such country in this dataset");
  await expect(app.tab("Table")).toHaveAttribute("aria-selected", "true");
  await expect(app.status()).toContainText("on 2023-12-31");
  await page.getByRole("button", { name: /Dismiss: Ignored depth=9/ }).click();
  await expect(notices).not.toContainText("Ignored depth=9");
});

test("a link opened in a new page reproduces the view", async ({ page, context }) => {
  const app = new LatticePage(page);
  await app.open("tab=table&time=2017-11-12&kinds=logistics~information&country=JPN");
  const titles = await app.tableTitles();
  const other = new LatticePage(await context.newPage());
  await other.page.goto(page.url());
  await expect.poll(() => other.tableTitles()).toEqual(titles);
  await expect(other.status()).toHaveText((await app.status().textContent()) ?? "");
});
