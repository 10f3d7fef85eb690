import { expect, test, type Page } from "@playwright/test";
import { bundled, lastDay } from "./bundled-data";
import { LatticePage } from "./fixtures/lattice-page";
import { decodePng, type PngWindow } from "./fixtures/png-in-page";

const START = "2007-03-13";
const END = "2023-12-31";

/** Every day on which something starts, ends or happens, as the app's ←/→ keys step over them. */
const changeDays = [
  ...new Set(
    [
      ...bundled.agreements.flatMap((a) => [a.signed, a.inForce, a.ended]),
      ...bundled.events.map((e) => e.date),
    ]
      .filter((d): d is string => d !== null)
      .map(lastDay)
      .filter((d) => d >= START && d <= END),
  ),
].sort();
const eventDays = [...new Set(bundled.events.map((e) => lastDay(e.date)))]
  .filter((d) => d >= START && d <= END)
  .sort();

/** Agreements counted on `day` by entry into force (no date recorded: from signature). */
function countInForce(day: string): number {
  return bundled.agreements.filter(
    (a) => lastDay(a.inForce ?? a.signed) <= day && (!a.ended || lastDay(a.ended) > day),
  ).length;
}

/** The timeline bar, driven by role and name like a user would. */
class TimelineControls {
  constructor(readonly page: Page) {}
  region = () => this.page.getByRole("region", { name: "Timeline controls" });
  slider = () => this.page.getByRole("slider", { name: "Timeline" });
  play = () => this.region().getByRole("button", { name: "Play", exact: true });
  pause = () => this.region().getByRole("button", { name: "Pause", exact: true });
  nextEvent = () => this.region().getByRole("button", { name: "Next event" });
  previousEvent = () => this.region().getByRole("button", { name: "Previous event" });
  speed = () => this.region().getByRole("combobox", { name: "Speed" });
  basis = (name: "Signature" | "Entry into force") => this.region().getByRole("radio", { name });
  date = async () => (await this.slider().getAttribute("aria-valuetext")) ?? "";
  timeParam = () => new URL(this.page.url()).searchParams.get("time");
  /** Lets the page render a few frames (not a fixed sleep: it waits for the browser's own frames). */
  frames = (n: number) =>
    this.page.evaluate(
      (count) =>
        new Promise<void>((resolve) => {
          const step = (left: number) =>
            left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1));
          step(count);
        }),
      n,
    );
}

test("the slider starts at the end of the timeline and shows the date", async ({ page }) => {
  const app = new LatticePage(page);
  const tl = new TimelineControls(page);
  await app.open();
  await expect(tl.slider()).toHaveAttribute("aria-valuetext", END);
  await expect(tl.region()).toContainText("31 Dec 2023");
  await expect(tl.play()).toBeVisible();
  await expect(tl.speed().locator("option")).toHaveCount(4);
});

test("Home, arrows, PageUp/PageDown and End move the date, the status and the URL", async ({ page }) => {
  const app = new LatticePage(page);
  const tl = new TimelineControls(page);
  await app.open();
  await tl.slider().focus();

  // Home writes "earliest" (short, and still right if a dataset's start moves).
  await page.keyboard.press("Home");
  await expect(tl.slider()).toHaveAttribute("aria-valuetext", START);
  await expect(page).toHaveURL(/[?&]time=earliest(&|$)/);
  await expect(app.status()).toContainText(`on ${START}`);
  const atStart = await app.status().textContent();

  await page.keyboard.press("ArrowRight");
  const next = changeDays.find((d) => d > START)!;
  await expect(tl.slider()).toHaveAttribute("aria-valuetext", next);
  await expect(app.status()).toContainText(`on ${next}`);
  expect(await app.status().textContent()).not.toBe(atStart);
  await expect.poll(() => tl.timeParam()).toBe(next); // the URL follows within 150 ms (coalesced)

  await page.keyboard.press("ArrowLeft");
  await expect(tl.slider()).toHaveAttribute("aria-valuetext", START);

  await app.open("time=2015-06-01");
  await tl.slider().focus();
  await page.keyboard.press("PageUp");
  await expect(tl.slider()).toHaveAttribute("aria-valuetext", "2016-06-01");
  await expect(page).toHaveURL(/time=2016-06-01/);
  await page.keyboard.press("PageDown");
  await page.keyboard.press("PageDown");
  await expect(tl.slider()).toHaveAttribute("aria-valuetext", "2014-06-01");

  // The end is the default: it is not written to the URL at all.
  await page.keyboard.press("End");
  await expect(tl.slider()).toHaveAttribute("aria-valuetext", END);
  await expect.poll(() => tl.timeParam()).toBeNull();
});

