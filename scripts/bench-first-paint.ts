/**
 * `npm run bench:first-paint [-- --loads 20 --no-build --port 4198 --app-dist a/dist,b/dist]`: the bundled first graph paint
 * alone, in interleaved cold loads of three pages: the reference page, the floor page (the reference
 * graph inside a static copy of the app's page, scripts/bench/floor-page.ts) and the app. Each load
 * is a fresh browser context; the pages take turns, so load from elsewhere on the machine hits them
 * alike. Prints the medians with min–max and the ratios between them. `--app-dist` measures prebuilt
 * apps instead of building one: several builds take turns in the same loads (an A/B).
 *
 * The full benchmark measures these first paints too, but five times each, every load right after
 * minutes of plays; for this one figure, 20+ loads in a row are steadier (docs/performance.md).
 */
import { existsSync, mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { APP_DIST, benchMounts, buildApp, buildReference, REFERENCE_DIST } from "./bench/builds.ts";
import { floorPath, writeFloorPage } from "./bench/floor-page.ts";
import { coldFirstPaint, FIRST_PAINT_MARK } from "./bench/measure-app.ts";
import { REFERENCE_MARK, sizedLikeApp } from "./bench/measure-reference.ts";
import { cell, ratio, ratioCell } from "./bench/report.ts";
import { BENCH_DATA_DIR, prepareScale } from "./bench/scales.ts";
import { startStaticServer } from "./bench/static-server.ts";
import { summarize } from "./bench/stats.ts";
import { CHROMIUM_FLAGS, systemChromium } from "./chromium.ts";

function parse(argv: string[]) {
  const options = { loads: 20, build: true, port: 4198, appDists: [APP_DIST] };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === "--no-build") options.build = false;
    else if (flag === "--app-dist") {
      options.appDists = (argv[++i] ?? "").split(",").filter(Boolean);
      if (options.appDists.length === 0) throw new Error("--app-dist needs one or more built app folders");
      options.build = false;
    } else if (flag === "--loads" || flag === "--port") {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 1) throw new Error(`${flag} needs a whole number ≥ 1`);
      options[flag === "--loads" ? "loads" : "port"] = value;
    } else
      throw new Error(
        `unknown option ${flag}\nnpm run bench:first-paint -- [--loads 20] [--no-build] [--port 4198] [--app-dist a,b]`,
      );
  }
  return options;
}

async function main() {
  const options = parse(process.argv.slice(2));
  if (options.build || !existsSync(`${APP_DIST}/index.html`)) buildApp(APP_DIST);
  if (options.build || !existsSync(`${REFERENCE_DIST}/index.html`)) buildReference();
  mkdirSync(BENCH_DATA_DIR, { recursive: true });
  const unsized = prepareScale("bundled");
  for (const dist of options.appDists)
    if (!existsSync(`${dist}/index.html`))
      throw new Error(`${dist}/index.html is missing: build the app there first`);
  // One origin per app build, so that builds never share a cache or storage.
  const servers = await Promise.all(
    options.appDists.map((dist, i) => startStaticServer(benchMounts(dist), options.port + i)),
  );
  const base = `http://127.0.0.1:${options.port}`;
  const browser = await chromium.launch({ executablePath: systemChromium(), args: CHROMIUM_FLAGS });
  const info = await sizedLikeApp(browser, base, unsized);
  const apps = options.appDists.map((dist, i) => ({
    name: options.appDists.length === 1 ? "app" : `app ${String.fromCharCode(65 + i)}`,
    url: `http://127.0.0.1:${options.port + i}${info.appPath}`,
    mark: FIRST_PAINT_MARK,
    dist,
  }));
  const pages = [
    { name: "reference", url: base + info.referencePath, mark: REFERENCE_MARK },
    { name: "floor", url: base + floorPath(info), mark: REFERENCE_MARK },
    ...apps,
  ];
  const times = new Map<string, (number | null)[]>(pages.map((p) => [p.name, []]));
  try {
    await writeFloorPage(browser, base, info, REFERENCE_DIST);
    for (let load = 1; load <= options.loads; load++) {
      for (const page of pages)
        times.get(page.name)!.push(await coldFirstPaint(browser, page.url, page.mark));
      console.log(
        `load ${load}/${options.loads}: ${pages.map((p) => `${p.name} ${times.get(p.name)!.at(-1)?.toFixed(0) ?? "n/a"} ms`).join(", ")}`,
      );
    }
  } finally {
    await browser.close();
    for (const server of servers) server.close();
  }

  const summary = Object.fromEntries(pages.map((p) => [p.name, summarize(times.get(p.name)!)]));
  console.log(
    `\nBundled first graph paint, ${options.loads} interleaved cold loads of each page (ms, median (min–max)):`,
  );
  for (const p of pages) console.log(`  ${p.name.padEnd(9)} ${cell(summary[p.name])}`);
  console.log(`  floor ÷ reference ${ratioCell(ratio(summary.floor, summary.reference))}`);
  for (const app of apps)
    console.log(
      `  ${app.name} (${app.dist}): ÷ reference ${ratioCell(ratio(summary[app.name], summary.reference))}, ` +
        `÷ floor ${ratioCell(ratio(summary[app.name], summary.floor))}`,
    );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
