/**
 * Deterministic layout: a seeded d3-force simulation over the union of all agreements of the whole
 * timeline, run to rest once per dataset. Positions are then pinned, so scrubbing, playing and
 * filtering never move a node, and the same dataset gives the same picture on every machine.
 *
 * Two schedules, chosen by graph size (layoutVersion in layout-key.ts tells them apart in caches):
 * - below FAST_LAYOUT_MIN_NODES (301) nodes, EXACT, the original one, unchanged (the bundled
 *   dataset's precomputed layout is bit-identical to it): 300 ticks from d3's spiral start;
 * - from FAST_LAYOUT_MIN_NODES nodes, FAST: ~14× less work at 1,000 countries (figures below).
 *   The threshold is where the many-body strength changes (-420 → -60), the regime FAST was
 *   tuned in; the synthetic medium scale (275 nodes, EXACT 0.6 s of CPU) stays on EXACT.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from "d3-force";
import type { GraphModel } from "./graph-model";
import { FAST_LAYOUT_MIN_NODES } from "./layout-key";

export interface Point {
  x: number;
  y: number;
}
export type Positions = Record<string, Point>;

export const LAYOUT_SEED = 20070313;
const TICKS = 300;

/** A small deterministic PRNG (mulberry32) so d3-force's jiggle is the same everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface SimNode {
  id: string;
  hub: boolean;
  x?: number;
  y?: number;
}

interface Spring {
  source: string;
  target: string;
  count: number;
}

/** The schedule of a layout run; EXACT is the original one, FAST the one for big graphs. */
export interface LayoutSchedule {
  ticks: number;
  /** Start positions: d3's phyllotaxis spiral, or pivot MDS (placed so springs are about their length). */
  start: "spiral" | "pivot-mds";
  /** Alpha at the first tick; alpha decays geometrically to 0.001 over `ticks`. */
  alpha: number;
  /** Barnes–Hut accuracy of the many-body force (d3's default 0.9). */
  theta: number;
  /** Collision is added from this tick on (0: from the start). */
  collideFromTick: number;
  /** Pivot MDS: number of pivots (breadth-first searches). */
  pivots: number;
}

export const EXACT: LayoutSchedule = {
  ticks: TICKS,
  start: "spiral",
  alpha: 1,
  theta: 0.9,
  collideFromTick: 0,
  pivots: 0,
};

/**
 * The schedule for graphs over 300 nodes (FAST_LAYOUT_MIN_NODES). EXACT spends most of its 300
 * ticks unfolding d3's start spiral: 4.5 s in the browser's worker at the synthetic large scale
 * (1,357 nodes, 8,542 springs). FAST starts from the graph's own shape (pivot MDS, ~30 ms) and
 * only settles it: a cool (alpha 0.25 → 0.001), short (30 ticks) run, coarser many-body
 * (theta 1.5) and collision only from tick 10. Each lever, measured on the large graph in
 * Node while tuning (scripts/bench/layout-quality.ts; overlaps = pairs closer than the 26 px
 * collision radius):
 * - without the MDS start, from the spiral: 60 ticks (theta 1.2) leave 126 overlaps, 100 ticks
 *   62 (EXACT: 3);
 * - 20 pivots (10: 80 overlaps and a lopsided box 4,072 wide);
 * - theta 1.5: many-body 6.6 instead of 13.7 ms a tick, same figures as theta 1.2;
 * - collision from tick 10 of 30 instead of from the start: 5 instead of 4 overlaps, a third of
 *   the collision work; 25 or 20 ticks instead of 30: 9 and 27 overlaps;
 * - MDS puts the ends of pendant chains far out: without the pull-in (placeByPivotMds), one node
 *   ended 2,700 px out (box 4,260 px wide instead of ~2,400).
 * Final, large, EXACT → FAST (median of 5, shared 2-core machine at load 10–15): CPU time
 * 4,802 → 334 ms (wall 13.9 → 1.0 s at that load; a cold first run in a fresh process, as in the
 * worker, ~740 ms of CPU); overlaps 3 → 6; pairs closer than 52 px (collision circles touching)
 * 3,036 → 2,490; spring length ÷ rest length, mean 1.17 → 0.97, p90 1.63 → 1.45; box
 * 2,502 × 1,932 → 2,430 × 2,428 px (middle 98%: 1,807 × 1,722 → 2,033 × 1,898); region cohesion
 * (distance to the region's centre ÷ to the graph's centre) 0.99 → 0.78: regions show as areas.
 * Sparse graphs of 400 nodes (in layout.test.ts): a ring 1,455 × 1,185 → 1,484 × 1,285 px, a star
 * 1,163 × 1,062 → 1,201 × 1,149 px, no overlaps. Known weak spot: graphs made of several big
 * components start all but the largest on a ring around it, component members apart (3 stars of
 * 200 + 300 isolated nodes: box 4,038 px wide instead of 2,161, p90 stretch 2.5 instead of 1.2).
 */
export const FAST: LayoutSchedule = {
  ticks: 30,
  start: "pivot-mds",
  alpha: 0.25,
  theta: 1.5,
  collideFromTick: 10,
  pivots: 20,
};

