/**
 * Big graphs: a cached bitmap of what does not change over a window of dates.
 *
 * In software rendering, stroking 15,000 hairlines and filling 1,357 discs costs 50–100 ms, many
 * frames; copying a whole-canvas bitmap costs ~1 ms. Nodes never move, and a link looks the same
 * on every date between two status changes of its agreement (signature, entry into force, end).
 * So, above HAIRLINE_LINK_COUNT drawn links, the scene is split around the current date into a
 * window holding at most ~10% of the dataset's status changes:
 *
 * - stable links (no status change of their agreement in the window) and stable nodes (all their
 *   links stable, so the same size and visibility) are drawn once into an offscreen canvas;
 * - a frame draws the volatile links, copies the bitmap over them, then draws the volatile nodes.
 *
 * Playing or scrubbing inside the window redraws only the volatile part (~10% of the links); a date
 * outside it, a zoom or pan, a resize, a theme, selection, filter or level-of-detail change makes a
 * new bitmap (one full redraw). Every stable item's look is checked against the bitmap's on each
 * frame, so anything that changed a stable link or node for any reason also makes a new bitmap.
 * Compare mode (glows) is drawn directly.
 *
 * The one visible difference from a direct drawing: where a volatile link crosses a stable one,
 * the stable link is on top, whatever their draw order would have been (dimmed under lit, thin
 * under thick); links are semi-transparent hairlines here, so this shifts a few pixels' colour.
 */
import type { GraphIndex } from "./graph-index";
import type { LinkBatches, LinkGeometry, NodeBatch } from "./paint-batches";
import type { DashPatterns, PaintInputs } from "./paint";
import { paintLinks, paintNodes } from "./paint";
import type { PreparedDataset } from "../../data/prepare";
import { upperBound } from "../../data/sorted";

/** The share of all status changes a window may hold (its links are drawn on every frame). */
export const WINDOW_EVENT_SHARE = 0.1;
/**
 * Of a window's status changes, this share lies after the date it was made for: playing runs forward.
 * A window drawn ahead for someone going backwards (scene-prebuild.ts) takes the mirror share.
 */
export const FORWARD_SHARE = 0.75;
const MIN_WINDOW_EVENTS = 64;

/** What the windows are made from, once per dataset and graph. */
export interface SceneTimeline {
  /** Every finite status-change day, sorted. */
  eventDays: Float64Array;
  /** Per link, its agreement's index. */
  linkAgreement: Int32Array;
  signedDay: Float64Array;
  inForceDay: Float64Array;
  endedDay: Float64Array;
  linkSource: Int32Array;
  linkTarget: Int32Array;
}

// Plain loops: TypedArray.from over an iterable with a mapping function is slow in Chromium, and
// this runs in the render that first shows a big graph.
export function sceneTimeline(index: GraphIndex, prepared: PreparedDataset): SceneTimeline {
  const { signedDay, inForceDay, endedDay } = prepared;
  const days: number[] = [];
  for (let i = 0; i < signedDay.length; i++) {
    if (Number.isFinite(signedDay[i])) days.push(signedDay[i]!);
    if (Number.isFinite(inForceDay[i])) days.push(inForceDay[i]!);
    if (Number.isFinite(endedDay[i])) days.push(endedDay[i]!);
  }
  const { links } = index.model;
  const linkAgreement = new Int32Array(links.length);
  for (let k = 0; k < links.length; k++) linkAgreement[k] = links[k]!.agreementIndex;
  return {
    eventDays: new Float64Array(days).sort(),
    linkAgreement,
    signedDay,
    inForceDay,
    endedDay,
    linkSource: index.linkSource,
    linkTarget: index.linkTarget,
  };
}

