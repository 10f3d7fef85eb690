/**
 * "Download PNG": the whole graph, fitted, drawn off screen at 2× with the same painters as the live
 * canvas (so the picture matches the screen), framed by a title, the date or range, the active
 * filters, a legend and a source line — everything a slide or a briefing needs to stand alone.
 */
import { dayNumberToIso, formatDate } from "../../data/dates";
import type { GraphModel } from "../../data/graph-model";
import { AGREEMENT_KINDS, KIND_INFO } from "../../data/kinds";
import type { Positions } from "../../data/layout/layout";
import type { ViewModel } from "../../data/view-model";
import { drawExportLegend, EXPORT_FONT, type LegendMetrics } from "./export-legend";
import { fitTransform } from "./fit";
import { MAX_NODE_RADIUS, type GraphStyle } from "./graph-style";
import { LIGHT_THEME } from "./graph-theme";
import { labelFontPx } from "./labels";
import { typicalSpacing } from "./typical-spacing";
import { batchLinks, batchNodes, labelOrder, linkGeometry } from "./paint-batches";
import { indexGraph } from "./graph-index";
import { nodeCategories } from "./node-colors";
import {
  makeDashPatterns,
  makeLabelCache,
  paintLabels,
  paintLinks,
  paintNodes,
  updateDashPatterns,
  type PaintInputs,
  type ViewTransform,
} from "./paint";

export const EXPORT_WIDTH = 1600;
export const EXPORT_HEIGHT = 1000;
export const EXPORT_SCALE = 2;
const HEADER = 118;
const FOOTER = 104;
const FONT = EXPORT_FONT;
const PNG_LEGEND: LegendMetrics = {
  left: 40,
  right: EXPORT_WIDTH - 40,
  ruleColor: "#e2e8f0",
  fontPx: 16,
  swatchW: 24,
  swatchH: 5,
  swatchDy: 9,
  textDx: 30,
  gap: 22,
  row2Dy: 38,
  dotR: 7,
  dotDy: 2,
  dotTextDx: 20,
  hubSize: 14,
  hubLineWidth: 1.75,
  hubTextDx: 22,
  clipHubText: false,
};

export interface ExportOptions {
  model: GraphModel;
  positions: Positions;
  vm: ViewModel;
  style: GraphStyle;
}

/** One line naming the filters in force, e.g. "Kinds: Access & basing, Logistics · depth ≥ 2". */
export function filtersLine(vm: ViewModel, focusNames: string[]): string {
  const parts: string[] = [];
  const kinds = vm.filter.kinds;
  parts.push(
    kinds === null
      ? "All kinds"
      : `Kinds: ${
          AGREEMENT_KINDS.filter((k) => kinds.has(k))
            .map((k) => KIND_INFO[k].label)
            .join(", ") || "none"
        }`,
  );
  if (vm.filter.minDepth > 1) parts.push(`depth ≥ ${vm.filter.minDepth}`);
  parts.push(vm.filter.basis === "signed" ? "counted from signature" : "counted from entry into force");
  if (focusNames.length) parts.push(`focus: ${focusNames.join(", ")}`);
  return parts.join(" · ");
}

export function dateLine(vm: ViewModel): string {
  const to = formatDate(vm.dayIso);
  if (!vm.comparison) return to;
  const from = formatDate(dayNumberToIso(vm.comparison.fromDay));
  const c = vm.comparison;
  return `${from} → ${to}: ${c.added.length} new, ${c.ended.length} ended, ${c.replaced.length} replaced`;
}

export function sourceLine(vm: ViewModel): string {
  const d = vm.prepared.dataset;
  const version = d.version ? ` v${d.version}` : "";
  return `Data: Lattice dataset${version} (${d.title}), sources in the dataset`;
}

/**
 * Paints the labels of the graph band, in that band's device pixels (paintLabels sets its own
 * transform): the PNG paints them on a canvas of the band and copies it in, the SVG on a second
 * SVG context that it places in the band, so they stay text.
 */
export type PaintLabelBand = (paint: (labelCtx: CanvasRenderingContext2D) => void, bandTop: number) => void;

