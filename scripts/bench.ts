/**
 * `npm run bench [-- --runs 5 --scales bundled,medium,large --loops 10]`: the performance benchmark
 * of issue 6 (method and latest figures in docs/performance.md).
 *
 * Builds the app (into node_modules/.cache/lattice-bench, so other builds are left alone and no
 * linter or test runner sees the output) and the minimal reference page, makes the synthetic
 * datasets, serves everything from one local origin, drives the system Chromium with Playwright,
 * prints a table and writes bench/out/results.json (git-ignored). Every figure is the median of the
 * runs, with min and max; budgets are checked but never fail the command (timings depend on the
 * machine): only the size budget is a test (scripts/check-bundle-size.ts).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, release, totalmem } from "node:os";
import { dirname } from "node:path";
import { chromium } from "@playwright/test";
import { BENCH_RESULTS, parseArgs, type Scale } from "./bench/args.ts";
import { BUDGETS } from "./bench/budgets.ts";
import {
  APP_DIST,
  benchMounts,
  buildApp,
  buildReference,
  PROFILE_DIST,
  REFERENCE_DIST,
  WORK_DIR,
} from "./bench/builds.ts";
import { analyzeBundle, type BundleReport } from "./bench/bundle-size.ts";
import { measureApp, type AppRun } from "./bench/measure-app.ts";
import { measureReference, sizedLikeApp, type ReferenceRun } from "./bench/measure-reference.ts";
import { measureFloor, writeFloorPage } from "./bench/floor-page.ts";
import { formatTable, scaleResult, type ScaleResult } from "./bench/report.ts";
import { BENCH_DATA_DIR, prepareScale, type ScaleInfo } from "./bench/scales.ts";
import { startStaticServer } from "./bench/static-server.ts";
import { CHROMIUM_FLAGS, systemChromium } from "./chromium.ts";

/** The commit the benchmark ran from, and whether tracked files had local changes. */
function gitSource(): { commit: string; dirty: boolean } | null {
  try {
    const git = (...args: string[]) => execFileSync("git", args, { encoding: "utf8" }).trim();
    return {
      commit: git("rev-parse", "--short", "HEAD"),
      dirty: git("status", "--porcelain", "--untracked-files=no") !== "",
    };
  } catch {
    return null;
  }
}

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

interface Variant {
  dist: string;
  baseUrl: string;
  bundle: BundleReport;
  appRuns: Record<Scale, AppRun[]>;
}

const perScale = <T>(scales: Scale[]) =>
  Object.fromEntries(scales.map((s) => [s, [] as T[]])) as Record<Scale, T[]>;

