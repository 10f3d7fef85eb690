import { expect, test } from "@playwright/test";
import { bundled } from "./bundled-data";
import { LatticePage } from "./fixtures/lattice-page";

const XSS_TITLE = `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>`;

test("dataset text that looks like HTML is shown as text and never runs", async ({ page }) => {
  const app = new LatticePage(page);
  const hostile = structuredClone(bundled) as any;
  hostile.title = `Hostile ${XSS_TITLE}`;
  hostile.agreements[0].title = XSS_TITLE;
  hostile.agreements[0].summary = `<a href="javascript:window.__xss=3">click</a>`;
  hostile.countries[0].name = `<b onmouseover="window.__xss=4">Bold</b>`;
  await app.serveBundledDataset(JSON.stringify(hostile));
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    void d.dismiss();
  });
  await app.open(`tab=table&agreement=${hostile.agreements[0].id}`);
  await expect(app.heading()).toHaveText(`Hostile ${XSS_TITLE}`);
  await expect(app.table().getByRole("button", { name: XSS_TITLE })).toBeVisible();
  await expect(page.getByRole("heading", { name: XSS_TITLE, level: 2 })).toBeVisible();
  await page.getByRole("tab", { name: "Graph" }).click();
  await page.mouse.move(640, 400);
  expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined();
  expect(dialogs).toBe(0);
  await expect(page.locator("a[href^='javascript:']")).toHaveCount(0);
  await expect(page.locator("img[src='x']")).toHaveCount(0);
});

test("a dataset whose sources hold javascript: URLs is refused, and no such link exists", async ({
  page,
}) => {
  const app = new LatticePage(page);
  const hostile = structuredClone(bundled) as any;
  hostile.agreements[2].sources[0].url = "javascript:alert(document.cookie)";
  await app.serveBundledDataset(JSON.stringify(hostile));
  await page.goto("/");
  await expect(app.errorAlert()).toContainText("agreements[2].sources[0].url: must be an http(s) URL");
  await expect(page.locator("a[href^='javascript:']")).toHaveCount(0);
});

test("every source link opens safely in a new tab and is http(s)", async ({ page }) => {
  const app = new LatticePage(page);
  await app.open(`agreement=${bundled.agreements[10]!.id}`);
  const panel = page.getByRole("complementary", { name: bundled.agreements[10]!.title });
  const links = panel.getByRole("link");
  await expect(links.first()).toBeVisible();
  for (const link of await links.all()) {
    const href = (await link.getAttribute("href")) ?? "";
    if (href.startsWith("?") || href.startsWith("/")) continue; // in-app links to other panels
    expect(href).toMatch(/^https?:\/\//);
    await expect(link).toHaveAttribute("target", "_blank");
    await expect(link).toHaveAttribute("rel", /noopener/);
    await expect(link).toHaveAttribute("rel", /noreferrer/);
  }
});

test("the app makes no request to any other host, and the production build carries a CSP", async ({
  page,
}) => {
  const app = new LatticePage(page);
  const foreign: string[] = [];
  page.on("request", (r) => {
    if (new URL(r.url()).host !== new URL(page.url() === "about:blank" ? r.url() : page.url()).host)
      foreign.push(r.url());
  });
  await app.open("tab=insights");
  await page.getByRole("tab", { name: "Graph" }).click();
  await app.open("country=JPN");
  expect(foreign).toEqual([]);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain("unsafe-eval");
});
