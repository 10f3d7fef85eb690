/**
 * The graph as the exports draw it: fitted into a full-width band of a framed picture (PNG, SVG,
 * slide), with the live canvas's painters in the light theme, so every export matches the screen
 * and the frames around it are the only thing each export draws itself.
 */
import type { GraphModel } from "../../data/graph-model";
import type { Positions } from "../../data/layout/layout";
import type { ViewModel } from "../../data/view-model";
import { fitTransform, subsetPositions } from "./fit";
import { indexGraph } from "./graph-index";
import { MAX_NODE_RADIUS, type GraphStyle } from "./graph-style";
import { LIGHT_THEME } from "./graph-theme";
import { nodeCategories } from "./node-colors";
import {
  makeDashPatterns,
  makeLabelCache,
  paintLabels,
  paintLinks,
  paintNodes,
  updateDashPatterns,
  type PaintInputs,
} from "./paint";
import { batchLinks, batchNodes, labelOrder, linkGeometry } from "./paint-batches";
import { typicalSpacing } from "./typical-spacing";

export interface ExportOptions {
  model: GraphModel;
  positions: Positions;
  vm: ViewModel;
  style: GraphStyle;
}

/** Where the graph goes in the picture, in the picture's CSS px. */
export interface GraphBand {
  top: number;
  width: number;
  height: number;
  /** Device pixels per CSS px of the picture. */
  scale: number;
  /** Room kept on the left and right, besides the labels' own. */
  sideMargin: number;
  labelFontPx: number;
}

/**
 * Paints the labels of the graph band, in that band's device pixels (paintLabels sets its own
 * transform): a canvas export paints them on a canvas of the band and copies it in
 * (`canvasLabelBand`), the SVG on a second SVG context that it places in the band, so they stay text.
 */
export type PaintLabelBand = (paint: (labelCtx: CanvasRenderingContext2D) => void, bandTop: number) => void;

/** Labels painted on a canvas of the band, then copied into `ctx` at the band's place. */
export function canvasLabelBand(ctx: CanvasRenderingContext2D, band: GraphBand): PaintLabelBand {
  return (paint, bandTop) => {
    const s = band.scale;
    const labelCanvas = document.createElement("canvas");
    labelCanvas.width = band.width * s;
    labelCanvas.height = band.height * s;
    const lctx = labelCanvas.getContext("2d");
    if (!lctx) return;
    paint(lctx);
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.drawImage(labelCanvas, 0, bandTop * s);
    ctx.restore();
  };
}

/** The graph fitted into `band`: links and nodes on `ctx`, labels through `paintLabelBand`. */
export function paintGraphBand(
  ctx: CanvasRenderingContext2D,
  { model, positions, vm, style }: ExportOptions,
  band: GraphBand,
  paintLabelBand: PaintLabelBand,
): void {
  const { top, width, height, scale: s, sideMargin, labelFontPx: fontPx } = band;
  // What is shown, as "Fit" frames it on screen: a filtered view is not lost in the whole layout's box.
  const shown = style.visibleNodeIds.length ? subsetPositions(positions, style.visibleNodeIds) : positions;
  const t = fitTransform(shown, MAX_NODE_RADIUS, width, height, {
    top: 16,
    right: sideMargin + fontPx * 2,
    bottom: 16 + fontPx * 1.5,
    left: sideMargin + fontPx * 2,
  });
  if (!t) return;
  const geometry = linkGeometry(indexGraph(model), positions);
  const category = nodeCategories(model, vm.prepared.dataset);
  const inputs: PaintInputs = {
    model,
    style,
    category,
    labels: makeLabelCache(model.nodes.length, fontPx),
    view: { current: { k: t.k, cx: t.x, cy: t.y, width, height, known: true, pixelRatio: s } },
    spacing: typicalSpacing(positions),
    theme: LIGHT_THEME,
  };
  const dashes = makeDashPatterns();
  updateDashPatterns(dashes, t.k);
  ctx.save();
  // Graph coordinates → device pixels of the band.
  ctx.setTransform(s * t.k, 0, 0, s * t.k, s * (width / 2 - t.x * t.k), s * (top + height / 2 - t.y * t.k));
  paintLinks(ctx, t.k, inputs, batchLinks(style), geometry, { dashes, bundles: false });
  paintNodes(ctx, t.k, inputs, batchNodes(style, category), geometry);
  ctx.restore();
  // The Quad and the hubs keep their labels first when labels collide, as on screen.
  paintLabelBand((lctx) => paintLabels(lctx, inputs, labelOrder(style, category), geometry), top);
}
