/**
 * Deterministic layout: a seeded d3-force simulation over the union of all agreements of the whole
 * timeline, run to rest once per dataset. Positions are then pinned, so scrubbing, playing and
 * filtering never move a node, and the same dataset gives the same picture on every machine.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from "d3-force";
import type { GraphModel } from "./graph-model";

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

export function computeLayout(model: GraphModel, onProgress?: (done: number) => void): Positions {
  const nodes: SimNode[] = model.nodes.map((n) => ({ id: n.id, hub: n.type === "hub" }));
  // One spring per connected pair, stronger for pairs with more agreements.
  const pairCount = new Map<string, { source: string; target: string; count: number }>();
  for (const link of model.links) {
    const key = [link.source, link.target].sort().join("|");
    const entry = pairCount.get(key) ?? { source: link.source, target: link.target, count: 0 };
    entry.count += 1;
    pairCount.set(key, entry);
  }
  const links = [...pairCount.values()];
  const n = nodes.length;
  const scale = Math.max(1, Math.sqrt(n / 30));
  const simulation = forceSimulation(nodes)
    .randomSource(seededRandom(LAYOUT_SEED))
    .force(
      "link",
      forceLink<SimNode, (typeof links)[number] & { source: string | SimNode; target: string | SimNode }>(
        links,
      )
        .id((d) => d.id)
        .distance(90 * scale)
        .strength((l) => Math.min(0.9, 0.25 + 0.08 * l.count)),
    )
    .force(
      "charge",
      forceManyBody<SimNode>()
        .strength(n > 300 ? -60 : -420)
        .distanceMax(900 * scale),
    )
    .force("collide", forceCollide<SimNode>(26))
    .force("x", forceX<SimNode>(0).strength(0.05))
    .force("y", forceY<SimNode>(0).strength(0.07))
    .stop();
  for (let i = 0; i < TICKS; i++) {
    simulation.tick();
    if (onProgress && i % 30 === 0) onProgress(i / TICKS);
  }
  const positions: Positions = {};
  for (const node of nodes) positions[node.id] = { x: round(node.x ?? 0), y: round(node.y ?? 0) };
  return positions;
}

const round = (v: number) => Math.round(v * 10) / 10;
