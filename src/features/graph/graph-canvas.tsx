/**
 * The canvas itself: react-force-graph-2d with every node pinned at its layout position. Graph
 * data is built once per dataset; a date step, filter or selection only swaps the precomputed
 * GraphStyle, which changes the identity of the accessor props below and so makes the library
 * redraw (it redraws only on demand). Nodes never move: no simulation runs (cooldownTicks 0) and
 * dragging is off.
 *
 * Who draws what: the app paints everything drawn (paint.ts, from the groups of paint-batches.ts):
 * the links grouped by look, wide ones as hairline bundles, the lit ones on top with the compare
 * glow; the nodes (outlines, hub squares, selection ring, faded tones); the labels with their
 * halos. The library draws nothing (its per-node and per-link painters are no-ops) and does zoom,
 * pan, hover (its picking canvas, painted by the app's hit-area painters) and clicks.
 * Why this split: docs/performance.md, Decisions, "Drawing and play".
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from "react";
import ForceGraph2D, { type ForceGraphMethods } from "react-force-graph-2d";
import type { GraphModel } from "../../data/graph-model";
import type { Positions } from "../../data/layout/layout";
import type { ViewModel } from "../../data/view-model";
import { updateView, useViewStore } from "../../state/store";
import { fitTransform, frameTransform, subsetPositions, type Padding } from "./fit";
import { useMediaQuery } from "../../components/use-media-query";
import { indexGraph } from "./graph-index";
import { graphTheme } from "./graph-theme";
import {
  agreementForHub,
  drawnRadius,
  MAX_NODE_RADIUS,
  type GraphSelection,
  type GraphStyle,
} from "./graph-style";
import { labelFontPx } from "./labels";
import { typicalSpacing } from "./typical-spacing";
import { batchLinks, batchNodes, labelOrder, linkGeometry } from "./paint-batches";
import { nodeCategories } from "./node-colors";
import {
  makeDashPatterns,
  makeLabelCache,
  paintLabels,
  paintLinkHitArea,
  paintLinks,
  paintNodes,
  paintNodeHitArea,
  updateDashPatterns,
  type GLink,
  type GNode,
  type PaintInputs,
  type ViewTransform,
} from "./paint";
import { installTestHook } from "./test-hook";
import { linkTooltipHtml, nodeTooltipHtml } from "./tooltips";
import { placeTooltip, type Box } from "./tooltip-place";
import { useHoverOut } from "./use-hover-out";
import type { Size } from "../../components/use-element-size";

/** performance.mark name a benchmark reads: first frame with every node at its final place. */
export const FIRST_PAINT_MARK = "lattice:first-graph-paint";
let firstPaintMarked = false;

const FIT_ANIMATION_MS = 400;
const ZOOM_STEP = 1.5;
const ZOOM_BUTTON_MS = 250;
const MIN_ZOOM = 0.05;
const MAX_ZOOM = 12;
/** The hit area's minimum radius on screen (paint.ts): a tooltip keeps clear of at least this. */
const MIN_NODE_CLEARANCE = 10;
/** Tooltips keep this far inside the canvas and the viewport. */
const TOOLTIP_MARGIN = 4;

/**
 * Room around the fitted layout: the legend (or, in presentation mode, the overlays given as
 * `insets`) along the edges, and labels hanging below and beside nodes.
 */
function fitPadding(fontPx: number, topInset: number, insets: Padding | undefined): Padding {
  const i = insets ?? { top: 0, right: 0, bottom: 0, left: 0 };
  return {
    top: topInset + i.top,
    right: 12 + fontPx * 2 + i.right,
    bottom: 12 + fontPx * 1.4 + i.bottom,
    left: 12 + fontPx * 2 + i.left,
  };
}

/** A story step zooms in on its subject, but never so far that the rest of the network is lost. */
const FRAME_MAX_ZOOM_OVER_FIT = 2;
const FRAME_ANIMATION_MS = 700;

type Methods = ForceGraphMethods<GNode, GLink>;

interface GraphCanvasProps {
  model: GraphModel;
  positions: Positions;
  vm: ViewModel;
  style: GraphStyle;
  size: Size;
  present: boolean;
  /** Presentation mode's light theme. */
  light?: boolean;
  /** ISO codes as labels, never full names. */
  codesOnly?: boolean;
  /** What the pointer is over, as a selection to light up (null when over nothing). */
  onHover?: (selection: GraphSelection | null) => void;
  /** Pixels kept free at the top when fitting (the legend). */
  topInset: number;
  /** Pixels along each edge covered by overlays (presentation mode's caption band and side column). */
  insets?: Padding;
  /** Node ids a story step is about: fitted (animated) into the uncovered canvas; null for none. */
  frame?: readonly string[] | null;
}

