/**
 * Turns the runs into results (median, min and max of each figure over the runs), checks the
 * budgets, and prints the table that docs/performance.md quotes.
 */
import type { Scale } from "./args.ts";
import type { BundleReport } from "./bundle-size.ts";
import { BUDGETS, checkBudgets, describeLimit, type BudgetResult, type Figure } from "./budgets.ts";
import type { AppRun } from "./measure-app.ts";
import type { ReferenceRun } from "./measure-reference.ts";
import type { ScaleInfo } from "./scales.ts";
import { summarize, type Summary } from "./stats.ts";

export interface ScaleResult {
  dataset: Omit<ScaleInfo, "scale" | "appPath" | "referencePath">;
  app: Record<string, Summary | null>;
  reference: Record<string, Summary | null> | null;
  ratios: {
    firstPaint: number | null;
    /** The floor page (the reference graph inside the app's static page) ÷ the reference. */
    floorFirstPaint: number | null;
    scrubP95: number | null;
    meanFrameTime: number | null;
    p95FrameTime: number | null;
  };
  budgets: BudgetResult[];
  errors: string[];
  runs: { app: AppRun[]; reference: ReferenceRun[] };
}

const APP_FIGURES: Record<string, (r: AppRun) => number | null> = {
  firstPaintMs: (r) => r.firstPaintMs,
  loadCpuS: (r) => r.loadCpu?.seconds ?? null,
  loadCores: (r) => r.loadCpu?.cores ?? null,
  firstPaintWarmMs: (r) => r.firstPaintWarmMs,
  scrubMedianMs: (r) => r.scrubMedianMs,
  scrubP95Ms: (r) => r.scrubP95Ms,
  longestTaskLoadMs: (r) => r.longestTaskMs.load,
  longestTaskScrubMs: (r) => r.longestTaskMs.scrub,
  longestTaskPlayMs: (r) => r.longestTaskMs.play,
  longestTaskMs: (r) => Math.max(r.longestTaskMs.load, r.longestTaskMs.scrub, r.longestTaskMs.play),
  playFps: (r) => r.playFps,
  playMeanFrameMs: (r) => r.playMeanFrameMs,
  playP95FrameMs: (r) => r.playP95FrameMs,
  heapAfterLoadMB: (r) => r.heapAfterLoadMB,
  heapGrowthPct: (r) => r.heapGrowthPct,
  // The same growth in MB: a percentage moves when the heap it is divided by does.
  heapGrowthMB,
  // What the loops added to V8's compiled code, and the growth of everything else (the page's objects).
  compiledCodeGrowthMB: (r) =>
    r.compiledCodeMB ? r.compiledCodeMB.afterLoops - r.compiledCodeMB.afterWarmup : null,
  heapGrowthBesidesCodePct: (r) => {
    const growth = heapGrowthMB(r);
    if (growth === null || !r.compiledCodeMB) return null;
    const { afterWarmup, afterLoops } = r.compiledCodeMB;
    return ((growth - (afterLoops - afterWarmup)) / (r.heapAfterWarmupMB - afterWarmup)) * 100;
  },
  heapGrowthSinceLoadPct: (r) => r.heapGrowthSinceLoadPct,
  heapGrowthAfterFirstLoopPct: (r) => r.heapGrowthAfterFirstLoopPct,
};

const REFERENCE_FIGURES: Record<string, (r: ReferenceRun) => number | null> = {
  firstPaintMs: (r) => r.firstPaintMs,
  loadCpuS: (r) => r.loadCpu?.seconds ?? null,
  loadCores: (r) => r.loadCpu?.cores ?? null,
  floorFirstPaintMs: (r) => r.floorFirstPaintMs ?? null,
  playFps: (r) => r.playFps,
  playMeanFrameMs: (r) => r.playMeanFrameMs,
  playP95FrameMs: (r) => r.playP95FrameMs,
  scrubMedianMs: (r) => r.scrubMedianMs,
  scrubP95Ms: (r) => r.scrubP95Ms,
  longestTaskMs: (r) => r.longestTaskMs,
  longestTaskLoadMs: (r) => r.longestTaskLoadMs,
  heapAfterLoadMB: (r) => r.heapAfterLoadMB,
  heapGrowthPct: (r) => {
    const mb = heapGrowthMB(r);
    return mb === null ? null : (mb / r.heapAfterWarmupMB) * 100;
  },
  heapGrowthMB,
};

/** Growth over the play loops from the heap after the measured play, for the app and the reference. */
function heapGrowthMB(r: { heapAfterWarmupMB: number; heapAfterLoopsMB: number[] }): number | null {
  const end = r.heapAfterLoopsMB.at(-1);
  return end === undefined ? null : end - r.heapAfterWarmupMB;
}

