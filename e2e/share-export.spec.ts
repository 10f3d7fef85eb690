import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { expect, test, type Page } from "@playwright/test";
import { bundled } from "./bundled-data";
import { LatticePage } from "./fixtures/lattice-page";

/** The table as a user reads it: header labels and each row's cells, in displayed order. */
async function tableCells(page: Page): Promise<string[][]> {
  const table = page.getByRole("table", { name: "Agreements" });
  await expect(table.locator("tbody tr").first()).toBeVisible();
  return table.evaluate((el) => {
    const text = (cell: Element) => (cell.textContent ?? "").replace(/[▲▼]/g, "").trim();
    const head = [...el.querySelectorAll("thead th")].map(text);
    const rows = [...el.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("td")].map(text));
    return [head, ...rows];
  });
}

test("Copy link copies the canonical URL; opening it shows the same table", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const app = new LatticePage(page);
  await app.open("tab=table&kinds=access~logistics&time=2022-01-06&depth=2");
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText("Link copied", { exact: true })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const origin = new URL(page.url()).origin;
  // Only non-default values, in the codec's fixed order.
  expect(link).toBe(`${origin}/?time=2022-01-06&kinds=access~logistics&depth=2&tab=table`);

  const rows = await tableCells(page);
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByRole("heading", { level: 1 })).toHaveText(bundled.title);
  expect(await tableCells(other)).toEqual(rows);
});

test("where the clipboard refuses, the link is shown in a selectable read-only field", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "clipboard", {
      value: { writeText: () => Promise.reject(new DOMException("denied", "NotAllowedError")) },
    });
  });
  const app = new LatticePage(page);
  await app.open("time=2015-06-30");
  await page.getByRole("button", { name: "Copy link" }).click();
  const dialog = page.getByRole("dialog", { name: "Link to this view" });
  await expect(dialog).toBeVisible();
  const field = dialog.getByRole("textbox");
  await expect(field).toHaveAttribute("readonly", "");
  await expect(field).toHaveValue(`${new URL(page.url()).origin}/?time=2015-06-30`);
  await expect(field).toBeFocused();
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
});

test("Download CSV: the table's agreements, analysis-ready, named for the view", async ({ page }) => {
  const app = new LatticePage(page);
  await app.open("tab=table&kinds=access~logistics&time=2022-01-06");
  const { name, text } = await app.download("Download CSV");
  expect(name).toBe("lattice-2022-01-06-access-logistics.csv");
  expect(text.startsWith("\uFEFF")).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields).toEqual([
    "id",
    "title",
    "kind",
    "depth",
    "parties",
    "party_names",
    "group",
    "signed",
    "in_force",
    "ended",
    "end_reason",
    "superseded_by",
    "status_on_date",
    "source_urls",
  ]);
  expect(parsed.data.map((r) => r.title)).toEqual(await app.tableTitles());
  for (const row of parsed.data) {
    expect(["access", "logistics"]).toContain(row.kind);
    expect(row.parties).toMatch(/^[A-Z]{3}(;[A-Z]{3})+$/);
    expect(row.signed).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
  }
});

test("Download CSV while comparing adds the change column and names both dates", async ({ page }) => {
  const app = new LatticePage(page);
  await app.open("tab=table&time=2017-01-01..2022-01-06");
  const { name, text } = await app.download("Download CSV");
  expect(name).toBe("lattice-2017-01-01-to-2022-01-06-all.csv");
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.meta.fields!.at(-2)).toBe("change");
  const changes = new Set(parsed.data.map((r) => r.change));
  for (const change of ["new", "unchanged"]) expect(changes).toContain(change);
});

test("Download CSV opens again with Open dataset…: the same agreements", async ({ page }) => {
  const app = new LatticePage(page);
  await app.open("tab=table&time=2023-12-31");
  const first = await app.download("Download CSV");
  const titles = await app.tableTitles();
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: "Open dataset…" }).click(),
  ]);
  await chooser.setFiles({ name: first.name, mimeType: "text/csv", buffer: Buffer.from(first.text) });
  await expect(app.heading()).not.toHaveText(bundled.title);
  expect(await app.tableTitles()).toEqual(titles);
  const second = await app.download("Download CSV");
  const rows = (text: string) => Papa.parse<Record<string, string>>(text.slice(1), { header: true }).data;
  expect(rows(second.text)).toEqual(rows(first.text));
});

test("Download events CSV lists the timeline's events with ISO dates", async ({ page }) => {
  const app = new LatticePage(page);
  await app.open();
  const { name, text } = await app.download("Download events CSV");
  expect(name).toMatch(/^lattice-events-.*\.csv$/);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.data).toHaveLength(bundled.events.length);
  expect(parsed.data[0]!.date).toMatch(/^\d{4}/);
});

test("Download JSON is the whole dataset as loaded", async ({ page }) => {
  const app = new LatticePage(page);
  await app.open();
  const { name, text } = await app.download("Download JSON");
  expect(name).toBe("lattice-dataset-indo-pacific-security-cooperation-2007-2023.json");
  expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync("public/data/indo-pacific.json", "utf8")));
});

test("a CSV import downloads as a dataset in the Lattice format", async ({ page }) => {
  const app = new LatticePage(page);
  await app.open();
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: "Open dataset…" }).click(),
  ]);
  await chooser.setFiles("public/data/fixtures/agreements.csv");
  await expect(app.heading()).toHaveText("agreements");
  const { name, text } = await app.download("Download JSON");
  expect(name).toBe("lattice-dataset-agreements.json");
  const dataset = JSON.parse(text);
  expect(dataset.schemaVersion).toBe(1);
  expect(dataset.agreements).toHaveLength(5);
  expect(dataset.countries.map((c: { id: string }) => c.id).sort()).toEqual([
    "AUS",
    "GBR",
    "IND",
    "JPN",
    "USA",
  ]);
});
