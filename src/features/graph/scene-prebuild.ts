/**
 * Big graphs, playing or scrubbing: the bitmap of the next window of dates, drawn ahead of time a few
 * milliseconds per task (scene-layer.ts explains the windows).
 *
 * Leaving a window used to redraw every stable link in the frame that left it: 60–100 ms at 1,000
 * countries, the frames that made the play and scrub p95 and the longest task. Now, as soon as a
 * window's bitmap is in use, the one after it (or before it, when the last step went back in time) is
 * drawn into a second canvas in slices of ~6 ms, for the style predicted for the first day past the
 * window on that side. The frame that leaves the window swaps the
 * two canvases, after checking item by item that every stable link and node of the new bitmap looks
 * exactly as the real style says (a selection or filter changed since, or a prediction that does not
 * hold, means a normal rebuild). A frame that arrives before the last slice finishes the remaining
 * slices itself, which still costs less than a rebuild.
 *
 * Slices draw each style batch's links in order (a batch split across slices keeps its place), so the
 * bitmap is the same picture a rebuild would draw.
 */
import type { LinkBatches, LinkGeometry, NodeBatch } from "./paint-batches";
import { paintLinks, paintNodes, type DashPatterns, type PaintInputs } from "./paint";
import {
  bitmapFits,
  FORWARD_SHARE,
  makeSceneLayer,
  sameView,
  stableUnchanged,
  startBitmap,
  type BitmapView,
  type PrebuiltScenes,
  type SceneLayer,
  type SceneTimeline,
} from "./scene-layer";

/** What the graph would paint on another day: its inputs and their batches. */
export interface PredictedScene {
  inputs: PaintInputs;
  batches: LinkBatches;
  nodeBatches: readonly NodeBatch[];
}
export type PredictScene = (day: number) => PredictedScene | null;

/** Main-thread time a slice may take before yielding to the page (frames, input). */
const SLICE_MS = 6;
/** Links or nodes drawn between two looks at the clock (~1–2 ms of hairlines in software). */
const CHUNK = 512;
const NO_GLOW = new Int32Array(0);

interface Job {
  layer: SceneLayer;
  /** The day it is drawn for: the first day past the front layer's window, on the side being approached. */
  day: number;
  predict: PredictScene;
  /** Null until the first slice has predicted it (the prediction costs ~10 ms at 1,000 countries). */
  scene: PredictedScene | null;
  k: number;
  geometry: LinkGeometry;
  dashes: DashPatterns;
  timeline: SceneTimeline;
  /** The front layer's transform and size, which the bitmap is drawn at. */
  view: BitmapView;
  /** Of the window's status changes, the share after `day`. */
  forwardShare: number;
  /**
   * "start": nothing done yet; "declined": the predicted day is not drawn through a bitmap (too few
   * links, compare mode), so nothing is drawn until the front window or the choices change; then links
   * batch by batch, nodes, and done.
   */
  phase: "start" | "declined" | "links" | "nodes" | "done";
  batch: number;
  offset: number;
}

export interface ScenePrebuilder extends PrebuiltScenes {
  /**
   * Called after every frame of `day`: while `front` holds a valid bitmap, makes sure the bitmap of the
   * window next to it, on the side the date is moving to, is being drawn (for the style `predict`
   * gives), and stops a job that no longer fits.
   */
  follow(
    front: SceneLayer,
    day: number,
    k: number,
    predict: PredictScene,
    timeline: SceneTimeline,
    geometry: LinkGeometry,
    dashes: DashPatterns,
  ): void;
  /** Stops drawing ahead (unmount, or a frame drawn without the bitmap). */
  cancel(): void;
  /** For tests: the day being drawn ahead for, and how far along, if anything. */
  status(): { day: number; phase: Job["phase"] } | null;
}

export interface PrebuildClock {
  now(): number;
  /** Runs `task` soon, in a task of its own; returns a cancel function. */
  later(task: () => void): () => void;
}

const browserClock: PrebuildClock = {
  now: () => performance.now(),
  later(task) {
    const id = setTimeout(task, 0);
    return () => clearTimeout(id);
  },
};

/** Predicts the job's scene and prepares its canvas; false ("declined") when there is nothing to draw. */
function startJob(job: Job): boolean {
  const scene = job.predict(job.day);
  // Only what the front layer could take: hairline mode without compare glows.
  const drawable = scene !== null && scene.batches.hairlines && scene.batches.glow.length === 0;
  const { a, d, e, f, width, height } = job.view;
  const m = { a, b: 0, c: 0, d, e, f };
  if (
    !drawable ||
    !startBitmap(job.layer, scene.inputs, job.timeline, job.day, m, width, height, true, job.forwardShare)
  ) {
    job.phase = "declined";
    return false;
  }
  job.scene = scene;
  job.phase = "links";
  return true;
}

