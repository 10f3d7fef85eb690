/**
 * Canvas painters for the alliance graph. They only look values up in the precomputed GraphStyle
 * and in caches: no allocation per node or per frame (the one exception, measuring a label the
 * first time it is drawn, is cached). Labels are drawn in one pass after nodes and links, in
 * screen pixels, so they sit on top of everything at a constant, legible size.
 */
import type { GraphModel } from "../../data/graph-model";
import type { AgreementKind } from "../../data/kinds";
import { AGREEMENT_KINDS, KIND_INFO } from "../../data/kinds";
import { BUNDLE_COLORS, DASH, drawnRadius, TONE, withAlpha, type GraphStyle, type Tone } from "./graph-style";
import type { LinkBatch, LinkBatches, LinkGeometry, NodeBatch } from "./paint-batches";
import { LabelGrid, labelMode, shouldLabel } from "./labels";
import type { GraphTheme } from "./graph-theme";
import { NODE_CATEGORY } from "./node-colors";

/** Graph node/link objects handed to the library (it adds x/y/vx/vy and replaces link ends). */
export interface GNode {
  id: string;
  idx: number;
  x: number;
  y: number;
  fx: number;
  fy: number;
}
export interface GLink {
  id: string;
  idx: number;
  source: string | GNode;
  target: string | GNode;
}

/** Hit area radius on screen: generous, for mouse and touch. */
const MIN_HIT_RADIUS = 9;

const TONE_ALPHA: Record<number, number> = {
  [TONE.normal]: 1,
  [TONE.dimmed]: 0.2,
  [TONE.highlighted]: 1,
  [TONE.selected]: 1,
  [TONE.ghost]: 0.45,
};
const LABEL_ALPHA: Record<number, number> = { ...TONE_ALPHA, [TONE.dimmed]: 0.35, [TONE.ghost]: 0.6 };

const NO_DASH: number[] = [];
/** Bold text is about this much wider; close enough for a hit box, and saves a measurement. */
const BOLD_WIDTH_FACTOR = 1.07;
const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

const GLOW: Record<AgreementKind, string> = Object.fromEntries(
  AGREEMENT_KINDS.map((k) => [k, withAlpha(KIND_INFO[k].color, 0.22)]),
) as Record<AgreementKind, string>;

/** The current zoom/pan, kept up to date from the library's zoom events. */
export interface ViewTransform {
  k: number;
  /** Graph coordinates at the centre of the canvas. */
  cx: number;
  cy: number;
  width: number;
  height: number;
  known: boolean;
  /** Device pixels per CSS pixel; defaults to the screen's (an export draws at its own). */
  pixelRatio?: number;
}

export interface LabelCache {
  fontPx: number;
  font: string;
  boldFont: string;
  /** Label widths in CSS px at fontPx, NaN until measured. */
  nameWidth: Float32Array;
  codeWidth: Float32Array;
  /** Per node, the label box in graph units (x, y, w, h), w = 0 when unlabelled; for hit testing. */
  box: Float32Array;
  grid: LabelGrid;
}

export function makeLabelCache(nodeCount: number, fontPx: number): LabelCache {
  return {
    fontPx,
    font: `500 ${fontPx}px ${FONT_FAMILY}`,
    boldFont: `700 ${fontPx}px ${FONT_FAMILY}`,
    nameWidth: new Float32Array(nodeCount).fill(Number.NaN),
    codeWidth: new Float32Array(nodeCount).fill(Number.NaN),
    box: new Float32Array(nodeCount * 4),
    grid: new LabelGrid(),
  };
}

export interface PaintInputs {
  model: GraphModel;
  style: GraphStyle;
  category: Uint8Array;
  labels: LabelCache;
  /** A ref: updated by zoom events between renders. */
  view: { readonly current: ViewTransform };
  /** Typical node spacing in graph units (labels.ts). */
  spacing: number;
  /** Light (analyst) or dark (presentation) colours. */
  theme: GraphTheme;
  /** The user chose ISO codes over full names (`labels=codes`). */
  codesOnly?: boolean;
}

