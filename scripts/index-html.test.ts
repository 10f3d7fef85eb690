import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const html = readFileSync(new URL("../index.html", import.meta.url), "utf8");

describe("index.html", () => {
  it("has one favicon, inline and raster: nothing to fetch or parse as a document while the timeline plays", () => {
    // Chromium loads the page's icon again after every history.replaceState (every 150 ms while
    // playing): a file icon was a request each time, an SVG icon a new SVG document (1.7-6.4 ms each).
    const icons = [...html.matchAll(/<link\s+rel="icon"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
    expect(icons).toHaveLength(1);
    expect(icons[0]).toMatch(/^data:image\/png;base64,/);
    const png = Buffer.from(icons[0]!.slice(icons[0]!.indexOf(",") + 1), "base64");
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(png.readUInt32BE(16)).toBe(32); // width
    expect(png.readUInt32BE(20)).toBe(32); // height
  });
});
