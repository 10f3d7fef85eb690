import { describe, expect, it } from "vitest";
import { floorHtml, floorPath } from "./floor-page.ts";
import type { ScaleInfo } from "./scales.ts";

const REFERENCE = `<!doctype html><html><head><title>r</title><style>html,body,#root{height:100%}</style>
<script type="module" src="./assets/index.js"></script></head><body><div id="root"></div></body></html>`;

describe("the floor page", () => {
  it("puts the app's static page and stylesheets around the reference script, without the reference's page style", () => {
    const html = floorHtml(REFERENCE, '<main><div id="floor-graph"></div></main>', [
      "/assets/a.css",
      "/assets/b.css",
    ]);
    expect(html).toContain('<div id="root"><main><div id="floor-graph"></div></main></div>');
    expect(html).toContain(
      '<link rel="stylesheet" href="/assets/a.css" /><link rel="stylesheet" href="/assets/b.css" /></head>',
    );
    expect(html).not.toContain("<style>");
    expect(html).toContain('<script type="module" src="./assets/index.js"></script>');
  });

  it("refuses a copy of the page without the graph's box (the graph would have nowhere to go)", () => {
    expect(() => floorHtml(REFERENCE, "<main></main>", [])).toThrow(/graph box/);
  });

  it("is served next to the reference page, with the same graph", () => {
    const info = { referencePath: "/reference/?graph=/bench-data/bundled.graph.json" } as ScaleInfo;
    expect(floorPath(info)).toBe("/reference/floor.html?graph=/bench-data/bundled.graph.json");
  });
});
