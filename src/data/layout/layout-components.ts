/**
 * The pieces of a graph and how to pack them, for the fast layout's start (layout.ts). Each
 * connected component gets its own pivot-MDS start; the components' boxes are then packed in rows,
 * tallest first, and isolated nodes in a grid, so that no piece starts far out from the others.
 * Deterministic: components in index order, integer breadth-first searches, stable sorts.
 */

/** The springs' graph in CSR form, with a breadth-first search reused by components and MDS. */
export class SpringGraph {
  /** Hop count from the last search's root; -1: not reached. */
  readonly hops: Int32Array;
  /** The nodes the last search reached, in the order it reached them. */
  readonly queue: Int32Array;
  readonly degree: Int32Array;
  private readonly first: Int32Array;
  private readonly adjacent: Int32Array;
  private reached = 0;

  constructor(n: number, from: Int32Array, to: Int32Array) {
    const m = from.length;
    this.degree = new Int32Array(n);
    for (let e = 0; e < m; e++) {
      this.degree[from[e]!]! += 1;
      this.degree[to[e]!]! += 1;
    }
    this.first = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) this.first[i + 1] = this.first[i]! + this.degree[i]!;
    const fill = this.first.slice(0, n);
    this.adjacent = new Int32Array(2 * m);
    for (let e = 0; e < m; e++) {
      this.adjacent[fill[from[e]!]!++] = to[e]!;
      this.adjacent[fill[to[e]!]!++] = from[e]!;
    }
    this.hops = new Int32Array(n).fill(-1);
    this.queue = new Int32Array(n);
  }

  /** Breadth-first search from `root`: fills hops; returns how many nodes it reached. */
  search(root: number): number {
    // Only the last search's nodes need resetting: a graph of many small pieces stays linear.
    for (let j = 0; j < this.reached; j++) this.hops[this.queue[j]!] = -1;
    const { hops, queue, first, adjacent } = this;
    hops[root] = 0;
    queue[0] = root;
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const u = queue[head]!;
      for (let e = first[u]!; e < first[u + 1]!; e++) {
        const v = adjacent[e]!;
        if (hops[v]! < 0) {
          hops[v] = hops[u]! + 1;
          queue[tail++] = v;
        }
      }
    }
    this.reached = tail;
    return tail;
  }

  /** The connected components (node indices, ascending), largest first; ties in index order. */
  components(): Int32Array[] {
    const n = this.hops.length;
    const seen = new Uint8Array(n);
    const components: Int32Array[] = [];
    for (let i = 0; i < n; i++) {
      if (seen[i]) continue;
      const members = this.queue.slice(0, this.search(i)).sort();
      for (const j of members) seen[j] = 1;
      components.push(members);
    }
    return components.sort((a, b) => b.length - a.length); // stable: ties keep index order
  }
}

/** The springs (indices into from/to) of each piece, in spring order. */
export function springsByPiece(pieces: Int32Array[], from: Int32Array): number[][] {
  const pieceOf = new Map<number, number>();
  pieces.forEach((members, p) => {
    for (const i of members) pieceOf.set(i, p);
  });
  const springs = pieces.map((): number[] => []);
  for (let e = 0; e < from.length; e++) {
    const piece = pieceOf.get(from[e]!);
    if (piece !== undefined) springs[piece]!.push(e); // undefined: a node's spring to itself
  }
  return springs;
}

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/**
 * Where to move each box (dx, dy) so that, `gap` apart, they pack into one box centred on (0, 0):
 * rows of boxes, tallest first (next-fit decreasing height), each row and each box within it
 * centred. Tries a few row widths and keeps the one for which max(width, height × PACKING_ASPECT)
 * is smallest (then the smallest area). O(boxes × log boxes).
 */
export function packBoxes(boxes: Box[], gap: number): { dx: number; dy: number }[] {
  const sizes = boxes.map((b) => ({ w: b.maxX - b.minX + gap, h: b.maxY - b.minY + gap }));
  const order = sizes.map((_, i) => i).sort((a, b) => sizes[b]!.h - sizes[a]!.h);
  let area = 0;
  let widest = 0;
  for (const s of sizes) {
    area += s.w * s.h;
    widest = Math.max(widest, s.w);
  }
  let best:
    { rows: number[][]; widths: number[]; heights: number[]; score: number; area: number } | undefined;
  for (const factor of ROW_WIDTH_FACTORS) {
    const limit = Math.max(widest, Math.sqrt(area) * factor);
    const rows: number[][] = [];
    const widths: number[] = [];
    const heights: number[] = [];
    for (const i of order) {
      const last = rows.length - 1;
      if (last >= 0 && widths[last]! + sizes[i]!.w <= limit) {
        rows[last]!.push(i);
        widths[last]! += sizes[i]!.w;
      } else {
        rows.push([i]);
        widths.push(sizes[i]!.w);
        heights.push(sizes[i]!.h); // the tallest of its row: boxes come tallest first
      }
    }
    const width = Math.max(...widths);
    const height = heights.reduce((a, b) => a + b, 0);
    const score = Math.max(width, height * PACKING_ASPECT);
    if (!best || score < best.score || (score === best.score && width * height < best.area))
      best = { rows, widths, heights, score, area: width * height };
  }
  const offsets = boxes.map(() => ({ dx: 0, dy: 0 }));
  if (!best) return offsets;
  let top = -best.heights.reduce((a, b) => a + b, 0) / 2;
  best.rows.forEach((row, r) => {
    let left = -best.widths[r]! / 2;
    const middle = top + best.heights[r]! / 2;
    for (const i of row) {
      const box = boxes[i]!;
      const { w, h } = sizes[i]!;
      offsets[i] = { dx: left + gap / 2 - box.minX, dy: middle - h / 2 + gap / 2 - box.minY };
      left += w;
    }
    top += best.heights[r]!;
  });
  return offsets;
}

/**
 * Width ÷ height the packing aims at: a little wider than tall, as the 300-tick run draws graphs (forceX is
 * weaker than forceY; the synthetic large 2,502 × 1,932 px). Two equal pieces then sit side by
 * side (two copies of a 331-node graph: 3,027 × 1,399 px) rather than one above the other
 * (~1,710 × 2,600 px when aiming at a square).
 */
const PACKING_ASPECT = 1.3;

/** Row widths tried, × the square root of the boxes' total area. */
const ROW_WIDTH_FACTORS = [1, 1.15, 1.3, 1.5, 1.75, 2, 2.5];

/** `count` points on a square grid `spacing` apart, row by row, with (0, 0) at the top left. */
export function gridPoints(count: number, spacing: number): { x: number; y: number }[] {
  const columns = Math.ceil(Math.sqrt(count));
  return Array.from({ length: count }, (_, i) => ({
    x: (i % columns) * spacing,
    y: Math.floor(i / columns) * spacing,
  }));
}

/** The box around some points. */
export function boxOf(points: { x?: number; y?: number }[]): Box {
  const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const { x = 0, y = 0 } of points) {
    box.minX = Math.min(box.minX, x);
    box.minY = Math.min(box.minY, y);
    box.maxX = Math.max(box.maxX, x);
    box.maxY = Math.max(box.maxY, y);
  }
  return box;
}