/** Median ÷ median, or null when either is missing. */
export const ratio = (a: Summary | null | undefined, b: Summary | null | undefined) =>
  a && b && b.median > 0 ? a.median / b.median : null;

export function scaleResult(
  scale: Scale,
  info: ScaleInfo,
  appRuns: AppRun[],
  referenceRuns: ReferenceRun[],
  bundle: BundleReport,
): ScaleResult {
  const app = Object.fromEntries(Object.entries(APP_FIGURES).map(([k, f]) => [k, summarize(appRuns.map(f))]));
  const reference = referenceRuns.length
    ? Object.fromEntries(
        Object.entries(REFERENCE_FIGURES).map(([k, f]) => [k, summarize(referenceRuns.map(f))]),
      )
    : null;
  const ratios = {
    firstPaint: ratio(app.firstPaintMs, reference?.firstPaintMs),
    floorFirstPaint: ratio(reference?.floorFirstPaintMs, reference?.firstPaintMs),
    scrubP95: ratio(app.scrubP95Ms, reference?.scrubP95Ms),
    meanFrameTime: ratio(app.playMeanFrameMs, reference?.playMeanFrameMs),
    p95FrameTime: ratio(app.playP95FrameMs, reference?.playP95FrameMs),
  };
  const values: Partial<Record<Figure, number | null>> = {
    initialJsGzipKB: bundle.totals.initialJs.gzip / 1024,
    firstPaintMs: app.firstPaintMs?.median ?? null,
    firstPaintVsReference: ratios.firstPaint,
    scrubP95Ms: app.scrubP95Ms?.median ?? null,
    longestTaskMs: app.longestTaskMs?.median ?? null,
    playFps: app.playFps?.median ?? null,
    heapAfterLoadMB: app.heapAfterLoadMB?.median ?? null,
    heapGrowthPct: app.heapGrowthPct?.median ?? null,
  };
  const dataset = {
    countries: info.countries,
    agreements: info.agreements,
    graphNodes: info.graphNodes,
    graphLinks: info.graphLinks,
    expectedVisibleNodes: info.expectedVisibleNodes,
    layoutMs: info.layoutMs,
  };
  const errors = [
    ...new Set([...appRuns.flatMap((r) => r.errors), ...referenceRuns.flatMap((r) => r.errors)]),
  ];
  return {
    dataset,
    app,
    reference,
    ratios,
    budgets: checkBudgets(BUDGETS[scale], values),
    errors,
    runs: { app: appRuns, reference: referenceRuns },
  };
}

const fmt = (v: number, digits = 0) => v.toFixed(digits);
/** "median (min–max)", or n/a. */
export const cell = (s: Summary | null | undefined, digits = 0) =>
  s ? `${fmt(s.median, digits)} (${fmt(s.min, digits)}–${fmt(s.max, digits)})` : "n/a";
/** A ratio as "1.23×", or n/a. */
export const ratioCell = (value: number | null) => (value === null ? "n/a" : `${fmt(value, 2)}×`);