export function computeLayout(model: GraphModel, onProgress?: (done: number) => void): Positions {
  return computeLayoutWith(model, model.nodes.length >= FAST_LAYOUT_MIN_NODES ? FAST : EXACT, onProgress);
}

/** computeLayout with a given schedule (exported for the quality check, scripts/bench/layout-quality.ts). */
export function computeLayoutWith(
  model: GraphModel,
  schedule: LayoutSchedule,
  onProgress?: (done: number) => void,
): Positions {
  const nodes: SimNode[] = model.nodes.map((n) => ({ id: n.id, hub: n.type === "hub" }));
  const links = springsOf(model);
  const n = nodes.length;
  const scale = Math.max(1, Math.sqrt(n / 30));
  const linkDistance = 90 * scale;
  if (schedule.start === "pivot-mds") placeByPivotMds(nodes, links, linkDistance, schedule.pivots);
  const simulation = forceSimulation(nodes).randomSource(seededRandom(LAYOUT_SEED));
  // For EXACT (alpha 1, 300 ticks) this is d3's default decay, 1 - 0.001^(1/300), to the bit.
  simulation
    .alpha(schedule.alpha)
    .alphaDecay(1 - Math.pow(simulation.alphaMin() / schedule.alpha, 1 / schedule.ticks));
  const manyBody = forceManyBody<SimNode>()
    .strength(n > 300 ? -60 : -420)
    .distanceMax(900 * scale);
  // Only when it differs: theta(0.9) would store 0.9 * 0.9 = 0.8100000000000001, not d3's 0.81.
  if (schedule.theta !== EXACT.theta) manyBody.theta(schedule.theta);
  const collide = forceCollide<SimNode>(26);
  simulation
    .force(
      "link",
      forceLink<SimNode, Spring & { source: string | SimNode; target: string | SimNode }>(links)
        .id((d) => d.id)
        .distance(linkDistance)
        .strength((l) => Math.min(0.9, 0.25 + 0.08 * l.count)),
    )
    .force("charge", manyBody);
  if (schedule.collideFromTick === 0) simulation.force("collide", collide);
  simulation
    .force("x", forceX<SimNode>(0).strength(0.05))
    .force("y", forceY<SimNode>(0).strength(0.07))
    .stop();
  const every = Math.max(1, Math.round(schedule.ticks / 10));
  for (let i = 0; i < schedule.ticks; i++) {
    if (i > 0 && i === schedule.collideFromTick) simulation.force("collide", collide);
    simulation.tick();
    if (onProgress && i % every === 0) onProgress(i / schedule.ticks);
  }
  const positions: Positions = {};
  for (const node of nodes) positions[node.id] = { x: round(node.x ?? 0), y: round(node.y ?? 0) };
  return positions;
}

/** One spring per connected pair, stronger for pairs with more agreements. */
function springsOf(model: GraphModel): Spring[] {
  // Keyed by the pair's node indices (cheaper than the "a|b" strings this once used; same pairs,
  // in the same order of first appearance, so the same springs).
  const indexOf = new Map(model.nodes.map((node, i) => [node.id, i]));
  const n = model.nodes.length;
  const pairCount = new Map<number, Spring>();
  for (const link of model.links) {
    const a = indexOf.get(link.source);
    const b = indexOf.get(link.target);
    if (a === undefined || b === undefined) throw new Error(`link ${link.id}: unknown node`);
    const key = a < b ? a * n + b : b * n + a;
    const entry = pairCount.get(key);
    if (entry) entry.count += 1;
    else pairCount.set(key, { source: link.source, target: link.target, count: 1 });
  }
  return [...pairCount.values()];
}

const POWER_ITERATIONS = 60;
/** Area per node (px²) of the ring on which nodes outside the main component start. */
const RING_AREA_PER_NODE = 80 * 80;
/**
 * The most area per node (px²) the start may cover. EXACT draws graphs over 300 nodes in
 * 3,300–4,500 px² per node (a disc's worth of the box): the synthetic large 3,600, a ring of 800
 * nodes 4,500, a star of 500 leaves 3,300.
 */
const MAX_AREA_PER_NODE = 4500;
/** Spacing (px) of nodes that MDS puts on the same spot: sunflower radius step. */
const SAME_SPOT_SPACING = 40;

/**
 * Pivot MDS (Brandes & Pich 2006) on the largest connected component: hop distances from `pivots`
 * far-apart nodes, classical MDS on those columns, scaled so the mean spring length is its rest
 * length. Nodes then start where the graph's distances put them, and the simulation only has to
 * settle them locally instead of unfolding d3's spiral. Nodes of other components (and isolated
 * ones) start on a ring around it, in index order. Deterministic: breadth-first searches in index
 * order, seeded start vectors, only + − × ÷ and √ (exact in IEEE 754, so the same in every engine).
 */
