/**
 * The fast layout schedule's start for one connected component (layout.ts packs the components):
 * pivot MDS, scaled to the springs' rest length, capped in area, nodes on one spot spread out.
 */
import { boxOf, type Box, type SpringGraph } from "./layout-components";

/** A node being laid out (d3-force's x and y). */
export interface Placed {
  x?: number;
  y?: number;
}

const POWER_ITERATIONS = 60;
/**
 * The most area per node (px²) the start may cover. The 300-tick run draws graphs over 300 nodes in
 * 3,300–4,500 px² per node (a disc's worth of the box): the synthetic large 3,600, a ring of 800
 * nodes 4,500, a star of 500 leaves 3,300.
 */
export const MAX_AREA_PER_NODE = 4500;
/** Spacing (px) of nodes that MDS puts on the same spot: sunflower radius step. */
const SAME_SPOT_SPACING = 40;

/**
 * What the components of one layout share: the springs' ends (node indices), coordinate buffers,
 * and one seeded random stream (so a graph of one component draws what it always drew).
 */
export interface MdsScratch {
  from: Int32Array;
  to: Int32Array;
  xs: Float64Array;
  ys: Float64Array;
  random: () => number;
}

/**
 * Pivot MDS (Brandes & Pich 2006) on one connected component: hop distances from `pivots`
 * far-apart nodes, classical MDS on those columns, scaled so the mean spring length is its rest
 * length. Nodes then start where the graph's distances put them, and the simulation only has to
 * settle them locally instead of unfolding d3's spiral. Deterministic: breadth-first searches in
 * index order, seeded start vectors, only + − × ÷ and √ (exact in IEEE 754, so the same in every
 * engine). Returns the box of the start positions.
 */
