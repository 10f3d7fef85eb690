import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { bundled } from "./bundled-data";
import { LatticePage } from "./fixtures/lattice-page";
import { agreementPanel, countryPanel, expectedPartners } from "./fixtures/panels";

const rawSources = bundled as unknown as {
  agreements: {
    id: string;
    title: string;
    sources: { url: string; title: string }[];
    note?: string;
    certainty?: string;
  }[];
};

test("country=IND opens India's panel with its partners, deepest tie first", async ({ page }) => {
  const app = new LatticePage(page);
  await app.open("country=IND");
  const panel = countryPanel(page, "India");
  await expect(panel).toBeVisible();
  await expect(panel.getByRole("heading", { level: 2, name: "India" })).toBeVisible();
  const partners = panel.getByRole("table", { name: /Partners on/ });
  const names = await partners.getByRole("rowheader").getByRole("link").allTextContents();
  expect([...names].sort()).toEqual(expectedPartners("IND"));
  // The deepest tie first: the US (iCET, a technology partnership, depth 4).
  expect(names[0]).toBe("United States");
  await expect(panel.getByRole("list", { name: "Memberships" })).toContainText("Quad");
  await expect(panel.getByText(/4th of 19|\d+(st|nd|rd|th) of \d+/).first()).toBeVisible();
});

test("a partner link switches the panel and pushes history; Escape and Close close it", async ({ page }) => {
  const app = new LatticePage(page);
  await app.open("country=IND");
  await countryPanel(page, "India").getByRole("link", { name: "Japan", exact: true }).click();
  await expect(countryPanel(page, "Japan")).toBeVisible();
  await expect(page).toHaveURL(/country=JPN/);
  await expect(countryPanel(page, "India")).toHaveCount(0);

  await page.goBack();
  await expect(countryPanel(page, "India")).toBeVisible();
  await expect(page).toHaveURL(/country=IND/);

  await page.keyboard.press("Escape");
  await expect(countryPanel(page, "India")).toHaveCount(0);
  await expect(page).not.toHaveURL(/country=/);

  await app.open("country=AUS");
  await countryPanel(page, "Australia").getByRole("button", { name: "Close" }).click();
  await expect(page.getByRole("complementary")).toHaveCount(0);
  await expect(page).not.toHaveURL(/country=/);
});

