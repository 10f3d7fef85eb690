/**
 * "Download slide": the current step or view as a 16:9 slide (1920×1080 CSS px at 2×) that can be
 * dropped into a deck as it is: title, caption, date, the graph, legend, a source line and the
 * view's URL in the footer, so whoever sees the slide can open the same view.
 */
import { formatDate } from "../../data/dates";
import { canvasLabelBand, paintGraphBand, type ExportOptions, type GraphBand } from "./export-graph-band";
import { drawExportLegend, EXPORT_FONT, type LegendMetrics } from "./export-legend";
import { dateLine, filtersLine, sourceLine } from "./export-png";
import { labelFontPx } from "./labels";

const FONT = EXPORT_FONT;

export const SLIDE_WIDTH = 1920;
export const SLIDE_HEIGHT = 1080;
export const SLIDE_SCALE = 2;
const MARGIN = 64;
const FOOTER = 150;
const SLIDE_LEGEND: LegendMetrics = {
  left: MARGIN,
  right: SLIDE_WIDTH - MARGIN,
  ruleColor: "#cbd5e1",
  fontPx: 18,
  swatchW: 28,
  swatchH: 6,
  swatchDy: 10,
  textDx: 36,
  gap: 28,
  row2Dy: 46,
  dotR: 9,
  dotDy: 0,
  dotTextDx: 26,
  hubSize: 16,
  hubLineWidth: 2,
  hubTextDx: 26,
  clipHubText: true,
};

export interface SlideText {
  /** The story's title and step ("Is the Quad being outpaced? · step 8 of 11"), or null. */
  kicker: string | null;
  /** The story step's caption, or null outside a story. */
  caption: string | null;
  focusNames: string[];
  /** The address of the view shown. */
  url: string;
}

/** Words of `text` broken into lines no wider than `width`, at most `maxLines` (the last ellipsised). */
export function wrapText(
  measure: (s: string) => number,
  text: string,
  width: number,
  maxLines: number,
): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (measure(next) <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && measure(`${last}…`) > width) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}

export function renderSlideImage(options: ExportOptions, text: SlideText): HTMLCanvasElement {
  const { vm } = options;
  const canvas = document.createElement("canvas");
  canvas.width = SLIDE_WIDTH * SLIDE_SCALE;
  canvas.height = SLIDE_HEIGHT * SLIDE_SCALE;
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("this browser cannot draw a canvas image");
  ctx.scale(SLIDE_SCALE, SLIDE_SCALE);
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, SLIDE_WIDTH, SLIDE_HEIGHT);
  ctx.textBaseline = "top";

  // Header: date on the right, title (and story kicker) and caption on the left.
  ctx.font = `750 56px ${FONT}`;
  ctx.fillStyle = "#0f172a";
  ctx.textAlign = "right";
  const date = vm.comparison ? dateLine(vm) : formatDate(vm.dayIso);
  ctx.fillText(date, SLIDE_WIDTH - MARGIN, 44, 760);
  const dateWidth = Math.min(760, ctx.measureText(date).width);
  ctx.textAlign = "left";
  const textWidth = SLIDE_WIDTH - 2 * MARGIN - dateWidth - 48;
  let y = 44;
  if (text.kicker) {
    ctx.font = `600 22px ${FONT}`;
    ctx.fillStyle = "#1d4ed8";
    ctx.fillText(text.kicker.toUpperCase(), MARGIN, y, textWidth);
    y += 34;
  }
  ctx.font = `700 40px ${FONT}`;
  ctx.fillStyle = "#0f172a";
  ctx.fillText(vm.prepared.dataset.title, MARGIN, y, textWidth);
  y += 58;
  ctx.font = `400 30px ${FONT}`;
  ctx.fillStyle = "#1e293b";
  const summary = `${vm.shown.length} agreements among ${vm.countries.size} countries · ${filtersLine(vm, text.focusNames)}`;
  const captionLines = wrapText(
    (s) => ctx.measureText(s).width,
    text.caption ?? summary,
    SLIDE_WIDTH - 2 * MARGIN,
    2,
  );
  for (const line of captionLines) {
    ctx.fillText(line, MARGIN, y);
    y += 40;
  }
  if (text.caption) {
    ctx.font = `400 22px ${FONT}`;
    ctx.fillStyle = "#475569";
    ctx.fillText(summary, MARGIN, y + 2, SLIDE_WIDTH - 2 * MARGIN);
    y += 34;
  }

  // The graph between header and footer.
  const top = y + 12;
  const band: GraphBand = {
    top,
    width: SLIDE_WIDTH,
    height: SLIDE_HEIGHT - FOOTER - top,
    scale: SLIDE_SCALE,
    sideMargin: MARGIN,
    labelFontPx: labelFontPx(false) + 8,
  };
  paintGraphBand(ctx, options, band, canvasLabelBand(ctx, band));

  // Footer: legend, then source and the view's URL.
  drawExportLegend(ctx, vm, SLIDE_HEIGHT - FOOTER + 14, SLIDE_LEGEND);
  ctx.textBaseline = "top";
  ctx.font = `400 18px ${FONT}`;
  ctx.fillStyle = "#475569";
  ctx.textAlign = "left";
  ctx.fillText(sourceLine(vm), MARGIN, SLIDE_HEIGHT - 44, (SLIDE_WIDTH - 2 * MARGIN) / 2 - 24);
  ctx.textAlign = "right";
  ctx.fillStyle = "#1d4ed8";
  ctx.fillText(text.url, SLIDE_WIDTH - MARGIN, SLIDE_HEIGHT - 44, (SLIDE_WIDTH - 2 * MARGIN) / 2 - 24);
  ctx.textAlign = "left";
  return canvas;
}
