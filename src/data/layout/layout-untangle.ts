/**
 * Fewer crossing links after a force layout: a force simulation settles into the first local
 * minimum it meets, and in a dense part of the graph that minimum often has two nodes each sitting
 * on the other's side, their links crossing through the middle. Swapping such a pair of nearby
 * nodes removes the crossings at once, and a swap keeps the set of positions (no new overlap, the
 * same box). So: for each node and each of its NEAREST neighbours, swap the two when that lowers
 * crossings + LENGTH_WEIGHT × length (in rest lengths) of their links; repeat until a pass changes
 * nothing, at most `passes` times. Deterministic: nodes and candidates in index order, only
 * + − × ÷ and √ (exact in IEEE 754, so the same in every engine).
 * The measure it lowers is scripts/bench/layout-crossings.ts's (docs/performance.md, Decisions:
 * Layout).
 */

/** Candidates per node: its nearest nodes. More barely helps, and costs linearly. */
const NEAREST = 8;
/**
 * Weight of a link's length (in rest lengths) against one crossing: 1 keeps swaps that trade a
 * crossing for a long detour out; lower or higher weights gave as many crossings or more.
 */
const LENGTH_WEIGHT = 1;

export interface UntangleInput {
  x: Float64Array;
  y: Float64Array;
  from: Int32Array;
  to: Int32Array;
  /** Rest length of each spring. */
  rest: Float64Array;
  passes: number;
}

/** Swaps nodes of `x`, `y` in place; returns the number of swaps made. */
export function untangle({ x, y, from, to, rest, passes }: UntangleInput): number {
  const n = x.length;
  const m = from.length;
  // Each node's springs, in CSR form.
  const first = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    first[from[e]! + 1]! += 1;
    first[to[e]! + 1]! += 1;
  }
  for (let i = 0; i < n; i++) first[i + 1]! += first[i]!;
  const fill = first.slice(0, n);
  const incident = new Int32Array(2 * m);
  for (let e = 0; e < m; e++) {
    incident[fill[from[e]!]!++] = e;
    incident[fill[to[e]!]!++] = e;
  }
  // Each spring's bounding box: most pairs of springs are far apart, and two boxes that do not meet
  // settle the pair without the orientation tests.
  const minX = new Float64Array(m);
  const maxX = new Float64Array(m);
  const minY = new Float64Array(m);
  const maxY = new Float64Array(m);
  const box = (e: number) => {
    const a = from[e]!;
    const b = to[e]!;
    minX[e] = Math.min(x[a]!, x[b]!);
    maxX[e] = Math.max(x[a]!, x[b]!);
    minY[e] = Math.min(y[a]!, y[b]!);
    maxY[e] = Math.max(y[a]!, y[b]!);
  };
  for (let e = 0; e < m; e++) box(e);
  const mark = new Uint8Array(m);
  const edges = new Int32Array(2 * m);
  /** Springs whose box meets the box of the springs being moved: the only ones they can cross. */
  const nearby = new Int32Array(m);
  let nearbyCount = 0;
  const order = new Int32Array(n);
  const distance2 = new Float64Array(n);

  /** Crossings of the marked springs (`edges[0..count)`) with the nearby ones, plus their weighted length. */
  const cost = (count: number): number => {
    let crossings = 0;
    let length = 0;
    for (let k = 0; k < count; k++) {
      const e = edges[k]!;
      const a = from[e]!;
      const b = to[e]!;
      const ax = x[a]!;
      const ay = y[a]!;
      const bx = x[b]!;
      const by = y[b]!;
      const dx = bx - ax;
      const dy = by - ay;
      length += Math.sqrt(dx * dx + dy * dy) / rest[e]!;
      const x0 = minX[e]!;
      const x1 = maxX[e]!;
      const y0 = minY[e]!;
      const y1 = maxY[e]!;
      for (let g = 0; g < nearbyCount; g++) {
        const f = nearby[g]!;
        if (minX[f]! > x1 || maxX[f]! < x0 || minY[f]! > y1 || maxY[f]! < y0) continue;
        // A pair of marked springs is met twice: count it from the lower one.
        if (f === e || (mark[f] === 1 && f < e)) continue;
        const c = from[f]!;
        const d = to[f]!;
        if (a === c || a === d || b === c || b === d) continue;
        const cx = x[c]!;
        const cy = y[c]!;
        const ex = x[d]! - cx;
        const ey = y[d]! - cy;
        const d1 = dx * (cy - ay) - dy * (cx - ax);
        const d2 = dx * (y[d]! - ay) - dy * (x[d]! - ax);
        if (d1 * d2 >= 0) continue;
        const d3 = ex * (ay - cy) - ey * (ax - cx);
        const d4 = ex * (by - cy) - ey * (bx - cx);
        if (d3 * d4 < 0) crossings++;
      }
    }
    return crossings + LENGTH_WEIGHT * length;
  };
  const swap = (i: number, j: number, count: number) => {
    const tx = x[i]!;
    const ty = y[i]!;
    x[i] = x[j]!;
    y[i] = y[j]!;
    x[j] = tx;
    y[j] = ty;
    for (let k = 0; k < count; k++) box(edges[k]!);
  };

  let swaps = 0;
  for (let pass = 0; pass < passes; pass++) {
    const before = swaps;
    for (let i = 0; i < n; i++) {
      if (first[i + 1] === first[i]) continue; // no spring: a swap cannot help
      for (let j = 0; j < n; j++) {
        order[j] = j;
        const dx = x[j]! - x[i]!;
        const dy = y[j]! - y[i]!;
        distance2[j] = dx * dx + dy * dy;
      }
      const near = Array.from(order)
        .filter((j) => j !== i)
        .sort((a, b) => distance2[a]! - distance2[b]! || a - b)
        .slice(0, NEAREST);
      for (const j of near) {
        let count = 0;
        for (const node of [i, j])
          for (let k = first[node]!; k < first[node + 1]!; k++) {
            const e = incident[k]!;
            if (mark[e] === 0) {
              mark[e] = 1;
              edges[count++] = e;
            }
          }
        // The moved springs' ends are the same points before and after the swap, so one box holds
        // them both times.
        let x0 = Infinity;
        let x1 = -Infinity;
        let y0 = Infinity;
        let y1 = -Infinity;
        for (let k = 0; k < count; k++) {
          const e = edges[k]!;
          x0 = Math.min(x0, minX[e]!);
          x1 = Math.max(x1, maxX[e]!);
          y0 = Math.min(y0, minY[e]!);
          y1 = Math.max(y1, maxY[e]!);
        }
        nearbyCount = 0;
        for (let f = 0; f < m; f++)
          if (minX[f]! <= x1 && maxX[f]! >= x0 && minY[f]! <= y1 && maxY[f]! >= y0) nearby[nearbyCount++] = f;
        const old = cost(count);
        swap(i, j, count);
        if (cost(count) < old) swaps++;
        else swap(i, j, count);
        for (let k = 0; k < count; k++) mark[edges[k]!] = 0;
      }
    }
    if (swaps === before) break;
  }
  return swaps;
}
