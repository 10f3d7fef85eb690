import { expect, test } from "@playwright/test";
import { LatticePage } from "./fixtures/lattice-page";
import { countryIds, SYNTHETIC_SOURCES, syntheticDataset } from "./synthetic-dataset";

/** 1,600 countries in a ring of bilateral agreements: more nodes than the graph will draw. */
function hugeDataset() {
  const ids = countryIds(1600);
  return syntheticDataset(
    "Huge synthetic dataset",
    "More countries than a graph can show",
    ids,
    ids.map((id, i) => ({
      id: `a-${i}`,
      title: `Agreement ${i}`,
      kind: "logistics",
      parties: [id, ids[(i + 1) % ids.length]],
      group: null,
      signed: `${2000 + (i % 20)}-06-01`,
      inForce: null,
      ended: null,
      summary: "Synthetic",
      sources: SYNTHETIC_SOURCES,
    })),
  );
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
