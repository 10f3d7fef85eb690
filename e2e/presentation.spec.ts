import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { LatticePage } from "./fixtures/lattice-page";

const story = (
  JSON.parse(readFileSync("public/data/indo-pacific.json", "utf8")).stories as {
    id: string;
    steps: { time: string; caption: string; country?: string; agreement?: string }[];
  }[]
)[0]!;
const lastDay = (t: string) =>
  t.length === 10
    ? t
    : t.length === 7
      ? new Date(Date.UTC(+t.slice(0, 4), +t.slice(5, 7), 0)).toISOString().slice(0, 10)
      : `${t}-12-31`;

test.use({ viewport: { width: 1920, height: 1080 } });

test("Present enters presentation mode; Escape leaves; F toggles", async ({ page }) => {
  const app = new LatticePage(page);
  await app.open("time=2020-01-01");
  await page.getByRole("button", { name: "Present" }).click();
  await expect(page).toHaveURL(/present=1/);
  await expect(page.getByRole("region", { name: "Alliance graph" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Kinds legend" })).toBeVisible();
  await expect(page.getByRole("tab", { name: "Table" })).toHaveCount(0); // chrome is hidden
  await page.keyboard.press("Escape");
  await expect(page).not.toHaveURL(/present=1/);
  await expect(page.getByRole("tab", { name: "Table" })).toBeVisible();
  await page.locator("body").press("f");
  await expect(page).toHaveURL(/present=1/);
});

test("in presentation mode ←/→ move between events", async ({ page }) => {
  const app = new LatticePage(page);
  await app.open("present=1&time=2015-01-01");
  const before = (await app.statusCounts()).date;
  await page.keyboard.press("ArrowRight");
  await expect.poll(async () => (await app.statusCounts()).date).not.toBe(before);
  const after = (await app.statusCounts()).date;
  expect(after > before).toBe(true);
  await page.keyboard.press("ArrowLeft");
  await expect.poll(async () => (await app.statusCounts()).date < after).toBe(true);
});

test("Start story begins at step 1; → steps through it in presentation mode; the step is in the URL", async ({
  page,
}) => {
  const app = new LatticePage(page);
  await app.open();
  await page.getByRole("button", { name: "Start story" }).click();
  await expect(page).toHaveURL(new RegExp(`story=${story.id}`));
  await expect(page.getByText(story.steps[0]!.caption)).toBeVisible();
  await expect.poll(async () => (await app.statusCounts()).date).toBe(lastDay(story.steps[0]!.time));

  await page.getByRole("button", { name: "Present" }).click();
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/step=2/);
  await expect(page.getByText(story.steps[1]!.caption)).toBeVisible();
  await expect.poll(async () => (await app.statusCounts()).date).toBe(lastDay(story.steps[1]!.time));
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(/step=2/);
});

test("a story step link reproduces the step's date and selection", async ({ page }) => {
  const app = new LatticePage(page);
  const n = story.steps.findIndex((s) => s.agreement || s.country) + 1;
  const step = story.steps[n - 1]!;
  await app.open(`story=${story.id}&step=${n}`);
  await expect(page.getByText(step.caption)).toBeVisible();
  await expect.poll(async () => (await app.statusCounts()).date).toBe(lastDay(step.time));
  if (step.country) await expect(page).toHaveURL(new RegExp(`country=${step.country}`));
  else await expect(page).toHaveURL(new RegExp(`agreement=${step.agreement}`));
});

test("? opens the keyboard shortcuts dialog", async ({ page }) => {
  const app = new LatticePage(page);
  await app.open();
  await page.locator("body").press("?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("row")).toHaveCount(14);
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
});

test("a foreign dataset stays marked in presentation mode", async ({ page }) => {
  await page.goto("/?data=/data/fixtures/small-valid.json&present=1");
  await expect(page.getByText(/small-valid\.json/).first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Alliance graph" })).toBeVisible();
});