/** The window [from, to] around `day`: no more than `events` status changes in (from, to]. */
export function sceneWindow(
  eventDays: Float64Array,
  day: number,
  events: number,
  forwardShare = FORWARD_SHARE,
): { from: number; to: number } {
  const at = upperBound(eventDays, day);
  const hi = Math.min(eventDays.length, at + Math.ceil(events * forwardShare));
  const lo = Math.max(0, at - Math.floor(events * (1 - forwardShare)));
  return {
    from: lo > 0 ? eventDays[lo - 1]! : -Infinity,
    to: hi < eventDays.length ? eventDays[hi]! - 1 : Infinity,
  };
}

/** A missing date is Infinity: never a change, even in the last window (which ends at Infinity). */
const changes = (d: number, from: number, to: number) => d > from && d <= to && d !== Infinity;

function changesIn(t: SceneTimeline, agreement: number, from: number, to: number): boolean {
  return (
    changes(t.signedDay[agreement]!, from, to) ||
    changes(t.inForceDay[agreement]!, from, to) ||
    changes(t.endedDay[agreement]!, from, to)
  );
}

/** A canvas transform without rotation (what CanvasRenderingContext2D.getTransform() gives). */
export interface Transform2D {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  f: number;
}

export interface SceneLayer {
  canvas: HTMLCanvasElement | null;
  ctx: CanvasRenderingContext2D | null;
  valid: boolean;
  /** Canvas transform (device px per graph unit, offsets) and size the bitmap was drawn at. */
  a: number;
  d: number;
  e: number;
  f: number;
  width: number;
  height: number;
  inputs: PaintInputs | null;
  hairlines: boolean;
  highlighting: boolean;
  from: number;
  to: number;
  /** 1 for links / nodes in the bitmap's stable part. */
  linkStable: Uint8Array;
  nodeStable: Uint8Array;
  /** Their look when drawn: link 0 hidden or linkKey + 1; node 0 hidden or tone + 1, and radius. */
  linkCode: Uint16Array;
  nodeCode: Uint8Array;
  nodeRadius: Float32Array;
  /** The transform of the previous direct frame: a bitmap is made once it stops changing. */
  lastA: number;
  lastE: number;
  lastF: number;
  /** For tests and profiling: what the last frame did. */
  lastUpdate: "rebuild" | "prebuilt" | "cached" | "direct";
}

export function makeSceneLayer(): SceneLayer {
  return {
    canvas: null,
    ctx: null,
    valid: false,
    a: 0,
    d: 0,
    e: 0,
    f: 0,
    width: 0,
    height: 0,
    inputs: null,
    hairlines: false,
    highlighting: false,
    from: 0,
    to: 0,
    linkStable: new Uint8Array(0),
    nodeStable: new Uint8Array(0),
    linkCode: new Uint16Array(0),
    nodeCode: new Uint8Array(0),
    nodeRadius: new Float32Array(0),
    lastA: Number.NaN,
    lastE: Number.NaN,
    lastF: Number.NaN,
    lastUpdate: "direct",
  };
}

/** True when every stable link and node still looks as it did when the bitmap was drawn. */
export function stableUnchanged(layer: SceneLayer, inputs: PaintInputs): boolean {
  const { style } = inputs;
  const { linkStable, linkCode, nodeStable, nodeCode, nodeRadius } = layer;
  if (linkStable.length !== style.linkVisible.length || nodeStable.length !== style.nodeVisible.length)
    return false;
  for (let i = 0; i < linkStable.length; i++) {
    if (!linkStable[i]) continue;
    const code = style.linkVisible[i] ? style.linkKey[i]! + 1 : 0;
    if (code !== linkCode[i]) return false;
  }
  for (let i = 0; i < nodeStable.length; i++) {
    if (!nodeStable[i]) continue;
    const code = style.nodeVisible[i] ? style.nodeTone[i]! + 1 : 0;
    if (code !== nodeCode[i] || (code !== 0 && style.nodeRadius[i] !== nodeRadius[i])) return false;
  }
  return true;
}

