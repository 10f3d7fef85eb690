import { expect, test } from "@playwright/test";
import { bundled, lastDay } from "./bundled-data";
import { LatticePage } from "./fixtures/lattice-page";

/** Japan's partners on a day under the signature basis (restated independently of the app). */
function partnersOf(id: string, day: string): Set<string> {
  const out = new Set<string>();
  for (const a of bundled.agreements) {
    if (!a.parties.includes(id) || lastDay(a.signed) > day || (a.ended && lastDay(a.ended) <= day)) continue;
    for (const p of a.parties) if (p !== id) out.add(p);
  }
  return out;
}
const nameOf = (id: string) => bundled.countries.find((c) => c.id === id)!.name;

test("compare 2016..2023: ended or replaced ties, and What changed lists Japan with its new partners", async ({
  page,
}) => {
  const app = new LatticePage(page);
  await app.open("time=2016-01-01..2023-12-31");
  const region = page.getByRole("region", { name: "What changed" });
  await expect(region).toBeVisible();
  const totals = await region.getByText(/new, \d+ ended, \d+ replaced since 1 Jan 2016/).textContent();
  const m = /^(\d+) new, (\d+) ended, (\d+) replaced since 1 Jan 2016$/.exec(totals ?? "");
  expect(m, `totals: ${totals}`).not.toBeNull();
  expect(Number(m![2]) + Number(m![3])).toBeGreaterThan(0);

  const before = partnersOf("JPN", "2016-01-01");
  const expected = [...partnersOf("JPN", "2023-12-31")].filter((p) => !before.has(p)).map(nameOf);
  expect(expected.length).toBeGreaterThan(0);
  const japan = region.getByRole("row", { name: /^Japan\b/ });
  await expect(japan).toBeVisible();
  for (const name of expected) await expect(japan).toContainText(name);

  // The graph's legend explains the three looks; the timeline brackets A → B.
  const legend = page.getByRole("list", { name: "Graph legend" });
  await expect(legend).toContainText("New since 1 Jan 2016");
  await expect(legend).toContainText("Continuing");
  await expect(legend).toContainText("Ended or replaced since 1 Jan 2016");
  await expect(page.getByText("A 1 Jan 2016 → B")).toBeVisible();

  // The changes download as CSV, one row per country listed.
  const rows = await region.locator("tbody tr").count();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    region.getByRole("button", { name: "Download changes CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("lattice-2016-01-01-to-2023-12-31-all-changes.csv");
  const text = await (await download.createReadStream()).toArray();
  const lines = Buffer.concat(text).toString("utf8").trim().split("\r\n");
  expect(lines[0]).toContain("country,code,new_partners,agreements_gained,ended,replaced");
  expect(lines).toHaveLength(rows + 1);
  expect(lines.some((l) => l.startsWith("Japan,JPN,"))).toBe(true);
});