/** A Markdown table: one row per figure, one column per scale, "median (min–max)" in each cell. */
export function formatTable(results: Partial<Record<Scale, ScaleResult>>, bundle: BundleReport): string {
  const scales = Object.keys(results) as Scale[];
  const rows: [string, (r: ScaleResult) => string][] = [
    ["countries / agreements", (r) => `${r.dataset.countries} / ${r.dataset.agreements}`],
    ["graph nodes / links", (r) => `${r.dataset.graphNodes} / ${r.dataset.graphLinks}`],
    ["first graph paint (ms)", (r) => cell(r.app.firstPaintMs)],
    ["  reference first paint (ms)", (r) => cell(r.reference?.firstPaintMs)],
    ["  Lattice ÷ reference", (r) => ratioCell(r.ratios.firstPaint)],
    ["  floor: the reference inside the app's static page (ms)", (r) => cell(r.reference?.floorFirstPaintMs)],
    ["  floor ÷ reference", (r) => ratioCell(r.ratios.floorFirstPaint)],
    ["  second visit, layout cached (ms)", (r) => cell(r.app.firstPaintWarmMs)],
    [
      "  browser CPU until first paint, Lattice / reference (s)",
      (r) => `${cell(r.app.loadCpuS, 2)} / ${cell(r.reference?.loadCpuS, 2)}`,
    ],
    [
      "  cores busy meanwhile, Lattice / reference",
      (r) => `${cell(r.app.loadCores, 2)} / ${cell(r.reference?.loadCores, 2)}`,
    ],
    ["scrub input → frame, median (ms)", (r) => cell(r.app.scrubMedianMs, 1)],
    ["scrub input → frame, p95 (ms)", (r) => cell(r.app.scrubP95Ms, 1)],
    [
      "  reference scrub, median / p95 (ms)",
      (r) =>
        r.reference ? `${cell(r.reference.scrubMedianMs, 1)} / ${cell(r.reference.scrubP95Ms, 1)}` : "n/a",
    ],
    ["  Lattice ÷ reference, scrub p95", (r) => ratioCell(r.ratios.scrubP95)],
    ["longest task: load (ms)", (r) => cell(r.app.longestTaskLoadMs)],
    ["longest task: scrub (ms)", (r) => cell(r.app.longestTaskScrubMs)],
    ["longest task: play (ms)", (r) => cell(r.app.longestTaskPlayMs)],
    [
      "  reference longest task: load / whole run (ms)",
      (r) =>
        r.reference ? `${cell(r.reference.longestTaskLoadMs)} / ${cell(r.reference.longestTaskMs)}` : "n/a",
    ],
    ["play (fps)", (r) => cell(r.app.playFps, 1)],
    ["play frame time, mean (ms)", (r) => cell(r.app.playMeanFrameMs, 1)],
    ["play frame time, p95 (ms)", (r) => cell(r.app.playP95FrameMs, 1)],
    ["  reference play (fps)", (r) => cell(r.reference?.playFps, 1)],
    [
      "  reference frame time, mean / p95 (ms)",
      (r) =>
        r.reference
          ? `${cell(r.reference.playMeanFrameMs, 1)} / ${cell(r.reference.playP95FrameMs, 1)}`
          : "n/a",
    ],
    [
      "  Lattice ÷ reference, frame time mean / p95",
      (r) =>
        r.ratios.meanFrameTime === null || r.ratios.p95FrameTime === null
          ? "n/a"
          : `${fmt(r.ratios.meanFrameTime, 2)}× / ${fmt(r.ratios.p95FrameTime, 2)}×`,
    ],
    ["JS heap after load (MB)", (r) => cell(r.app.heapAfterLoadMB, 1)],
    ["heap growth over the play loops, after warm-up (%)", (r) => cell(r.app.heapGrowthPct, 1)],
    ["  the same, in MB", (r) => cell(r.app.heapGrowthMB, 2)],
    ["  of which V8's compiled code (MB)", (r) => cell(r.app.compiledCodeGrowthMB, 2)],
    ["  growth of the heap besides compiled code (%)", (r) => cell(r.app.heapGrowthBesidesCodePct, 1)],
    [
      "  reference heap after load (MB) / growth over the loops (%, MB)",
      (r) =>
        r.reference
          ? `${cell(r.reference.heapAfterLoadMB, 1)} / ${cell(r.reference.heapGrowthPct, 1)}, ${cell(r.reference.heapGrowthMB, 2)}`
          : "n/a",
    ],
    ["  heap growth since load, warm-up included (%)", (r) => cell(r.app.heapGrowthSinceLoadPct, 1)],
    ["  heap growth from the 1st to the last loop (%)", (r) => cell(r.app.heapGrowthAfterFirstLoopPct, 1)],
  ];
  const t = bundle.totals;
  const lines = [
    `Bundle: initial JS ${kbText(t.initialJs.bytes)} (gzip ${kbText(t.initialJs.gzip)}), ` +
      `initial CSS ${kbText(t.initialCss.bytes)} (gzip ${kbText(t.initialCss.gzip)}), ` +
      `lazy JS ${kbText(t.lazyJs.bytes)} (gzip ${kbText(t.lazyJs.gzip)}) in ${bundle.lazyJs.length} chunk(s)`,
    "",
    `| figure | ${scales.join(" | ")} |`,
    `|---|${scales.map(() => "---").join("|")}|`,
    ...rows.map(([label, value]) => `| ${label} | ${scales.map((s) => value(results[s]!)).join(" | ")} |`),
    "",
    "Budgets (median of the runs):",
  ];
  for (const s of scales)
    for (const b of results[s]!.budgets)
      lines.push(
        `  ${b.pass === null ? "?" : b.pass ? "✓" : "✗"} ${s}: ${b.label} ${describeLimit(b)}: ` +
          `${b.value === null ? "not measured" : fmt(b.value, b.value < 10 ? 2 : 1)}`,
      );
  return lines.join("\n");
}

const kbText = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
