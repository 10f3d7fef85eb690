import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { bundled } from "./bundled-data";
import { LatticePage } from "./fixtures/lattice-page";

const FIXTURES = "public/data/fixtures";
const handWritten = JSON.parse(readFileSync(`${FIXTURES}/hand-written.json`, "utf8"));

async function openFile(page: Page, file: string) {
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: "Open dataset…", exact: true }).click(),
  ]);
  await chooser.setFiles(`${FIXTURES}/${file}`);
}

const SHAPE_AND_SEMANTIC = [
  'agreements[0]: unknown field "inforce": did you mean "inForce"?',
  'agreements[1].parties[1]: unknown country "XYZ"',
  "agreements[2].signed: not a real date (use YYYY-MM-DD, or YYYY-MM / YYYY when only that is known)",
];

test.describe("a hand-written dataset (optional fields left out, regions of its own)", () => {
  test("opens from data=, with its unfamiliar region in the country panel", async ({ page }) => {
    const app = new LatticePage(page);
    await app.open("data=/data/fixtures/hand-written.json&tab=table&country=KEN");
    await expect(app.heading()).toHaveText(handWritten.title);
    await expect(app.table().locator("tbody tr")).toHaveCount(handWritten.agreements.length);
    await expect(page.getByRole("complementary", { name: "Kenya" })).toContainText("East Africa");
  });

  test("opens from a file", async ({ page }) => {
    const app = new LatticePage(page);
    await app.open("tab=table");
    await openFile(page, "hand-written.json");
    await expect(app.heading()).toHaveText(handWritten.title);
    await expect(app.table().locator("tbody tr")).toHaveCount(handWritten.agreements.length);
  });

  test("a broken one lists shape and semantic problems together and keeps the data on screen", async ({
    page,
  }) => {
    const app = new LatticePage(page);
    await app.open();
    await openFile(page, "hand-written-broken.json");
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("The dataset has errors");
    await expect(alert.getByRole("list", { name: "Problems" }).getByRole("listitem")).toHaveText(
      SHAPE_AND_SEMANTIC,
    );
    await expect(app.heading()).toHaveText(bundled.title);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      alert.getByRole("button", { name: "Download all problems" }).click(),
    ]);
    const text = readFileSync((await download.path())!, "utf8");
    expect(text.trim().split("\n")).toEqual(SHAPE_AND_SEMANTIC);
  });
});
