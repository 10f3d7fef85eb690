import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { bundled } from "./bundled-data";
import { LatticePage } from "./fixtures/lattice-page";

test("Download SVG: a valid SVG of the graph as drawn, with the title and a link per shown agreement", async ({
  page,
}) => {
  const app = new LatticePage(page);
  await app.open("time=2022-01-06");
  const { agreements } = await app.statusCounts();
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download SVG" }).click(),
  ]);
  expect(file.suggestedFilename()).toBe("lattice-2022-01-06-all.svg");
  const text = readFileSync((await file.path())!, "utf8");
  // Parsed by the browser's XML parser: a parse error would show as <parsererror>.
  const summary = await page.evaluate((svgText) => {
    const doc = new DOMParser().parseFromString(svgText, "image/svg+xml");
    const root = doc.documentElement;
    const texts = [...doc.getElementsByTagName("text")].map((t) => t.textContent ?? "");
    // Each link is one subpath (M) of a stroked, unfilled path in a kind's colour.
    const linkMoves = [...doc.getElementsByTagName("path")]
      .filter((p) => p.getAttribute("fill") === "none" && p.getAttribute("stroke") !== "none")
      .reduce((n, p) => n + ((p.getAttribute("d") ?? "").match(/M/g)?.length ?? 0), 0);
    return {
      error: doc.getElementsByTagName("parsererror").length,
      root: root.localName,
      title: doc.getElementsByTagName("title")[0]?.textContent,
      texts,
      linkMoves,
    };
  }, text);
  expect(summary.error).toBe(0);
  expect(summary.root).toBe("svg");
  expect(summary.title).toBe(bundled.title);
  expect(summary.texts).toContain(bundled.title);
  expect(summary.texts.some((t) => t.startsWith("Data: Lattice dataset"))).toBe(true);
  expect(summary.texts).toContain("JPN");
  expect(summary.linkMoves).toBeGreaterThanOrEqual(agreements);
});

test("Cite opens “Cite this view”; Copy puts a citation with the view's URL on the clipboard", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const app = new LatticePage(page);
  await app.open("time=2022-01-06&kinds=access~logistics");
  await page.getByRole("button", { name: "Cite", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Cite this view" });
  await expect(dialog).toBeVisible();
  const url = `${new URL(page.url()).origin}/?time=2022-01-06&kinds=access~logistics`;
  await dialog.getByRole("button", { name: "Copy citation" }).click();
  await expect(dialog.getByText("Copied")).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(url);
  expect(copied).toContain(bundled.title);
  await dialog.getByRole("button", { name: "Copy BibTeX" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^@misc\{/);
  await dialog.getByRole("button", { name: "Copy CSL-JSON" }).click();
  const csl = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
  expect(csl[0]).toMatchObject({ type: "dataset", URL: url });
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
});
