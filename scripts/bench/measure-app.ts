/**
 * One benchmark run of the app on one dataset, in a fresh browser context (a cold first visit):
 * load → first graph paint → scrub through the slider → one measured play of the whole timeline →
 * `loops` more plays, with a garbage collection and a heap reading after load, after the measured
 * play and after every loop.
 *
 * Heap growth is counted from the heap after the measured play, not from the heap after load: the
 * first play compiles the per-frame code (V8's optimised code and feedback vectors, about 1 MB, seen
 * in heap snapshots) and fills bounded buffers (layout-shift entries); that happens once, whereas a
 * leak grows with every loop. Both figures are kept (heapGrowthPct, heapGrowthSinceLoadPct).
 */
import type { Browser, CDPSession, Page } from "@playwright/test";
import type { BenchOptions } from "./args.ts";
import { startProfile, stopProfile, type HotFunction } from "./cpu-profile.ts";
import { withCpuUse, type CpuUse } from "./process-cpu.ts";
import { compiledCodeMB } from "./heap-code.ts";
import { probesScript, type ScrubSample } from "./page-probes.ts";
import type { ScaleInfo } from "./scales.ts";
import { frameStats, median, percentile } from "./stats.ts";

export const FIRST_PAINT_MARK = "lattice:first-graph-paint";
/** A full play at 1× lasts this long (src/features/timeline/timeline-controller.ts FULL_PLAY_MS). */
export const FULL_PLAY_MS = 20_000;
const LOAD_TIMEOUT_MS = 90_000;

export interface AppRun {
  firstPaintMs: number | null;
  /** The browser's CPU use from navigation to the first-paint mark (process-cpu.ts). */
  loadCpu: CpuUse | null;
  visibleNodes: number | null;
  /** Sampled visible nodes whose centre pixel on the canvas is inked / how many were sampled. */
  canvasCheck: { inked: number; sampled: number } | null;
  scrubMedianMs: number | null;
  scrubP95Ms: number | null;
  scrubSteps: number;
  /** Longest Long-Tasks-API entry in each phase; 0 = no task reached 50 ms. */
  longestTaskMs: { load: number; scrub: number; play: number };
  playFps: number | null;
  playMeanFrameMs: number | null;
  playP95FrameMs: number | null;
  heapAfterLoadMB: number;
  /** Heap after the measured play, the baseline of the growth figure. */
  heapAfterWarmupMB: number;
  /** Heap after each of the `loops` further plays (each after a GC). */
  heapAfterLoopsMB: number[];
  /**
   * V8's compiled code in the heap after the measured play and after the last loop (heap
   * snapshots; null without loops), to tell code V8 is still compiling from the page's own objects.
   */
  compiledCodeMB: { afterWarmup: number; afterLoops: number } | null;
  /** Growth over the loops, from the heap after the measured play (null without loops). */
  heapGrowthPct: number | null;
  /** Growth from the heap after load: includes the one-off warm-up of the first play. */
  heapGrowthSinceLoadPct: number | null;
  /**
   * Informational: growth from the first loop to the last. V8 is still tiering code up during the
   * first loop after the measured play (heap snapshots: +0.5 MB of compiled code at the bundled
   * scale), so this shows what later loops add.
   */
  heapGrowthAfterFirstLoopPct: number | null;
  /** First graph paint when the page is loaded again (second visit: layout cached). */
  firstPaintWarmMs: number | null;
  errors: string[];
  /** With --profile: the hottest functions while scrubbing and while playing. */
  profile?: { scrub: HotFunction[]; play: HotFunction[] };
}

const MB = 1024 * 1024;

/** The graph's read-only test hook (src/features/graph/test-hook.ts), typed here loosely on purpose. */
interface GraphHook {
  visibleNodeIds(): string[];
  nodeScreenPosition(id: string): { x: number; y: number } | null;
}
type HookedWindow = Window & { __latticeGraph?: GraphHook };

export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send("HeapProfiler.collectGarbage");
  const usage = await cdp.send("Runtime.getHeapUsage");
  return usage.usedSize / MB;
}

/** A fresh browser context (a cold first visit: empty cache and storage) at the bench's viewport. */
export const newBenchContext = (browser: Browser) =>
  browser.newContext({ viewport: { width: 1280, height: 800 } });

/** Loads `url` in `page`: navigation start → the page's `mark` (null if it never came). */
export async function loadToMark(page: Page, url: string, mark: string): Promise<number | null> {
  await page.goto(url, { waitUntil: "commit" });
  return waitForMark(page, mark);
}

/** One cold load of `url` in a fresh context: navigation start → the page's `mark`. */
export async function coldFirstPaint(browser: Browser, url: string, mark: string): Promise<number | null> {
  const context = await newBenchContext(browser);
  try {
    return await loadToMark(await context.newPage(), url, mark);
  } finally {
    await context.close();
  }
}