/** Does the next step of the job (a prediction, or up to CHUNK items); false when nothing is left. */
function drawChunk(job: Job): boolean {
  if (job.phase === "start") return startJob(job);
  const { layer, k, geometry, dashes } = job;
  const scene = job.scene;
  const ctx = layer.ctx;
  if (!scene || !ctx) return false;
  if (job.phase === "links") {
    const drew = nextSlice(
      job,
      scene.batches.batches,
      (batch) => batch.links,
      (batch, links) => {
        const slice = { batches: [{ ...batch, links }], glow: NO_GLOW, hairlines: scene.batches.hairlines };
        paintLinks(ctx, k, scene.inputs, slice, geometry, dashes, layer.linkStable);
      },
    );
    if (!drew) [job.phase, job.batch, job.offset] = ["nodes", 0, 0];
    return true;
  }
  if (job.phase === "nodes") {
    const drew = nextSlice(
      job,
      scene.nodeBatches,
      (batch) => batch.nodes,
      (batch, nodes) => paintNodes(ctx, k, scene.inputs, [{ ...batch, nodes }], geometry, layer.nodeStable),
    );
    if (drew) return true;
    job.phase = "done";
    layer.valid = true;
  }
  return false;
}

/**
 * Draws the next CHUNK items of `batches` at the job's cursor (batch by batch, in order, so a batch
 * split across slices keeps its place) and moves the cursor on; false once every batch is drawn.
 */
function nextSlice<B>(
  job: Job,
  batches: readonly B[],
  itemsOf: (batch: B) => Int32Array,
  draw: (batch: B, items: Int32Array) => void,
): boolean {
  const batch = batches[job.batch];
  if (batch === undefined) return false;
  const items = itemsOf(batch);
  const end = Math.min(items.length, job.offset + CHUNK);
  draw(batch, items.subarray(job.offset, end));
  if (end < items.length) job.offset = end;
  else [job.batch, job.offset] = [job.batch + 1, 0];
  return true;
}

/** Exchanges two layers' bitmaps and what describes them; the frame bookkeeping stays put. */
function swapBitmaps(a: SceneLayer, b: SceneLayer): void {
  const { lastA, lastE, lastF, lastUpdate } = a;
  const aCopy = { ...a };
  Object.assign(a, b, { lastA, lastE, lastF, lastUpdate });
  Object.assign(b, aCopy);
}

export function makeScenePrebuilder(clock: PrebuildClock = browserClock): ScenePrebuilder {
  let job: Job | null = null;
  /** A layer (and its canvas) kept for the next job, so playing allocates no canvases. */
  let spare: SceneLayer | null = null;
  let cancelLater: (() => void) | null = null;
  /** The day of the last frame, and whether the date last moved back in time. */
  let lastDay = Number.NaN;
  let backwards = false;

  function stop(): void {
    cancelLater?.();
    cancelLater = null;
    if (job) spare = job.layer;
    job = null;
  }

  function run(): void {
    cancelLater = null;
    if (!job) return;
    const start = clock.now();
    while (drawChunk(job)) {
      if (clock.now() - start >= SLICE_MS) {
        cancelLater = clock.later(run);
        return;
      }
    }
  }

  return {
    follow(front, day, k, predict, timeline, geometry, dashes) {
      if (day !== lastDay) backwards = day < lastDay;
      lastDay = day;
      const target = backwards ? front.from - 1 : front.to + 1;
      if (!front.valid || front.lastUpdate === "direct" || !Number.isFinite(target)) return stop();
      if (
        job &&
        job.day === target &&
        job.predict === predict &&
        job.k === k &&
        job.geometry === geometry &&
        sameView(job.view, front, front.width, front.height)
      )
        return;
      stop();
      // Everything else happens in the slices, not in this frame.
      job = {
        layer: spare ?? makeSceneLayer(),
        day: target,
        predict,
        scene: null,
        k,
        geometry,
        dashes,
        timeline,
        view: { a: front.a, d: front.d, e: front.e, f: front.f, width: front.width, height: front.height },
        forwardShare: backwards ? 1 - FORWARD_SHARE : FORWARD_SHARE,
        phase: "start",
        batch: 0,
        offset: 0,
      };
      spare = null;
      cancelLater = clock.later(run);
    },

    takeInto(layer, inputs, batches, day, m, width, height) {
      const next = job?.layer;
      // Not started (the date left the window before the first slice) or declined: a rebuild costs the same.
      if (
        !job ||
        !next ||
        job.phase === "start" ||
        job.phase === "declined" ||
        !bitmapFits(next, inputs, batches.hairlines, day, m, width, height)
      )
        return false;
      // Arrived before the last slice: finishing costs less than drawing it all again.
      while (drawChunk(job));
      if (!stableUnchanged(next, inputs)) return false;
      cancelLater?.();
      cancelLater = null;
      swapBitmaps(layer, next);
      spare = next;
      job = null;
      return true;
    },

    cancel() {
      stop();
    },

    status: () => (job ? { day: job.day, phase: job.phase } : null),
  };
}
