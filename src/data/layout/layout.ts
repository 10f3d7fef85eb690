/**
 * Deterministic layout: a seeded force simulation (force-sim.ts: d3-force's link, many-body,
 * collision and x/y forces over typed arrays) over the union of all agreements of the whole
 * timeline, run to rest once per dataset. Positions are then pinned, so scrubbing, playing and
 * filtering never move a node, and the same dataset gives the same picture on every machine.
 *
 * Two schedules, chosen by graph size (layoutVersion in layout-key.ts tells them apart in caches):
 * - below FAST_LAYOUT_MIN_NODES (200) nodes, FULL: 300 ticks from a spiral start, then nearby nodes
 *   swapped where that uncrosses links (layout-untangle.ts). The bundled dataset's precomputed
 *   layout is bit-identical to it, so it must not change lightly;
 * - from FAST_LAYOUT_MIN_NODES nodes, FAST: an order of magnitude less work at 1,000 countries, with
 *   quality as good by scripts/bench/layout-quality.ts's measures. About 200 countries is the size
 *   of the defence-cooperation datasets analysts bring, hence the threshold (docs/performance.md,
 *   Decisions: Layout).
 */
import type { GraphModel } from "../graph-model";
import { FAST_LAYOUT_MIN_NODES } from "./layout-key";
import { boxOf, gridPoints, packBoxes, SpringGraph, springsByPiece } from "./layout-components";
import { runForceSim } from "./force-sim";
import { MAX_AREA_PER_NODE, placeComponent } from "./layout-mds";
import { untangle } from "./layout-untangle";

export interface Point {
  x: number;
  y: number;
}
export type Positions = Record<string, Point>;

export const LAYOUT_SEED = 20070313;
/** Nodes closer than this (px) push each other apart (d3's forceCollide). */
const COLLIDE_RADIUS = 26;

/** A small deterministic PRNG (mulberry32) so the simulation's jiggle is the same everywhere. */
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

/** The schedule of a layout run; FULL for graphs below 200 nodes, FAST for bigger ones. */
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
  /** Collision passes per tick (d3's collide iterations). */
  collisionPasses: number;
  /** Pivot MDS: number of pivots (breadth-first searches). */
  pivots: number;
  /** Many-body strength (negative: nodes repel) for a graph of this many nodes. */
  charge: (nodes: number) => number;
  /** Rest length of a spring to a hub, × that of a spring between two countries. */
  hubSpring: number;
  /** Passes of node swaps that uncross links (layout-untangle.ts); 0: none. */
  untanglePasses: number;
}

/**
 * The schedule for graphs below 200 nodes: d3-force's classic run (300 ticks from alpha 1, spiral
 * start), tuned for fewer crossings where the graph is dense (scripts/bench/layout-crossings.ts;
 * figures in docs/performance.md, Decisions: Layout):
 * - a stronger many-body force (−550, not −420) spreads the dense core, so fewer links pass
 *   between two others' ends (−700 crossed as few, but pushed the sparse edge further out and
 *   drew the core smaller once fitted);
 * - hubs sit closer to their members (springs half as long), so a group's links stay short
 *   instead of crossing the core to reach it;
 * - then nearby nodes are swapped where that uncrosses links, and a short cool run settles them.
 * One collision pass a tick: two left as many overlaps and more crossings.
 */
export const FULL: LayoutSchedule = {
  ticks: 300,
  start: "spiral",
  alpha: 1,
  theta: 0.9,
  collideFromTick: 0,
  collisionPasses: 1,
  pivots: 0,
  charge: () => -550,
  hubSpring: 0.5,
  untanglePasses: 2,
};

/**
 * The schedule for graphs of 200 nodes or more (FAST_LAYOUT_MIN_NODES). FULL spends most of its 300
 * ticks unfolding the start spiral. FAST starts from the graph's own shape (pivot MDS per connected
 * component, the pieces packed: layout-mds.ts, layout-components.ts) and only settles it: a cool
 * (alpha 0.25 → 0.001), short (30 ticks) run, coarser many-body (theta 1.5), collision only from
 * tick 10. Each lever trades a little quality for work; fewer ticks, fewer pivots or an earlier end
 * each left overlapping discs or a lopsided box, which scripts/bench/layout-quality.ts (overlaps,
 * spring stretch, box, region cohesion) shows and layout.test.ts guards (docs/performance.md,
 * Decisions: Layout). Two collision passes a tick: the grid of force-sim.ts meets pairs in another
 * order than d3's quadtree, and one pass left a few discs overlapping on big graphs.
 */
