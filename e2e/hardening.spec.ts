import { expect, test } from "@playwright/test";
import { bundled } from "./bundled-data";
import { LatticePage } from "./fixtures/lattice-page";

test("data= values with backslash tricks are refused with one message, whatever the spelling", async ({
  page,
}) => {
  for (const value of ["/%5Cevil.example/x.json", "%5C%5Cevil.example/x.json", "/%5C/evil.example"]) {
    await page.goto(`/?data=${value}`);
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("The dataset address is not allowed");
    await expect(alert).toContainText("contains a backslash");
  }
});

test("a title with a right-to-left override cannot reverse the banner's origin", async ({ page }) => {
  const doctored = structuredClone(bundled) as { title: string };
  doctored.title = "Official data\u202E lanoitanretni";
  await page.route(
    (url) => url.pathname === "/doctored.json",
    (route) => route.fulfill({ body: JSON.stringify(doctored), contentType: "application/json" }),
  );
  const app = new LatticePage(page);
  await app.open("data=/doctored.json");
  const banner = page.getByRole("region", { name: "Foreign dataset" });
  await expect(banner).toContainText("Official data lanoitanretni");
  expect(await banner.evaluate((el) => el.textContent?.includes("\u202E"))).toBe(false);
  await expect(banner.locator("bdi").first()).toBeVisible();
  await expect(app.heading()).toHaveText("Official data lanoitanretni");
});

test("many bad parameters make one notice, which Back does not bring back once dismissed", async ({
  page,
}) => {
  const app = new LatticePage(page);
  const bad = Array.from({ length: 12 }, (_, i) => `x${i}=1`).join("&");
  await app.open(`${bad}&tab=table`);
  const notices = page.getByRole("region", { name: "Notices" });
  await expect(notices.locator(".notice")).toHaveCount(1);
  await expect(notices).toContainText("12 URL parameters ignored");
  await notices.getByRole("button", { name: "Dismiss all" }).click();
  await expect(notices).toHaveCount(0);
  await app.tab("Graph").click();
  await expect(page).not.toHaveURL(/tab=table/); // the entry is written after its frame
  await page.goBack();
  await expect(app.tab("Table")).toHaveAttribute("aria-selected", "true");
  await expect(notices).toHaveCount(0);
});

test("a dataset server that stalls is given up with a message and Retry", async ({ page }) => {
  await page.clock.install();
  let answer = false;
  await page.route(
    (url) => url.pathname === "/stalled.json",
    async (route) => {
      if (answer) await route.fulfill({ path: "public/data/fixtures/hand-written.json" });
      // else never answered: the server has stalled
    },
  );
  await page.goto("/?data=/stalled.json");
  await page.clock.fastForward(21_000);
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("The dataset took too long");
  await expect(alert).toContainText("sent nothing for 20 s");
  answer = true;
  await alert.getByRole("button", { name: "Retry" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("West Africa and partners (hand-written)");
});
