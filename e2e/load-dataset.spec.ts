import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { bundled } from "./bundled-data";
import { LatticePage } from "./fixtures/lattice-page";
import { holdRequests } from "./fixtures/hold-requests";

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

test("an HTTP error names the status", async ({ page }) => {
  const app = new LatticePage(page);
  await app.serveBundledDataset("gone", 404);
  await page.goto("/");
  await expect(app.errorAlert()).toContainText("The server refused the dataset");
  await expect(app.errorAlert()).toContainText("404");
});

test("a newer load supersedes an older one that answers late", async ({ page }) => {
  const app = new LatticePage(page);
  let release: () => void = () => {};
  let lateAnswered = false;
  const released = new Promise<void>((resolve) => (release = resolve));
  // The first dataset answers only after the second has been shown.
  await page.route("**/data/fixtures/late.json", async (route) => {
    await released;
    const stale = structuredClone(bundled) as any;
    stale.title = "Stale dataset that answered late";
    // The app may already have cancelled the request; either way the stale answer is done.
    await route.fulfill({ body: JSON.stringify(stale), contentType: "application/json" }).catch(() => {});
    lateAnswered = true;
  });
  await app.open();
  await page.evaluate(() => {
    history.pushState(null, "", "/?data=/data/fixtures/late.json");
    dispatchEvent(new PopStateEvent("popstate"));
  });
  await expect(page.getByRole("status").filter({ hasText: "late.json" })).toBeVisible();
  await page.evaluate(() => {
    history.pushState(null, "", "/?data=/data/fixtures/small-valid.json");
    dispatchEvent(new PopStateEvent("popstate"));
  });
  const fresh = JSON.parse(readFileSync("public/data/fixtures/small-valid.json", "utf8")).title as string;
  await expect(app.heading()).toHaveText(fresh);
  release();
  await expect.poll(() => lateAnswered).toBe(true);
  await expect(app.heading()).toHaveText(fresh);
  await expect(page).toHaveURL(/small-valid\.json/);
});

test("before its scripts have run, the page already says it is loading, then the dashboard replaces it", async ({
  page,
}) => {
  const release = await holdRequests(page, "**/assets/index-*.js");
  await page.goto("/", { waitUntil: "commit" });
  await expect(page.getByRole("status")).toHaveText("Loading Lattice…");
  release();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(bundled.title);
  await expect(page.getByText("Loading Lattice…")).toHaveCount(0);
});
