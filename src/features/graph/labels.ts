/**
 * Label decisions for the canvas. Labels are drawn at a constant on-screen size: the full country
 * name when nodes are far enough apart on screen for names to fit, the ISO code otherwise.
 */
import type { Positions } from "../../data/layout";
import { TONE, type Tone } from "./graph-style";

export type LabelMode = "name" | "code";

/** On-screen label size in CSS pixels; presentation mode must read from the back of a room. */
export function labelFontPx(present: boolean): number {
  return present ? 24 : 12;
}

/** Names need roughly this many font-heights of room between neighbouring nodes. */
const NAME_ROOM_IN_FONT_PX = 8;

/**
 * `spacing` is the typical distance between neighbouring nodes in graph units; times the zoom it
 * is the on-screen room a label has.
 */
export function labelMode(globalScale: number, spacing: number, fontPx: number): LabelMode {
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

/** Median nearest-neighbour distance: the "typical spacing" of a layout (O(n²), once per layout). */
export function typicalSpacing(positions: Positions): number {
  const points = Object.values(positions);
  if (points.length < 2) return Infinity;
  const nearest = points.map((a) => {
    let best = Infinity;
    for (const b of points) {
      if (a === b) continue;
      const d = Math.hypot(a.x - b.x, a.y - b.y);
      if (d < best) best = d;
    }
    return best;
  });
  nearest.sort((x, y) => x - y);
  return nearest[Math.floor(nearest.length / 2)]!;
}
