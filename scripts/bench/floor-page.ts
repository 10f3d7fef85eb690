/**
 * The "floor page": the reference page (React and react-force-graph-2d drawing the same graph) inside
 * a static copy of the app's page. Its first paint is what any page showing this dashboard around
 * this graph costs with this stack, before a line of the app's own code runs: the browser still
 * downloads the app's CSS, parses the dashboard's HTML, styles it and lays it out (fonts included),
 * and draws the graph in the dashboard's graph box instead of the whole window.
 *
 * It answers one question the Lattice ÷ reference ratio raises: how much of the gap is the page
 * around the graph, which no amount of work on the app's scripts can remove.
 *
 * Made once per benchmark from the served build: the app is loaded at the scale's default view, its
 * #root is copied at the first graph paint with the graph's box emptied (the canvases go; the box
 * keeps its size from the page's CSS) and marked `#floor-graph`, where the reference script mounts
 * the graph. The copy is written next to the reference page as `floor.html`, with the app's
 * stylesheets linked from the same origin.
 */
import { readFileSync, writeFileSync } from "node:fs";
import type { Browser } from "@playwright/test";
import { coldFirstPaint, FIRST_PAINT_MARK, loadToMark, newBenchContext } from "./measure-app.ts";
import { REFERENCE_MARK } from "./measure-reference.ts";
import type { ScaleInfo } from "./scales.ts";

export const FLOOR_FILE = "floor.html";

/** The floor page's URL for a scale: the reference page's, with the floor's file. */
export const floorPath = (info: ScaleInfo) =>
  info.referencePath.replace("/reference/?", `/reference/${FLOOR_FILE}?`);

/** The reference page's HTML with the app's stylesheets and static page in it. */
export function floorHtml(referenceHtml: string, appRoot: string, stylesheets: string[]): string {
  const links = stylesheets.map((href) => `<link rel="stylesheet" href="${href}" />`).join("");
  const html = referenceHtml
    // The reference's own page style (a full-window #root) would fight the app's layout.
    .replace(/<style>[\s\S]*?<\/style>/, "")
    .replace("</head>", `${links}</head>`)
    .replace('<div id="root"></div>', `<div id="root">${appRoot}</div>`);
  if (!html.includes('id="floor-graph"')) throw new Error("floor page: the app's graph box is missing");
  return html;
}

export async function writeFloorPage(
  browser: Browser,
  baseUrl: string,
  info: ScaleInfo,
  referenceDist: string,
): Promise<void> {
  const context = await newBenchContext(browser);
  try {
    const page = await context.newPage();
    if ((await loadToMark(page, baseUrl + info.appPath, FIRST_PAINT_MARK)) === null)
      throw new Error("floor page: the app never drew its graph");
    const { root, stylesheets } = await page.evaluate(() => {
      const copy = document.getElementById("root")!.cloneNode(true) as HTMLElement;
      const box = copy.querySelector(".alliance-graph-canvas");
      if (box) {
        box.replaceChildren();
        box.id = "floor-graph";
      }
      const sheets = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];
      return { root: copy.innerHTML, stylesheets: sheets.map((l) => new URL(l.href).pathname) };
    });
    const referenceHtml = readFileSync(`${referenceDist}/index.html`, "utf8");
    writeFileSync(`${referenceDist}/${FLOOR_FILE}`, floorHtml(referenceHtml, root, stylesheets));
  } finally {
    await context.close();
  }
}

/** One cold load of the floor page: navigation start → the graph's first paint. */
export const measureFloor = (browser: Browser, baseUrl: string, info: ScaleInfo) =>
  coldFirstPaint(browser, baseUrl + floorPath(info), REFERENCE_MARK);
