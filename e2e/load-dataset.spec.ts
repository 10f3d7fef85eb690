import { expect, test } from "@playwright/test";
import { bundled } from "./bundled-data";
import { LatticePage } from "./fixtures/lattice-page";

test("the bundled dataset loads and shows its title, coverage and counts", async ({ page }) => {
  const app = new LatticePage(page);
  await app.open();
  await expect(app.heading()).toHaveText(bundled.title);
  await expect(page.getByText(`${bundled.agreements.length} agreements`).first()).toBeVisible();
  await expect(page.getByText(`${bundled.countries.length} countries`).first()).toBeVisible();
  await expect(page.getByText("13 Mar 2007 – 31 Dec 2023")).toBeVisible();
});

test("a dataset with a schema error shows the error state with the JSON path, and Retry recovers", async ({
  page,
}) => {
  const app = new LatticePage(page);
  const broken = structuredClone(bundled);
  broken.agreements[3]!.parties[1] = "JNP";
  let serveBroken = true;
  await page.route("**/data/indo-pacific.json", (route) =>
    serveBroken
      ? route.fulfill({ body: JSON.stringify(broken), contentType: "application/json" })
      : route.fallback(),
  );
  await page.goto("/");
  await expect(app.errorAlert()).toContainText("The dataset has errors");
  await expect(app.errorAlert()).toContainText('agreements[3].parties[1]: unknown country "JNP"');
  serveBroken = false;
  await page.getByRole("button", { name: "Retry" }).click();
  await expect(app.heading()).toHaveText(bundled.title);
});

test("a body that is not JSON is named as such", async ({ page }) => {
  const app = new LatticePage(page);
  await app.serveBundledDataset("<html>oops</html>");
  await page.goto("/");
  await expect(app.errorAlert()).toContainText("The dataset is not JSON");
});

test("a network failure is named as such", async ({ page }) => {
  const app = new LatticePage(page);
  await page.route("**/data/indo-pacific.json", (route) => route.abort("failed"));
  await page.goto("/");
  await expect(app.errorAlert()).toContainText("Network failure");
  await expect(page.getByRole("button", { name: "Retry" })).toBeVisible();
});
