/**
 * The "typical spacing" of a layout: the median distance from a node to its nearest neighbour, in
 * graph units. Label mode reads it (labels.ts). Computed once per layout, but on the main thread
 * when the layout arrives: comparing every pair took ~80 ms at 1,357 nodes, so the nearest
 * neighbour is found in a uniform grid of about one node per cell instead (a few ms), with the
 * same result: the same distances (Math.hypot) over a set of candidates that holds the nearest.
 */
import type { Point, Positions } from "../../data/layout/layout";

/** Below this many nodes, comparing every pair is as fast as building the grid. */
const BRUTE_FORCE_MAX = 64;

function nearestByPairs(points: Point[]): number[] {
  return points.map((a, i) => {
    let best = Infinity;
    for (let j = 0; j < points.length; j++) {
      if (j === i) continue;
      const d = Math.hypot(a.x - points[j]!.x, a.y - points[j]!.y);
      if (d < best) best = d;
    }
    return best;
  });
}

function nearestByGrid(points: Point[]): number[] {
  const n = points.length;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of points) {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  const width = maxX - minX;
  const height = maxY - minY;
  const cell = Math.sqrt((width * height) / n) || Math.max(width, height) / n || 1;
  const cols = Math.floor(width / cell) + 1;
  const rows = Math.floor(height / cell) + 1;
  const cellOf = new Int32Array(n);
  const start = new Int32Array(cols * rows + 1);
  points.forEach((p, i) => {
    const c = Math.min(cols - 1, Math.floor((p.x - minX) / cell));
    const r = Math.min(rows - 1, Math.floor((p.y - minY) / cell));
    cellOf[i] = r * cols + c;
    start[cellOf[i]! + 1]!++;
  });
  for (let c = 0; c < cols * rows; c++) start[c + 1]! += start[c]!;
  const members = new Int32Array(n);
  const fill = start.slice(0, cols * rows);
  for (let i = 0; i < n; i++) members[fill[cellOf[i]!]!++] = i;

  return points.map((a, i) => {
    const col = cellOf[i]! % cols;
    const row = Math.floor(cellOf[i]! / cols);
    let best = Infinity;
    let bestSquared = Infinity;
    // Ring r holds the cells r steps away, whose nodes are at least r − 1 cells away: once the
    // best distance is below that, no later ring can beat it (one more ring scanned as a margin
    // against rounding at cell borders).
    for (let r = 0; r <= cols + rows; r++) {
      if (best < (r - 2) * cell) break;
      for (let y = row - r; y <= row + r; y++) {
        if (y < 0 || y >= rows) continue;
        const step = y === row - r || y === row + r ? 1 : 2 * r;
        for (let x = col - r; x <= col + r; x += step) {
          if (x < 0 || x >= cols) continue;
          const c = y * cols + x;
          for (let m = start[c]!; m < start[c + 1]!; m++) {
            const j = members[m]!;
            if (j === i) continue;
            const dx = a.x - points[j]!.x;
            const dy = a.y - points[j]!.y;
            // Math.hypot (the exact distance the all-pairs version compared) only for candidates
            // that may beat the best: the squared distance rules out the rest, with a margin.
            if (dx * dx + dy * dy > bestSquared) continue;
            const d = Math.hypot(dx, dy);
            if (d < best) {
              best = d;
              bestSquared = d * d * (1 + 1e-9);
            }
          }
        }
      }
    }
    return best;
  });
}

export function typicalSpacing(positions: Positions): number {
  const points = Object.values(positions);
  if (points.length < 2) return Infinity;
  const finite = points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  const nearest =
    points.length <= BRUTE_FORCE_MAX || !finite ? nearestByPairs(points) : nearestByGrid(points);
  nearest.sort((x, y) => x - y);
  return nearest[Math.floor(nearest.length / 2)]!;
}
