import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { bundled } from "./bundled-data";
import { LatticePage } from "./fixtures/lattice-page";

/** Serious and critical axe violations, as "rule: first target" lines (empty when clean). */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(" | ")}`,
    );
}

const views: [string, string, (page: Page) => ReturnType<Page["getByRole"]>][] = [
  ["graph view", "time=2022-01-06", (p) => p.getByRole("region", { name: "Alliance graph" })],
  ["table", "tab=table", (p) => p.getByRole("table", { name: "Agreements" })],
  ["insights", "tab=insights", (p) => p.getByRole("tab", { name: "Insights", selected: true })],
  ["country panel", "country=JPN", (p) => p.getByRole("complementary", { name: "Japan" })],
  ["pair view", "pair=AUS~JPN", (p) => p.getByRole("complementary", { name: "Australia – Japan" })],
  ["compare mode", "time=2016-01-01..2023-12-31", (p) => p.getByRole("region", { name: "What changed" })],
  ["insights verdict", "tab=insights&measure=depth", (p) => p.getByRole("region", { name: "Verdict" })],
  [
    "agreement panel",
    `agreement=${bundled.agreements[40]!.id}`,
    (p) => p.getByRole("complementary", { name: bundled.agreements[40]!.title }),
  ],
  [
    "presentation mode",
    "present=1&story=quad-outpaced&step=3",
    (p) => p.getByRole("region", { name: "Alliance graph" }),
  ],
  [
    "light presentation theme",
    "present=1&theme=light&story=quad-outpaced&step=8",
    (p) => p.getByRole("region", { name: "Alliance graph" }),
  ],
];

for (const [name, query, landmark] of views) {
  test(`axe: no serious or critical violations in the ${name}`, async ({ page }) => {
    const app = new LatticePage(page);
    await app.open(query);
    await expect(landmark(page)).toBeVisible();
    if (name === "insights") await expect(page.locator("svg.recharts-surface").first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test("axe: no serious or critical violations with the filters drawer or the header menu open", async ({
    page,
  }) => {
    const app = new LatticePage(page);
    await app.open();
    await page.getByRole("button", { name: "Filters" }).click();
    await expect(page.getByRole("dialog", { name: "Filters" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Menu" }).click();
    await expect(page.getByRole("button", { name: "Present" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("axe: no serious or critical violations with a panel as a sheet", async ({ page }) => {
    const app = new LatticePage(page);
    await app.open("country=JPN");
    await expect(page.getByRole("complementary", { name: "Japan" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test("axe: no serious or critical violations in the error state", async ({ page }) => {
  const app = new LatticePage(page);
  await app.serveBundledDataset("{ not json");
  await page.goto("/");
  await expect(app.errorAlert()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("keyboard only: from load, reach and operate the timeline, filters, tabs, table rows and panels", async ({
  page,
}) => {
  const app = new LatticePage(page);
  await app.open();
  const focusNext = async (target: () => Promise<boolean>, max = 80) => {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press("Tab");
      if (await target()) return;
    }
    throw new Error("target never received focus");
  };
  const focused = (role: string, name: string | RegExp) =>
    page
      .getByRole(role as "button", { name })
      .evaluate((el) => el === document.activeElement)
      .catch(() => false);

  // Find country, by keyboard
  await focusNext(() => focused("combobox", "Find country"));
  await page.keyboard.type("Philipp");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/country=PHL/);
  await expect(page.getByRole("complementary", { name: "Philippines" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page).not.toHaveURL(/country=PHL/);

  // A kind checkbox toggles with Space
  await page.getByRole("checkbox", { name: "Logistics" }).focus();
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/kinds=/);
  await page.keyboard.press("Space");

  // Tabs: arrow keys move between them
  await page.getByRole("tab", { name: "Graph" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("tab", { name: "Table" })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("tab", { name: "Table" })).toBeFocused();

  // A table row opens its agreement with Enter
  await focusNext(() =>
    page
      .getByRole("table", { name: "Agreements" })
      .locator("tbody button")
      .first()
      .evaluate((el) => el === document.activeElement),
  );
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/agreement=/);
  await page.keyboard.press("Escape");

  // The timeline slider moves with the keyboard; a visible focus ring is drawn
  const slider = page.getByRole("slider", { name: "Timeline" });
  await slider.focus();
  const outline = await slider.evaluate(
    (el) => getComputedStyle(el).outlineStyle + getComputedStyle(el).boxShadow,
  );
  expect(outline).not.toBe("nonenone");
  await page.keyboard.press("Home");
  await expect(slider).toHaveAttribute("aria-valuetext", "2007-03-13");
  await page.keyboard.press("PageDown");
  await page.keyboard.press("PageUp");
  await expect(slider).toHaveAttribute("aria-valuetext", /^2008-/);

  // Play and pause from the keyboard
  await page.getByRole("button", { name: "Play" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Pause" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Play" })).toBeVisible();

  // Export from the keyboard
  await page.getByRole("button", { name: "Download", exact: true }).focus();
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Download CSV" }).focus();
  const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  expect(download.suggestedFilename()).toMatch(/^lattice-.*\.csv$/);

  // Presentation mode by key, and out again
  await page.getByRole("button", { name: "Present" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/present=1/);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: "Present" })).toBeVisible();
});
