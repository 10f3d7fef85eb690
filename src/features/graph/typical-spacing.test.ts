import { describe, expect, it } from "vitest";
import type { Positions } from "../../data/layout/layout";
import { typicalSpacing } from "./typical-spacing";

/** The all-pairs definition the grid replaced. */
function bruteForce(positions: Positions): number {
  const points = Object.values(positions);
  if (points.length < 2) return Infinity;
  const nearest = points.map((a) => {
    let best = Infinity;
    for (const b of points) if (a !== b) best = Math.min(best, Math.hypot(a.x - b.x, a.y - b.y));
    return best;
  });
  nearest.sort((x, y) => x - y);
  return nearest[Math.floor(nearest.length / 2)]!;
}

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("typicalSpacing", () => {
  it("is the median distance to the nearest neighbour", () => {
    const positions = {
      A: { x: 0, y: 0 },
      B: { x: 10, y: 0 },
      C: { x: 10, y: 30 },
      D: { x: 100, y: 0 },
    };
    // nearest: A 10, B 10, C 30, D 90 → sorted [10, 10, 30, 90], median index 2 → 30
    expect(typicalSpacing(positions)).toBe(30);
  });

  it("is infinite with fewer than two nodes", () => {
    expect(typicalSpacing({ A: { x: 0, y: 0 } })).toBe(Infinity);
  });

  it("equals the all-pairs median on big layouts: uniform, clustered, on a line, with duplicates", () => {
    const next = random(7);
    const layouts: Positions[] = [];
    const uniform: Positions = {};
    for (let i = 0; i < 1500; i++) uniform[`u${i}`] = { x: next() * 2400 - 1200, y: next() * 2400 - 1200 };
    layouts.push(uniform);
    const clustered: Positions = {};
    for (let i = 0; i < 800; i++) {
      const hub = i % 5;
      clustered[`c${i}`] = { x: hub * 3000 + next() * 40, y: hub * 50 + next() * 40 };
    }
    layouts.push(clustered);
    const line: Positions = {};
    for (let i = 0; i < 300; i++) line[`l${i}`] = { x: next() * 1000, y: 5 };
    layouts.push(line);
    const stacked: Positions = {};
    for (let i = 0; i < 200; i++) stacked[`s${i}`] = { x: Math.floor(i / 3), y: 0 };
    layouts.push(stacked);
    for (const positions of layouts) expect(typicalSpacing(positions)).toBe(bruteForce(positions));
  });
});
