/**
 * What a first visit downloads, read from a production build: the files index.html loads (its
 * module entry, modulepreloads and stylesheets) plus everything those chunks import statically,
 * versus the lazy chunks fetched later through dynamic import(). Sizes are raw bytes and gzip
 * (level 9, what a static host typically serves). Used by `npm run check:size` (in `npm test`)
 * and by `npm run bench`.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, posix, relative } from "node:path";
import { gzipSync } from "node:zlib";

export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface BundleReport {
  initialJs: FileSize[];
  initialCss: FileSize[];
  lazyJs: FileSize[];
  lazyCss: FileSize[];
  totals: {
    initialJs: { bytes: number; gzip: number };
    initialCss: { bytes: number; gzip: number };
    lazyJs: { bytes: number; gzip: number };
  };
}

/** Root-relative asset paths that index.html loads (script src, modulepreload and stylesheet href). */
export function htmlAssets(html: string): string[] {
  const out: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const isScript = /^<script/i.test(tag);
    const rel = /\brel=["']?([^"'\s>]+)/i.exec(tag)?.[1]?.toLowerCase();
    if (!isScript && rel !== "modulepreload" && rel !== "stylesheet") continue;
    const url = /\b(?:src|href)=["']([^"']+)["']/i.exec(tag)?.[1];
    if (url && !/^(?:[a-z]+:)?\/\//i.test(url)) out.push(url.replace(/^\.?\//, ""));
  }
  return out;
}

/**
 * Relative modules a chunk imports statically (`import … from "./x.js"`, `import "./x.js"`,
 * `export … from "./x.js"`); dynamic `import("./x.js")` is excluded, that is what makes a chunk lazy.
 */
export function staticImports(code: string): string[] {
  const out = new Set<string>();
  const pattern = /\b(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
  for (const match of code.matchAll(pattern)) out.add(match[1]!);
  return [...out];
}

function sizeOf(dist: string, file: string): FileSize {
  const data = readFileSync(join(dist, file));
  return { file, bytes: data.length, gzip: gzipSync(data, { level: 9 }).length };
}

function listFiles(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory()
      ? listFiles(path, root)
      : [relative(root, path).split("\\").join("/")];
  });
}

const sum = (files: FileSize[]) =>
  files.reduce((acc, f) => ({ bytes: acc.bytes + f.bytes, gzip: acc.gzip + f.gzip }), { bytes: 0, gzip: 0 });

export function analyzeBundle(dist: string): BundleReport {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const initial = new Set<string>();
  const queue = htmlAssets(html);
  while (queue.length) {
    const file = queue.pop()!;
    if (initial.has(file)) continue;
    initial.add(file);
    if (!file.endsWith(".js")) continue;
    const code = readFileSync(join(dist, file), "utf8");
    for (const spec of staticImports(code))
      queue.push(posix.normalize(posix.join(posix.dirname(file), spec)));
  }
  const assets = listFiles(dist).filter((f) => f.startsWith("assets/"));
  const pick = (ext: string, wanted: boolean) =>
    assets
      .filter((f) => f.endsWith(ext) && initial.has(f) === wanted)
      .map((f) => sizeOf(dist, f))
      .sort((a, b) => b.gzip - a.gzip);
  const initialJs = pick(".js", true);
  const initialCss = pick(".css", true);
  const lazyJs = pick(".js", false);
  const lazyCss = pick(".css", false);
  return {
    initialJs,
    initialCss,
    lazyJs,
    lazyCss,
    totals: { initialJs: sum(initialJs), initialCss: sum(initialCss), lazyJs: sum(lazyJs) },
  };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
