import { describe, expect, it } from "vitest";
import { COLLIDE_RADIUS, layoutQuality, syntheticModel } from "../../scripts/bench/layout-quality";
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
  it("keeps the original schedule below the threshold, the fast one from it", () => {
    const small = buildGraphModel(prepareDataset(makeFixture()));
    expect(computeLayout(small)).toEqual(computeLayoutWith(small, EXACT));
    expect(model.nodes.length).toBeGreaterThanOrEqual(FAST_LAYOUT_MIN_NODES);
    expect(computeLayout(model)).toEqual(computeLayoutWith(model, FAST));
  });

  it("keys layouts by schedule version, so cached positions of the old schedule are not reused", () => {
    expect(layoutVersion(FAST_LAYOUT_MIN_NODES - 1)).toBe(1);
    expect(layoutVersion(FAST_LAYOUT_MIN_NODES)).toBe(2);
    expect(layoutKey(model)).toMatch(/^[0-9a-f]{16}$/);
  });

  it("is deterministic on big graphs and places every node", () => {
    const a = computeLayoutWith(model, FAST);
    expect(computeLayoutWith(model, FAST)).toEqual(a);
    expect(Object.keys(a)).toHaveLength(model.nodes.length);
    for (const p of Object.values(a)) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it("is at least as good as the original schedule (overlaps, spring stretch, extent, regions)", () => {
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