export async function waitForMark(page: Page, name: string): Promise<number | null> {
  try {
    const handle = await page.waitForFunction(
      (mark) => performance.getEntriesByName(mark)[0]?.startTime,
      name,
      { timeout: LOAD_TIMEOUT_MS, polling: 50 },
    );
    return (await handle.jsonValue()) as number;
  } catch {
    return null;
  }
}

export function longestIn(tasks: { start: number; duration: number }[], from: number, to: number): number {
  let longest = 0;
  for (const t of tasks)
    if (t.start < to && t.start + t.duration > from) longest = Math.max(longest, t.duration);
  return longest;
}

/** Looks at the canvas under a sample of visible nodes: each must have ink around its centre. */
async function checkCanvas(page: Page): Promise<AppRun["canvasCheck"]> {
  return page.evaluate(() => {
    const hook = (window as HookedWindow).__latticeGraph;
    if (!hook) return null;
    const ids = hook.visibleNodeIds();
    const step = Math.max(1, Math.floor(ids.length / 30));
    let inked = 0;
    let sampled = 0;
    for (let i = 0; i < ids.length; i += step) {
      const at = hook.nodeScreenPosition(ids[i]!);
      if (!at) continue;
      const canvas = document.elementsFromPoint(at.x, at.y).find((e) => e instanceof HTMLCanvasElement);
      if (!(canvas instanceof HTMLCanvasElement)) continue;
      sampled += 1;
      const rect = canvas.getBoundingClientRect();
      const x = Math.round((at.x - rect.left) * (canvas.width / rect.width));
      const y = Math.round((at.y - rect.top) * (canvas.height / rect.height));
      // A 15×15 pixel square: hubs are drawn hollow (white inside a stroke), so look around the centre.
      const px = canvas.getContext("2d")!.getImageData(x - 7, y - 7, 15, 15).data;
      for (let k = 0; k < px.length; k += 4)
        if (px[k + 3]! > 0 && !(px[k]! > 245 && px[k + 1]! > 245 && px[k + 2]! > 245)) {
          inked += 1;
          break;
        }
    }
    return { inked, sampled };
  });
}

interface StepResult {
  sample: ScrubSample;
  /** Slider value and maximum after the step (a step at the end would change nothing). */
  now: number;
  max: number;
}

/**
 * Presses `key` on the focused slider and waits until the probe has measured the new frame; `seen`
 * is how many samples the probe held before. Two round trips per step, so the driver stays cheap.
 */
async function pressAndMeasure(page: Page, key: string, seen: number): Promise<StepResult> {
  await page.keyboard.press(key);
  const handle = await page.waitForFunction(
    (n) => {
      const samples = window.__bench.scrub;
      if (samples.length <= n) return false;
      const slider = document.querySelector('[role="slider"][aria-label="Timeline"]')!;
      return {
        sample: samples[samples.length - 1]!,
        now: Number(slider.getAttribute("aria-valuenow")),
        max: Number(slider.getAttribute("aria-valuemax")),
      };
    },
    seen,
    { polling: 10, timeout: 30_000 },
  );
  return (await handle.jsonValue()) as StepResult;
}

/** Drives the focused Timeline slider: Home, then `steps` measured ArrowRight / PageUp presses. */
export async function scrub(page: Page, steps: number): Promise<ScrubSample[]> {
  const slider = page.getByRole("slider", { name: "Timeline" });
  await slider.focus();
  let seen = await page.evaluate(() => window.__bench.scrub.length);
  let state = await pressAndMeasure(page, "Home", seen++);
  const measured: ScrubSample[] = [];
  for (let i = 0; i < steps; i++) {
    if (state.now >= state.max) await pressAndMeasure(page, "Home", seen++);
    // Mostly the next change (small steps), every fifth a whole year (many changes at once).
    state = await pressAndMeasure(page, i % 5 === 4 ? "PageUp" : "ArrowRight", seen++);
    measured.push(state.sample);
  }
  return measured;
}

/** Clicks Play and resolves when playback has stopped by itself at the end of the timeline. */
async function playOnce(page: Page): Promise<void> {
  const ended = page.evaluate(
    () =>
      new Promise<void>((done) => {
        const observer = new MutationObserver(() => {
          const slider = document.querySelector('[role="slider"][aria-label="Timeline"]');
          const playing = document.querySelector('button[aria-label="Pause"]');
          if (
            !playing &&
            slider &&
            slider.getAttribute("aria-valuenow") === slider.getAttribute("aria-valuemax")
          ) {
            observer.disconnect();
            done();
          }
        });
        observer.observe(document, { subtree: true, attributes: true, attributeFilter: ["aria-label"] });
      }),
  );
  await page.getByRole("button", { name: "Play", exact: true }).click();
  await ended;
}

