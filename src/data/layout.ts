/**
 * Deterministic layout: a seeded d3-force simulation over the union of all agreements of the whole
 * timeline, run to rest once per dataset. Positions are then pinned, so scrubbing, playing and
 * filtering never move a node, and the same dataset gives the same picture on every machine.
 *
 * Two schedules, chosen by graph size (layoutVersion in layout-key.ts tells them apart in caches):
 * - below FAST_LAYOUT_MIN_NODES (200) nodes, EXACT: d3's 300 ticks from its spiral start. The bundled
 *   dataset's precomputed layout is bit-identical to it, so it must not change lightly;
 * - from FAST_LAYOUT_MIN_NODES nodes, FAST: an order of magnitude less work at 1,000 countries, with
 *   quality as good by scripts/bench/layout-quality.ts's measures. About 200 countries is the size
 *   of the defence-cooperation datasets analysts bring, hence the threshold (docs/performance.md,
 *   Decisions: Layout).
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from "d3-force";
import type { GraphModel } from "./graph-model";
import { FAST_LAYOUT_MIN_NODES } from "./layout-key";
import { boxOf, gridPoints, packBoxes, SpringGraph, springsByPiece } from "./layout-components";
import { runForceSim } from "./force-sim";
import { MAX_AREA_PER_NODE, placeComponent } from "./layout-mds";

export interface Point {
  x: number;
  y: number;
}
export type Positions = Record<string, Point>;

export const LAYOUT_SEED = 20070313;
const TICKS = 300;
/** Nodes closer than this (px) push each other apart (d3's forceCollide). */
const COLLIDE_RADIUS = 26;

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
  /** d3-force, or the same forces over typed arrays (force-sim.ts; same formulas, other quad cuts). */
  engine: "d3" | "typed";
}

export const EXACT: LayoutSchedule = {
  ticks: TICKS,
  start: "spiral",
  alpha: 1,
  theta: 0.9,
  collideFromTick: 0,
  pivots: 0,
  engine: "d3",
};

/**
 * The schedule for graphs of 200 nodes or more (FAST_LAYOUT_MIN_NODES). EXACT spends most of its 300
 * ticks unfolding d3's start spiral. FAST starts from the graph's own shape (pivot MDS per connected
 * component, the pieces packed: layout-mds.ts, layout-components.ts) and only settles it: a cool
 * (alpha 0.25 → 0.001), short (30 ticks) run, coarser many-body (theta 1.5), collision only from
 * tick 10, on typed arrays (force-sim.ts). Each lever trades a little quality for work; fewer ticks,
 * fewer pivots or an earlier end each left overlapping discs or a lopsided box, which
 * scripts/bench/layout-quality.ts (overlaps, spring stretch, box, region cohesion) shows and
 * layout.test.ts guards (docs/performance.md, Decisions: Layout).
 */
export const FAST: LayoutSchedule = {
  ticks: 30,
  start: "pivot-mds",
  alpha: 0.25,
  theta: 1.5,
  collideFromTick: 10,
  pivots: 20,
  engine: "typed",
};

export function computeLayout(model: GraphModel, onProgress?: (done: number) => void): Positions {
  return computeLayoutWith(model, model.nodes.length >= FAST_LAYOUT_MIN_NODES ? FAST : EXACT, onProgress);
}

/** computeLayout with a given schedule, so tests and the quality check can compare schedules. */
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
  const ends = springEnds(nodes, links);
  const progress = progressReporter(schedule.ticks, onProgress);
  if (schedule.start === "pivot-mds") placeByPivotMds(nodes, ends, linkDistance, schedule.pivots);
  if (schedule.engine === "typed")
    return typedLayout(nodes, links, ends, schedule, linkDistance, scale, progress);
  const simulation = forceSimulation(nodes).randomSource(seededRandom(LAYOUT_SEED));
  // For EXACT (alpha 1, 300 ticks) this is d3's default decay, 1 - 0.001^(1/300), to the bit.
  simulation
    .alpha(schedule.alpha)
    .alphaDecay(1 - Math.pow(simulation.alphaMin() / schedule.alpha, 1 / schedule.ticks));
  const manyBody = forceManyBody<SimNode>()
    .strength(manyBodyStrength(n))
    .distanceMax(900 * scale);
  // Only when it differs: theta(0.9) would store 0.9 * 0.9 = 0.8100000000000001, not d3's 0.81.
  if (schedule.theta !== EXACT.theta) manyBody.theta(schedule.theta);
  const collide = forceCollide<SimNode>(COLLIDE_RADIUS);
  simulation
    .force(
      "link",
      forceLink<SimNode, Spring & { source: string | SimNode; target: string | SimNode }>(links)
        .id((d) => d.id)
        .distance(linkDistance)
        .strength(springStrength),
    )
    .force("charge", manyBody);
  if (schedule.collideFromTick === 0) simulation.force("collide", collide);
  simulation
    .force("x", forceX<SimNode>(0).strength(X_STRENGTH))
    .force("y", forceY<SimNode>(0).strength(Y_STRENGTH))
    .stop();
  for (let i = 0; i < schedule.ticks; i++) {
    if (i > 0 && i === schedule.collideFromTick) simulation.force("collide", collide);
    simulation.tick();
    progress(i);
  }
  const positions: Positions = {};
  for (const node of nodes) positions[node.id] = { x: round(node.x ?? 0), y: round(node.y ?? 0) };
  return positions;
}

/**
 * Collision passes per tick of the typed engine: its grid meets pairs in another order than d3's
 * quadtree, and one pass (d3's default) left a few discs overlapping on big graphs; two leave none.
 */
const TYPED_COLLISION_PASSES = 2;

/** The same forces as below, run by force-sim.ts on typed arrays. */
function typedLayout(
  nodes: SimNode[],
  springs: Spring[],
  ends: SpringEnds,
  schedule: LayoutSchedule,
  linkDistance: number,
  scale: number,
  progress: (tick: number) => void,
): Positions {
  const n = nodes.length;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  nodes.forEach((node, i) => {
    x[i] = node.x ?? 0;
    y[i] = node.y ?? 0;
  });
  runForceSim({
    x,
    y,
    linkSource: ends.from,
    linkTarget: ends.to,
    linkStrength: Float64Array.from(springs, springStrength),
    linkDistance,
    manyBodyStrength: manyBodyStrength(n),
    distanceMax: 900 * scale,
    theta: schedule.theta,
    radius: COLLIDE_RADIUS,
    collideFromTick: schedule.collideFromTick,
    collisionPasses: TYPED_COLLISION_PASSES,
    xStrength: X_STRENGTH,
    yStrength: Y_STRENGTH,
    ticks: schedule.ticks,
    alpha: schedule.alpha,
    random: seededRandom(LAYOUT_SEED),
    onTick: progress,
  });
  const positions: Positions = {};
  nodes.forEach((node, i) => (positions[node.id] = { x: round(x[i]!), y: round(y[i]!) }));
  return positions;
}

/** Each spring's two ends as indices into the node list. */
interface SpringEnds {
  from: Int32Array;
  to: Int32Array;
}

/** Read before d3's link force replaces each spring's ends by node objects. */
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

const manyBodyStrength = (n: number) => (n > 300 ? -60 : -420);
/** Pairs with more agreements pull harder. */
const springStrength = (spring: Spring) => Math.min(0.9, 0.25 + 0.08 * spring.count);
const X_STRENGTH = 0.05;
const Y_STRENGTH = 0.07;
const round = (v: number) => Math.round(v * 10) / 10;