test("an agreement opened from the table shows its sources as safe external links", async ({ page }) => {
  const app = new LatticePage(page);
  const raa = rawSources.agreements.find((a) => a.id === "jpn-gbr-raa")!;
  await app.open("tab=table");
  await app.table().getByRole("button", { name: raa.title }).click();
  await expect(page).toHaveURL(/agreement=jpn-gbr-raa/);
  const panel = agreementPanel(page, raa.title);
  await expect(panel.getByRole("heading", { level: 2 })).toHaveText(raa.title);
  const source = panel.getByRole("link", { name: new RegExp(escape(raa.sources[0]!.title)) });
  const href = await source.getAttribute("href");
  expect(href).toMatch(/^https:\/\//);
  expect(new URL(href!).href).toBe(new URL(raa.sources[0]!.url).href);
  await expect(source).toHaveAttribute("target", "_blank");
  await expect(source).toHaveAttribute("rel", "noopener noreferrer");
  // Dates, status and the depth's meaning are stated.
  await expect(panel).toContainText("11 Jan 2023");
  await expect(panel).toContainText("15 Oct 2023");
  await expect(panel).toContainText(/Depth 4 of 5: Operational/);
  await expect(panel.getByText("Active", { exact: true })).toBeVisible();
});

test("the agreement panel moves the timeline and links to its parties", async ({ page }) => {
  const app = new LatticePage(page);
  await app.open("agreement=jpn-gbr-raa");
  const panel = page.getByRole("complementary");
  await panel.getByRole("button", { name: "Go to signature" }).click();
  await expect(page).toHaveURL(/time=2023-01-11/);
  await expect(app.status()).toContainText("on 2023-01-11");
  await expect(panel.getByText("Signed, not yet in force")).toBeVisible();
  await panel.getByRole("button", { name: "Go to entry into force" }).click();
  await expect(page).toHaveURL(/time=2023-10-15/);
  await expect(panel.getByText("Active", { exact: true })).toBeVisible();

  await panel.getByRole("link", { name: "United Kingdom" }).click();
  await expect(countryPanel(page, "United Kingdom")).toBeVisible();
  await expect(page).toHaveURL(/country=GBR/);
  await expect(page).not.toHaveURL(/agreement=/);
});

test("a replaced agreement names its successor, which links back", async ({ page }) => {
  const app = new LatticePage(page);
  const old = bundled.agreements.find((a) => a.supersededBy)!;
  const successor = bundled.agreements.find((a) => a.id === old.supersededBy)!;
  await app.open(`agreement=${old.id}`);
  const panel = agreementPanel(page, old.title);
  await expect(panel.getByText(/^Replaced by .* on \d+ \w+ \d{4}\.$/)).toBeVisible();
  await panel.getByRole("link", { name: successor.title }).click();
  await expect(page).toHaveURL(new RegExp(`agreement=${successor.id}`));
  const next = agreementPanel(page, successor.title);
  await expect(next.getByText(/^Replaces /)).toBeVisible();
  await expect(next.getByRole("link", { name: old.title })).toBeVisible();
});

test("an unverified record shows the badge and its note", async ({ page }) => {
  const app = new LatticePage(page);
  const fixture = JSON.parse(
    readFileSync("public/data/fixtures/small-valid.json", "utf8"),
  ) as typeof rawSources;
  const unverified = fixture.agreements.find((a) => a.certainty === "unverified")!;
  await app.open(`data=/data/fixtures/small-valid.json&agreement=${unverified.id}`);
  const panel = agreementPanel(page, unverified.title);
  await expect(panel.getByText("Unverified", { exact: true })).toBeVisible();
  await expect(panel).toContainText(unverified.note!.slice(0, 60));
});

test("panels survive a reload of the URL", async ({ page }) => {
  const app = new LatticePage(page);
  await app.open("country=JPN&time=2015-06-30");
  await expect(countryPanel(page, "Japan")).toBeVisible();
  await page.reload();
  await expect(countryPanel(page, "Japan")).toBeVisible();
  await expect(app.status()).toContainText("on 2015-06-30");

  await app.open("agreement=aukus-2021");
  await page.reload();
  await expect(page.getByRole("complementary", { name: /AUKUS/ })).toBeVisible();
});

test("country charts load lazily, have data tables, and move the timeline", async ({ page }) => {
  const app = new LatticePage(page);
  const chartChunks: string[] = [];
  page.on("request", (r) => {
    if (/time-charts|country-charts/.test(r.url())) chartChunks.push(r.url());
  });
  await app.open();
  await expect(app.status()).toBeVisible();
  expect(chartChunks).toEqual([]); // the first paint does not wait for recharts

  await app.open("country=JPN");
  const panel = countryPanel(page, "Japan");
  const kinds = panel.getByRole("figure", { name: /Active agreements by kind/ });
  await expect(kinds.locator("svg.recharts-surface")).toBeVisible();
  expect(chartChunks.length).toBeGreaterThan(0);
  await expect(
    panel.getByRole("figure", { name: /Rank by weighted degree/ }).locator("svg.recharts-surface"),
  ).toBeVisible();

  // The table alternative, and its date buttons move the timeline.
  await kinds.getByText(/Data table/).click();
  const table = kinds.getByRole("table", { name: /Active agreements of Japan by kind/ });
  await expect(table).toBeVisible();
  await table.getByRole("button", { name: "31 Dec 2015" }).click();
  await expect(page).toHaveURL(/time=2015-12-31/);

  // Clicking the chart itself moves the timeline to the nearest sample (a year end).
  const plot = kinds.locator(".recharts-wrapper");
  await expect(kinds.locator(".recharts-area").first()).toBeVisible();
  await plot.scrollIntoViewIfNeeded();
  const box = (await plot.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5);
  await page.mouse.click(box.x + box.width * 0.3, box.y + box.height * 0.5);
  await expect(page).toHaveURL(/time=20(0[89]|1[0-4])-12-31/);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
