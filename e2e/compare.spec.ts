import { expect, test, type Page } from "@playwright/test";
import { LatticePage } from "./fixtures/lattice-page";

/** Counts of the table's Change column: new / ended / replaced / unchanged. */
async function changeCounts(page: Page): Promise<Record<string, number>> {
  const table = page.getByRole("table", { name: "Agreements" });
  await expect(table.getByRole("columnheader", { name: "Change" })).toBeVisible();
  const values = await table
    .locator("tbody tr")
    .evaluateAll((trs) => trs.map((tr) => tr.querySelector("td:last-child")?.textContent?.trim() ?? ""));
  const counts: Record<string, number> = { new: 0, ended: 0, replaced: 0, unchanged: 0 };
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

test("Compare with… sets time=A..B; the summary counts match the table's Change column", async ({ page }) => {
  const app = new LatticePage(page);
  await app.open("tab=table&time=2022-01-06");
  await page.getByRole("button", { name: "Compare with…", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Compare with an earlier date" });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Compare 6 Jan 2022 with the network on").fill("2017-01-01");
  await dialog.getByRole("button", { name: "Compare", exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/[?&]time=2017-01-01\.\.2022-01-06(&|$)/);

  const bar = page.getByRole("region", { name: "Comparison" });
  await expect(bar).toContainText("6 Jan 2022 compared with 1 Jan 2017");
  const summary = await bar.locator("strong").textContent();
  const m = /^(\d+) new, (\d+) ended, (\d+) replaced since 1 Jan 2017$/.exec(summary ?? "");
  expect(m, `summary: ${summary}`).not.toBeNull();
  const counts = await changeCounts(page);
  expect(counts.new).toBe(Number(m![1]));
  expect(counts.ended).toBe(Number(m![2]));
  expect(counts.replaced).toBe(Number(m![3]));
  expect(counts.new).toBeGreaterThan(0);
  await expect(app.status()).toContainText(
    `${m![1]} new, ${m![2]} ended, ${m![3]} replaced since 2017-01-01`,
  );

  // A range in which something ended: the Quad's 2008 lapse.
  await app.open("tab=table&time=2007-12-31..2008-12-31");
  const later = await changeCounts(page);
  await expect(page.getByRole("region", { name: "Comparison" })).toContainText(
    `${later.new} new, ${later.ended} ended, ${later.replaced} replaced since 31 Dec 2007`,
  );
  expect(later.ended).toBeGreaterThan(0);
});

test("Stop comparing leaves compare mode, and Back brings it back", async ({ page }) => {
  const app = new LatticePage(page);
  await app.open("tab=table&time=2017-01-01..2022-01-06");
  await page
    .getByRole("region", { name: "Comparison" })
    .getByRole("button", { name: "Stop comparing" })
    .click();
  await expect(page).toHaveURL(/[?&]time=2022-01-06(&|$)/);
  await expect(page.getByRole("region", { name: "Comparison" })).toHaveCount(0);
  await expect(page.getByRole("columnheader", { name: "Change" })).toHaveCount(0);
  await page.goBack();
  await expect(page.getByRole("region", { name: "Comparison" })).toBeVisible();
});

test("a compare date that is not before the shown date is explained, not applied", async ({ page }) => {
  const app = new LatticePage(page);
  await app.open("time=2015-06-30");
  await page.getByRole("button", { name: "Compare with…", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Compare with an earlier date" });
  await dialog.getByLabel(/with the network on/).fill("2019-01-01");
  await dialog.getByRole("button", { name: "Compare", exact: true }).click();
  await expect(dialog.getByRole("alert")).toHaveText(
    "Choose a date from 13 Mar 2007 to 29 Jun 2015, before the date shown.",
  );
  expect(app.searchParams().get("time")).toBe("2015-06-30");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});

test("compare 2016..2023 counts ended and replaced ties apart from new ones", async ({ page }) => {
  const app = new LatticePage(page);
  await app.open("tab=table&time=2016-12-31..2023-12-31");
  const counts = await changeCounts(page);
  await expect(page.getByRole("region", { name: "Comparison" })).toContainText(
    `${counts.new} new, ${counts.ended} ended, ${counts.replaced} replaced since 31 Dec 2016`,
  );
  expect(counts.replaced).toBeGreaterThan(0);
  expect(counts.ended! + counts.replaced!).toBeGreaterThan(0);
});