export const FAST: LayoutSchedule = {
  ticks: 30,
  start: "pivot-mds",
  alpha: 0.25,
  theta: 1.5,
  collideFromTick: 10,
  collisionPasses: 2,
  pivots: 20,
  charge: (n) => (n > 300 ? -60 : -420),
  hubSpring: 1,
  untanglePasses: 0,
};

/**
 * Untangling tests each candidate swap's springs against the springs near them, so its cost grows
 * about as springs²: ~0.1 s of CPU at 250 springs, four times the simulation's. It is skipped above
 * this many springs, where it would add more than the layout's worker should spend on it
 * (docs/performance.md, Decisions: Layout).
 */
export const UNTANGLE_MAX_SPRINGS = 300;
/** After untangling, a short cool run brings stretched springs back towards their length. */
const SETTLE_TICKS = 30;
const SETTLE_ALPHA = 0.1;

export function computeLayout(model: GraphModel, onProgress?: (done: number) => void): Positions {
  return computeLayoutWith(model, model.nodes.length >= FAST_LAYOUT_MIN_NODES ? FAST : FULL, onProgress);
}

/** computeLayout with a given schedule, so tests and the quality check can compare schedules. */
export function computeLayoutWith(
  model: GraphModel,
  schedule: LayoutSchedule,
  onProgress?: (done: number) => void,
): Positions {
  const nodes: SimNode[] = model.nodes.map((n) => ({ id: n.id, hub: n.type === "hub" }));
  const springs = springsOf(model);
  const n = nodes.length;
  const scale = Math.max(1, Math.sqrt(n / 30));
  const linkDistance = 90 * scale;
  const ends = springEnds(nodes, springs);
  const progress = progressReporter(schedule.ticks, onProgress);
  if (schedule.start === "pivot-mds") placeByPivotMds(nodes, ends, linkDistance, schedule.pivots);
  else placeOnSpiral(nodes);
  const x = Float64Array.from(nodes, (node) => node.x ?? 0);
  const y = Float64Array.from(nodes, (node) => node.y ?? 0);
  const rest = Float64Array.from(springs, (_, k) =>
    nodes[ends.from[k]!]!.hub || nodes[ends.to[k]!]!.hub ? linkDistance * schedule.hubSpring : linkDistance,
  );
  const forces = {
    x,
    y,
    linkSource: ends.from,
    linkTarget: ends.to,
    linkStrength: Float64Array.from(springs, springStrength),
    linkDistance: rest,
    manyBodyStrength: schedule.charge(n),
    distanceMax: 900 * scale,
    theta: schedule.theta,
    radius: COLLIDE_RADIUS,
    collideFromTick: schedule.collideFromTick,
    collisionPasses: schedule.collisionPasses,
    xStrength: X_STRENGTH,
    yStrength: Y_STRENGTH,
    ticks: schedule.ticks,
    alpha: schedule.alpha,
    random: seededRandom(LAYOUT_SEED),
  };
  runForceSim({ ...forces, onTick: progress });
  if (
    schedule.untanglePasses > 0 &&
    springs.length <= UNTANGLE_MAX_SPRINGS &&
    untangle({ x, y, from: ends.from, to: ends.to, rest, passes: schedule.untanglePasses }) > 0
  )
    runForceSim({ ...forces, ticks: SETTLE_TICKS, alpha: SETTLE_ALPHA, collideFromTick: 0 });
  const positions: Positions = {};
  nodes.forEach((node, i) => (positions[node.id] = { x: round(x[i]!), y: round(y[i]!) }));
  return positions;
}

/** cos and sin of the golden angle, π (3 − √5). */
const GOLDEN_COS = -0.7373688780783197;
const GOLDEN_SIN = 0.6754902942615238;

