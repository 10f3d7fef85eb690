/**
 * The legend shared by the PNG and the slide: a rule, then the kinds shown, then the node marks.
 * The two pictures differ only in size, so each passes its own metrics; everything else (what is
 * listed, in which order and colours) lives here so the two stay in step.
 */
import { AGREEMENT_KINDS, KIND_INFO, type AgreementKind } from "../../data/kinds";
import type { ViewModel } from "../../data/view-model";
import { LIGHT_THEME } from "./graph-theme";
import { NODE_CATEGORY } from "./node-colors";

export const EXPORT_FONT =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

const INK = "#334155";
const HUB_TEXT = "Group or multilateral agreement · dashed: signed, not yet in force · size: weighted degree";

/** Sizes in CSS px of the picture; offsets are from the row's `y`. */
export interface LegendMetrics {
  left: number;
  right: number;
  ruleColor: string;
  fontPx: number;
  /** Kind swatch: a bar of swatchW × swatchH, swatchDy below the row's top. */
  swatchW: number;
  swatchH: number;
  swatchDy: number;
  /** From a mark to its text, and from a text to the next mark. */
  textDx: number;
  gap: number;
  /** Second row: node dots (radius dotR, centre dotDy below the row) and the hub square. */
  row2Dy: number;
  dotR: number;
  dotDy: number;
  dotTextDx: number;
  hubSize: number;
  hubLineWidth: number;
  hubTextDx: number;
  /** Whether the hub text is squeezed to end at `right`. */
  clipHubText: boolean;
}

/** The rule at y − 8 and the two legend rows from y. Leaves the context's state as it found it. */
export function drawExportLegend(
  ctx: CanvasRenderingContext2D,
  vm: ViewModel,
  y: number,
  m: LegendMetrics,
): void {
  ctx.save();
  ctx.strokeStyle = m.ruleColor;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(m.left, y - 8);
  ctx.lineTo(m.right, y - 8);
  ctx.stroke();
  ctx.font = `500 ${m.fontPx}px ${EXPORT_FONT}`;
  ctx.textBaseline = "middle";
  let x = m.left;
  const shown = new Set<AgreementKind>(vm.shown.map((i) => vm.prepared.dataset.agreements[i]!.kind));
  for (const kind of AGREEMENT_KINDS) {
    if (!shown.has(kind)) continue;
    const info = KIND_INFO[kind];
    ctx.fillStyle = info.color;
    ctx.fillRect(x, y + m.swatchDy, m.swatchW, m.swatchH);
    ctx.fillStyle = INK;
    ctx.fillText(info.label, x + m.textDx, y + m.swatchDy + 3);
    x += m.textDx + ctx.measureText(info.label).width + m.gap;
  }
  const y2 = y + m.row2Dy + m.dotDy;
  x = m.left;
  for (const [category, label] of [
    [NODE_CATEGORY.quad, "Quad member"],
    [NODE_CATEGORY.other, "Other country"],
  ] as const) {
    ctx.fillStyle = LIGHT_THEME.nodeFill[category];
    ctx.beginPath();
    ctx.arc(x + m.dotR, y2, m.dotR, 0, 2 * Math.PI);
    ctx.fill();
    ctx.fillStyle = INK;
    ctx.fillText(label, x + m.dotTextDx, y2 + 1);
    x += m.dotTextDx + ctx.measureText(label).width + m.gap;
  }
  ctx.strokeStyle = LIGHT_THEME.hubStroke;
  ctx.lineWidth = m.hubLineWidth;
  ctx.strokeRect(x, y2 - m.hubSize / 2, m.hubSize, m.hubSize);
  ctx.fillStyle = INK;
  if (m.clipHubText) ctx.fillText(HUB_TEXT, x + m.hubTextDx, y2 + 1, m.right - x - m.hubTextDx);
  else ctx.fillText(HUB_TEXT, x + m.hubTextDx, y2 + 1);
  ctx.restore();
}