export function GraphCanvas({
  model,
  positions,
  vm,
  style,
  size,
  present,
  light = false,
  codesOnly = false,
  onHover: onHoverProp,
  topInset,
  insets,
  frame = null,
}: GraphCanvasProps) {
  const fgRef = useRef<Methods | undefined>(undefined);
  const hostRef = useRef<HTMLDivElement>(null);
  const onHover = useHoverOut(onHoverProp, hostRef);
  const index = indexGraph(model);

  // Built once per dataset and layout; the library mutates these objects, so they are ours alone.
  const graphData = useMemo(() => {
    const nodes: GNode[] = model.nodes.map((n, idx) => {
      const p = positions[n.id] ?? { x: 0, y: 0 };
      return { id: n.id, idx, x: p.x, y: p.y, fx: p.x, fy: p.y };
    });
    const links: GLink[] = model.links.map((l, idx) => ({
      id: l.id,
      idx,
      source: l.source,
      target: l.target,
    }));
    return { nodes, links };
  }, [model, positions]);
  const geometry = useMemo(() => linkGeometry(index, positions), [index, positions]);
  const links = useMemo(() => batchLinks(style), [style]);
  const category = useMemo(() => nodeCategories(model, vm.prepared.dataset), [model, vm.prepared.dataset]);
  const nodeBatches = useMemo(() => batchNodes(style, category), [style, category]);
  const labelPriority = useMemo(() => labelOrder(style, category), [style, category]);

  const spacing = useMemo(() => typicalSpacing(positions), [positions]);
  const fontPx = labelFontPx(present, size.height);
  const reducedMotion = useMediaQuery("(prefers-reduced-motion: reduce)");
  const labels = useMemo(() => makeLabelCache(model.nodes.length, fontPx), [model, fontPx]);
  // Mutable per-frame state, written by library callbacks, never during render.
  const view = useRef<ViewTransform>({
    k: 1,
    cx: 0,
    cy: 0,
    width: size.width,
    height: size.height,
    known: false,
  });
  const dashes = useRef(makeDashPatterns());
  const fitted = useRef(false);
  const fittedAtFrameStart = useRef(false);

  const inputs: PaintInputs = useMemo(
    () => ({ model, category, labels, view, spacing, theme: graphTheme(present, light), codesOnly, style }),
    [model, category, labels, spacing, present, light, codesOnly, style],
  );

  const padding = useMemo(
    () => fitPadding(fontPx, topInset, insets),
    // The insets object is compared by value: a parent's re-render must not refit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [fontPx, topInset, insets?.top, insets?.right, insets?.bottom, insets?.left],
  );
  const apply = useCallback((t: { k: number; x: number; y: number } | null, ms: number) => {
    const fg = fgRef.current;
    if (!fg || !t) return;
    fg.centerAt(t.x, t.y, ms);
    fg.zoom(t.k, ms);
    fitted.current = true;
  }, []);
  // The whole timeline's layout, so the frame does not shift while the date changes.
  const fitAll = useCallback(
    () => fitTransform(positions, MAX_NODE_RADIUS, size.width, size.height, padding),
    [positions, size.width, size.height, padding],
  );
  const fitIds = useCallback(
    (ids: readonly string[], maxZoom?: number) =>
      fitTransform(
        subsetPositions(positions, ids),
        MAX_NODE_RADIUS,
        size.width,
        size.height,
        padding,
        maxZoom,
      ),
    [positions, size.width, size.height, padding],
  );
  // A story step: its subject in the canvas the overlays leave, with the whole layout still on the
  // canvas (under the overlays at worst), so no off-focus country is cut at an edge.
  const labelRoom = useMemo(() => fitPadding(fontPx, topInset, undefined), [fontPx, topInset]);
  const frameIds = useCallback(
    (ids: readonly string[], maxZoom: number) =>
      frameTransform(
        subsetPositions(positions, ids),
        positions,
        MAX_NODE_RADIUS,
        size.width,
        size.height,
        padding,
        labelRoom,
        maxZoom,
      ),
    [positions, size.width, size.height, padding, labelRoom],
  );
  // "Fit": what is shown now (on an early date, the few countries already linked).
  const fitShown = () => {
    const ids = style.visibleNodeIds.length ? style.visibleNodeIds : Object.keys(positions);
    apply(fitIds(ids) ?? fitAll(), reducedMotion ? 0 : FIT_ANIMATION_MS);
  };

  // Fit on mount, for a new dataset, and whenever the container is resized: the whole layout, or
  // a story step's subject. A new subject in the same canvas glides there (eased by the library),
  // unless the user asks for reduced motion.
  const frameKey = frame && frame.length ? [...frame].sort().join(" ") : "";
  const lastFrame = useRef<{ key: string; width: number; height: number } | null>(null);
  useEffect(() => {
    view.current.width = size.width;
    view.current.height = size.height;
    const all = fitAll();
    const previous = lastFrame.current;
    lastFrame.current = { key: frameKey, width: size.width, height: size.height };
    const glide =
      previous !== null &&
      previous.key !== frameKey &&
      previous.width === size.width &&
      previous.height === size.height &&
      !reducedMotion;
    const ms = glide ? FRAME_ANIMATION_MS : 0;
    if (!frameKey || !all) {
      apply(all, ms);
      return;
    }
    apply(frameIds(frameKey.split(" "), Math.min(4, all.k * FRAME_MAX_ZOOM_OVER_FIT)) ?? all, ms);
  }, [size.width, size.height, graphData, fitAll, frameIds, apply, frameKey, reducedMotion]);

  // Identities change with the style (and what else paints differently), which is what asks the
  // library to redraw: it redraws when an accessor prop changes, not when onRenderFrame* does.
  // Visibility also decides what the picking canvas holds; hairline links are not hoverable
  // (README.md, "How it stays fast"), so then the library skips links altogether.
  const nodeVisibility = useCallback((n: GNode) => inputs.style.nodeVisible[n.idx] === 1, [inputs]);
  const hoverableLinks = !links.hairlines;
  const linkVisibility = useCallback(
    (l: GLink) => hoverableLinks && style.linkVisible[l.idx] === 1,
    [style, hoverableLinks],
  );
  // The hit-area painters keep their identity and read the latest inputs. A new painter makes the
  // library repaint its picking canvas at once through its throttle's flush(), which (lodash) leaves
  // the pending timer running: one more orphaned timer chain per date step, and on a big graph a
  // repaint that costs more than a frame. The picking canvas follows instead on the library's
  // throttled schedule, leading edge first: a single step shows at once, a play every 0.8 s.
  const latest = useRef({ inputs, geometry });
  useLayoutEffect(() => {
    latest.current = { inputs, geometry };
  }, [inputs, geometry]);
  const nodePointerAreaPaint = useCallback(
    (n: GNode, color: string, ctx: CanvasRenderingContext2D, k: number) =>
      paintNodeHitArea(n, color, ctx, k, latest.current.inputs),
    [],
  );
  const linkPointerAreaPaint = useCallback(
    (l: GLink, color: string, ctx: CanvasRenderingContext2D, k: number) => {
      const { inputs: i, geometry: g } = latest.current;
      paintLinkHitArea(l.idx, color, ctx, k, i, g);
    },
    [],
  );

  const onRenderFramePre = useCallback((_ctx: CanvasRenderingContext2D, k: number) => {
    updateDashPatterns(dashes.current, k);
    fittedAtFrameStart.current = fitted.current && view.current.known;
  }, []);
  const onRenderFramePost = useCallback(
    (ctx: CanvasRenderingContext2D, k: number) => {
      paintLinks(ctx, k, inputs, links, geometry, { dashes: dashes.current, bundles: true });
      paintNodes(ctx, k, inputs, nodeBatches, geometry);
      paintLabels(ctx, inputs, labelPriority, geometry);
      if (!firstPaintMarked && fittedAtFrameStart.current) {
        firstPaintMarked = true;
        performance.mark(FIRST_PAINT_MARK);
      }
    },
    [inputs, links, nodeBatches, labelPriority, geometry],
  );
  // Places the tooltip (set up with the tooltip below).
  const placeTip = useRef(() => {});
  const onZoom = useCallback((t: { k: number; x: number; y: number }) => {
    // The library reports x/y as the graph coordinates at the canvas centre.
    const v = view.current;
    v.k = t.k;
    v.cx = t.x;
    v.cy = t.y;
    v.known = true;
    // A zoom or pan the library does not treat as a new hover (the buttons, Fit, a story step's
    // glide) moves and grows the hovered node under a still tooltip: place it again.
    placeTip.current();
  }, []);

  // The library's tooltip is moved next to the hovered node (tooltip-place.ts): after each of the
  // library's own placements on mousemove, and whenever its content changes on a new hover.
  const hoveredNode = useRef<GNode | null>(null);
  const pointer = useRef<{ x: number; y: number } | null>(null);
  useEffect(() => {
    const host = hostRef.current;
    const tip = host?.querySelector<HTMLElement>(".float-tooltip-kap");
    if (!host || !tip) return;
    tip.setAttribute("role", "tooltip");
    placeTip.current = () => {
      const p = pointer.current;
      const container = tip.offsetParent;
      if (!p || !container || tip.style.display === "none") return;
      let avoid: Box = { left: p.x - 2, top: p.y - 2, right: p.x + 2, bottom: p.y + 2 };
      const node = hoveredNode.current;
      const fg = fgRef.current;
      const canvas = host.querySelector("canvas");
      if (node && fg && canvas && node.x !== undefined && node.y !== undefined) {
        const s = fg.graph2ScreenCoords(node.x, node.y);
        const c = canvas.getBoundingClientRect();
        const k = view.current.k;
        const radius = latest.current.inputs.style.nodeRadius[node.idx] ?? MAX_NODE_RADIUS;
        // √2 covers a hub's square as well as a country's disc.
        const r = Math.max(drawnRadius(radius, k) * k * Math.SQRT2, MIN_NODE_CLEARANCE);
        const x = c.left + s.x;
        const y = c.top + s.y;
        avoid = {
          left: Math.min(avoid.left, x - r),
          top: Math.min(avoid.top, y - r),
          right: Math.max(avoid.right, x + r),
          bottom: Math.max(avoid.bottom, y + r),
        };
      }
      const c = container.getBoundingClientRect();
      const bounds: Box = {
        left: Math.max(c.left, 0) + TOOLTIP_MARGIN,
        top: Math.max(c.top, 0) + TOOLTIP_MARGIN,
        right: Math.min(c.right, window.innerWidth) - TOOLTIP_MARGIN,
        bottom: Math.min(c.bottom, window.innerHeight) - TOOLTIP_MARGIN,
      };
      const at = placeTooltip(avoid, { width: tip.offsetWidth, height: tip.offsetHeight }, bounds);
      // Whole pixels, and only what changed: the observer below also watches the tooltip's style, and
      // a write of a new value would wake it again.
      const left = `${Math.round(at.left - c.left)}px`;
      const top = `${Math.round(at.top - c.top)}px`;
      if (tip.style.transform !== "none") tip.style.transform = "none";
      if (tip.style.left !== left) tip.style.left = left;
      if (tip.style.top !== top) tip.style.top = top;
    };
    const onMove = (e: MouseEvent) => {
      pointer.current = { x: e.clientX, y: e.clientY };
      placeTip.current();
    };
    host.addEventListener("mousemove", onMove);
    host.addEventListener("pointerdown", onMove);
    // The library fills and shows the tooltip a moment after a new hover (its updates are batched),
    // and a tap may show it without a mouse move (which is what places it first): follow both.
    const filled = new MutationObserver(() => placeTip.current());
    filled.observe(tip, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ["style"],
    });
    return () => {
      filled.disconnect();
      host.removeEventListener("mousemove", onMove);
      host.removeEventListener("pointerdown", onMove);
      placeTip.current = () => {};
    };
  }, []);
  const placeAfterHover = useCallback((node: GNode | null) => {
    hoveredNode.current = node;
  }, []);

  const nodeLabel = useCallback((n: GNode) => nodeTooltipHtml(index, vm, n.idx), [index, vm]);
  const linkLabel = useCallback(
    (l: GLink) => linkTooltipHtml(index, vm, l.idx, style.linkVisible),
    [index, vm, style],
  );
  const onNodeClick = useCallback(
    (n: GNode) => {
      if (model.nodes[n.idx]!.type === "country") {
        updateView({ country: n.id, agreement: null }, "push");
        return;
      }
      const agreement = agreementForHub(index, vm, n.idx);
      if (agreement) updateView({ agreement, country: null }, "push");
    },
    [model, index, vm],
  );
  // A link between two countries opens their pair view; a link to a hub, its agreement.
  const onNodeHover = useCallback(
    (n: GNode | null) => {
      placeAfterHover(n);
      if (!onHover) return;
      const node = n ? model.nodes[n.idx] : undefined;
      if (!node) onHover(null);
      else if (node.type === "country") onHover({ country: node.id, agreement: null, focus: [] });
      else onHover({ country: null, agreement: agreementForHub(index, vm, n!.idx), focus: [] });
    },
    [onHover, model, index, vm, placeAfterHover],
  );
  const onLinkHover = useCallback(
    (l: GLink | null) => {
      if (l) placeAfterHover(null);
      if (!onHover) return;
      const link = l ? model.links[l.idx] : undefined;
      if (!link) return onHover(null);
      const ends = [link.source, link.target];
      const pair = ends.every((id) => model.nodes[index.nodeIndexById.get(id)!]?.type === "country");
      onHover(
        pair
          ? { country: null, agreement: null, focus: ends }
          : { country: null, agreement: link.agreementId, focus: [] },
      );
    },
    [onHover, model, index, placeAfterHover],
  );
  const onLinkClick = useCallback(
    (l: GLink) => {
      const link = model.links[l.idx]!;
      const ends = [link.source, link.target];
      if (ends.every((id) => model.nodes[index.nodeIndexById.get(id)!]?.type === "country"))
        updateView({ pair: [...ends].sort() as [string, string], agreement: null, country: null }, "push");
      else updateView({ agreement: link.agreementId, country: null }, "push");
    },
    [model, index],
  );

  // The test hook (see test-hook.ts).
  useEffect(() => {
    return installTestHook({
      nodeScreenPosition(id) {
        const i = index.nodeIndexById.get(id);
        const canvas = hostRef.current?.querySelector("canvas");
        const fg = fgRef.current;
        if (i === undefined || !style.nodeVisible[i] || !canvas || !fg) return null;
        const node = graphData.nodes[i]!;
        const p = fg.graph2ScreenCoords(node.x, node.y);
        const rect = canvas.getBoundingClientRect();
        return { x: rect.left + p.x, y: rect.top + p.y };
      },
      visibleNodeIds: () => [...style.visibleNodeIds],
      labelFontPx: () => fontPx,
    });
  }, [index, style, graphData, fontPx]);

  // The canvas's text alternative: a summary pointing to the status line and the table.
  useEffect(() => {
    const canvas = hostRef.current?.querySelector("canvas");
    if (!canvas) return;
    canvas.setAttribute("role", "img");
    canvas.setAttribute(
      "aria-label",
      `Network graph of ${vm.shown.length} agreements among ${vm.countries.size} countries; the status line and the table give the same information as text.`,
    );
  }, [vm]);

  // A press during the last press's animation builds on where that one was going, not on the
  // zoom half-way there: three quick presses zoom 1.5³, as three slow ones do.
  const zoomGoal = useRef<{ k: number; until: number } | null>(null);
  const zoomBy = (factor: number) => {
    const fg = fgRef.current;
    if (!fg) return;
    const now = performance.now();
    const goal = zoomGoal.current;
    const from = goal && now < goal.until ? goal.k : fg.zoom();
    const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, from * factor));
    zoomGoal.current = { k, until: now + ZOOM_BUTTON_MS };
    fg.zoom(k, ZOOM_BUTTON_MS);
  };

  return (
    <div className="alliance-graph-canvas" ref={hostRef}>
      <ForceGraph2D<GNode, GLink>
        ref={fgRef}
        graphData={graphData}
        width={size.width}
        height={size.height}
        nodeId="id"
        cooldownTicks={0}
        warmupTicks={0}
        enableNodeDrag={false}
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        autoPauseRedraw
        nodeVisibility={nodeVisibility}
        nodeCanvasObject={paintNothing}
        nodeCanvasObjectMode={replaceMode}
        nodePointerAreaPaint={nodePointerAreaPaint}
        nodeLabel={nodeLabel}
        linkVisibility={linkVisibility}
        linkCanvasObject={paintNothing}
        linkCanvasObjectMode={replaceMode}
        linkPointerAreaPaint={linkPointerAreaPaint}
        linkLabel={linkLabel}
        onRenderFramePre={onRenderFramePre}
        onRenderFramePost={onRenderFramePost}
        onZoom={onZoom}
        onNodeClick={onNodeClick}
        onLinkClick={onLinkClick}
        onNodeHover={onNodeHover}
        onLinkHover={onLinkHover}
        onBackgroundClick={onBackgroundClick}
      />
      <div className="alliance-graph-tools" role="toolbar" aria-label="Graph zoom">
        <button type="button" onClick={fitShown} title="Fit what is shown in view">
          Fit
        </button>
        <button type="button" onClick={() => zoomBy(ZOOM_STEP)} aria-label="Zoom in" title="Zoom in">
          +
        </button>
        <button type="button" onClick={() => zoomBy(1 / ZOOM_STEP)} aria-label="Zoom out" title="Zoom out">
          −
        </button>
      </div>
    </div>
  );
}

/** Clicking the empty background clears a selection (and adds a history entry only if there was one). */
function onBackgroundClick() {
  const { country, agreement } = useViewStore.getState().view;
  if (country !== null || agreement !== null) updateView({ country: null, agreement: null }, "push");
}

const replaceMode = () => "replace";
/** Links and nodes are painted in onRenderFramePost; the library's per-item painters do nothing. */
const paintNothing = () => {};