/**
 * d3-force's start: node i at radius 10 √(i + 0.5), turned by i golden angles. The turns are
 * rotations by the angle's cosine and sine (no Math.cos, whose last bit may differ between engines).
 */
function placeOnSpiral(nodes: SimNode[]): void {
  let cos = 1;
  let sin = 0;
  nodes.forEach((node, i) => {
    const radius = 10 * Math.sqrt(0.5 + i);
    node.x = radius * cos;
    node.y = radius * sin;
    [cos, sin] = [cos * GOLDEN_COS - sin * GOLDEN_SIN, cos * GOLDEN_SIN + sin * GOLDEN_COS];
  });
}

/** Each spring's two ends as indices into the node list. */
interface SpringEnds {
  from: Int32Array;
  to: Int32Array;
}

function springEnds(nodes: SimNode[], springs: Spring[]): SpringEnds {
  const indexOf = new Map(nodes.map((d, i) => [d.id, i]));
  const from = new Int32Array(springs.length);
  const to = new Int32Array(springs.length);
  springs.forEach((spring, k) => {
    from[k] = indexOf.get(spring.source)!;
    to[k] = indexOf.get(spring.target)!;
  });
  return { from, to };
}

/** Reports the share of ticks done about ten times over a run. */
function progressReporter(ticks: number, onProgress?: (done: number) => void): (tick: number) => void {
  const every = Math.max(1, Math.round(ticks / 10));
  return (tick) => {
    if (onProgress && tick % every === 0) onProgress(tick / ticks);
  };
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

/**
 * Space (px) between the boxes of packed components: their nodes start with collision circles
 * apart. A smaller gap leaves more pairs of nodes touching, a larger one only widens the picture
 * (scripts/bench/layout-quality.ts, the disconnected case).
 */
const COMPONENT_GAP = 2 * COLLIDE_RADIUS;
/**
 * Isolated nodes start on a grid at the density a component's start is capped at
 * (MAX_AREA_PER_NODE: 67 px apart), so they look as dense as the rest of the graph.
 */
const ISOLATED_SPACING = Math.sqrt(MAX_AREA_PER_NODE);

/**
 * The pivot-MDS start, per connected component (placeComponent), then the pieces packed: each
 * component's box and a grid of the isolated nodes, in rows, tallest first (packBoxes). Each piece
 * gets a start of its own shape: started around the largest one instead, the other pieces' nodes
 * end strewn about it with their springs stretched. A graph of one component and no isolated node
 * starts from placeComponent alone.
 */
function placeByPivotMds(
  nodes: SimNode[],
  { from, to }: SpringEnds,
  linkDistance: number,
  pivots: number,
): void {
  const n = nodes.length;
  if (n === 0) return;
  const graph = new SpringGraph(n, from, to);
  const components = graph.components(); // largest first: isolated nodes last
  const pieces = components.filter((members) => members.length > 1);
  const isolated = components.slice(pieces.length).map((members) => members[0]!);
  const springsOf = springsByPiece(pieces, from);
  const scratch = {
    from,
    to,
    xs: new Float64Array(n),
    ys: new Float64Array(n),
    random: seededRandom(LAYOUT_SEED),
  };
  const boxes = pieces.map((members, p) =>
    placeComponent(nodes, graph, members, springsOf[p]!, scratch, linkDistance, pivots),
  );
  if (isolated.length === 0 && pieces.length === 1) return; // one piece: where MDS put it, as before

  if (isolated.length > 0) {
    gridPoints(isolated.length, ISOLATED_SPACING).forEach((point, j) =>
      Object.assign(nodes[isolated[j]!]!, point),
    );
    pieces.push(Int32Array.from(isolated));
    boxes.push(boxOf(isolated.map((i) => nodes[i]!)));
  }
  packBoxes(boxes, COMPONENT_GAP).forEach(({ dx, dy }, p) => {
    for (const i of pieces[p]!) {
      nodes[i]!.x! += dx;
      nodes[i]!.y! += dy;
    }
  });
}

/** Pairs with more agreements pull harder. */
const springStrength = (spring: Spring) => Math.min(0.9, 0.25 + 0.08 * spring.count);
const X_STRENGTH = 0.05;
const Y_STRENGTH = 0.07;
const round = (v: number) => Math.round(v * 10) / 10;
