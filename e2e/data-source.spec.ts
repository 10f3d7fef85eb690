import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { bundled } from "./bundled-data";
import { LatticePage } from "./fixtures/lattice-page";

const FIXTURES = "public/data/fixtures";
const smallValid = JSON.parse(readFileSync(`${FIXTURES}/small-valid.json`, "utf8"));

/** Picks a file through the real "Open dataset…" button and its file chooser. */
async function openFile(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: "Open dataset…", exact: true }).click(),
  ]);
  await chooser.setFiles(typeof file === "string" ? `${FIXTURES}/${file}` : file);
}

const banner = (page: Page) => page.getByRole("region", { name: "Foreign dataset" });

test.describe("data= URL", () => {
  test("a valid dataset loads, is marked as foreign with its path and title, and Back to bundled works", async ({
    page,
  }) => {
    const app = new LatticePage(page);
    await app.open("data=/data/fixtures/small-valid.json");
    await expect(app.heading()).toHaveText(smallValid.title);
    await expect(banner(page)).toContainText("/data/fixtures/small-valid.json");
    await expect(banner(page)).toContainText(`“${smallValid.title}”`);
    await expect(page.getByText(`${smallValid.agreements.length} agreements ·`)).toBeVisible();

    await banner(page).getByRole("button", { name: "Back to the bundled dataset" }).click();
    await expect(app.heading()).toHaveText(bundled.title);
    await expect(banner(page)).toHaveCount(0);
    expect(app.searchParams().has("data")).toBe(false);
    // Back returns to the foreign dataset, still marked.
    await page.goBack();
    await expect(app.heading()).toHaveText(smallValid.title);
    await expect(banner(page)).toBeVisible();
  });

  test("an invalid dataset on first load shows the full-page error with paths, Retry and a way to the bundled data", async ({
    page,
  }) => {
    await page.goto("/?data=/data/fixtures/invalid.json");
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("The dataset has errors");
    await expect(alert).toContainText('agreements[1].parties[1]: unknown country "JNP"');
    await expect(alert).toContainText("agreements[2].ended: ended (2014-01-01) before it began (2015-06-01)");
    await expect(page.getByRole("button", { name: "Retry" })).toBeVisible();
    await page.getByRole("button", { name: "Open the bundled dataset" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(bundled.title);
  });

  test("an invalid dataset reached with Back/Forward keeps the dataset on screen and lists the problems", async ({
    page,
  }) => {
    const app = new LatticePage(page);
    await app.open("tab=table");
    // Two history entries made by the page itself, then Back: the app reads data= from a popstate.
    await page.evaluate(() => {
      history.pushState(null, "", "/?data=/data/fixtures/invalid.json");
      history.pushState(null, "", "/?tab=table");
    });
    await page.goBack();
    const alert = page.getByRole("alert");
    await expect(alert).toContainText('agreements[1].parties[1]: unknown country "JNP"');
    await expect(alert).toContainText(`Still showing “${bundled.title}”: nothing was lost.`);
    await expect(app.heading()).toHaveText(bundled.title);
    await expect(banner(page)).toHaveCount(0);
    // The address names what is on screen again.
    await expect.poll(() => app.searchParams().has("data")).toBe(false);
    await alert.getByRole("button", { name: "Dismiss" }).click();
    await expect(page.getByRole("alert")).toHaveCount(0);
  });

  test("a body that is not JSON, from a data= path, is named as such", async ({ page }) => {
    await page.goto("/?data=/data/fixtures/not-json.json");
    await expect(page.getByRole("alert")).toContainText("The dataset is not JSON");
  });
});

test.describe("Open dataset… (file picker)", () => {
  test("a valid JSON file replaces the dataset and is marked as a file not in shared links", async ({
    page,
  }) => {
    const app = new LatticePage(page);
    await app.open();
    await openFile(page, "small-valid.json");
    await expect(app.heading()).toHaveText(smallValid.title);
    await expect(banner(page)).toContainText(
      "loaded from file small-valid.json; not included in shared links",
    );
    await expect(banner(page)).toContainText(smallValid.title);
    expect(app.searchParams().has("data")).toBe(false);
  });

  test("an invalid JSON file lists its problems and the bundled dataset stays", async ({ page }) => {
    const app = new LatticePage(page);
    await app.open("tab=table");
    const before = await app.tableTitles();
    await openFile(page, "invalid.json");
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("The dataset has errors");
    await expect(alert.getByRole("list", { name: "Problems" }).getByRole("listitem")).toHaveText([
      'agreements[1].parties[1]: unknown country "JNP"',
      "agreements[2].ended: ended (2014-01-01) before it began (2015-06-01)",
    ]);
    await expect(app.heading()).toHaveText(bundled.title);
    expect(await app.tableTitles()).toEqual(before);
    await expect(banner(page)).toHaveCount(0);
  });

  test("a CSV of agreements becomes a dataset; a bad CSV then reports line numbers and keeps it", async ({
    page,
  }) => {
    const app = new LatticePage(page);
    await app.open("tab=table");
    await openFile(page, "agreements.csv");
    await expect(app.heading()).toHaveText("agreements");
    await expect(banner(page)).toContainText("loaded from file agreements.csv");
    await expect(page.getByText("5 agreements · 5 countries")).toBeVisible();
    await expect
      .poll(() => app.tableTitles())
      .toEqual([
        "Japan–Australia Joint Declaration on Security Cooperation",
        "India–United States LEMOA",
        "Quadrilateral Security Dialogue",
        "AUKUS, trilateral security partnership",
      ]);

    await openFile(page, "agreements-invalid.csv");
    const alert = page.getByRole("alert");
    await expect(alert.getByRole("listitem")).toHaveText([
      'line 4: parties: unknown country code "JNP"',
      "line 4: signed: not a real date (use YYYY-MM-DD, or YYYY-MM / YYYY when only that is known)",
    ]);
    await expect(alert).toContainText("Still showing “agreements”");
    await expect(app.heading()).toHaveText("agreements");
    await expect(banner(page)).toContainText("agreements.csv");
  });

  test("a file over 25 MB is refused before it is read, and other file types are named", async ({ page }) => {
    const app = new LatticePage(page);
    await app.open();
    // Made in the page (26 MB through the test protocol would be slow), put on the picker's input.
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(26 * 1024 * 1024)], "huge.json", { type: "application/json" }));
      input.files = data.files;
      input.dispatchEvent(new Event("change", { bubbles: true }));
    });
    const tooLarge = page.getByRole("alert").filter({ hasText: "The dataset is too large" });
    await expect(tooLarge).toContainText("The dataset is 26.0 MB; Lattice opens files up to 25 MB");
    await openFile(page, { name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("hello") });
    await expect(
      page.getByRole("alert").filter({ hasText: "This kind of file cannot be opened" }),
    ).toContainText("notes.txt is not a .json or .csv file");
    await expect(app.heading()).toHaveText(bundled.title);
  });
});