export async function measureApp(
  browser: Browser,
  baseUrl: string,
  info: ScaleInfo,
  options: Pick<BenchOptions, "loops" | "steps" | "speed">,
  /** Path prefix for .cpuprofile files: profile the scrub and the measured play. */
  profileTo?: string,
): Promise<AppRun> {
  const context = await newBenchContext(browser);
  const errors: string[] = [];
  try {
    const page = await context.newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    await page.addInitScript(probesScript());
    const cdp = await context.newCDPSession(page);
    const { result: firstPaintMs, cpu: loadCpu } = await withCpuUse(() =>
      loadToMark(page, baseUrl + info.appPath, FIRST_PAINT_MARK),
    );
    if (firstPaintMs === null)
      errors.push(`no "${FIRST_PAINT_MARK}" mark within ${LOAD_TIMEOUT_MS / 1000} s`);
    const visibleNodes = await page.evaluate(
      () => (window as HookedWindow).__latticeGraph?.visibleNodeIds().length ?? null,
    );
    const canvasCheck = firstPaintMs === null ? null : await checkCanvas(page);
    if (canvasCheck && canvasCheck.inked < canvasCheck.sampled)
      errors.push(
        `only ${canvasCheck.inked} of ${canvasCheck.sampled} sampled nodes are inked on the canvas`,
      );
    if (visibleNodes !== null && visibleNodes !== info.expectedVisibleNodes)
      errors.push(`first paint drew ${visibleNodes} nodes, the latest date has ${info.expectedVisibleNodes}`);
    await page.getByRole("slider", { name: "Timeline" }).waitFor({ timeout: LOAD_TIMEOUT_MS });
    const loadEnd = await page.evaluate(() => window.__bench.idle());
    const heapAfterLoadMB = await heapAfterGc(cdp);

    const scrubStart = await page.evaluate(() => performance.now());
    if (profileTo) await startProfile(cdp);
    const samples = await scrub(page, options.steps);
    const scrubProfile = profileTo ? await stopProfile(cdp, `${profileTo}-scrub.cpuprofile`) : null;
    const scrubEnd = await page.evaluate(() => performance.now());
    const latencies = samples.map((s) => s.ms);

    await page.getByRole("combobox", { name: "Speed" }).selectOption(String(options.speed));
    await page.getByRole("slider", { name: "Timeline" }).press("End"); // play starts from the start
    const playStart = await page.evaluate(() => performance.now());
    await page.evaluate(() => window.__bench.recordFrames(true));
    if (profileTo) await startProfile(cdp);
    await playOnce(page);
    const playProfile = profileTo ? await stopProfile(cdp, `${profileTo}-play.cpuprofile`) : null;
    await page.evaluate(() => window.__bench.recordFrames(false));
    const playEnd = await page.evaluate(() => performance.now());
    const frames = frameStats(await page.evaluate(() => window.__bench.frames));
    const heapAfterWarmupMB = await heapAfterGc(cdp);
    const codeAfterWarmupMB = options.loops > 0 ? await compiledCodeMB(cdp) : null;
    const heapAfterLoopsMB: number[] = [];
    for (let loop = 0; loop < options.loops; loop++) {
      await playOnce(page);
      heapAfterLoopsMB.push(await heapAfterGc(cdp));
    }
    const compiledCode =
      codeAfterWarmupMB === null
        ? null
        : { afterWarmup: codeAfterWarmupMB, afterLoops: await compiledCodeMB(cdp) };
    const tasks = await page.evaluate(() => window.__bench.longTasks);
    const heapEnd = heapAfterLoopsMB.at(-1) ?? null;

    // A second visit: the same page loaded again, with the layout cached (localStorage) this time.
    await page.reload({ waitUntil: "commit" });
    const firstPaintWarmMs = await waitForMark(page, FIRST_PAINT_MARK);
    return {
      firstPaintMs,
      loadCpu,
      visibleNodes,
      canvasCheck,
      scrubMedianMs: latencies.length ? median(latencies) : null,
      scrubP95Ms: latencies.length ? percentile(latencies, 95) : null,
      scrubSteps: latencies.length,
      longestTaskMs: {
        load: longestIn(tasks, 0, loadEnd),
        scrub: longestIn(tasks, scrubStart, scrubEnd),
        play: longestIn(tasks, playStart, playEnd),
      },
      playFps: frames?.fps ?? null,
      playMeanFrameMs: frames?.meanMs ?? null,
      playP95FrameMs: frames?.p95Ms ?? null,
      heapAfterLoadMB,
      heapAfterWarmupMB,
      heapAfterLoopsMB,
      compiledCodeMB: compiledCode,
      heapGrowthPct: heapEnd === null ? null : ((heapEnd - heapAfterWarmupMB) / heapAfterWarmupMB) * 100,
      heapGrowthSinceLoadPct: heapEnd === null ? null : ((heapEnd - heapAfterLoadMB) / heapAfterLoadMB) * 100,
      heapGrowthAfterFirstLoopPct:
        heapEnd === null || heapAfterLoopsMB.length < 2
          ? null
          : ((heapEnd - heapAfterLoopsMB[0]!) / heapAfterLoopsMB[0]!) * 100,
      firstPaintWarmMs,
      errors,
      ...(scrubProfile && playProfile ? { profile: { scrub: scrubProfile, play: playProfile } } : {}),
    };
  } finally {
    await context.close();
  }
}