/** Device pixels per CSS pixel of the canvas being painted. */
function pixelRatio(view: ViewTransform): number {
  return view.pixelRatio ?? (window.devicePixelRatio || 1);
}

function traceNode(ctx: CanvasRenderingContext2D, hub: boolean, x: number, y: number, r: number) {
  ctx.beginPath();
  if (hub) ctx.roundRect(x - r, y - r, 2 * r, 2 * r, r * 0.35);
  else ctx.arc(x, y, r, 0, 2 * Math.PI);
}

/**
 * The part of the graph on screen at zoom k, in graph units; unbounded while the view is not yet
 * known (before the first frame), so nothing is skipped then.
 */
function visibleBounds(view: ViewTransform, k: number) {
  if (!view.known) return { left: -Infinity, right: Infinity, top: -Infinity, bottom: Infinity };
  const halfW = view.width / 2 / k;
  const halfH = view.height / 2 / k;
  return { left: view.cx - halfW, right: view.cx + halfW, top: view.cy - halfH, bottom: view.cy + halfH };
}

/**
 * Level of detail: with more than DENSE_NODE_COUNT nodes shown (on screen or off), nodes below
 * SMALL_NODE_PX in radius on screen are drawn the cheap way (docs/performance.md, Decisions,
 * "Drawing and play"): a country without its white rim (one fill instead of two; at that density
 * the rims only outline overlapping dots), a hub as plain squares, keeping its dark outline (in
 * software rendering, a rounded square of that size costs several times an axis-aligned
 * `fillRect`).
 */
export const DENSE_NODE_COUNT = 500;
export const SMALL_NODE_PX = 5;

/**
 * All visible nodes, over the links, in the batches of paint-batches.ts (faded first, lit on
 * top); nodes off screen are skipped. The outline (white for countries, dark for hubs) is a
 * slightly larger shape filled underneath: in software rendering two fills cost about half of a
 * fill and a stroke.
 */
export function paintNodes(
  ctx: CanvasRenderingContext2D,
  k: number,
  inputs: PaintInputs,
  batches: readonly NodeBatch[],
  geometry: LinkGeometry,
): void {
  const { style } = inputs;
  const { left, right, top, bottom } = visibleBounds(inputs.view.current, k);
  const { nodeX, nodeY } = geometry;
  let shown = 0;
  for (const batch of batches) shown += batch.nodes.length;
  const smallBelow = shown > DENSE_NODE_COUNT ? SMALL_NODE_PX / k : 0;
  ctx.save();
  ctx.setLineDash(NO_DASH);
  for (const batch of batches) {
    const hub = batch.category === NODE_CATEGORY.hub;
    const fill = inputs.theme.nodeFill[batch.category];
    const outlineColor = hub ? inputs.theme.hubStroke : inputs.theme.nodeOutline;
    const outline = (hub ? 1.75 : 1.25) / k;
    ctx.globalAlpha = TONE_ALPHA[batch.tone]!;
    const nodes = batch.nodes;
    for (let j = 0; j < nodes.length; j++) {
      const i = nodes[j]!;
      const r = drawnRadius(style.nodeRadius[i]!, k);
      const x = nodeX[i]!;
      const y = nodeY[i]!;
      if (x + r < left || x - r > right || y + r < top || y - r > bottom) continue;
      if (r < smallBelow) {
        if (hub) {
          const outer = r + outline / 2;
          const inner = r - outline / 2;
          ctx.fillStyle = outlineColor;
          ctx.fillRect(x - outer, y - outer, 2 * outer, 2 * outer);
          ctx.fillStyle = fill;
          ctx.fillRect(x - inner, y - inner, 2 * inner, 2 * inner);
        } else {
          traceNode(ctx, false, x, y, r - outline / 2);
          ctx.fillStyle = fill;
          ctx.fill();
        }
      } else {
        traceNode(ctx, hub, x, y, r + outline / 2);
        ctx.fillStyle = outlineColor;
        ctx.fill();
        traceNode(ctx, hub, x, y, r - outline / 2);
        ctx.fillStyle = fill;
        ctx.fill();
      }
      if (batch.tone === TONE.selected) {
        traceNode(ctx, hub, x, y, r + 3.5 / k);
        ctx.strokeStyle = inputs.theme.selectedRing;
        ctx.lineWidth = 2.25 / k;
        ctx.stroke();
      }
    }
  }
  ctx.restore();
}