export function placeComponent(
  nodes: Placed[],
  graph: SpringGraph,
  members: Int32Array,
  springIndices: number[],
  { from, to, xs, ys, random }: MdsScratch,
  linkDistance: number,
  pivots: number,
): Box {
  const { degree, hops } = graph;
  const size = members.length;
  // The first pivot: the best-connected node (first such in index order).
  let pivot = members[0]!;
  for (const i of members) if (degree[i]! > degree[pivot]!) pivot = i;
  const k = Math.min(pivots, size);
  // columns[c][j]: squared hop distance from pivot c to members[j].
  const columns: Float64Array[] = [];
  const nearest = new Int32Array(size).fill(0x7fffffff);
  for (let c = 0; c < k; c++) {
    graph.search(pivot);
    const column = new Float64Array(size);
    let next = 0;
    for (let j = 0; j < size; j++) {
      const d = hops[members[j]!]!;
      column[j] = d * d;
      if (d < nearest[j]!) nearest[j] = d;
      if (nearest[j]! > nearest[next]!) next = j;
    }
    columns.push(column);
    pivot = members[next]!; // the node farthest from all pivots so far
  }
  // Double centring: C = -1/2 (D² - row means - column means + grand mean).
  const rowMean = new Float64Array(size);
  for (const column of columns) for (let j = 0; j < size; j++) rowMean[j]! += column[j]! / k;
  let grand = 0;
  for (let j = 0; j < size; j++) grand += rowMean[j]! / size;
  for (const column of columns) {
    let mean = 0;
    for (let j = 0; j < size; j++) mean += column[j]! / size;
    for (let j = 0; j < size; j++) column[j] = -0.5 * (column[j]! - rowMean[j]! - mean + grand);
  }
  // The two leading eigenvectors of CᵀC (k × k) by power iteration; coordinates are C v.
  const ctc = new Float64Array(k * k);
  for (let a = 0; a < k; a++)
    for (let b = a; b < k; b++) {
      const ca = columns[a]!;
      const cb = columns[b]!;
      let sum = 0;
      for (let j = 0; j < size; j++) sum += ca[j]! * cb[j]!;
      ctc[a * k + b] = ctc[b * k + a] = sum;
    }
  const axes: Float64Array[] = [];
  for (let axis = 0; axis < 2; axis++) {
    let v = Float64Array.from({ length: k }, () => random() - 0.5);
    for (let it = 0; it < POWER_ITERATIONS; it++) {
      const w = new Float64Array(k);
      for (let a = 0; a < k; a++) {
        let sum = 0;
        for (let b = 0; b < k; b++) sum += ctc[a * k + b]! * v[b]!;
        w[a] = sum;
      }
      for (const u of axes) {
        let dot = 0;
        for (let a = 0; a < k; a++) dot += w[a]! * u[a]!;
        for (let a = 0; a < k; a++) w[a]! -= dot * u[a]!;
      }
      let norm = 0;
      for (let a = 0; a < k; a++) norm += w[a]! * w[a]!;
      norm = Math.sqrt(norm);
      if (norm === 0) break; // a graph too small for this axis: keep v
      for (let a = 0; a < k; a++) w[a]! /= norm;
      v = w;
    }
    axes.push(v);
  }
  for (let c = 0; c < k; c++) {
    const column = columns[c]!;
    const ax = axes[0]![c]!;
    const ay = axes[1]![c]!;
    for (let j = 0; j < size; j++) {
      xs[members[j]!]! += column[j]! * ax;
      ys[members[j]!]! += column[j]! * ay;
    }
  }
  let length = 0;
  let counted = 0;
  for (const e of springIndices) {
    const dx = xs[from[e]!]! - xs[to[e]!]!;
    const dy = ys[from[e]!]! - ys[to[e]!]!;
    length += Math.sqrt(dx * dx + dy * dy);
    counted++;
  }
  const f = length > 0 ? linkDistance / (length / counted) : 0;
  let squares = 0;
  for (const i of members) {
    xs[i]! *= f;
    ys[i]! *= f;
    squares += xs[i]! * xs[i]! + ys[i]! * ys[i]!;
  }
  // The radius of a uniform disc with the same mean square radius; at most that of a disc of
  // MAX_AREA_PER_NODE per node: sparse graphs (chains, rings) would otherwise start, and stay, far
  // bigger than the 300-tick run draws them (a ring of 800 nodes, fifty times wider).
  let radius2 = (2 * squares) / size;
  const maxRadius2 = (size * MAX_AREA_PER_NODE) / Math.PI;
  const shrink = radius2 > maxRadius2 ? Math.sqrt(maxRadius2 / radius2) : 1;
  radius2 = Math.min(radius2, maxRadius2);
  // MDS puts the ends of pendant chains far out, and a short cool run does not bring them back: one
  // such node would set the fitted picture's scale. So pull every node in to that disc.
  const limit = Math.sqrt(radius2);
  // Nodes with the same hop profile (e.g. the leaves of one hub) get the very same coordinates:
  // spread each such group on a small sunflower around its spot (~70 px apart), and every node by
  // a few seeded pixels.
  const group = new Map<string, number>();
  let cos = 1;
  let sin = 0;
  for (const i of members) {
    const node = nodes[i]!;
    let x = xs[i]! * shrink;
    let y = ys[i]! * shrink;
    const r = Math.sqrt(x * x + y * y);
    if (r > limit) {
      x = (x * limit) / r;
      y = (y * limit) / r;
    }
    const spot = `${xs[i]},${ys[i]}`;
    const rank = group.get(spot) ?? 0;
    group.set(spot, rank + 1);
    // The rank-th turn of the golden angle: rotate from the last one (the same group or not, any
    // angle will do; no Math.cos needed).
    [cos, sin] = [cos * GOLDEN_COS - sin * GOLDEN_SIN, cos * GOLDEN_SIN + sin * GOLDEN_COS];
    const spread = SAME_SPOT_SPACING * Math.sqrt(rank);
    node.x = x + spread * cos + (random() - 0.5) * 20;
    node.y = y + spread * sin + (random() - 0.5) * 20;
  }
  return boxOf(Array.from(members, (i) => nodes[i]!));
}

/** cos and sin of the golden angle, π (3 − √5). */
const GOLDEN_COS = -0.7373688780783197;
const GOLDEN_SIN = 0.6754902942615238;