/** Splits links and nodes into stable and volatile for the window around `day`, records looks. */
function split(
  layer: SceneLayer,
  inputs: PaintInputs,
  timeline: SceneTimeline,
  day: number,
  forwardShare: number,
): void {
  const { style } = inputs;
  const links = style.linkVisible.length;
  const nodes = style.nodeVisible.length;
  if (layer.linkStable.length !== links) {
    layer.linkStable = new Uint8Array(links);
    layer.linkCode = new Uint16Array(links);
  }
  if (layer.nodeStable.length !== nodes) {
    layer.nodeStable = new Uint8Array(nodes);
    layer.nodeCode = new Uint8Array(nodes);
    layer.nodeRadius = new Float32Array(nodes);
  }
  const budget = Math.max(MIN_WINDOW_EVENTS, Math.round(timeline.eventDays.length * WINDOW_EVENT_SHARE));
  const { from, to } = sceneWindow(timeline.eventDays, day, budget, forwardShare);
  layer.from = from;
  layer.to = to;
  layer.nodeStable.fill(1);
  for (let i = 0; i < links; i++) {
    const stable = !changesIn(timeline, timeline.linkAgreement[i]!, from, to);
    layer.linkStable[i] = stable ? 1 : 0;
    layer.linkCode[i] = style.linkVisible[i] ? style.linkKey[i]! + 1 : 0;
    if (!stable) {
      layer.nodeStable[timeline.linkSource[i]!] = 0;
      layer.nodeStable[timeline.linkTarget[i]!] = 0;
    }
  }
  for (let i = 0; i < nodes; i++) {
    layer.nodeCode[i] = style.nodeVisible[i] ? style.nodeTone[i]! + 1 : 0;
    layer.nodeRadius[i] = style.nodeRadius[i]!;
  }
}

/**
 * Prepares the layer's offscreen canvas for a new bitmap of the window around `day`, drawn with the
 * transform `m` at `width` × `height` device pixels: splits stable from volatile, sizes and clears
 * the canvas, records the view. The caller then paints the stable part; false without a 2D context.
 */
export function startBitmap(
  layer: SceneLayer,
  inputs: PaintInputs,
  timeline: SceneTimeline,
  day: number,
  m: Transform2D,
  width: number,
  height: number,
  hairlines: boolean,
  /** Of the window's status changes, the share after `day` (less when drawn for going backwards). */
  forwardShare = FORWARD_SHARE,
): boolean {
  if (!layer.canvas) {
    layer.canvas = document.createElement("canvas");
    layer.ctx = layer.canvas.getContext("2d");
  }
  const lctx = layer.ctx;
  if (!lctx) return false;
  split(layer, inputs, timeline, day, forwardShare);
  if (layer.canvas.width !== width || layer.canvas.height !== height) {
    layer.canvas.width = width;
    layer.canvas.height = height;
  } else {
    lctx.setTransform(1, 0, 0, 1, 0, 0);
    lctx.clearRect(0, 0, width, height);
  }
  lctx.setTransform(m);
  layer.a = m.a;
  layer.d = m.d;
  layer.e = m.e;
  layer.f = m.f;
  layer.width = width;
  layer.height = height;
  layer.hairlines = hairlines;
  layer.highlighting = inputs.style.highlighting;
  layer.valid = false;
  layer.inputs = inputs;
  return true;
}

/** A transform without rotation and a size in device pixels: what a bitmap is drawn at. */
export type BitmapView = Pick<Transform2D, "a" | "d" | "e" | "f"> & { width: number; height: number };

export function sameView(
  view: BitmapView,
  m: Pick<Transform2D, "a" | "d" | "e" | "f">,
  width: number,
  height: number,
) {
  return (
    view.width === width &&
    view.height === height &&
    view.a === m.a &&
    view.d === m.d &&
    view.e === m.e &&
    view.f === m.f
  );
}