function logRun(app: AppRun, profileTo: string | undefined) {
  for (const [phase, hot] of Object.entries(app.profile ?? {})) {
    log(
      `  hottest functions while ${phase === "scrub" ? "scrubbing" : "playing"} (${profileTo}-${phase}.cpuprofile):`,
    );
    for (const f of hot)
      log(
        `    ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.selfMs.toFixed(0).padStart(6)} ms  ${f.name}  ${f.where}`,
      );
  }
  log(
    `  first paint ${app.firstPaintMs?.toFixed(0) ?? "n/a"} ms, scrub p95 ${app.scrubP95Ms?.toFixed(1) ?? "n/a"} ms, ` +
      `play ${app.playFps?.toFixed(1) ?? "n/a"} fps, heap ${app.heapAfterLoadMB.toFixed(1)} MB ` +
      `(${app.heapGrowthPct === null ? "no loops" : `+${app.heapGrowthPct.toFixed(1)}% over the loops`})` +
      `${app.errors.length ? `; ${app.errors.join("; ")}` : ""}`,
  );
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.profile && options.out === BENCH_RESULTS) options.out = `${WORK_DIR}/profile-results.json`;
  const started = Date.now();
  const load0 = loadavg();

  let dists = options.appDists;
  if (dists.length === 0) {
    const appDist = options.profile ? PROFILE_DIST : APP_DIST;
    if (options.build || !existsSync(`${appDist}/index.html`)) {
      log(`building the app${options.profile ? " (unminified, for readable profiles)" : ""}`);
      buildApp(appDist, !options.profile);
    }
    dists = [appDist];
  }
  if (options.reference && (options.build || !existsSync(`${REFERENCE_DIST}/index.html`))) {
    log("building the reference page");
    buildReference();
  }

  mkdirSync(BENCH_DATA_DIR, { recursive: true });
  const infos = {} as Record<Scale, ScaleInfo>;
  for (const scale of options.scales) {
    log(`preparing ${scale}`);
    infos[scale] = prepareScale(scale);
  }

  // One origin per build (each is built for "/"), each also serving the data and the reference page.
  const servers = await Promise.all(
    dists.map((dist, i) => startStaticServer(benchMounts(dist), options.port + i)),
  );
  const variants: Variant[] = dists.map((dist, i) => ({
    dist,
    baseUrl: `http://127.0.0.1:${options.port + i}`,
    bundle: analyzeBundle(dist),
    appRuns: perScale<AppRun>(options.scales),
  }));
  const referenceRuns = perScale<ReferenceRun>(options.scales);
  const browser = await chromium.launch({ executablePath: systemChromium(), args: CHROMIUM_FLAGS });
  const chromiumVersion = browser.version();
  // The floor page copies the app's page at the bundled scale's default view: the ratio budget's scale.
  const floorScale = options.reference && options.scales.includes("bundled") ? "bundled" : null;
  try {
    if (options.reference)
      for (const scale of options.scales) {
        infos[scale] = await sizedLikeApp(browser, variants[0]!.baseUrl, infos[scale]);
        log(`reference for ${scale}: ${infos[scale].referencePath}`);
      }
    if (floorScale) {
      log("making the floor page (the reference graph inside the app's static page)");
      await writeFloorPage(browser, variants[0]!.baseUrl, infos[floorScale], REFERENCE_DIST);
    }
    // Runs outermost, so that a burst of load from elsewhere on the machine spreads across scales
    // (and across builds, when comparing).
    for (let r = 1; r <= options.runs; r++)
      for (const scale of options.scales) {
        for (const variant of variants) {
          log(`run ${r}/${options.runs}: ${scale}${variants.length > 1 ? ` (${variant.dist})` : ""}`);
          const profileTo = options.profile && r === 1 ? `${WORK_DIR}/profile-${scale}` : undefined;
          // The heap-growth loops take 5 s each: only where that figure has a budget (not medium).
          const loops = BUDGETS[scale].some((b) => b.figure === "heapGrowthPct") ? options.loops : 0;
          const app = await measureApp(
            browser,
            variant.baseUrl,
            infos[scale],
            { ...options, loops },
            profileTo,
          );
          variant.appRuns[scale].push(app);
          logRun(app, profileTo);
        }
        if (options.reference) {
          const ref = await measureReference(browser, variants[0]!.baseUrl, infos[scale], {
            speed: options.speed,
            steps: options.steps,
            loops: options.loops,
          });
          const floorFirstPaintMs =
            scale === floorScale ? await measureFloor(browser, variants[0]!.baseUrl, infos[scale]) : null;
          referenceRuns[scale].push({ ...ref, floorFirstPaintMs });
          log(
            `  reference: first paint ${ref.firstPaintMs?.toFixed(0) ?? "n/a"} ms, play ${ref.playFps?.toFixed(1) ?? "n/a"} fps` +
              (floorFirstPaintMs === null
                ? ""
                : `; floor page: first paint ${floorFirstPaintMs.toFixed(0)} ms`),
          );
        }
      }
  } finally {
    await browser.close();
    for (const server of servers) server.close();
  }

  const results = variants.map((v) => {
    const scales: Partial<Record<Scale, ScaleResult>> = {};
    for (const scale of options.scales)
      scales[scale] = scaleResult(scale, infos[scale], v.appRuns[scale], referenceRuns[scale], v.bundle);
    return { dist: v.dist, bundle: v.bundle, scales };
  });
  const machine = {
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model ?? "unknown",
    memoryGB: Math.round(totalmem() / 1024 ** 3),
    os: `${process.platform} ${release()}`,
    node: process.version,
    chromium: chromiumVersion,
    loadAverageAtStart: load0.map((v) => Number(v.toFixed(2))),
    loadAverageAtEnd: loadavg().map((v) => Number(v.toFixed(2))),
  };
  const output = {
    generatedAt: new Date().toISOString(),
    label: options.label,
    source: gitSource(),
    durationSeconds: Math.round((Date.now() - started) / 1000),
    machine,
    options: { ...options, out: undefined },
    bundle: results[0]!.bundle,
    scales: results[0]!.scales,
    ...(results.length > 1 ? { variants: results } : {}),
  };
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(output, null, 2)}\n`);

  console.log("");
  console.log(
    `Machine: ${machine.nproc} cores, ${machine.cpu}, Chromium ${machine.chromium}; load average ` +
      `${machine.loadAverageAtStart.join(" ")} → ${machine.loadAverageAtEnd.join(" ")}; ` +
      `${options.runs} run(s), play at ${options.speed}×, ${options.loops} heap loops (bundled, large), ` +
      `${options.steps} scrub steps`,
  );
  for (const result of results) {
    if (results.length > 1) console.log(`\n## ${result.dist}`);
    console.log(formatTable(result.scales, result.bundle));
    for (const [scale, r] of Object.entries(result.scales))
      for (const error of r.errors) console.log(`  ! ${scale}: ${error}`);
  }
  log(`done in ${output.durationSeconds} s; wrote ${options.out}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
