import { expect, test } from "@playwright/test";
import { bundled } from "./bundled-data";
import { LatticePage } from "./fixtures/lattice-page";
import { figure } from "./fixtures/panels";

const QUAD = ["AUS", "IND", "JPN", "USA"];
const raw = bundled as unknown as {
  agreements: { signed: string; kind: string; parties: string[]; group: string | null }[];
};
const yearOf = (date: string) => Number(date.slice(0, 4));

/** Agreements signed 2017–2023 between a Quad member and a non-member (restated independently). */
function quadWithNonMember(kinds?: string[]): number {
  return raw.agreements.filter((a) => {
    const y = yearOf(a.signed);
    const members = a.parties.filter((p) => QUAD.includes(p)).length;
    return (
      y >= 2017 &&
      y <= 2023 &&
      a.group !== "QUAD" &&
      members > 0 &&
      members < a.parties.length &&
      (!kinds || kinds.includes(a.kind))
    );
  }).length;
}

const signedInTimeline = (kinds?: string[]) =>
  raw.agreements.filter(
    (a) => yearOf(a.signed) >= 2007 && yearOf(a.signed) <= 2023 && (!kinds || kinds.includes(a.kind)),
  ).length;

async function tableTotal(page: import("@playwright/test").Page) {
  const quad = figure(page, /New agreements per year/);
  const disclosure = quad.locator("details");
  if (!(await disclosure.evaluate((d) => (d as HTMLDetailsElement).open)))
    await quad.getByText(/Data table/).click();
  const table = quad.getByRole("table", { name: "New agreements per year by Quad category" });
  await expect(table).toBeVisible();
  const totals = await table.locator("tbody tr td:last-child").allTextContents();
  return { rows: totals.length, total: totals.reduce((s, t) => s + Number(t), 0) };
}

test("the Insights tab renders its charts, summaries and tables", async ({ page }) => {
  const app = new LatticePage(page);
  await app.open("tab=insights");
  await expect(app.tab("Insights")).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("heading", { level: 2, name: "Is the Quad being outpaced?" })).toBeVisible();
  for (const name of [/New agreements per year/, /Who is the hub/, /Network density/]) {
    await expect(figure(page, name).locator("svg.recharts-surface").first()).toBeVisible();
  }
  const quad = figure(page, /New agreements per year/);
  await expect(quad).toContainText(
    `Since 2017: ${quadWithNonMember()} new agreements between a Quad member and a non-member`,
  );
  const { rows, total } = await tableTotal(page);
  expect(rows).toBe(17); // 2007…2023
  expect(total).toBe(signedInTimeline());
  await expect(figure(page, /Who is the hub/)).toContainText(/leads on 31 Dec 2023/);
  await expect(figure(page, /Network density/)).toContainText(/Density rose from/);
});

test("the Insights numbers follow the kind filter", async ({ page }) => {
  const app = new LatticePage(page);
  await app.open("tab=insights&kinds=logistics");
  const quad = figure(page, /New agreements per year/);
  await expect(quad).toContainText(`Since 2017: ${quadWithNonMember(["logistics"])} new agreement`);
  const { total } = await tableTotal(page);
  expect(total).toBe(signedInTimeline(["logistics"]));
  expect(total).toBeLessThan(signedInTimeline());
  await expect(page.getByText("kinds:").first()).toContainText("Logistics");

  // Turning a kind back on in the legend updates the numbers live.
  await app.kindCheckbox("Information security").check();
  await expect
    .poll(async () => (await tableTotal(page)).total)
    .toBe(signedInTimeline(["logistics", "information"]));
});

test("the Insights tab survives a reload, and a bar click moves the timeline", async ({ page }) => {
  const app = new LatticePage(page);
  await app.open("tab=insights");
  await page.reload();
  await expect(app.tab("Insights")).toHaveAttribute("aria-selected", "true");
  // The first bar drawn is 2007's (its "among Quad members" segment).
  const firstBar = figure(page, /New agreements per year/)
    .locator(".recharts-bar-rectangle path")
    .first();
  await firstBar.click();
  await expect(page).toHaveURL(/time=2007-12-31/);
  await expect(app.status()).toContainText("on 2007-12-31");
});

test("the series of agreements among non-members only is non-zero after 2010", async ({ page }) => {
  const app = new LatticePage(page);
  await app.open("tab=insights");
  const quad = figure(page, /New agreements per year/);
  await quad.getByText(/Data table/).click();
  const table = quad.getByRole("table", { name: "New agreements per year by Quad category" });
  const headers = await table.locator("thead th").allTextContents();
  const column = headers.findIndex((h) => /non-members only|no quad member/i.test(h));
  expect(column, `columns: ${headers.join(" | ")}`).toBeGreaterThan(0);
  const rows = await table
    .locator("tbody tr")
    .evaluateAll(
      (trs, c) =>
        trs.map((tr) => [...tr.children].map((td) => td.textContent ?? "")).map((r) => [r[0], r[c]]),
      column,
    );
  const after2010 = rows.filter(([year]) => Number(year) > 2010).reduce((s, [, n]) => s + Number(n), 0);
  const expected = raw.agreements.filter(
    (a) => yearOf(a.signed) > 2010 && yearOf(a.signed) <= 2023 && !a.parties.some((p) => QUAD.includes(p)),
  ).length;
  expect(after2010).toBe(expected);
  expect(after2010).toBeGreaterThan(0);
});
