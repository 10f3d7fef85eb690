import { expect, test } from "@playwright/test";
import { LatticePage } from "./fixtures/lattice-page";

const verdict = (page: import("@playwright/test").Page) => page.getByRole("region", { name: "Verdict" });

test("the verdict states its strength, and its table lists all 8 settings with the current one marked", async ({
  page,
}) => {
  const app = new LatticePage(page);
  await app.open("tab=insights");
  const region = verdict(page);
  await expect(region).toContainText(
    /Since \d{4}, ties that do not run through the Quad as a group .*; this holds under (all 8|\d of 8) settings/,
  );
  const table = region.getByRole("table", { name: "The verdict under every setting" });
  await expect(table.locator("tbody tr")).toHaveCount(8);
  await expect(table.locator('tbody tr[aria-current="true"] th')).toHaveText("Count");

  // Weighting by depth is a URL setting, and the marked row follows it.
  await page.getByRole("radio", { name: "Weight by depth (1–5)" }).check();
  await expect(page).toHaveURL(/[?&]measure=depth(&|$)/);
  await expect(table.locator('tbody tr[aria-current="true"] th')).toHaveText("Depth");
  await expect(region).toContainText("depth points in effect");
  await expect(region.getByRole("heading", { name: "How this could be wrong" })).toBeVisible();
  await expect(region.getByRole("listitem").first()).toContainText(/agreements? that changed the count/);

  // Entry into force is the timeline's own basis.
  await page
    .getByRole("group", { name: "Sensitivity settings" })
    .getByRole("radio", { name: "Entry into force" })
    .check();
  await expect(page).toHaveURL(/[?&]basis=in-force(&|$)/);
  await expect(region).toContainText(/have no entry-into-force date|Since|Between/);
});

test("on a dataset built to reverse it, excluding declarations reverses the verdict", async ({ page }) => {
  const app = new LatticePage(page);
  await app.open("data=/data/fixtures/quad-reversing.json&tab=insights");
  const region = verdict(page);
  await expect(region).toContainText(
    "Since 2015, ties that do not run through the Quad as a group grew 1.7× faster than Quad-group instruments (+5 vs +3 agreements in effect); this holds under 4 of 8 settings; it reverses when declarations and dialogues are excluded.",
  );
  await page.getByRole("checkbox", { name: "Exclude declarations and dialogues" }).check();
  await expect(page).toHaveURL(/[?&]declarations=exclude(&|$)/);
  await expect(region).toContainText(
    "did not grow faster than Quad-group instruments (+0 vs +2 agreements in effect); this holds under 4 of 8 settings; it reverses when declarations and dialogues are included.",
  );
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Exclude declarations and dialogues" })).toBeChecked();
  await expect(verdict(page)).toContainText("did not grow faster");
});

test("the verdict follows a compare window, shaded in the charts", async ({ page }) => {
  const app = new LatticePage(page);
  await app.open("tab=insights&time=2016-01-01..2023-12-31");
  await expect(verdict(page)).toContainText(/^Verdict\s*Between 1 Jan 2016 and 31 Dec 2023, ties/);
  await expect(page.getByRole("figure", { name: /New agreements per year/ })).toContainText(
    /From 2016 to 2023: \d+ new agreements? between a Quad member and a non-member/,
  );
  await expect(page.getByRole("figure", { name: /Ties in effect/ }).getByText("compared")).toBeVisible();
});
