/**
 * `npx tsx scripts/bench/layout-quality.ts [--scales medium,large,disconnected] [--runs 5]`: how long
 * the layout takes (wall and CPU time, as the machine is shared; the first run is cold, like the
 * app's worker) and how good it is, for the schedule of small graphs (FULL) and the fast one for
 * big graphs (FAST, src/data/layout/layout.ts), on the seeded synthetic datasets and on a graph of several
 * big disconnected pieces ("disconnected": disconnectedModel below). Quality figures:
 * - overlaps: pairs of nodes closer than the collision radius (26 px: circles drawn on top of each
 *   other) and than twice that (collision circles touching);
 * - spring stretch: length of each spring ÷ its rest length (mean, median, 90th percentile);
 * - bounding box of all nodes;
 * - region cohesion: mean distance of a country to its region's centre ÷ to the graph's centre
 *   (1: regions all mixed up; lower: regions visible as areas). The synthetic data puts 70% of
 *   partners in the same region, so a layout that follows the structure shows them.
 */
import {
  buildGraphModel,
  type GraphLink,
  type GraphModel,
  type GraphNode,
} from "../../src/data/graph-model.ts";
import {
  computeLayoutWith,
  FAST,
  FULL,
  type LayoutSchedule,
  type Positions,
} from "../../src/data/layout/layout.ts";
import { prepareDataset } from "../../src/data/prepare.ts";
import { generateSynthetic, SCALES, type SyntheticScale, type SyntheticSpec } from "./synthetic.ts";

export const COLLIDE_RADIUS = 26;

export interface LayoutQuality {
  overlaps: number;
  touching: number;
  stretchMean: number;
  stretchMedian: number;
  stretchP90: number;
  width: number;
  height: number;
  /** Width and height of the box holding the middle 98% of nodes on each axis (ignores outliers). */
  width98: number;
  height98: number;
  regionCohesion: number;
}

export function layoutQuality(model: GraphModel, positions: Positions): LayoutQuality {
  const points = model.nodes.map((node) => positions[node.id]!);
  // Close pairs through a grid of cells as wide as the larger distance.
  const cell = 2 * COLLIDE_RADIUS;
  const grid = new Map<string, number[]>();
  const cellKey = (x: number, y: number) => `${x},${y}`;
  points.forEach((p, i) => {
    const key = cellKey(Math.floor(p.x / cell), Math.floor(p.y / cell));
    const list = grid.get(key);
    if (list) list.push(i);
    else grid.set(key, [i]);
  });
  let overlaps = 0;
  let touching = 0;
  points.forEach((p, i) => {
    const cx = Math.floor(p.x / cell);
    const cy = Math.floor(p.y / cell);
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const j of grid.get(cellKey(cx + dx, cy + dy)) ?? []) {
          if (j <= i) continue;
          const d = Math.hypot(points[j]!.x - p.x, points[j]!.y - p.y);
          if (d < COLLIDE_RADIUS) overlaps++;
          if (d < 2 * COLLIDE_RADIUS) touching++;
        }
  });

  // Springs as computeLayout makes them: one per connected pair, rest length 90 × max(1, √(n/30)).
  const rest = 90 * Math.max(1, Math.sqrt(model.nodes.length / 30));
  const pairs = new Map<string, [string, string]>();
  for (const l of model.links) pairs.set([l.source, l.target].sort().join("|"), [l.source, l.target]);
  const stretch = [...pairs.values()]
    .map(([s, t]) => Math.hypot(positions[s]!.x - positions[t]!.x, positions[s]!.y - positions[t]!.y) / rest)
    .sort((a, b) => a - b);
  const quantile = (q: number) => stretch[Math.min(stretch.length - 1, Math.floor(q * stretch.length))] ?? 0;

  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const spread = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
    return at(0.99) - at(0.01);
  };
  const centre = { x: mean(xs), y: mean(ys) };
  const byRegion = new Map<string, Point2[]>();
  model.nodes.forEach((node, i) => {
    if (!node.region) return;
    const list = byRegion.get(node.region);
    if (list) list.push(points[i]!);
    else byRegion.set(node.region, [points[i]!]);
  });
  let toRegion = 0;
  let toCentre = 0;
  for (const members of byRegion.values()) {
    const c = { x: mean(members.map((p) => p.x)), y: mean(members.map((p) => p.y)) };
    for (const p of members) {
      toRegion += Math.hypot(p.x - c.x, p.y - c.y);
      toCentre += Math.hypot(p.x - centre.x, p.y - centre.y);
    }
  }
  return {
    overlaps,
    touching,
    stretchMean: mean(stretch),
    stretchMedian: quantile(0.5),
    stretchP90: quantile(0.9),
    width: Math.max(...xs) - Math.min(...xs),
    height: Math.max(...ys) - Math.min(...ys),
    width98: spread(xs),
    height98: spread(ys),
    regionCohesion: toCentre > 0 ? toRegion / toCentre : 1,
  };
}

