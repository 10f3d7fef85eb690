import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeBundle, htmlAssets, staticImports } from "./bundle-size";

describe("htmlAssets", () => {
  it("lists the entry script, modulepreloads and stylesheets, not icons or remote files", () => {
    const html = `<link rel="icon" href="/favicon.svg" />
      <script type="module" crossorigin src="/assets/index-1.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/vendor-2.js">
      <link rel="stylesheet" crossorigin href="/assets/index-3.css">
      <script src="https://example.org/x.js"></script>`;
    expect(htmlAssets(html)).toEqual(["assets/index-1.js", "assets/vendor-2.js", "assets/index-3.css"]);
  });
});

describe("staticImports", () => {
  it("finds minified static imports and re-exports but not dynamic import()", () => {
    const code =
      `import{a as b,c}from"./vendor-2.js";import"./side.js";export{d}from"./re.js";` +
      `const l=()=>import("./lazy-4.js");export{b};`;
    expect(staticImports(code).sort()).toEqual(["./re.js", "./side.js", "./vendor-2.js"]);
  });
});

describe("analyzeBundle", () => {
  it("separates what index.html loads (with its static imports) from lazy chunks", () => {
    const dist = mkdtempSync(join(tmpdir(), "bundle-"));
    mkdirSync(join(dist, "assets"));
    writeFileSync(
      join(dist, "index.html"),
      `<script type="module" src="/assets/index.js"></script><link rel="stylesheet" href="/assets/index.css">`,
    );
    writeFileSync(join(dist, "assets/index.js"), `import{x}from"./shared.js";import("./charts.js");`);
    writeFileSync(join(dist, "assets/shared.js"), "export const x=1;".repeat(50));
    writeFileSync(join(dist, "assets/charts.js"), `import{x}from"./shared.js";export const y=x;`);
    writeFileSync(join(dist, "assets/index.css"), "body{margin:0}");
    writeFileSync(join(dist, "assets/charts.css"), ".c{}");
    const report = analyzeBundle(dist);
    expect(report.initialJs.map((f) => f.file).sort()).toEqual(["assets/index.js", "assets/shared.js"]);
    expect(report.lazyJs.map((f) => f.file)).toEqual(["assets/charts.js"]);
    expect(report.initialCss.map((f) => f.file)).toEqual(["assets/index.css"]);
    expect(report.lazyCss.map((f) => f.file)).toEqual(["assets/charts.css"]);
    const shared = report.initialJs.find((f) => f.file === "assets/shared.js")!;
    expect(shared.bytes).toBe(17 * 50);
    expect(shared.gzip).toBeLessThan(shared.bytes);
    expect(report.totals.initialJs.bytes).toBe(report.initialJs.reduce((s, f) => s + f.bytes, 0));
  });
});
