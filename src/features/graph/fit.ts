/**
 * Fitting the whole layout into the canvas. Unlike the library's zoomToFit it takes the largest
 * possible node size and uneven padding into account (the legend runs along the top edge, labels
 * hang below nodes), and it depends on the positions only, never on the date: the frame stays put
 * while the user scrubs.
 */
import type { Positions } from "../../data/layout";

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface FitTransform {
  /** Zoom factor. */
  k: number;
  /** Graph coordinates to put at the canvas centre. */
  x: number;
  y: number;
}

export function fitTransform(
  positions: Positions,
  nodeMargin: number,
  width: number,
  height: number,
  pad: Padding,
  maxZoom = 4,
): FitTransform | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of Object.values(positions)) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  if (minX === Infinity) return null;
  minX -= nodeMargin;
  minY -= nodeMargin;
  maxX += nodeMargin;
  maxY += nodeMargin;
  const availW = Math.max(1, width - pad.left - pad.right);
  const availH = Math.max(1, height - pad.top - pad.bottom);
  const k = Math.min(maxZoom, availW / (maxX - minX), availH / (maxY - minY));
  // The bbox centre goes to the centre of the padded area, which is off the canvas centre by half
  // the padding difference.
  const x = (minX + maxX) / 2 - (pad.left - pad.right) / 2 / k;
  const y = (minY + maxY) / 2 - (pad.top - pad.bottom) / 2 / k;
  return { k, x, y };
}