test("a click on the track jumps to the date under the pointer", async ({ page }) => {
  const app = new LatticePage(page);
  const tl = new TimelineControls(page);
  await app.open();
  const box = (await tl.slider().boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect.poll(tl.date).toMatch(/^2015-0[78]-\d\d$/);
});

test("hovering the track names the nearest agreement start: its date and titles", async ({ page }) => {
  const app = new LatticePage(page);
  const tl = new TimelineControls(page);
  await app.open("time=earliest");
  const day = "2007-05-31"; // two agreements signed that day, the nearest others weeks away
  const titles = bundled.agreements.filter((a) => lastDay(a.signed) === day).map((a) => a.title);
  expect(titles.length).toBeGreaterThan(1);
  const span = Date.parse(END) - Date.parse(START);
  const box = (await tl.slider().boundingBox())!;
  const x = box.x + (box.width * (Date.parse(day) - Date.parse(START))) / span;
  await page.mouse.move(x + 2, box.y + box.height / 2);
  const hint = page.getByRole("tooltip");
  await expect(hint).toContainText("31 May 2007");
  for (const title of titles) await expect(hint).toContainText(title);
  await expect(tl.slider()).toHaveAttribute("aria-valuetext", START); // hovering does not move the date

  await page.mouse.move(x, box.y - 60); // off the track
  await expect(hint).toHaveCount(0);
});

test("pointing at an event's diamond names the event; clicking it jumps to its date", async ({ page }) => {
  const app = new LatticePage(page);
  const tl = new TimelineControls(page);
  await app.open("time=earliest");
  // An event with no other event within 30 days, so the diamond under the pointer is unambiguous.
  const apart = (d: string) =>
    eventDays.every((o) => o === d || Math.abs(Date.parse(o) - Date.parse(d)) > 30 * 864e5);
  const day = eventDays.find(apart)!;
  const title = bundled.events.find((e) => lastDay(e.date) === day)!.title;
  const span = Date.parse(END) - Date.parse(START);
  const box = (await tl.slider().boundingBox())!;
  const x = box.x + (box.width * (Date.parse(day) - Date.parse(START))) / span;
  const eventsRowY = box.y - 8; // the diamonds sit in a 16 px row just above the slider
  await page.mouse.move(x + 2, eventsRowY);
  await expect(page.getByRole("tooltip")).toContainText(title);
  await expect(tl.slider()).toHaveAttribute("aria-valuetext", START); // pointing does not move the date
  await page.mouse.click(x + 2, eventsRowY);
  await expect(tl.slider()).toHaveAttribute("aria-valuetext", day);
  await expect(app.status()).toContainText(`on ${day}`);
  await expect(page).toHaveURL(new RegExp(`time=${day}`)); // the entry is written after its frame
  await page.goBack(); // a deliberate jump: Back undoes it
  await expect(tl.slider()).toHaveAttribute("aria-valuetext", START);
});

test("Play advances the date and Pause stops it", async ({ page }) => {
  const app = new LatticePage(page);
  const tl = new TimelineControls(page);
  await app.open("time=earliest");
  await expect(app.status()).toHaveAttribute("aria-busy", "false");
  await tl.play().click();
  await expect(tl.pause()).toBeVisible();
  // A new date every frame: screen readers wait for the one play stops on.
  await expect(app.status()).toHaveAttribute("aria-busy", "true");
  await expect.poll(async () => Date.parse(await tl.date())).toBeGreaterThan(Date.parse("2008-01-01"));

  await tl.pause().click();
  await expect(tl.play()).toBeVisible();
  await expect(app.status()).toHaveAttribute("aria-busy", "false");
  const stoppedAt = await tl.date();
  await tl.frames(20);
  expect(await tl.date()).toBe(stoppedAt);
  expect(stoppedAt < END).toBe(true);
  await expect.poll(() => tl.timeParam()).toBe(stoppedAt);
});

test("while playing, the kind counts follow the date; paused, they are those of its link", async ({
  page,
}) => {
  const app = new LatticePage(page);
  const tl = new TimelineControls(page);
  const counts = () => page.getByRole("group", { name: "Agreement kinds" }).first().innerText();
  await app.open("time=earliest");
  const atStart = await counts();
  await tl.speed().selectOption("4");
  await tl.play().click();
  // They move while the play goes on, not only when it stops.
  await expect.poll(counts).not.toBe(atStart);
  await expect(tl.pause()).toBeVisible();
  await expect.poll(async () => Date.parse(await tl.date())).toBeGreaterThan(Date.parse("2015-01-01"));
  await tl.pause().click();
  const pausedAt = await tl.date();
  const shown = await counts();

  await app.open(`time=${pausedAt}`);
  expect(await counts()).toBe(shown);
});

test("at 4× playback runs to the very end and stops; at the end Play starts over", async ({ page }) => {
  const app = new LatticePage(page);
  const tl = new TimelineControls(page);
  await app.open("time=2019-01-01");
  await tl.speed().selectOption("4");
  await tl.play().click();
  await expect(tl.play()).toBeVisible({ timeout: 10_000 });
  await expect(tl.slider()).toHaveAttribute("aria-valuetext", END);

  // Slowly this time, so the restart from the beginning is easy to catch.
  await tl.speed().selectOption("0.5");
  await tl.play().click();
  await expect.poll(async () => Date.parse(await tl.date())).toBeLessThan(Date.parse("2010-01-01"));
  await tl.pause().click();
});

test("Space and P toggle playback, but not while typing", async ({ page }) => {
  const app = new LatticePage(page);
  const tl = new TimelineControls(page);
  await app.open("time=earliest");
  await page.getByRole("combobox", { name: "Find country" }).click();
  await page.keyboard.type("p");
  await tl.frames(5);
  await expect(tl.play()).toBeVisible();

  await tl.slider().focus();
  await page.keyboard.press("Space");
  await expect(tl.pause()).toBeVisible();
  await page.keyboard.press("p");
  await expect(tl.play()).toBeVisible();
});

test("with reduced motion, playback jumps from year end to year end", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  const app = new LatticePage(page);
  const tl = new TimelineControls(page);
  await app.open("time=earliest");
  await tl.play().click();
  await expect(tl.slider()).toHaveAttribute("aria-valuetext", "2007-12-31");
  await expect(tl.slider()).toHaveAttribute("aria-valuetext", "2008-12-31");
  await tl.pause().click();
});