test("dropping a file anywhere shows an overlay, then opens it", async ({ page }) => {
  const app = new LatticePage(page);
  await app.open();
  const csv = readFileSync(`${FIXTURES}/agreements.csv`, "utf8");
  const transfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], "dropped.csv", { type: "text/csv" }));
    return data;
  }, csv);
  const target = page.locator("main").first();
  await target.dispatchEvent("dragenter", { dataTransfer: transfer });
  await expect(page.getByText("to open it")).toBeVisible();
  await target.dispatchEvent("dragover", { dataTransfer: transfer });
  await target.dispatchEvent("drop", { dataTransfer: transfer });
  await expect(page.getByText("to open it")).toHaveCount(0);
  await expect(app.heading()).toHaveText("dropped");
  await expect(banner(page)).toContainText("loaded from file dropped.csv");
});

test("an opened file is left when Back returns to the data= URL it replaced", async ({ page }) => {
  const app = new LatticePage(page);
  await app.open("data=/data/fixtures/small-valid.json");
  await openFile(page, "agreements.csv");
  await expect(app.heading()).toHaveText("agreements");
  expect(app.searchParams().has("data")).toBe(false);
  await page.goBack();
  await expect(app.heading()).toHaveText(smallValid.title);
  await expect(banner(page)).toContainText("/data/fixtures/small-valid.json");
});

test("a slow dataset shows progress with Cancel, which keeps the dataset on screen", async ({ page }) => {
  const app = new LatticePage(page);
  // Never answered: the request hangs until the page cancels it.
  await page.route("**/data/fixtures/slow.json", () => {});
  await app.open();
  await page.evaluate(() => {
    history.pushState(null, "", "/?data=/data/fixtures/slow.json");
    history.pushState(null, "", "/");
  });
  await page.goBack();
  const progress = page.getByRole("status").filter({ hasText: "Opening /data/fixtures/slow.json…" });
  await expect(progress).toBeVisible();
  await expect(app.heading()).toHaveText(bundled.title);
  await progress.getByRole("button", { name: "Cancel" }).click();
  await expect(progress).toHaveCount(0);
  await expect.poll(() => app.searchParams().has("data")).toBe(false);
  await expect(app.heading()).toHaveText(bundled.title);
  await expect(page.getByRole("alert")).toHaveCount(0);
});
