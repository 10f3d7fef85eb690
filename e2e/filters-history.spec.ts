import { expect, test } from "@playwright/test";
import { LatticePage } from "./fixtures/lattice-page";

test("Only shows one kind; Alt-click does the same; hidden kinds say what they would add", async ({
  page,
}) => {
  const app = new LatticePage(page);
  await app.open("time=2022-01-06");
  const group = page.getByRole("group", { name: "Agreement kinds" });
  await group.getByRole("button", { name: "Only Logistics" }).click();
  await expect(page).toHaveURL(/kinds=logistics(&|$)/);
  await expect(app.kindCheckbox("Logistics")).toBeChecked();
  await expect(app.kindCheckbox("Access & basing")).not.toBeChecked();
  const logistics = (await app.statusCounts()).agreements;
  // The access row now offers what it would add, and adding it adds exactly that.
  const accessRow = group.locator(".kind-row-wrap").filter({ hasText: "Access & basing" });
  const plus = Number(((await accessRow.locator(".kind-count").textContent()) ?? "").replace("+", ""));
  expect(plus).toBeGreaterThan(0);
  await expect(accessRow.locator(".kind-count")).toHaveText(`+${plus}`);
  await app.kindCheckbox("Access & basing").check();
  await expect.poll(async () => (await app.statusCounts()).agreements).toBe(logistics + plus);

  await app.kindCheckbox("Dialogue").click({ modifiers: ["Alt"] });
  await expect(page).toHaveURL(/kinds=dialogue(&|$)/);
  await expect(app.kindCheckbox("Dialogue")).toBeChecked();
  await expect(app.kindCheckbox("Logistics")).not.toBeChecked();
  await page.goBack();
  await expect(page).toHaveURL(/kinds=access~logistics/);
});

test("kinds=foo~access keeps access and says foo was ignored", async ({ page }) => {
  const app = new LatticePage(page);
  await app.open("kinds=foo~access");
  await expect(app.kindCheckbox("Access & basing")).toBeChecked();
  await expect(app.kindCheckbox("Logistics")).not.toBeChecked();
  await expect(page.getByText(/Ignored kinds=foo: unknown kind; kept access/)).toBeVisible();
});

test("clicks and single key presses on the timeline are history entries; a drag is one", async ({ page }) => {
  const app = new LatticePage(page);
  await app.open("time=2015-06-01");
  const slider = page.getByRole("region", { name: "Timeline controls" }).getByRole("slider");
  const box = (await slider.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.click(box.x + box.width * 0.25, y);
  const first = await slider.getAttribute("aria-valuetext");
  await page.mouse.click(box.x + box.width * 0.75, y);
  const second = await slider.getAttribute("aria-valuetext");
  expect(second! > first!).toBe(true);
  // A drag: one entry, updated as the pointer moves.
  await page.mouse.move(box.x + box.width * 0.5, y);
  await page.mouse.down();
  for (const f of [0.55, 0.6, 0.65]) await page.mouse.move(box.x + box.width * f, y, { steps: 3 });
  await page.mouse.up();
  const dragged = await slider.getAttribute("aria-valuetext");
  await expect.poll(() => app.searchParams().get("time")).toBe(dragged);
  await page.keyboard.press("ArrowRight");
  await expect(slider).not.toHaveAttribute("aria-valuetext", dragged!);
  // The press's entry is written after the frame that shows it; Back before that would skip it.
  const stepped = await slider.getAttribute("aria-valuetext");
  await expect.poll(() => app.searchParams().get("time")).toBe(stepped);
  await page.goBack();
  await expect(slider).toHaveAttribute("aria-valuetext", dragged!);
  await page.goBack();
  await expect(slider).toHaveAttribute("aria-valuetext", second!);
  await page.goBack();
  await expect(slider).toHaveAttribute("aria-valuetext", first!);
  await page.goBack();
  await expect(slider).toHaveAttribute("aria-valuetext", "2015-06-01");
});

test("quick key presses on the timeline are one history entry, as a held key is", async ({ page }) => {
  const app = new LatticePage(page);
  await app.open("time=2015-06-01");
  const slider = page.getByRole("region", { name: "Timeline controls" }).getByRole("slider");
  await slider.focus();
  for (const key of ["ArrowRight", "ArrowRight", "PageUp"]) await page.keyboard.press(key);
  const reached = await slider.getAttribute("aria-valuetext");
  expect(reached! > "2016-06-01").toBe(true);
  await expect.poll(() => app.searchParams().get("time")).toBe(reached);
  await page.goBack();
  await expect(slider).toHaveAttribute("aria-valuetext", "2015-06-01");
  await expect.poll(() => app.searchParams().get("time")).toBe("2015-06-01");
});

test("the legend's label choice is kept in the URL", async ({ page }) => {
  const app = new LatticePage(page);
  await app.open();
  const choice = page.getByRole("list", { name: "Graph legend" }).getByRole("combobox", { name: "Labels" });
  await expect(choice).toHaveValue("names");
  await choice.selectOption("codes");
  await expect(page).toHaveURL(/labels=codes/);
  await page.reload();
  await expect(choice).toHaveValue("codes");
});