test("Next event and Previous event jump between events, and Back undoes a jump", async ({ page }) => {
  const app = new LatticePage(page);
  const tl = new TimelineControls(page);
  await app.open("time=earliest");
  await expect(tl.previousEvent()).toHaveAttribute("aria-disabled", "true");

  await tl.nextEvent().click();
  await expect(tl.slider()).toHaveAttribute("aria-valuetext", eventDays[0]!);
  await expect(page).toHaveURL(new RegExp(`time=${eventDays[0]}`));
  await tl.nextEvent().click();
  await expect(tl.slider()).toHaveAttribute("aria-valuetext", eventDays[1]!);
  await tl.previousEvent().click();
  await expect(tl.slider()).toHaveAttribute("aria-valuetext", eventDays[0]!);
  await expect(page).toHaveURL(new RegExp(`time=${eventDays[0]}`)); // the entry is written after its frame

  await page.goBack();
  await expect(tl.slider()).toHaveAttribute("aria-valuetext", eventDays[1]!);

  await app.open();
  await tl.previousEvent().click();
  await expect(tl.slider()).toHaveAttribute("aria-valuetext", eventDays.at(-1)!);
  await expect(app.status()).toContainText(`on ${eventDays.at(-1)}`);
});

test("the basis switch counts from entry into force, in the URL and the counts", async ({ page }) => {
  const app = new LatticePage(page);
  const tl = new TimelineControls(page);
  const day = "2012-06-30"; // 18 signed by then, 15 in force
  await app.open(`time=${day}`);
  await expect(tl.basis("Signature")).toBeChecked();
  const bySignature = (await app.statusCounts()).agreements;

  await tl.basis("Entry into force").check();
  await expect(page).toHaveURL(/basis=in-force/);
  const expected = countInForce(day);
  await expect(app.status()).toContainText(`${expected} agreement`);
  expect(expected).toBeLessThan(bySignature);
  await expect(
    tl.region().getByRole("img", { name: /New agreements per year, by entry into force/ }),
  ).toBeVisible();

  await tl.basis("Signature").check();
  await expect.poll(() => new URL(page.url()).searchParams.get("basis")).toBeNull();
  await expect(app.status()).toContainText(`${bySignature} agreement`);
});