interface Point2 {
  x: number;
  y: number;
}

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

export function syntheticModel(spec: SyntheticSpec): GraphModel {
  return buildGraphModel(prepareDataset(generateSynthetic(spec)));
}

function isolatedNode(id: string): GraphNode {
  return { id, type: "country", name: id, code: id, region: null, groupId: null };
}

/**
 * A graph of several big pieces, which the synthetic datasets do not have (one connected piece;
 * at large, plus one isolated node): `stars` stars of `starSize` nodes each (a centre linked to
 * every leaf), then `isolated` nodes without any link. The default, 3 stars of 200 + 300 isolated nodes (900 nodes), is the case
 * docs/performance.md quotes.
 */
export function disconnectedModel(stars = 3, starSize = 200, isolated = 300): GraphModel {
  const nodes: GraphNode[] = [];
  const links: GraphLink[] = [];
  for (let s = 0; s < stars; s++) {
    const centre = `S${s}-0`;
    nodes.push(isolatedNode(centre));
    for (let i = 1; i < starSize; i++) {
      const leaf = `S${s}-${i}`;
      nodes.push(isolatedNode(leaf));
      links.push({
        id: `L${links.length}`,
        agreementIndex: links.length,
        agreementId: `A${links.length}`,
        kind: "dialogue",
        source: centre,
        target: leaf,
        curvature: 0,
      });
    }
  }
  for (let i = 0; i < isolated; i++) nodes.push(isolatedNode(`I${i}`));
  return { nodes, links, linksByAgreement: links.map((l) => [l.id]) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function main(argv: string[]) {
  const option = (name: string, fallback: string) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1]! : fallback;
  };
  const cases = option("--scales", "medium,large,disconnected").split(",");
  const runs = Number(option("--runs", "5"));
  const schedules: [string, LayoutSchedule][] = [
    ["full", FULL],
    ["fast", FAST],
  ];
  for (const scale of cases) {
    const model =
      scale === "disconnected" ? disconnectedModel() : syntheticModel(SCALES[scale as SyntheticScale]);
    console.log(`${scale}: ${model.nodes.length} nodes, ${model.links.length} links`);
    for (const [name, schedule] of schedules) {
      const times: number[] = [];
      const cpuTimes: number[] = [];
      let positions: Positions = {};
      for (let r = 0; r < runs; r++) {
        const started = performance.now();
        const cpu = process.cpuUsage();
        positions = computeLayoutWith(model, schedule);
        const used = process.cpuUsage(cpu);
        times.push(performance.now() - started);
        cpuTimes.push((used.user + used.system) / 1000);
      }
      const q = layoutQuality(model, positions);
      console.log(
        `  ${name.padEnd(15)} median ${median(times).toFixed(0)} ms (runs: ${times.map((t) => t.toFixed(0)).join(", ")}; ` +
          `CPU median ${median(cpuTimes).toFixed(0)} ms); ` +
          `overlaps <${COLLIDE_RADIUS}px ${q.overlaps}, <${2 * COLLIDE_RADIUS}px ${q.touching}; ` +
          `stretch mean ${q.stretchMean.toFixed(3)}, median ${q.stretchMedian.toFixed(3)}, p90 ${q.stretchP90.toFixed(3)}; ` +
          `box ${q.width.toFixed(0)}×${q.height.toFixed(0)} (98%: ${q.width98.toFixed(0)}×${q.height98.toFixed(0)}); region cohesion ${q.regionCohesion.toFixed(3)}`,
      );
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