/**
 * The layer's bitmap (whether finished or not) was drawn at this transform and size, for this theme,
 * graph and level of detail, and `day` is inside its window: it can serve this frame if, in addition,
 * its stable items still look as they do now (stableUnchanged).
 */
export function bitmapFits(
  layer: SceneLayer,
  inputs: PaintInputs,
  hairlines: boolean,
  day: number,
  m: Transform2D,
  width: number,
  height: number,
): boolean {
  return (
    sameView(layer, m, width, height) &&
    layer.inputs !== null &&
    layer.inputs.theme === inputs.theme &&
    layer.inputs.model === inputs.model &&
    layer.hairlines === hairlines &&
    layer.highlighting === inputs.style.highlighting &&
    day >= layer.from &&
    day <= layer.to
  );
}

/** Where a bitmap made ahead of time comes from (scene-prebuild.ts). */
export interface PrebuiltScenes {
  /**
   * Moves a bitmap made ahead of time into `layer` if it is right for this frame: same transform and
   * size, `day` inside its window, and every stable item looking as it does now (checked item by
   * item). False when there is none.
   */
  takeInto(
    layer: SceneLayer,
    inputs: PaintInputs,
    batches: LinkBatches,
    day: number,
    m: Transform2D,
    width: number,
    height: number,
  ): boolean;
}

/**
 * Draws links and nodes onto `ctx` (the library's canvas, set up for graph units) for the date
 * `day`, through the layer's bitmap when it can. Labels are drawn by the caller, on top.
 */
export function paintScene(
  ctx: CanvasRenderingContext2D,
  k: number,
  inputs: PaintInputs,
  batches: LinkBatches,
  nodeBatches: readonly NodeBatch[],
  geometry: LinkGeometry,
  dashes: DashPatterns,
  layer: SceneLayer,
  timeline: SceneTimeline,
  day: number,
  prebuilt?: PrebuiltScenes,
): void {
  const width = ctx.canvas.width;
  const height = ctx.canvas.height;
  const m = ctx.getTransform();
  const settled = m.a === layer.lastA && m.e === layer.lastE && m.f === layer.lastF;
  layer.lastA = m.a;
  layer.lastE = m.e;
  layer.lastF = m.f;
  const cacheable = batches.glow.length === 0 && m.b === 0 && m.c === 0;
  const fresh =
    layer.valid &&
    bitmapFits(layer, inputs, batches.hairlines, day, m, width, height) &&
    (layer.inputs!.style === inputs.style || stableUnchanged(layer, inputs));

  if (!cacheable || (!fresh && !settled)) {
    // Zooming or panning (a new transform every frame), or compare mode: draw directly.
    layer.valid = false;
    layer.lastUpdate = "direct";
    paintLinks(ctx, k, inputs, batches, geometry, dashes);
    paintNodes(ctx, k, inputs, nodeBatches, geometry);
    return;
  }

  if (!fresh) {
    if (prebuilt?.takeInto(layer, inputs, batches, day, m, width, height)) layer.lastUpdate = "prebuilt";
    else if (startBitmap(layer, inputs, timeline, day, m, width, height, batches.hairlines)) {
      paintLinks(layer.ctx!, k, inputs, batches, geometry, dashes, layer.linkStable);
      paintNodes(layer.ctx!, k, inputs, nodeBatches, geometry, layer.nodeStable);
      layer.valid = true;
      layer.lastUpdate = "rebuild";
    } else {
      paintLinks(ctx, k, inputs, batches, geometry, dashes);
      paintNodes(ctx, k, inputs, nodeBatches, geometry);
      return;
    }
  } else layer.lastUpdate = "cached";
  layer.inputs = inputs;

  paintLinks(ctx, k, inputs, batches, geometry, dashes, layer.linkStable, 0);
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.drawImage(layer.canvas!, 0, 0);
  ctx.restore();
  paintNodes(ctx, k, inputs, nodeBatches, geometry, layer.nodeStable, 0);
}