function placeByPivotMds(nodes: SimNode[], springs: Spring[], linkDistance: number, pivots: number): void {
  const n = nodes.length;
  if (n === 0) return;
  const indexOf = new Map(nodes.map((d, i) => [d.id, i]));
  const m = springs.length;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const degree = new Int32Array(n);
  springs.forEach((s, e) => {
    const a = indexOf.get(s.source)!;
    const b = indexOf.get(s.target)!;
    from[e] = a;
    to[e] = b;
    degree[a]! += 1;
    degree[b]! += 1;
  });
  // Adjacency in CSR form.
  const first = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) first[i + 1] = first[i]! + degree[i]!;
  const fill = first.slice(0, n);
  const adjacent = new Int32Array(2 * m);
  for (let e = 0; e < m; e++) {
    adjacent[fill[from[e]!]!++] = to[e]!;
    adjacent[fill[to[e]!]!++] = from[e]!;
  }
  const hops = new Int32Array(n);
  const queue = new Int32Array(n);
  /** Breadth-first search from `root`: fills hops (-1: unreachable); returns how many were reached. */
  const search = (root: number): number => {
    hops.fill(-1);
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
    return tail;
  };

  // The main component: the one of the best-connected node (first such in index order).
  let pivot = 0;
  for (let i = 1; i < n; i++) if (degree[i]! > degree[pivot]!) pivot = i;
  const size = search(pivot);
  const main = queue.slice(0, size).sort(); // node indices, ascending
  const k = Math.min(pivots, size);
  // columns[c][j]: squared hop distance from pivot c to main[j].
  const columns: Float64Array[] = [];
  const nearest = new Int32Array(size).fill(0x7fffffff);
  for (let c = 0; c < k; c++) {
    if (c > 0) search(pivot);
    const column = new Float64Array(size);
    let next = 0;
    for (let j = 0; j < size; j++) {
      const d = hops[main[j]!]!;
      column[j] = d * d;
      if (d < nearest[j]!) nearest[j] = d;
      if (nearest[j]! > nearest[next]!) next = j;
    }
    columns.push(column);
    pivot = main[next]!; // the node farthest from all pivots so far
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
  const random = seededRandom(LAYOUT_SEED);
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
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let c = 0; c < k; c++) {
    const column = columns[c]!;
    const ax = axes[0]![c]!;
    const ay = axes[1]![c]!;
    for (let j = 0; j < size; j++) {
      xs[main[j]!]! += column[j]! * ax;
      ys[main[j]!]! += column[j]! * ay;
    }
  }
  const inMain = new Uint8Array(n);
  for (const i of main) inMain[i] = 1;
  let length = 0;
  let counted = 0;
  for (let e = 0; e < m; e++) {
    if (!inMain[from[e]!]) continue;
    const dx = xs[from[e]!]! - xs[to[e]!]!;
    const dy = ys[from[e]!]! - ys[to[e]!]!;
    length += Math.sqrt(dx * dx + dy * dy);
    counted++;
  }
  const f = length > 0 ? linkDistance / (length / counted) : 0;
  let squares = 0;
  for (const i of main) {
    xs[i]! *= f;
    ys[i]! *= f;
    squares += xs[i]! * xs[i]! + ys[i]! * ys[i]!;
  }
  // The radius of a uniform disc with the same mean square radius; at most that of a disc of
  // MAX_AREA_PER_NODE per node: sparse graphs (chains, rings) would otherwise start, and stay, far
  // bigger than EXACT draws them (a ring of 800: 114,000 px wide instead of 2,100).
  let radius2 = (2 * squares) / size;
  const maxRadius2 = (size * MAX_AREA_PER_NODE) / Math.PI;
  const shrink = radius2 > maxRadius2 ? Math.sqrt(maxRadius2 / radius2) : 1;
  radius2 = Math.min(radius2, maxRadius2);
  // MDS puts the ends of pendant chains far out, and a short cool run does not bring them back
  // (at the large scale one node ended 2,700 px out: a box 4,260 px wide, 2,500 before). So pull
  // every node in to that disc.
  const limit = Math.sqrt(radius2);
  // Nodes with the same hop profile (e.g. the leaves of one hub) get the very same coordinates:
  // spread each such group on a small sunflower around its spot (~70 px apart), and every node by
  // a few seeded pixels.
  const group = new Map<string, number>();
  let cos = 1;
  let sin = 0;
  for (const i of main) {
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
  // The other nodes on a ring just outside that disc, equal areas per node, so evenly spread
  // (Vogel's sunflower spiral).
  // The angle turns by the golden angle each step, by multiplying with a rotation (no Math.cos).
  let placed = 0;
  cos = 1;
  sin = 0;
  for (let i = 0; i < n; i++) {
    if (inMain[i]) continue;
    const r = Math.sqrt(radius2 + (placed + 0.5) * RING_AREA_PER_NODE);
    nodes[i]!.x = r * cos;
    nodes[i]!.y = r * sin;
    [cos, sin] = [cos * GOLDEN_COS - sin * GOLDEN_SIN, cos * GOLDEN_SIN + sin * GOLDEN_COS];
    placed++;
  }
}

/** cos and sin of the golden angle, π (3 − √5). */
const GOLDEN_COS = -0.7373688780783197;
const GOLDEN_SIN = 0.6754902942615238;

const round = (v: number) => Math.round(v * 10) / 10;