/**
 * What the pointer can hit: the node (with a generous minimum) and its label. The library paints
 * these node by node, so a label box would cover the discs of nodes painted before it; it is
 * painted beneath what is already there instead, and every disc wins over every label.
 */
export function paintNodeHitArea(
  node: GNode,
  color: string,
  ctx: CanvasRenderingContext2D,
  k: number,
  inputs: PaintInputs,
): void {
  const i = node.idx;
  const r = Math.max(drawnRadius(inputs.style.nodeRadius[i]!, k), MIN_HIT_RADIUS / k);
  ctx.fillStyle = color;
  ctx.beginPath();
  ctx.arc(node.x, node.y, r, 0, 2 * Math.PI);
  ctx.fill();
  const box = inputs.labels.box;
  if (box[i * 4 + 2]! > 0) {
    const operation = ctx.globalCompositeOperation;
    ctx.globalCompositeOperation = "destination-over";
    ctx.fillRect(box[i * 4]!, box[i * 4 + 1]!, box[i * 4 + 2]!, box[i * 4 + 3]!);
    ctx.globalCompositeOperation = operation;
  }
}

/** Dash patterns in graph units, rescaled in place on zoom so they keep a constant screen length. */
export interface DashPatterns {
  pending: number[];
  ghost: number[];
  k: number;
}

export function makeDashPatterns(): DashPatterns {
  return { pending: [5, 4], ghost: [1.5, 3.5], k: 0 };
}

export function updateDashPatterns(d: DashPatterns, k: number): void {
  if (d.k === k) return;
  d.pending[0] = 5 / k;
  d.pending[1] = 4 / k;
  d.ghost[0] = 1.5 / k;
  d.ghost[1] = 3.5 / k;
  d.k = k;
}

/** Links per path when links are stroked at their width (dashed links, exports). */
const LINKS_PER_PATH = 64;

/**
 * A wide solid link on the live canvas is a bundle of hairlines this far apart (device pixels),
 * which reads as one line of the link's width; up to MAX_SINGLE_HAIRLINE wide it is one hairline.
 * Why: in software rendering a stroke wider than one device pixel is filled as an outline, several
 * times the cost of the hairlines that cover it (docs/performance.md, Decisions, "Drawing and play").
 */
const BUNDLE_SPACING = 0.5;
const MAX_SINGLE_HAIRLINE = 1.25;

function inView(g: LinkGeometry, i: number, left: number, right: number, top: number, bottom: number) {
  return g.maxX[i]! >= left && g.minX[i]! <= right && g.maxY[i]! >= top && g.minY[i]! <= bottom;
}

/** A link's curve, shifted sideways by `offset` graph units (0: the link itself). */
function traceLink(ctx: CanvasRenderingContext2D, g: LinkGeometry, k: number, offset = 0): void {
  const ox = g.nx[k]! * offset;
  const oy = g.ny[k]! * offset;
  ctx.moveTo(g.x0[k]! + ox, g.y0[k]! + oy);
  const cx = g.cx[k]!;
  if (Number.isNaN(cx)) ctx.lineTo(g.x1[k]! + ox, g.y1[k]! + oy);
  else ctx.quadraticCurveTo(cx + ox, g.cy[k]! + oy, g.x1[k]! + ox, g.y1[k]! + oy);
}

/** How links are stroked: `bundles` draws wide solid links as hairline bundles (the live canvas). */
export interface LinkPaintOptions {
  dashes: DashPatterns;
  bundles: boolean;
}