/** The colours (r, g, b) of the page's pixels at `points` (CSS px), read from a screenshot. */
async function coloursAt(page: Page, points: { x: number; y: number }[]): Promise<number[][]> {
  await decodePng(page, await page.screenshot());
  return page.evaluate((points) => {
    const ctx = (window as PngWindow).__png!;
    const scale = ctx.canvas.width / window.innerWidth;
    return points.map(({ x, y }) => [
      ...ctx.getImageData(Math.round(x * scale), Math.round(y * scale), 1, 1).data.slice(0, 3),
    ]);
  }, points);
}

test("ticks and event diamonds are in colour up to the date shown, outlined after it", async ({ page }) => {
  const app = new LatticePage(page);
  const tl = new TimelineControls(page);
  // Events with no other event within 60 days: their diamonds do not overlap.
  const apart = (d: string) =>
    eventDays.every((o) => o === d || Math.abs(Date.parse(o) - Date.parse(d)) > 60 * 864e5);
  const lone = eventDays.filter(apart);
  const [before, shown, after] = [lone[1]!, lone[Math.floor(lone.length / 2)]!, lone[lone.length - 2]!];
  await app.open(`time=${shown}`);
  await expect(tl.slider()).toHaveAttribute("aria-valuetext", shown);
  const span = Date.parse(END) - Date.parse(START);
  const box = (await tl.slider().boundingBox())!;
  const xOf = (day: string) => box.x + (box.width * (Date.parse(day) - Date.parse(START))) / span;
  const diamondsY = box.y - 8; // the events row sits just above the slider
  const [past, ahead] = await coloursAt(page, [
    { x: xOf(before), y: diamondsY },
    { x: xOf(after), y: diamondsY },
  ]);
  const isEventColour = ([r, g, b]: number[]) => r! > 150 && g! < 110 && b! < 80;
  expect(isEventColour(past!), `diamond of ${before}: ${past}`).toBe(true);
  expect(
    ahead!.every((c) => c > 230),
    `diamond of ${after}: ${ahead}`,
  ).toBe(true);

  // Agreement ticks stand 4 px above the rail (9 px below the slider's top): sample just above it,
  // across the 2 px stroke, one tick long before the date and one long after it.
  const starts = bundled.agreements.map((a) => lastDay(a.signed)).sort();
  const tickBefore = starts.find((d) => d > before)!;
  const tickAfter = starts.find((d) => d > after)!;
  const row = (day: string) => [-1, 0, 1].map((dx) => ({ x: xOf(day) + dx, y: box.y + 7 }));
  const colours = await coloursAt(page, [...row(tickBefore), ...row(tickAfter)]);
  const isAccent = ([r, , b]: number[]) => b! > 150 && b! - r! > 80;
  const isGrey = ([r, g, b]: number[]) => r! < 200 && Math.abs(r! - b!) < 50 && Math.abs(g! - b!) < 50;
  expect(colours.slice(0, 3).some(isAccent), `tick of ${tickBefore}: ${colours.slice(0, 3)}`).toBe(true);
  expect(colours.slice(3).some(isAccent), `tick of ${tickAfter}: ${colours.slice(3)}`).toBe(false);
  expect(colours.slice(3).some(isGrey), `tick of ${tickAfter}: ${colours.slice(3)}`).toBe(true);
});