/** Draws the framed picture into a new canvas of EXPORT_WIDTH × EXPORT_HEIGHT CSS px at 2×. */
export function renderGraphImage(options: ExportOptions, focusNames: string[]): HTMLCanvasElement {
  const canvas = document.createElement("canvas");
  canvas.width = EXPORT_WIDTH * EXPORT_SCALE;
  canvas.height = EXPORT_HEIGHT * EXPORT_SCALE;
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("this browser cannot draw a canvas image");
  paintGraphImage(ctx, options, focusNames, (paint, bandTop) => {
    const s = EXPORT_SCALE;
    const labelCanvas = document.createElement("canvas");
    labelCanvas.width = EXPORT_WIDTH * s;
    labelCanvas.height = (EXPORT_HEIGHT - HEADER - FOOTER) * s;
    const lctx = labelCanvas.getContext("2d");
    if (!lctx) return;
    paint(lctx);
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.drawImage(labelCanvas, 0, bandTop * s);
    ctx.restore();
  });
  return canvas;
}

/** The framed picture on any 2D context of EXPORT_WIDTH × EXPORT_HEIGHT at 2× (canvas or SVG). */
export function paintGraphImage(
  ctx: CanvasRenderingContext2D,
  { model, positions, vm, style }: ExportOptions,
  focusNames: string[],
  paintLabelBand: PaintLabelBand,
): void {
  ctx.scale(EXPORT_SCALE, EXPORT_SCALE);
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, EXPORT_WIDTH, EXPORT_HEIGHT);

  // Header: title, date (or range), filters.
  ctx.fillStyle = "#0f172a";
  ctx.textBaseline = "top";
  ctx.font = `700 30px ${FONT}`;
  ctx.fillText(vm.prepared.dataset.title, 40, 28, EXPORT_WIDTH - 80);
  ctx.font = `600 24px ${FONT}`;
  ctx.fillStyle = "#1d4ed8";
  ctx.fillText(dateLine(vm), 40, 68, EXPORT_WIDTH - 80);
  ctx.font = `400 17px ${FONT}`;
  ctx.fillStyle = "#475569";
  const counts = `${vm.shown.length} agreements among ${vm.countries.size} countries`;
  ctx.fillText(`${counts} · ${filtersLine(vm, focusNames)}`, 40, 98 - 2, EXPORT_WIDTH - 80);

  // The graph, fitted into the middle band.
  const graphH = EXPORT_HEIGHT - HEADER - FOOTER;
  const fontPx = labelFontPx(false) + 2;
  const t = fitTransform(positions, MAX_NODE_RADIUS, EXPORT_WIDTH, graphH, {
    top: 16,
    right: 40 + fontPx * 2,
    bottom: 16 + fontPx * 1.5,
    left: 40 + fontPx * 2,
  });
  if (t) {
    const index = indexGraph(model);
    const geometry = linkGeometry(index, positions);
    const category = nodeCategories(model, vm.prepared.dataset);
    const view: ViewTransform = {
      k: t.k,
      cx: t.x,
      cy: t.y,
      width: EXPORT_WIDTH,
      height: graphH,
      known: true,
      pixelRatio: EXPORT_SCALE,
    };
    const inputs: PaintInputs = {
      model,
      style,
      category,
      labels: makeLabelCache(model.nodes.length, fontPx),
      view: { current: view },
      spacing: typicalSpacing(positions),
      theme: LIGHT_THEME,
    };
    const dashes = makeDashPatterns();
    updateDashPatterns(dashes, t.k);
    ctx.save();
    // Graph coordinates → device pixels of the middle band.
    const s = EXPORT_SCALE;
    ctx.setTransform(
      s * t.k,
      0,
      0,
      s * t.k,
      s * (EXPORT_WIDTH / 2 - t.x * t.k),
      s * (HEADER + graphH / 2 - t.y * t.k),
    );
    paintLinks(ctx, t.k, inputs, batchLinks(style), geometry, dashes);
    paintNodes(ctx, t.k, inputs, batchNodes(style, category), geometry);
    ctx.restore();
    // Labels are drawn in screen pixels of the band.
    paintLabelBand((lctx) => paintLabels(lctx, inputs, labelOrder(style), geometry), HEADER);
  }

  drawLegendAndSource(ctx, vm);
}

/** Below the graph: the legend, then the source line on the right. */
function drawLegendAndSource(ctx: CanvasRenderingContext2D, vm: ViewModel) {
  const y = EXPORT_HEIGHT - FOOTER + 14;
  drawExportLegend(ctx, vm, y, PNG_LEGEND);
  ctx.font = `400 15px ${FONT}`;
  ctx.fillStyle = "#64748b";
  ctx.textBaseline = "middle";
  ctx.textAlign = "right";
  ctx.fillText(sourceLine(vm), EXPORT_WIDTH - 40, y + 38 + 32);
  ctx.textAlign = "left";
}

export function canvasToPngBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("the image could not be encoded"))), "image/png"),
  );
}
