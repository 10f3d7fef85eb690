import { describe, expect, it } from "vitest";
import {
  COLLIDE_RADIUS,
  disconnectedModel,
  layoutQuality,
  syntheticModel,
} from "../../../scripts/bench/layout-quality";
import type { GraphModel, GraphNode } from "../graph-model";
import { bundledGraph, crossingFigures, QUOTED_DATES } from "../../../scripts/bench/layout-crossings";
import { computeLayout, computeLayoutWith, FAST, FULL, seededRandom, type LayoutSchedule } from "./layout";
import { FAST_LAYOUT_MIN_NODES, layoutKey, layoutVersion } from "./layout-key";
import { makeFixture } from "../test-fixture";
import { buildGraphModel } from "../graph-model";
import { prepareDataset } from "../prepare";

// Just over the threshold (331 nodes, 2,086 springs): the smallest graphs that get FAST, where
// the 300-tick run is still cheap enough to compare with.
const model = syntheticModel({ countries: 240, agreements: 2_400, years: 30, seed: 240_2400 });
/** FAST's forces run as FULL runs them (300 ticks from the spiral): what FAST's shortcuts save. */
const LONG_RUN: LayoutSchedule = {
  ...FULL,
  charge: FAST.charge,
  hubSpring: FAST.hubSpring,
  untanglePasses: 0,
};

function isolated(id: string): GraphNode {
  return { id, type: "country", name: id, code: id, region: null, groupId: null };
}

describe("layout schedules", () => {
  it("keeps the full schedule below the threshold, the fast one from it", { timeout: 30_000 }, () => {
    const small = buildGraphModel(prepareDataset(makeFixture()));
    expect(computeLayout(small)).toEqual(computeLayoutWith(small, FULL));
    expect(model.nodes.length).toBeGreaterThanOrEqual(FAST_LAYOUT_MIN_NODES);
    expect(computeLayout(model)).toEqual(computeLayoutWith(model, FAST));
  });

  it("keys layouts by schedule version, so cached positions of the old schedule are not reused", () => {
    expect(layoutVersion(FAST_LAYOUT_MIN_NODES - 1)).toBe(6);
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
    "is at least as good as the same forces run for 300 ticks (overlaps, spring stretch, extent, regions)",
    {
      timeout: 60_000,
    },
    () => {
      const before = layoutQuality(model, computeLayoutWith(model, LONG_RUN));
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
    // The 300-tick run drew these in 1,455 × 1,185 and 1,163 × 1,062 px, FAST in 1,484 × 1,285 and
    // 1,201 × 1,149; without the area cap, MDS would start the ring ~42,000 px wide.
    for (const graph of [ring, star]) {
      const q = layoutQuality(graph, computeLayoutWith(graph, FAST));
      expect(q.overlaps).toBeLessThanOrEqual(2);
      expect(Math.max(q.width, q.height)).toBeLessThan(2_000);
    }
  });

  it("lays out big graphs as layout version 5 did, so their cached layouts stay valid", () => {
    const positions = computeLayoutWith(model, FAST);
    expect(positions["XAA"]).toEqual({ x: 73.5, y: 154.7 });
    expect(positions["XDW"]).toEqual({ x: 162.7, y: 111.8 });
    expect(positions["hub:syn-2394"]).toEqual({ x: 315.5, y: -42.3 });
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
    // Box area per node: the 300-tick run 3,970 px², packed 5,100, before packing 17,300 (4,038 × 3,865 px).
    const box = boxOf(ids);
    expect((box.width * box.height) / ids.length).toBeLessThan(7_000);
    const q = layoutQuality(pieces, positions);
    expect(q.overlaps).toBe(0);
    // Springs: p90 stretch of the 300-tick run 1.23, packed 1.02, before packing 2.46.
    expect(q.stretchP90).toBeLessThan(1.5);
  });
});

describe("crossing links of the bundled graph (scripts/bench/layout-crossings.ts)", () => {
  const { prepared, model: bundled } = bundledGraph();
  const positions = computeLayout(bundled);
  // Before the tuning (d3-force, 300 ticks, many-body −420, no untangling): crossings of all drawn
  // links / of the core's, at each quoted date.
  const before: Record<string, [number, number]> = {
    "2010-01-01": [71, 15],
    "2015-01-01": [221, 67],
    "2020-01-01": [492, 209],
    "2023-12-31": [669, 267],
  };

  it("crosses fewer links than before at every quoted date, in the core too", () => {
    for (const date of QUOTED_DATES) {
      const f = crossingFigures(prepared, bundled, positions, date);
      const [crossings, core] = before[date]!;
      expect(f.crossings, date).toBeLessThanOrEqual(crossings * 0.7);
      expect(f.coreCrossings, date).toBeLessThan(core);
    }
    const end = crossingFigures(prepared, bundled, positions, "2023-12-31");
    expect(end.crossings).toBeLessThanOrEqual(450);
    expect(end.coreCrossings).toBeLessThanOrEqual(160);
  });

  it("owes it to the schedule, not to luck: fewer crossings on average over other node orders", () => {
    const untuned: LayoutSchedule = { ...FULL, charge: () => -420, hubSpring: 1, untanglePasses: 0 };
    let tuned = 0;
    let old = 0;
    for (let seed = 1; seed <= 6; seed++) {
      const shuffled = { ...bundled, nodes: shuffle(bundled.nodes, seed) };
      const at = (p: ReturnType<typeof computeLayout>) => crossingFigures(prepared, bundled, p, "2023-12-31");
      tuned += at(computeLayoutWith(shuffled, FULL)).crossings;
      old += at(computeLayoutWith(shuffled, untuned)).crossings;
    }
    expect(tuned).toBeLessThan(old * 0.8);
  });

  it("draws the core no smaller: no overlaps, core links as long against the rest, as big a share", () => {
    expect(layoutQuality(bundled, positions).overlaps).toBe(0);
    const end = crossingFigures(prepared, bundled, positions, "2023-12-31");
    // Before: 0.88 × the median link, 0.29 of the picture.
    expect(end.coreLengthRatio).toBeGreaterThanOrEqual(0.88);
    expect(end.coreShare).toBeGreaterThanOrEqual(0.29);
  });
});

/** The nodes in another order (Fisher–Yates, seeded): the layout sees another spiral start. */
function shuffle<T>(items: T[], seed: number): T[] {
  const random = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
