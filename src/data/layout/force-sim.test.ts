import { describe, expect, it } from "vitest";
import { runForceSim, type ForceSimInput } from "./force-sim";
import { seededRandom } from "./layout";

/** A simulation of the given points and links with every force off unless a test turns it on. */
function sim(
  points: [number, number][],
  links: [number, number][] = [],
  options: Partial<ForceSimInput> = {},
) {
  return {
    x: Float64Array.from(points, (p) => p[0]),
    y: Float64Array.from(points, (p) => p[1]),
    linkSource: Int32Array.from(links, (l) => l[0]),
    linkTarget: Int32Array.from(links, (l) => l[1]),
    linkStrength: Float64Array.from(links, () => 0.5),
    linkDistance: Float64Array.from(links, () => 100),
    manyBodyStrength: 0,
    distanceMax: Infinity,
    theta: 0.9,
    radius: 26,
    collideFromTick: Infinity,
    collisionPasses: 1,
    xStrength: 0,
    yStrength: 0,
    ticks: 300,
    alpha: 1,
    random: seededRandom(1),
    ...options,
  } satisfies ForceSimInput;
}

const distance = (s: ForceSimInput, i: number, j: number) => Math.hypot(s.x[i]! - s.x[j]!, s.y[i]! - s.y[j]!);

describe("runForceSim (the fast layout's forces on typed arrays)", () => {
  it("pulls and pushes a spring's two ends to its rest length", () => {
    const near = sim(
      [
        [0, 0],
        [10, 0],
      ],
      [[0, 1]],
    );
    const far = sim(
      [
        [0, 0],
        [400, 30],
      ],
      [[0, 1]],
    );
    runForceSim(near);
    runForceSim(far);
    expect(distance(near, 0, 1)).toBeCloseTo(100, 0);
    expect(distance(far, 0, 1)).toBeCloseTo(100, 0);
  });

  it("separates discs drawn on top of each other, even on the same spot", () => {
    const s = sim(
      [
        [0, 0],
        [0, 0],
        [5, 5],
        [300, 300],
      ],
      [],
      { collideFromTick: 0, ticks: 60 },
    );
    runForceSim(s);
    for (const [i, j] of [
      [0, 1],
      [0, 2],
      [1, 2],
    ] as const)
      expect(distance(s, i, j)).toBeGreaterThan(45);
    expect(s.x[3]).toBe(300); // nothing near it: untouched
  });

  it("repels by Barnes–Hut exactly as the pairwise sum when no quad may stand for its points", () => {
    // One tick from rest, so the velocities are the forces: θ → 0 opens every quad.
    const random = seededRandom(7);
    const points = Array.from({ length: 60 }, () => [random() * 500, random() * 500] as [number, number]);
    const s = sim(points, [], { manyBodyStrength: -30, theta: 1e-9, ticks: 1, alpha: 1 });
    const before = { x: Float64Array.from(s.x), y: Float64Array.from(s.y) };
    runForceSim(s);
    const alpha = 1 + (0 - 1) * (1 - Math.pow(0.001, 1)); // d3's first-tick alpha for 1 tick from 1
    for (let i = 0; i < points.length; i++) {
      let fx = 0;
      let fy = 0;
      for (let j = 0; j < points.length; j++) {
        if (j === i) continue;
        const dx = before.x[j]! - before.x[i]!;
        const dy = before.y[j]! - before.y[i]!;
        const l = dx * dx + dy * dy;
        fx += (dx * -30 * alpha) / l;
        fy += (dy * -30 * alpha) / l;
      }
      expect(s.x[i]! - before.x[i]!).toBeCloseTo(fx * 0.6, 9);
      expect(s.y[i]! - before.y[i]!).toBeCloseTo(fy * 0.6, 9);
    }
  });

  it("approximates far groups by their centre with the coarse θ of the fast schedule", () => {
    const random = seededRandom(3);
    const points = Array.from({ length: 400 }, () => [random() * 2000, random() * 2000] as [number, number]);
    const exact = sim(points, [], { manyBodyStrength: -60, theta: 1e-9, ticks: 1 });
    const coarse = sim(points, [], { manyBodyStrength: -60, theta: 1.5, ticks: 1 });
    runForceSim(exact);
    runForceSim(coarse);
    let error = 0;
    let size = 0;
    for (let i = 0; i < points.length; i++) {
      const ex = exact.x[i]! - points[i]![0];
      const ey = exact.y[i]! - points[i]![1];
      error += Math.hypot(coarse.x[i]! - points[i]![0] - ex, coarse.y[i]! - points[i]![1] - ey);
      size += Math.hypot(ex, ey);
    }
    expect(error / size).toBeLessThan(0.2);
  });

  it("is deterministic and pulls everything towards the centre", () => {
    const make = () =>
      sim(
        [
          [500, 0],
          [0, -500],
          [800, 800],
        ],
        [[0, 1]],
        { xStrength: 0.05, yStrength: 0.07 },
      );
    const a = make();
    const b = make();
    runForceSim(a);
    runForceSim(b);
    expect(a.x).toEqual(b.x);
    expect(Math.hypot(a.x[2]!, a.y[2]!)).toBeLessThan(50);
  });
});
