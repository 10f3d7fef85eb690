/**
 * Label decisions for the canvas. Labels are drawn at a constant on-screen size: the full country
 * name when nodes are far enough apart on screen for names to fit, the ISO code otherwise.
 */
import { TONE, type Tone } from "./graph-style";

export type LabelMode = "name" | "code";

/**
 * On-screen label size in CSS pixels. Presentation mode must read from the back of a room: it
 * grows with the canvas's height (about 1/26 of it), from 18 px on a 720p projector to 30 px.
 */
export function labelFontPx(present: boolean, canvasHeight = 0): number {
  if (!present) return 12;
  return Math.min(30, Math.max(18, Math.round(canvasHeight / 26)));
}

/** Names need roughly this many font-heights of room between neighbouring nodes. */
const NAME_ROOM_IN_FONT_PX = 8;

/**
 * `spacing` is the typical distance between neighbouring nodes in graph units; times the zoom it
 * is the on-screen room a label has.
 */
export function labelMode(
  globalScale: number,
  spacing: number,
  fontPx: number,
  codesOnly = false,
): LabelMode {
  if (codesOnly) return "code";
  return spacing * globalScale >= NAME_ROOM_IN_FONT_PX * fontPx ? "name" : "code";
}

/** With more visible nodes than this, only large or highlighted nodes get a label. */
export const CROWDED_NODE_COUNT = 150;
const MIN_LABELLED_SCREEN_RADIUS = 7;

export function shouldLabel(tone: Tone, screenRadius: number, visibleCount: number): boolean {
  if (tone === TONE.selected || tone === TONE.highlighted) return true;
  if (visibleCount <= CROWDED_NODE_COUNT) return true;
  return tone !== TONE.dimmed && screenRadius >= MIN_LABELLED_SCREEN_RADIUS;
}

/**
 * Greedy label placement: labels are placed in priority order and one that would overlap a label
 * already placed is skipped, so the labels shown are always readable. A coarse occupancy grid in
 * screen pixels makes each test a handful of cell reads; the grid is reused across frames.
 */
export class LabelGrid {
  static readonly CELL = 6;
  private cells = new Uint8Array(0);
  private cols = 0;
  private rows = 0;

  reset(width: number, height: number): void {
    this.cols = Math.max(1, Math.ceil(width / LabelGrid.CELL));
    this.rows = Math.max(1, Math.ceil(height / LabelGrid.CELL));
    const size = this.cols * this.rows;
    if (this.cells.length < size) this.cells = new Uint8Array(size);
    else this.cells.fill(0, 0, size);
  }

  /** Marks the rectangle as taken and returns true, or returns false if any of it is taken. */
  tryPlace(x0: number, y0: number, x1: number, y1: number): boolean {
    const c0 = Math.max(0, Math.floor(x0 / LabelGrid.CELL));
    const c1 = Math.min(this.cols - 1, Math.floor(x1 / LabelGrid.CELL));
    const r0 = Math.max(0, Math.floor(y0 / LabelGrid.CELL));
    const r1 = Math.min(this.rows - 1, Math.floor(y1 / LabelGrid.CELL));
    if (c0 > c1 || r0 > r1) return true; // entirely off screen: nothing to collide with
    for (let r = r0; r <= r1; r++)
      for (let c = c0; c <= c1; c++) if (this.cells[r * this.cols + c]) return false;
    for (let r = r0; r <= r1; r++) this.cells.fill(1, r * this.cols + c0, r * this.cols + c1 + 1);
    return true;
  }
}
