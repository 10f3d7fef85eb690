import { expect, test } from "@playwright/test";
import { LatticePage } from "./fixtures/lattice-page";

/** 1,600 countries in a ring of bilateral agreements: more nodes than the graph will draw. */
function hugeDataset() {
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const ids = Array.from(
    { length: 1600 },
    (_, i) => `${letters[Math.floor(i / 676)]}${letters[Math.floor(i / 26) % 26]}${letters[i % 26]}`,
  );
  const source = [{ title: "Synthetic", publisher: "Lattice tests", url: "https://example.org/s" }];
  return {
    schemaVersion: 1,
    title: "Huge synthetic dataset",
    description: "More countries than a graph can show",
    updated: "2026-11-28",
    timeline: { start: "2000-01-01", end: "2020-12-31" },
    countries: ids.map((id) => ({ id, name: `Country ${id}`, region: "Europe" })),
    groups: [],
    agreements: ids.map((id, i) => ({
      id: `a-${i}`,
      title: `Agreement ${i}`,
      kind: "logistics",
      parties: [id, ids[(i + 1) % ids.length]],
      group: null,
      signed: `${2000 + (i % 20)}-06-01`,
      inForce: null,
      ended: null,
      summary: "Synthetic",
      sources: source,
    })),
    events: [],
  };
}

test("a dataset too big to draw still loads: the graph says so, the table and panels work", async ({
  page,
}) => {
  const app = new LatticePage(page);
  await app.serveBundledDataset(JSON.stringify(hugeDataset()));
  await app.open();
  await expect(page.getByRole("region", { name: "Alliance graph" })).toContainText("too many to draw");
  await expect(app.status()).toContainText("1600 agreements among 1600 countries");
  await app.tab("Table").click();
  await expect(app.table().locator("tbody tr")).toHaveCount(1600);
  await app.table().getByRole("button", { name: "Agreement 7", exact: true }).click();
  await expect(page.getByRole("complementary", { name: "Agreement 7" })).toBeVisible();
});

test("a big dataset is checked off the main thread: its problems are listed with their paths all the same", async ({
  page,
}) => {
  const app = new LatticePage(page);
  const data = hugeDataset();
  for (const a of data.agreements)
    a.summary = "A synthetic agreement, long enough to pass the worker threshold";
  // Over the size validated in a worker (validate-off-thread.ts); two mistakes far apart.
  expect(JSON.stringify(data).length).toBeGreaterThan(500_000);
  data.agreements[3]!.kind = "friendship";
  data.agreements[1500]!.signed = "2010-13-01";
  const workers: string[] = [];
  page.on("worker", (worker) => workers.push(worker.url()));
  await app.serveBundledDataset(JSON.stringify(data));
  await page.goto("/");
  await expect(app.errorAlert()).toContainText("The dataset has errors");
  await expect(app.errorAlert()).toContainText("agreements[3].kind");
  await expect(app.errorAlert()).toContainText("agreements[1500].signed");
  expect(workers.some((url) => url.includes("validate.worker"))).toBe(true);
});