/** A batch of solid links as bundles of hairlines across their width (BUNDLE_SPACING). */
function strokeHairlineBundle(
  ctx: CanvasRenderingContext2D,
  batch: LinkBatch,
  geometry: LinkGeometry,
  k: number,
  dpr: number,
  { left, right, top, bottom }: ReturnType<typeof visibleBounds>,
): void {
  const devicePx = batch.width * dpr;
  const count = devicePx <= MAX_SINGLE_HAIRLINE ? 1 : 1 + Math.round((devicePx - 1) / BUNDLE_SPACING);
  const step = count > 1 ? (devicePx - 1) / (count - 1) : 0;
  ctx.strokeStyle = count > 1 ? (BUNDLE_COLORS.get(batch.color) ?? batch.color) : batch.color;
  ctx.lineWidth = 1 / (k * dpr);
  ctx.setLineDash(NO_DASH);
  const links = batch.links;
  for (let h = 0; h < count; h++) {
    const offset = ((h - (count - 1) / 2) * step) / (k * dpr);
    ctx.beginPath();
    for (let j = 0; j < links.length; j++) {
      const i = links[j]!;
      if (inView(geometry, i, left, right, top, bottom)) traceLink(ctx, geometry, i, offset);
    }
    ctx.stroke();
  }
}

/**
 * All links, painted before the nodes so they lie under them, in the batches of paint-batches.ts;
 * links entirely off screen are skipped.
 */
export function paintLinks(
  ctx: CanvasRenderingContext2D,
  k: number,
  inputs: PaintInputs,
  batches: LinkBatches,
  geometry: LinkGeometry,
  { dashes, bundles }: LinkPaintOptions,
): void {
  const view = inputs.view.current;
  const { left, right, top, bottom } = visibleBounds(view, k);
  const dpr = pixelRatio(view);

  ctx.save();
  ctx.lineCap = "round";
  // Glow under links new since the compare date.
  ctx.setLineDash(NO_DASH);
  const glow = batches.glow;
  for (let j = 0; j < glow.length; j++) {
    const i = glow[j]!;
    if (!inView(geometry, i, left, right, top, bottom)) continue;
    ctx.beginPath();
    traceLink(ctx, geometry, i);
    ctx.strokeStyle = GLOW[inputs.model.links[i]!.kind];
    ctx.lineWidth = (inputs.style.linkWidth[i]! + 5) / k;
    ctx.stroke();
  }
  ctx.lineCap = "butt";
  for (const batch of batches.batches) {
    if (bundles && batch.dash === DASH.solid) {
      strokeHairlineBundle(ctx, batch, geometry, k, dpr, { left, right, top, bottom });
      continue;
    }
    const links = batch.links;
    ctx.strokeStyle = batch.color;
    ctx.lineWidth = batch.width / k;
    ctx.setLineDash(
      batch.dash === DASH.pending ? dashes.pending : batch.dash === DASH.ghost ? dashes.ghost : NO_DASH,
    );
    let inPath = 0;
    ctx.beginPath();
    for (let j = 0; j < links.length; j++) {
      const i = links[j]!;
      if (!inView(geometry, i, left, right, top, bottom)) continue;
      traceLink(ctx, geometry, i);
      if (++inPath === LINKS_PER_PATH) {
        ctx.stroke();
        ctx.beginPath();
        inPath = 0;
      }
    }
    if (inPath > 0) ctx.stroke();
  }
  ctx.restore();
}

/**
 * A link's hover/click area on the library's hidden picking canvas. Never called in hairline mode
 * (graph-canvas.tsx hides links from the library then): thousands of wide picking strokes would
 * cost more than a frame, and at that density single links are better reached through the table
 * and the panels.
 */
export function paintLinkHitArea(
  index: number,
  color: string,
  ctx: CanvasRenderingContext2D,
  k: number,
  inputs: PaintInputs,
  geometry: LinkGeometry,
): void {
  ctx.beginPath();
  traceLink(ctx, geometry, index);
  ctx.strokeStyle = color;
  ctx.lineWidth = (inputs.style.linkWidth[index]! + 6) / k;
  ctx.setLineDash(NO_DASH);
  ctx.stroke();
}

