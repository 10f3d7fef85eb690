/**
 * One run of the minimal reference page (scripts/bench/reference/): first paint of the same graph,
 * the same scrub through its bare slider, a sweep of the date over the same duration as the app's
 * measured play, then `loops` more sweeps with a heap reading (after a GC) after each, counted the
 * way the app's heap growth is: from the heap after the measured sweep.
 */
import type { Browser } from "@playwright/test";
import type { BenchOptions } from "./args.ts";
import {
  FIRST_PAINT_MARK,
  FULL_PLAY_MS,
  heapAfterGc,
  loadToMark,
  longestIn,
  newBenchContext,
  scrub,
} from "./measure-app.ts";
import { probesScript } from "./page-probes.ts";
import { withCpuUse, type CpuUse } from "./process-cpu.ts";
import type { ScaleInfo } from "./scales.ts";
import { frameStats, median, percentile } from "./stats.ts";

export const REFERENCE_MARK = "reference:first-graph-paint";

/** The reference page's path with its graph drawn in a box of `size` CSS pixels. */
export const referencePathAtSize = (path: string, size: { width: number; height: number }) =>
  `${path}&w=${Math.round(size.width)}&h=${Math.round(size.height)}`;

/**
 * The scale with its reference page drawing at the size of the app's graph canvas, measured once in
 * a cold load of the app: a frame's raster is mostly the canvas's pixels, so a reference in the
 * whole window (1280×800 against the app's ~995×425) would be measured with ~2.4× the raster.
 */
export async function sizedLikeApp(browser: Browser, baseUrl: string, info: ScaleInfo): Promise<ScaleInfo> {
  const context = await newBenchContext(browser);
  try {
    const page = await context.newPage();
    if ((await loadToMark(page, baseUrl + info.appPath, FIRST_PAINT_MARK)) === null)
      throw new Error(`${info.scale}: the app never drew its graph, so the reference cannot take its size`);
    const box = await page.locator(".alliance-graph-canvas canvas").first().boundingBox();
    if (!box) throw new Error(`${info.scale}: the app's graph canvas has no size`);
    return { ...info, referencePath: referencePathAtSize(info.referencePath, box) };
  } finally {
    await context.close();
  }
}

export interface ReferenceRun {
  firstPaintMs: number | null;
  /** The browser's CPU use from navigation to the first-paint mark (process-cpu.ts). */
  loadCpu: CpuUse | null;
  playFps: number | null;
  playMeanFrameMs: number | null;
  playP95FrameMs: number | null;
  scrubMedianMs: number | null;
  scrubP95Ms: number | null;
  /** Longest Long-Tasks-API entry over the whole run / until the first idle time after first paint. */
  longestTaskMs: number;
  longestTaskLoadMs: number;
  /** Heap (after a GC) after load, after the measured sweep and after each further sweep. */
  heapAfterLoadMB: number;
  heapAfterWarmupMB: number;
  heapAfterLoopsMB: number[];
  /** First paint of the floor page (floor-page.ts), measured right after this run; bundled only. */
  floorFirstPaintMs?: number | null;
  errors: string[];
}

export async function measureReference(
  browser: Browser,
  baseUrl: string,
  info: ScaleInfo,
  options: Pick<BenchOptions, "speed" | "steps" | "loops">,
): Promise<ReferenceRun> {
  const context = await newBenchContext(browser);
  const errors: string[] = [];
  try {
    const page = await context.newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    await page.addInitScript(probesScript());
    const cdp = await context.newCDPSession(page);
    const { result: firstPaintMs, cpu: loadCpu } = await withCpuUse(() =>
      loadToMark(page, baseUrl + info.referencePath, REFERENCE_MARK),
    );
    if (firstPaintMs === null) errors.push(`no "${REFERENCE_MARK}" mark`);
    const loadEnd = await page.evaluate(() => window.__bench.idle());
    const heapAfterLoadMB = await heapAfterGc(cdp);
    const latencies = (await scrub(page, options.steps)).map((s) => s.ms);
    await page.getByRole("slider", { name: "Timeline" }).press("End");
    const sweep = () =>
      page.evaluate((ms) => window.__referenceBench!.play(ms), FULL_PLAY_MS / options.speed);
    const frames = frameStats(await sweep());
    const tasks = await page.evaluate(() => window.__bench.longTasks);
    const heapAfterWarmupMB = await heapAfterGc(cdp);
    const heapAfterLoopsMB: number[] = [];
    for (let loop = 0; loop < options.loops; loop++) {
      await sweep();
      heapAfterLoopsMB.push(await heapAfterGc(cdp));
    }
    return {
      firstPaintMs,
      loadCpu,
      playFps: frames?.fps ?? null,
      playMeanFrameMs: frames?.meanMs ?? null,
      playP95FrameMs: frames?.p95Ms ?? null,
      scrubMedianMs: latencies.length ? median(latencies) : null,
      scrubP95Ms: latencies.length ? percentile(latencies, 95) : null,
      longestTaskMs: longestIn(tasks, 0, Number.POSITIVE_INFINITY),
      longestTaskLoadMs: longestIn(tasks, 0, loadEnd),
      heapAfterLoadMB,
      heapAfterWarmupMB,
      heapAfterLoopsMB,
      errors,
    };
  } finally {
    await context.close();
  }
}
