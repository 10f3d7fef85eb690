/**
 * "Download PNG": the whole graph, fitted, drawn off screen at 2× with the same painters as the live
 * canvas (so the picture matches the screen), framed by a title, the date or range, the active
 * filters, a legend and a source line — everything a slide or a briefing needs to stand alone.
 */
import { dayNumberToIso, formatDate } from "../../data/dates";
import { AGREEMENT_KINDS, KIND_INFO } from "../../data/kinds";
import type { ViewModel } from "../../data/view-model";
import {
  canvasLabelBand,
  paintGraphBand,
  type ExportOptions,
  type GraphBand,
  type PaintLabelBand,
} from "./export-graph-band";
import { drawExportLegend, EXPORT_FONT, type LegendMetrics } from "./export-legend";
import { labelFontPx } from "./labels";

export const EXPORT_WIDTH = 1600;
export const EXPORT_HEIGHT = 1000;
export const EXPORT_SCALE = 2;
const HEADER = 118;
const FOOTER = 104;
const FONT = EXPORT_FONT;
const GRAPH_BAND: GraphBand = {
  top: HEADER,
  width: EXPORT_WIDTH,
  height: EXPORT_HEIGHT - HEADER - FOOTER,
  scale: EXPORT_SCALE,
  sideMargin: 40,
  labelFontPx: labelFontPx(false) + 2,
};
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

/** Draws the framed picture into a new canvas of EXPORT_WIDTH × EXPORT_HEIGHT CSS px at 2×. */
export function renderGraphImage(options: ExportOptions, focusNames: string[]): HTMLCanvasElement {
  const canvas = document.createElement("canvas");
  canvas.width = EXPORT_WIDTH * EXPORT_SCALE;
  canvas.height = EXPORT_HEIGHT * EXPORT_SCALE;
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("this browser cannot draw a canvas image");
  paintGraphImage(ctx, options, focusNames, canvasLabelBand(ctx, GRAPH_BAND));
  return canvas;
}

/** The framed picture on any 2D context of EXPORT_WIDTH × EXPORT_HEIGHT at 2× (canvas or SVG). */
export function paintGraphImage(
  ctx: CanvasRenderingContext2D,
  options: ExportOptions,
  focusNames: string[],
  paintLabelBand: PaintLabelBand,
): void {
  const { vm } = options;
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
  paintGraphBand(ctx, options, GRAPH_BAND, paintLabelBand);

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
