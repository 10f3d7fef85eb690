/**
 * Fitting the whole layout into the canvas. Unlike the library's zoomToFit it takes the largest
 * possible node size and uneven padding into account (the legend runs along the top edge, labels
 * hang below nodes), and it depends on the positions only, never on the date: the frame stays put
 * while the user scrubs.
 */
import type { Positions } from "../../data/layout/layout";

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

interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** The positions of `ids` alone (ids without a position are left out). */
export function subsetPositions(positions: Positions, ids: readonly string[]): Positions {
  const out: Positions = {};
  for (const id of ids) if (positions[id]) out[id] = positions[id];
  return out;
}

/** The positions' bounding box grown by `margin` on every side; null when there are none. */
function bounds(positions: Positions, margin: number): Bounds | null {
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
  return { minX: minX - margin, minY: minY - margin, maxX: maxX + margin, maxY: maxY + margin };
}

export function fitTransform(
  positions: Positions,
  nodeMargin: number,
  width: number,
  height: number,
  pad: Padding,
  maxZoom = 4,
): FitTransform | null {
  const b = bounds(positions, nodeMargin);
  if (!b) return null;
  const { minX, minY, maxX, maxY } = b;
  const availW = Math.max(1, width - pad.left - pad.right);
  const availH = Math.max(1, height - pad.top - pad.bottom);
  const k = Math.min(maxZoom, availW / (maxX - minX), availH / (maxY - minY));
  // The bbox centre goes to the centre of the padded area, which is off the canvas centre by half
  // the padding difference.
  const x = (minX + maxX) / 2 - (pad.left - pad.right) / 2 / k;
  const y = (minY + maxY) / 2 - (pad.top - pad.bottom) / 2 / k;
  return { k, x, y };
}

/**
 * A story step's frame: its subject as large as it can be inside the canvas less `subjectPad` (the
 * caption band and the legend column), while the whole layout stays inside the canvas less
 * `allPad` (the room labels need), so off-focus countries are never cut at an edge. The subject
 * is centred in its area as far as that allows. Fitting the whole layout into the subject's area
 * is always possible, so a step is never smaller than the overview; the zoom may be less than the
 * subject alone would get.
 */
export function frameTransform(
  subject: Positions,
  all: Positions,
  nodeMargin: number,
  width: number,
  height: number,
  subjectPad: Padding,
  allPad: Padding,
  maxZoom = 4,
): FitTransform | null {
  const s = bounds(subject, nodeMargin);
  const n = bounds(all, nodeMargin);
  if (!s || !n) return null;
  // On one axis, with screen = t + k·graph: the subject in [u0, u1], the whole layout in [c0, c1].
  const axis = (
    sMin: number,
    sMax: number,
    nMin: number,
    nMax: number,
    u0: number,
    u1: number,
    c0: number,
    c1: number,
  ) => {
    const limit = (room: number, extent: number) => (extent > 0 ? Math.max(room, 1) / extent : Infinity);
    const k = Math.min(
      limit(u1 - u0, sMax - sMin),
      limit(c1 - c0, nMax - nMin),
      // Subject's left edge in its area and the layout's right edge in the canvas; and mirrored.
      limit(c1 - u0, nMax - sMin),
      limit(u1 - c0, sMax - nMin),
    );
    const place = (k: number) => {
      const lo = Math.max(u0 - k * sMin, c0 - k * nMin);
      const hi = Math.min(u1 - k * sMax, c1 - k * nMax);
      const centred = (u0 + u1) / 2 - (k * (sMin + sMax)) / 2;
      return lo <= hi ? Math.min(hi, Math.max(lo, centred)) : (lo + hi) / 2;
    };
    return { k, place };
  };
  const x = axis(
    s.minX,
    s.maxX,
    n.minX,
    n.maxX,
    subjectPad.left,
    width - subjectPad.right,
    allPad.left,
    width - allPad.right,
  );
  const y = axis(
    s.minY,
    s.maxY,
    n.minY,
    n.maxY,
    subjectPad.top,
    height - subjectPad.bottom,
    allPad.top,
    height - allPad.bottom,
  );
  const k = Math.min(maxZoom, x.k, y.k);
  return { k, x: (width / 2 - x.place(k)) / k, y: (height / 2 - y.place(k)) / k };
}