function labelWidth(
  ctx: CanvasRenderingContext2D,
  cache: LabelCache,
  i: number,
  text: string,
  name: boolean,
) {
  const widths = name ? cache.nameWidth : cache.codeWidth;
  let w = widths[i]!;
  if (Number.isNaN(w)) {
    w = ctx.measureText(text).width;
    widths[i] = w;
  }
  return w;
}

/**
 * Labels in screen pixels, after nodes and links, in priority order (labelOrder): a label that
 * would overlap one already placed is skipped, so every label drawn is readable. Nodes off screen
 * are skipped. Also records each label's box (graph units) for hit testing.
 */
export function paintLabels(
  ctx: CanvasRenderingContext2D,
  inputs: PaintInputs,
  order: Int32Array,
  geometry: LinkGeometry,
): void {
  const { style, labels, model } = inputs;
  const view = inputs.view.current;
  if (!view.known) return;
  const { k, cx, cy, width, height } = view;
  const px = labels.fontPx;
  const lineHeight = px * 1.2;
  const mode = labelMode(k, inputs.spacing, px, inputs.codesOnly);
  const visibleCount = style.visibleNodeIds.length;
  const dpr = pixelRatio(view);
  const halfW = width / 2;
  const halfH = height / 2;
  labels.box.fill(0);
  labels.grid.reset(width, height);
  ctx.save();
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.textAlign = "center";
  ctx.textBaseline = "top";
  ctx.lineJoin = "round";
  ctx.setLineDash(NO_DASH);
  ctx.lineWidth = Math.max(3, px * 0.28);
  ctx.strokeStyle = inputs.theme.labelHalo;
  ctx.font = labels.font;
  for (let n = 0; n < order.length; n++) {
    const i = order[n]!;
    const tone = style.nodeTone[i]! as Tone;
    const sx = (geometry.nodeX[i]! - cx) * k + halfW;
    const sy = (geometry.nodeY[i]! - cy) * k + halfH;
    if (sx < -200 || sx > width + 200 || sy < -100 || sy > height + 100) continue;
    const sr = drawnRadius(style.nodeRadius[i]!, k) * k;
    if (!shouldLabel(tone, sr, visibleCount)) continue;
    const gnode = model.nodes[i]!;
    const useName = mode === "name" && gnode.type === "country";
    const text = useName ? gnode.name : gnode.code;
    const selected = tone === TONE.selected;
    // Measured (once) in the regular font; the bold of the selected label is a little wider.
    const w = labelWidth(ctx, labels, i, text, useName) * (selected ? BOLD_WIDTH_FACTOR : 1);
    // Below the node, clear of the selection ring; where that is taken, above, right or left of it.
    const gap = selected ? 6 : gnode.type === "hub" ? 3 : 2;
    let cxLabel = sx;
    let top = sy + sr + gap;
    let placed = labels.grid.tryPlace(sx - w / 2 - 2, top, sx + w / 2 + 2, top + lineHeight);
    for (let alt = 0; !placed && alt < 3; alt++) {
      cxLabel = alt === 0 ? sx : alt === 1 ? sx + sr + gap + w / 2 : sx - sr - gap - w / 2;
      top = alt === 0 ? sy - sr - gap - lineHeight : sy - lineHeight / 2;
      placed = labels.grid.tryPlace(cxLabel - w / 2 - 2, top, cxLabel + w / 2 + 2, top + lineHeight);
    }
    if (!placed) continue;
    if (selected) ctx.font = labels.boldFont;
    ctx.globalAlpha = LABEL_ALPHA[tone]!;
    ctx.strokeText(text, cxLabel, top);
    ctx.fillStyle = gnode.type === "hub" ? inputs.theme.hubLabelInk : inputs.theme.labelInk;
    ctx.fillText(text, cxLabel, top);
    if (selected) ctx.font = labels.font;
    const b = i * 4;
    labels.box[b] = (cxLabel - w / 2 - halfW) / k + cx;
    labels.box[b + 1] = (top - halfH) / k + cy;
    labels.box[b + 2] = w / k;
    labels.box[b + 3] = lineHeight / k;
  }
  ctx.globalAlpha = 1;
  ctx.restore();
}
