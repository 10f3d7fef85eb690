import { describe, expect, it } from "vitest";
import {
  COLLIDE_RADIUS,
  disconnectedModel,
  FAST_D3,
  layoutQuality,
  syntheticModel,
} from "../../scripts/bench/layout-quality";
import type { GraphModel, GraphNode } from "./graph-model";
import { computeLayout, computeLayoutWith, EXACT, FAST } from "./layout";
import { FAST_LAYOUT_MIN_NODES, layoutKey, layoutVersion } from "./layout-key";
import { makeFixture } from "./test-fixture";
import { buildGraphModel } from "./graph-model";
import { prepareDataset } from "./prepare";

// Just over the threshold (331 nodes, 2,086 springs): the smallest graphs that get FAST, where
// EXACT is still cheap enough to compare with (~1 s).
const model = syntheticModel({ countries: 240, agreements: 2_400, years: 30, seed: 240_2400 });

function isolated(id: string): GraphNode {
  return { id, type: "country", name: id, code: id, region: null, groupId: null };
}

describe("layout schedules", () => {
  it("keeps the original schedule below the threshold, the fast one from it", { timeout: 30_000 }, () => {
    const small = buildGraphModel(prepareDataset(makeFixture()));
    expect(computeLayout(small)).toEqual(computeLayoutWith(small, EXACT));
    expect(model.nodes.length).toBeGreaterThanOrEqual(FAST_LAYOUT_MIN_NODES);
    expect(computeLayout(model)).toEqual(computeLayoutWith(model, FAST));
  });

  it("keys layouts by schedule version, so cached positions of the old schedule are not reused", () => {
    expect(layoutVersion(FAST_LAYOUT_MIN_NODES - 1)).toBe(1);
    expect(layoutVersion(FAST_LAYOUT_MIN_NODES)).toBe(5);
    expect(layoutKey(model)).toMatch(/^[0-9a-f]{16}$/);
  });

  it("is deterministic on big graphs and places every node", { timeout: 30_000 }, () => {
    const a = computeLayoutWith(model, FAST);
    expect(computeLayoutWith(model, FAST)).toEqual(a);
    expect(Object.keys(a)).toHaveLength(model.nodes.length);
    for (const p of Object.values(a)) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it(
    "is at least as good as the original schedule (overlaps, spring stretch, extent, regions)",
    {
      timeout: 60_000,
    },
    () => {
      const before = layoutQuality(model, computeLayoutWith(model, EXACT));
      const after = layoutQuality(model, computeLayoutWith(model, FAST));
      expect(after.overlaps).toBeLessThanOrEqual(Math.max(2, before.overlaps));
      expect(after.touching).toBeLessThanOrEqual(before.touching * 1.1);
      expect(after.stretchMean).toBeGreaterThan(0.8);
      expect(after.stretchMean).toBeLessThanOrEqual(before.stretchMean * 1.05);
      expect(after.stretchP90).toBeLessThanOrEqual(before.stretchP90 * 1.05);
      // About the same space: within 1.5× the original box (middle 98%) on each axis.
      expect(after.width98).toBeLessThan(before.width98 * 1.5);
      expect(after.height98).toBeLessThan(before.height98 * 1.5);
      expect(after.regionCohesion).toBeLessThanOrEqual(before.regionCohesion);
    },
  );

  it(
    "lays out as well on typed arrays as on d3-force (layout version 5 against 4)",
    { timeout: 30_000 },
    () => {
      const d3 = layoutQuality(model, computeLayoutWith(model, FAST_D3));
      const typed = layoutQuality(model, computeLayoutWith(model, FAST));
      expect(typed.overlaps).toBeLessThanOrEqual(d3.overlaps);
      expect(typed.touching).toBeLessThanOrEqual(d3.touching * 1.05);
      expect(Math.abs(typed.stretchMean / d3.stretchMean - 1)).toBeLessThan(0.05);
      expect(Math.abs(typed.stretchP90 / d3.stretchP90 - 1)).toBeLessThan(0.05);
      expect(Math.abs(typed.width98 / d3.width98 - 1)).toBeLessThan(0.02);
      expect(Math.abs(typed.height98 / d3.height98 - 1)).toBeLessThan(0.02);
      expect(typed.regionCohesion).toBeLessThanOrEqual(d3.regionCohesion + 0.01);
    },
  );

  it("keeps sparse big graphs (a ring, a star) about as compact as the original schedule", () => {
    const ids = Array.from({ length: 400 }, (_, i) => `N${i}`);
    const link = (source: string, target: string, i: number) => ({
      ...model.links[0]!,
      id: `l${i}`,
      source,
      target,
    });
    const ring: GraphModel = {
      nodes: ids.map(isolated),
      links: ids.map((id, i) => link(id, ids[(i + 1) % ids.length]!, i)),
      linksByAgreement: [],
    };
    const star: GraphModel = { ...ring, links: ids.slice(1).map((id, i) => link("N0", id, i)) };
    // EXACT draws these in 1,455 × 1,185 and 1,163 × 1,062 px, FAST in 1,484 × 1,285 and
    // 1,201 × 1,149; without the area cap, MDS would start the ring ~42,000 px wide.
    for (const graph of [ring, star]) {
      const q = layoutQuality(graph, computeLayoutWith(graph, FAST));
      expect(q.overlaps).toBeLessThanOrEqual(2);
      expect(Math.max(q.width, q.height)).toBeLessThan(2_000);
    }
  });

  it("lays out a connected graph as layout version 3 did (pieces are packed only when there are several)", () => {
    // Positions of the FAST layout at commit 94972c1, before components were packed (d3-force engine).
    const positions = computeLayoutWith(model, FAST_D3);
    expect(positions["XAA"]).toEqual({ x: 73.8, y: 143.1 });
    expect(positions["XDW"]).toEqual({ x: 152.9, y: 94.6 });
    expect(positions["hub:syn-2394"]).toEqual({ x: 329.9, y: -30.8 });
  });

  it("places isolated nodes and small components apart, without overlaps", () => {
    const extra: GraphModel = {
      ...model,
      nodes: [...model.nodes, ...Array.from({ length: 40 }, (_, i) => isolated(`ISO${i}`))],
      links: [
        ...model.links,
        ...[0, 1, 2].map((i) => ({
          ...model.links[0]!,
          id: `pair${i}`,
          source: `ISO${i}`,
          target: `ISO${i + 1}`,
        })),
      ],
    };
    const positions = computeLayoutWith(extra, FAST);
    for (const p of Object.values(positions)) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    expect(layoutQuality(extra, positions).overlaps).toBeLessThanOrEqual(2);
    const apart = (a: string, b: string) =>
      Math.hypot(positions[a]!.x - positions[b]!.x, positions[a]!.y - positions[b]!.y) >= COLLIDE_RADIUS;
    expect(apart("ISO10", "ISO11")).toBe(true);
  });
});

describe("layout of a graph in several big pieces (3 stars of 200 + 300 isolated nodes)", () => {
  const pieces = disconnectedModel();
  const positions = computeLayout(pieces);
  const ids = pieces.nodes.map((n) => n.id);
  const boxOf = (members: string[]) => {
    const xs = members.map((id) => positions[id]!.x);
    const ys = members.map((id) => positions[id]!.y);
    return { width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
  };

  it("is deterministic and places every node at a finite position", () => {
    expect(computeLayout(pieces)).toEqual(positions);
    expect(Object.keys(positions)).toHaveLength(pieces.nodes.length);
    for (const p of Object.values(positions)) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it("keeps each piece together", () => {
    // Each star's own box: ~1,030 px; before pieces were packed, the leaves of all but the first
    // were strewn along a ring (up to 2,106 px), the isolated nodes around everything (4,038 px).
    for (const prefix of ["S0-", "S1-", "S2-", "I"]) {
      const box = boxOf(ids.filter((id) => id.startsWith(prefix)));
      expect(Math.max(box.width, box.height), prefix).toBeLessThan(1_300);
    }
  });

  it("packs the pieces about as tightly as the original schedule draws them", () => {
    // Box area per node: EXACT 3,970 px², packed 5,100, before packing 17,300 (4,038 × 3,865 px).
    const box = boxOf(ids);
    expect((box.width * box.height) / ids.length).toBeLessThan(7_000);
    const q = layoutQuality(pieces, positions);
    expect(q.overlaps).toBe(0);
    // Springs: p90 stretch EXACT 1.23, packed 1.02, before packing 2.46.
    expect(q.stretchP90).toBeLessThan(1.5);
  });
});
